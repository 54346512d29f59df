// Opens the configured database: PostgreSQL through a pg Pool when a URL is given, otherwise
// embedded PGlite in a local folder. Both sit behind the same Drizzle schema and migrations.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { DatabaseUnavailableError } from './errors';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface QueryResult {
  fields: string[];
  rows: Record<string, unknown>[];
}

/** A transaction's statements: `name` makes it a named prepared statement on PostgreSQL (see namedRows). */
export interface Tx {
  rows<T extends Record<string, unknown>>(query: SQL, name?: string): Promise<T[]>;
}

export interface Database {
  kind: 'postgres' | 'pglite';
  db: Db;
  /**
   * Runs one statement of raw SQL (read-only: in a READ ONLY transaction, through the extended
   * protocol so a second statement cannot escape it) or, with write, any script.
   */
  rawQuery(text: string, options?: { write?: boolean }): Promise<QueryResult>;
  /**
   * Runs `fn`'s queries in one READ ONLY transaction, rolled back after: the guard `rawQuery`
   * puts around `dealdb sql`, for parameterized reads (the web app's). Each query is one statement.
   */
  readOnly<T>(fn: (rows: ReadRows) => Promise<T>): Promise<T>;
  /**
   * PGlite is a single connection: a transaction and an unrelated query must not interleave.
   * Every write path runs through here; on PostgreSQL it is a pass-through.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /**
   * `selectRows` for the statements every page runs: on PostgreSQL a named prepared statement,
   * parsed and planned once per connection instead of once per page (a third less server CPU per
   * saved extraction, measured). One name, one SQL text: a statement whose text varies needs a
   * name per variant.
   */
  namedRows<T extends Record<string, unknown>>(name: string, query: SQL): Promise<T[]>;
  /** Runs fn in one transaction (READ COMMITTED): committed if it resolves, rolled back if it throws. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

/** One parameterized statement inside a `readOnly` transaction; dates and numerics come back as text. */
export type ReadRows = <T extends Record<string, unknown>>(query: SQL) => Promise<T[]>;

export const MIGRATIONS_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any fixed number: serializes concurrent `migrate` runs of several workers on one PostgreSQL.
const MIGRATION_LOCK_KEY = 74_202_611;

export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openPglite(options.dataDir);
}

async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000, idleTimeoutMillis: 10_000 });
  // An idle client losing its server (restart, pg_terminate_backend) must not crash the process.
  pool.on('error', () => {});
  // A checked-out client (mid-transaction) losing its server emits 'error' on itself; without a
  // listener that crashes the process. The failed query rejects anyway, and the job retries.
  pool.on('connect', (client) => client.on('error', () => {}));
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new DatabaseUnavailableError(
      `cannot connect to PostgreSQL at ${describeUrl(url)} (${(err as Error).message}): start it, fix DATABASE_URL, or unset DATABASE_URL to use the embedded database`,
    );
  }
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    async rawQuery(text, { write = false } = {}) {
      if (!write) return readOnlyPg(pool, (client) => client.query({ text, queryMode: 'extended' } as pg.QueryConfig).then(lastResult));
      const client = await pool.connect();
      try {
        return lastResult(await client.query(text));
      } finally {
        client.release();
      }
    },
    readOnly: (fn) =>
      readOnlyPg(pool, (client) =>
        fn(async <T,>(query: SQL) => {
          const { sql: text, params } = dialect.sqlToQuery(query);
          const result = await client.query({ text, values: params, types: DRIZZLE_TYPES });
          return result.rows as T[];
        }),
      ),
    exclusive: (fn) => fn(),
    async namedRows<T>(name: string, query: SQL) {
      const { sql: text, params } = dialect.sqlToQuery(query);
      const result = await pool.query({ name, text, values: params, types: DRIZZLE_TYPES });
      return result.rows as T[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          async rows<T>(query: SQL, name?: string) {
            const { sql: text, params } = dialect.sqlToQuery(query);
            return (await client.query({ name, text, values: params, types: DRIZZLE_TYPES })).rows as T[];
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    async migrate() {
      const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
      await client.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migratePg(drizzlePg(client), { migrationsFolder: MIGRATIONS_FOLDER });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
        await client.end();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  fs.mkdirSync(dataDir, { recursive: true });
  // Loaded here: processes on PostgreSQL never pay its start-up (0.2 s of every command).
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  let client: PGlite;
  try {
    client = await PGlite.create(dataDir);
  } catch (err) {
    throw new DatabaseUnavailableError(
      `cannot open the embedded database in ${dataDir} (${(err as Error).message}): is another dealdb process using it? Set DEALDB_DATA_DIR to another folder or DATABASE_URL to a PostgreSQL server`,
    );
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => {});
    return run;
  };
  return {
    kind: 'pglite',
    db,
    rawQuery: (text, { write = false } = {}) =>
      exclusive(async () => {
        if (write) {
          const results = await client.exec(text);
          const last = results[results.length - 1];
          return { fields: last?.fields.map((f) => f.name) ?? [], rows: (last?.rows ?? []) as Record<string, unknown>[] };
        }
        return readOnlyPglite(client, async () => {
          const r = await client.query<Record<string, unknown>>(text);
          return { fields: r.fields.map((f) => f.name), rows: r.rows };
        });
      }),
    readOnly: (fn) =>
      exclusive(() =>
        readOnlyPglite(client, () =>
          fn(async <T,>(query: SQL) => {
            const { sql: text, params } = dialect.sqlToQuery(query);
            return (await client.query<T>(text, params)).rows;
          }),
        ),
      ),
    exclusive,
    // A plain query here: statement names are used on PostgreSQL only (their gain was measured there, not on PGlite).
    namedRows: (_name, query) => selectRows(db, query),
    transaction: (fn) => exclusive(() => db.transaction((tx) => fn({ rows: (query) => selectRows(tx, query) }))),
    migrate: () => exclusive(() => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER })),
    close: () => exclusive(() => client.close()),
  };
}

const dialect = new PgDialect();

async function readOnlyPg<T>(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN READ ONLY');
    try {
      return await fn(client);
    } finally {
      await client.query('ROLLBACK');
    }
  } finally {
    client.release();
  }
}

async function readOnlyPglite<T>(client: PGlite, fn: () => Promise<T>): Promise<T> {
  await client.query('BEGIN READ ONLY');
  try {
    return await fn();
  } finally {
    await client.query('ROLLBACK');
  }
}

// Dates and times come back as the text PostgreSQL sent, as they do through Drizzle's raw queries.
const TEXT_TIME_TYPES = new Set<number>([pg.types.builtins.DATE, pg.types.builtins.TIMESTAMP, pg.types.builtins.TIMESTAMPTZ, pg.types.builtins.INTERVAL]);
const DRIZZLE_TYPES = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    TEXT_TIME_TYPES.has(oid) ? (value: string) => value : pg.types.getTypeParser(oid, format as 'text'),
} as pg.CustomTypesConfig;

function lastResult(r: pg.QueryResult | pg.QueryResult[]): QueryResult {
  const last = Array.isArray(r) ? r[r.length - 1] : r;
  return { fields: last?.fields?.map((f) => f.name) ?? [], rows: last?.rows ?? [] };
}

function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'the configured URL';
  }
}

/** Raw SQL through Drizzle, rows only: pg and PGlite both return `{ rows }`. */
export async function selectRows<T extends Record<string, unknown>>(
  db: Pick<Db, 'execute'>,
  query: SQL,
): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
