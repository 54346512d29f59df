// Shared pieces of the pipeline suites on real Redis and PostgreSQL: an environment per test
// (own database, own queue prefix, own Redis logical db when it will be flushed), worker
// processes spawned as users run them, and polling of the articles table.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { PROJECT_ROOT } from '../helpers/cli';
import { createTestDatabase, withAdmin, type TestDatabase } from '../helpers/postgres';

export const REDIS_BASE = process.env.DEALDB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface PipelineEnv {
  env: NodeJS.ProcessEnv;
  database: TestDatabase;
  prefix: string;
  redisUrl: string;
  /** Runs a query on the test database. */
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  cleanup(): Promise<void>;
}

/** `redisDb`: a logical Redis database of its own, for a test that flushes it. */
export async function createPipelineEnv(label: string, options: { redisDb?: number } = {}): Promise<PipelineEnv> {
  const database = await createTestDatabase(label);
  const prefix = `dealdb-test-${randomBytes(4).toString('hex')}`;
  const redisUrl = `${REDIS_BASE}/${options.redisDb ?? 0}`;
  // A pool: when the test cuts every connection, the next query gets a new one.
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  pool.on('error', () => {});
  return {
    database,
    prefix,
    redisUrl,
    env: {
      DATABASE_URL: database.url,
      REDIS_URL: redisUrl,
      DEALDB_QUEUE_PREFIX: prefix,
      DEALDB_ALLOW_PRIVATE_HOSTS: '127.0.0.1,localhost',
      DEALDB_HOST_DELAY_MS: '0',
      DEALDB_HOST_CONCURRENCY: '8',
      DEALDB_FETCH_CONCURRENCY: '8',
      DEALDB_EXTRACT_CONCURRENCY: '2',
      DEALDB_JOB_ATTEMPTS: '5',
      DEALDB_JOB_BACKOFF_MS: '100',
      DEALDB_JOB_LOCK_MS: '4000',
      DEALDB_SHUTDOWN_TIMEOUT_MS: '5000',
      LOG_LEVEL: 'warn',
    },
    // The test's own observations share the database whose connections a fault test cuts
    // (terminateConnections): a query cut that way is asked again on a new connection.
    async query<T>(text: string, params: unknown[] = []) {
      for (let attempt = 1; ; attempt++) {
        try {
          return (await pool.query(text, params)).rows as T[];
        } catch (err) {
          const cut = (err as { code?: string }).code === '57P01' || /Connection terminated/i.test(String((err as Error)?.message));
          if (!cut || attempt >= 3) throw err;
        }
      }
    },
    async cleanup() {
      await pool.end().catch(() => {});
      await deleteKeys(redisUrl, prefix);
      await database.drop();
    },
  };
}

/** Deletes every key under the prefix (what Queue.obliterate does, for all queues at once). */
async function deleteKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export interface WorkerProcess {
  child: ChildProcess;
  stderr: () => string;
  /** Resolves with the exit code (or the signal) when the process is gone. */
  exited: Promise<number | NodeJS.Signals>;
}

export function spawnWorker(env: NodeJS.ProcessEnv, args: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/dealdb.js'), 'worker', ...args], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<number | NodeJS.Signals>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal!)));
  return { child, stderr: () => stderr, exited };
}

/** Waits until `count` workers listen on the fetch queue. */
export async function waitForWorkers(pipe: PipelineEnv, count: number, timeoutMs = 30_000): Promise<void> {
  const connection = new Redis(pipe.redisUrl);
  const queue = new Queue('fetch', { connection, prefix: pipe.prefix });
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if ((await queue.getWorkersCount()) >= count) return;
      await sleep(200);
    }
    throw new Error(`${count} workers did not start within ${timeoutMs} ms`);
  } finally {
    await queue.close();
    connection.disconnect();
  }
}

export type Counts = Record<'queued' | 'fetched' | 'extracted' | 'failed', number>;

export async function articleCounts(pipe: PipelineEnv): Promise<Counts> {
  const counts: Counts = { queued: 0, fetched: 0, extracted: 0, failed: 0 };
  for (const r of await pipe.query<{ status: keyof Counts; n: number }>('SELECT status, count(*)::int AS n FROM articles GROUP BY status')) {
    counts[r.status] = r.n;
  }
  return counts;
}

/** Polls the articles until `done(counts)` holds; fails after timeoutMs. */
export async function waitForCounts(pipe: PipelineEnv, done: (c: Counts) => boolean, timeoutMs: number): Promise<Counts> {
  const deadline = Date.now() + timeoutMs;
  let last: Counts | undefined;
  while (Date.now() < deadline) {
    last = await articleCounts(pipe).catch(() => last);
    if (last && done(last)) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting; last counts ${JSON.stringify(last)}`);
}

/** Cuts every connection to the test database, as a PostgreSQL restart would. */
export async function terminateConnections(database: TestDatabase): Promise<number> {
  return withAdmin(async (c) => {
    const r = await c.query('SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [
      database.name,
    ]);
    return r.rows[0].n as number;
  });
}

/** One extraction row per article and one snapshot per article: nothing was done twice. */
export async function duplicateWork(pipe: PipelineEnv): Promise<{ extractions: number; snapshots: number; current: number }> {
  const [row] = await pipe.query<{ extractions: number; snapshots: number; current: number }>(`
    SELECT (SELECT count(*)::int FROM (SELECT article_id FROM extractions GROUP BY article_id HAVING count(*) > 1) x) AS extractions,
           (SELECT count(*)::int FROM (SELECT article_id FROM snapshots GROUP BY article_id HAVING count(*) > 1) s) AS snapshots,
           (SELECT count(*)::int FROM articles a WHERE a.status = 'extracted'
              AND (SELECT count(*) FROM extractions e WHERE e.article_id = a.id AND e.is_current) <> 1) AS current`);
  return row!;
}
