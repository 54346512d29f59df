// Starts BullMQ workers for some stages in this process. Each Worker gets its own Redis
// connection (blocking commands, maxRetriesPerRequest null); next-stage jobs go through
// producer queues on their own connections. Stalled jobs (a worker killed mid-job) return to
// wait once their lock expires (jobLockMs) and another worker takes them.
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { listSources } from '../db/sources';
import { toProcessor } from './bullmq-processor';
import type { JobContext } from './context';
import { discoverStage } from './discover-source.job';
import { extractStage } from './extract-article.job';
import { fetchStage } from './fetch-article.job';
import {
  checkEvictionPolicy,
  closeWithin,
  createRedisConnection,
  enqueueExtract,
  enqueueFetch,
  openQueues,
  type QueueName,
} from './queues';
import { syncSchedules } from './schedule';
import type { Dispatch, Stage } from './stage';

const STAGES: Record<QueueName, Stage<any>> = { discover: discoverStage, fetch: fetchStage, extract: extractStage };
const DISCOVER_CONCURRENCY = 2;

export interface RunningWorkers {
  workers: Worker[];
  /** Stops taking jobs, waits up to timeoutMs for the running ones, then closes everything Redis. */
  close(timeoutMs: number): Promise<void>;
}

export async function startWorkers(
  ctx: JobContext,
  options: { queues: readonly QueueName[]; concurrency?: number },
): Promise<RunningWorkers> {
  const redisUrl = ctx.config.redisUrl;
  if (!redisUrl) throw new Error('startWorkers needs REDIS_URL');
  await checkEvictionPolicy(redisUrl, ctx.log);
  const queues = openQueues({ ...ctx.config, redisUrl });
  const dispatch: Dispatch = {
    fetch: (ids) => enqueueFetch(queues, ids),
    extract: (items) => enqueueExtract(queues, items),
    extractsHere: options.queues.includes('extract'),
  };
  if (options.queues.includes('discover')) await syncSchedules(queues.discover, await listSources(ctx.database), ctx.config);

  const connections: Redis[] = [];
  const concurrencyOf = (name: QueueName) =>
    options.concurrency ?? (name === 'fetch' ? ctx.config.fetchConcurrency : name === 'extract' ? ctx.config.extractConcurrency : DISCOVER_CONCURRENCY);
  const workers = options.queues.map((name) => {
    const connection = createRedisConnection(redisUrl, 'worker');
    connections.push(connection);
    const worker = new Worker(name, toProcessor(ctx, STAGES[name], dispatch), {
      connection,
      prefix: ctx.config.queuePrefix,
      concurrency: concurrencyOf(name),
      lockDuration: ctx.config.jobLockMs,
      stalledInterval: Math.max(1_000, Math.floor(ctx.config.jobLockMs / 2)),
      // A job whose worker died twice is suspicious, but a third try is cheap.
      maxStalledCount: 2,
    });
    worker.on('error', (err) => ctx.log.error(`${name} worker: ${err.message}`));
    return worker;
  });
  await Promise.all(workers.map((w) => w.waitUntilReady()));
  ctx.log.info('workers started', { queues: options.queues, concurrency: Object.fromEntries(options.queues.map((q) => [q, concurrencyOf(q)])) });

  return {
    workers,
    async close(timeoutMs) {
      // close() first stops fetching new jobs, then waits for the active ones.
      const graceful = await Promise.all(workers.map((w) => closeWithin(w.close(), timeoutMs)));
      await Promise.all(workers.map((w, i) => (graceful[i] ? undefined : closeWithin(w.close(true), 2_000))));
      if (graceful.includes(false)) ctx.log.warn('some jobs were still running at shutdown: they return to the queue when their lock expires');
      await queues.close();
      connections.forEach((c) => c.disconnect());
    },
  };
}
