// Starts BullMQ workers for some stages in this process. Each Worker gets its own Redis
// connection (blocking commands, maxRetriesPerRequest null); next-stage jobs go through
// producer queues on their own connections. Stalled jobs (a worker killed mid-job) return to
// wait once their lock expires (jobLockMs) and another worker takes them.
import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { recordArticleFailure } from '../db/pipeline';
import { listSources } from '../db/sources';
import { EXTRACTOR_VERSION } from '../extractors/version';
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
  requeueUnfinished,
  type QueueName,
} from './queues';
import { syncSchedules } from './schedule';
import type { Dispatch, Stage } from './stage';

const STAGES: Record<QueueName, Stage<any>> = { discover: discoverStage, fetch: fetchStage, extract: extractStage };
const DISCOVER_CONCURRENCY = 2;
/** A job whose worker died twice is suspicious, but a third try is cheap. */
const MAX_STALLED_COUNT = 2;

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
    handOver: (unfinished) => requeueUnfinished(queues, unfinished),
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
      maxStalledCount: MAX_STALLED_COUNT,
    });
    worker.on('error', (err) => ctx.log.error(`${name} worker: ${err.message}`));
    worker.on('failed', (job) => {
      // Every other failure went through the processor, which recorded it; a job that stalled too
      // often fails without running, so its article would not say why its work stopped.
      if (!job?.deferredFailure) return;
      const articleId = (job.data as { articleId?: unknown }).articleId;
      if (typeof articleId !== 'number') return;
      const message = `its ${name} job ${job.id} stopped: the worker running it died ${MAX_STALLED_COUNT + 1} times (${job.deferredFailure}); the next discovery of its source, or dealdb resume, runs it again`;
      ctx.log.warn(`article ${articleId}: ${message}`);
      recordArticleFailure(ctx.database, articleId, { code: 'worker_died', message, attempts: job.attemptsMade, markFailed: false, extractorVersion: EXTRACTOR_VERSION })
        .catch((err: unknown) => ctx.log.error(`could not record the stalled job of article ${articleId}`, { error: (err as Error).message }));
    });
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
