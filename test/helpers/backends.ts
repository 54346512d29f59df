// The two databases every store test runs on: a fresh PostgreSQL database, and embedded PGlite in
// a temporary folder. `open` gives another handle on the same one (PostgreSQL: another pool).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../db/client';
import { createTestDatabase } from './postgres';

export interface Backend {
  database: Database;
  /** Another connection pool on the same database (PGlite: the same handle, one connection). */
  another(): Promise<Database>;
  cleanup(): Promise<void>;
}

export const BACKENDS: [string, (label: string) => Promise<Backend>][] = [
  [
    'postgres',
    async (label) => {
      const testDb = await createTestDatabase(label);
      const database = await openDatabase({ databaseUrl: testDb.url, dataDir: '' });
      const others: Database[] = [];
      return {
        database,
        async another() {
          const other = await openDatabase({ databaseUrl: testDb.url, dataDir: '' });
          others.push(other);
          return other;
        },
        async cleanup() {
          await Promise.all([database, ...others].map((d) => d.close()));
          await testDb.drop();
        },
      };
    },
  ],
  [
    'pglite',
    async (label) => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `dealdb-${label}-`));
      const database = await openDatabase({ dataDir: dir });
      return {
        database,
        another: async () => database,
        async cleanup() {
          await database.close();
          fs.rmSync(dir, { recursive: true, force: true });
        },
      };
    },
  ],
];
