// Fresh databases for one benchmark part: a new PostgreSQL database (dropped after) or PGlite in
// a temporary folder (deleted after), migrated and holding the gazetteer, as the CLI opens them.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../../db/client';
import { loadConfig } from '../../src/config';
import { openStore } from '../../src/context';
import { createTestDatabase } from '../../test/helpers/postgres';

export interface BenchStore {
  database: Database;
  organizationIds: Set<string>;
  /** What a child process needs to open the same store: DATABASE_URL or DEALDB_DATA_DIR. */
  env: Record<string, string>;
  /** Closes the connection and drops the database (or deletes the folder). */
  dispose(): Promise<void>;
}

export async function openBenchStore(kind: 'postgres' | 'pglite'): Promise<BenchStore> {
  if (kind === 'postgres') {
    const test = await createTestDatabase('bench');
    try {
      const store = await openStore(loadConfig({ DATABASE_URL: test.url }));
      return {
        ...store,
        env: { DATABASE_URL: test.url },
        async dispose() {
          await store.database.close().catch(() => {});
          await test.drop();
        },
      };
    } catch (err) {
      await test.drop().catch(() => {});
      throw err;
    }
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dealdb-bench-'));
  const store = await openStore(loadConfig({ DEALDB_DATA_DIR: dir }));
  return {
    ...store,
    env: { DEALDB_DATA_DIR: dir },
    async dispose() {
      await store.database.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
