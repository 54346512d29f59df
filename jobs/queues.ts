// BullMQ plumbing: queue names, Redis connections and default job options. Job ids are in
// job-ids.ts.
import { Queue, type JobsOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import type { Config } from '../src/config';
import type { Logger } from '../src/log';
import type { FetchedArticle, UnfinishedArticles } from '../db/pipeline';
import { jobIds } from './job-ids';

export const QUEUE_NAMES = ['discover', 'fetch', 'extract'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface DiscoverJobData {
  sourceId: number;
}
export interface FetchJobData {
  articleId: number;
}
export interface ExtractJobData {
  articleId: number;
  /** Re-extraction: make a new extraction even if the current one is up to date... */
  force?: boolean;
  /** ...unless the current extraction is no longer this one (a retry after the commit). */
  fromExtractionId?: number | null;
}
/** Times a job was put off by a Retry-After without spending an attempt. */
export interface DeferrableData {
  deferrals?: number;
}

/** Attempts with exponential backoff and jitter; finished jobs kept for a while, bounded. */
export function defaultJobOptions(config: Config): JobsOptions {
  return {
    attempts: config.jobAttempts,
    backoff: { type: 'exponential', delay: config.jobBackoffMs, jitter: 0.5 },
    removeOnComplete: { count: 1_000, age: 24 * 3600 },
    removeOnFail: { count: 5_000, age: 7 * 24 * 3600 },
  };
}

/**
 * A new Redis connection for one Queue, Worker or QueueEvents. Workers block on Redis and must
 * never give up a command (`maxRetriesPerRequest: null`); producers keep ioredis' default.
 */
export function createRedisConnection(url: string, role: 'worker' | 'producer'): Redis {
  const options: RedisOptions = role === 'worker' ? { maxRetriesPerRequest: null } : {};
  const connection = new Redis(url, options);
  // ioredis reconnects by itself; an unhandled 'error' event would crash the process meanwhile.
  connection.on('error', () => {});
  return connection;
}

export interface Queues {
  discover: Queue<DiscoverJobData>;
  fetch: Queue<FetchJobData>;
  extract: Queue<ExtractJobData>;
  close(): Promise<void>;
}

/** One Queue per stage, each on its own connection, under the configured prefix. */
export function openQueues(config: Config & { redisUrl: string }): Queues {
  const connections: Redis[] = [];
  const open = <T>(name: QueueName) => {
    const connection = createRedisConnection(config.redisUrl, 'producer');
    connections.push(connection);
    return new Queue<T>(name, { connection, prefix: config.queuePrefix, defaultJobOptions: defaultJobOptions(config) });
  };
  const queues = { discover: open<DiscoverJobData>('discover'), fetch: open<FetchJobData>('fetch'), extract: open<ExtractJobData>('extract') };
  return {
    ...queues,
    async close() {
      await Promise.all(Object.values(queues).map((q) => closeWithin(q.close(), 5_000)));
      connections.forEach((c) => c.disconnect());
    },
  };
}

export const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized', 'paused'] as const;
export type QueueCounts = Record<QueueName, Record<(typeof JOB_STATES)[number], number>>;

/** Jobs per state in each queue: what `dealdb status` and the web app's Pipeline page show. */
export async function countQueueJobs(queues: Queues): Promise<QueueCounts> {
  const counts = await Promise.all(QUEUE_NAMES.map((name) => queues[name].getJobCounts(...JOB_STATES)));
  return Object.fromEntries(QUEUE_NAMES.map((name, i) => [name, counts[i]!])) as QueueCounts;
}

// A source can list tens of thousands of URLs: add them in slices so no single call holds them all.
const ADD_BULK_SLICE = 1000;

async function addInSlices<T>(items: T[], add: (slice: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += ADD_BULK_SLICE) await add(items.slice(i, i + ADD_BULK_SLICE));
}

export async function enqueueFetch(queues: Queues, articleIds: number[]): Promise<void> {
  await addInSlices(articleIds, (ids) =>
    queues.fetch.addBulk(ids.map((articleId) => ({ name: 'fetch', data: { articleId }, opts: { jobId: jobIds.fetch(articleId) } }))),
  );
}

export async function enqueueExtract(queues: Queues, items: FetchedArticle[]): Promise<void> {
  await addInSlices(items, (slice) =>
    queues.extract.addBulk(
      slice.map(({ articleId, snapshotId, fetchedAt }) => ({
        name: 'extract',
        data: { articleId },
        opts: { jobId: jobIds.extract(articleId, snapshotId, fetchedAt) },
      })),
    ),
  );
}

/**
 * Hands unfinished articles to their next stage, replacing any finished job that holds the id:
 * for an article still queued or fetched, such a job means its row never learned the outcome
 * (a job failed for stalling, a crash between commit and acknowledgement), and BullMQ would
 * ignore the add. Used by resume and by each discovery of a source.
 */
export async function requeueUnfinished(queues: Queues, unfinished: UnfinishedArticles): Promise<void> {
  await requeue(queues.fetch, unfinished.queued.map((articleId) => ({ name: 'fetch', data: { articleId }, id: jobIds.fetch(articleId) })));
  await requeue(
    queues.extract,
    unfinished.fetched.map(({ articleId, snapshotId, fetchedAt }) => ({ name: 'extract', data: { articleId }, id: jobIds.extract(articleId, snapshotId, fetchedAt) })),
  );
}

/** Adds jobs, first dropping any finished (completed or failed) job that holds the same id. */
async function requeue(queue: Queue, jobs: { name: string; data: FetchJobData | ExtractJobData; id: string }[]): Promise<void> {
  for (let i = 0; i < jobs.length; i += 200) {
    const chunk = jobs.slice(i, i + 200);
    const states = await Promise.all(chunk.map((j) => queue.getJobState(j.id)));
    await Promise.all(chunk.map((j, k) => (states[k] === 'completed' || states[k] === 'failed' ? queue.remove(j.id) : 0)));
    await queue.addBulk(chunk.map((j) => ({ name: j.name, data: j.data, opts: { jobId: j.id } })));
  }
}

/** Waits for `promise` at most `ms`; says whether it settled in time. A close that never returns must not hang shutdown. */
export async function closeWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true, () => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** BullMQ loses jobs if Redis evicts keys: warn unless maxmemory-policy is noeviction. */
export async function checkEvictionPolicy(url: string, log: Logger): Promise<void> {
  const connection = createRedisConnection(url, 'producer');
  try {
    const reply = (await connection.config('GET', 'maxmemory-policy')) as string[];
    const policy = reply[1];
    if (policy && policy !== 'noeviction') {
      log.warn(`Redis maxmemory-policy is "${policy}": Redis may evict queued jobs. Set it to noeviction (redis-server --maxmemory-policy noeviction); dealdb resume re-enqueues what was lost`);
    }
  } catch (err) {
    // Managed Redis often forbids CONFIG: nothing to check then.
    log.debug('could not read Redis maxmemory-policy', { error: (err as Error).message });
  } finally {
    connection.disconnect();
  }
}
