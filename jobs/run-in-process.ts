// The pipeline without Redis: the same stages, run in this process with bounded concurrency
// (fetch: DEALDB_FETCH_CONCURRENCY, extract: DEALDB_EXTRACT_CONCURRENCY) and the same retry
// classes (src/http/retry.ts). Job ids dedupe work as BullMQ would. Used by `crawl`, `resume`
// and `reextract --all` when REDIS_URL is unset.
import type { FetchedArticle } from '../db/pipeline';
import { DealdbError, describeError, TransientError } from '../src/errors';
import { withRetries } from '../src/http/retry';
import type { JobContext } from './context';
import { extractStage } from './extract-article.job';
import { fetchStage } from './fetch-article.job';
import { jobIds } from './job-ids';
import type { ExtractJobData, QueueName } from './queues';
import type { Dispatch, Stage } from './stage';

export interface StageTally {
  started: number;
  done: number;
  failed: number;
}

export interface InProcessPipeline {
  dispatch: Dispatch;
  discover(sourceIds: number[]): Promise<void>;
  reextract(items: (ExtractJobData & { id: string })[]): Promise<void>;
  /** Resolves when every job started so far, and every job they started, has finished. */
  idle(): Promise<void>;
  tally: Record<QueueName, StageTally>;
}

export function createInProcessPipeline(ctx: JobContext): InProcessPipeline {
  const limits: Record<QueueName, (fn: () => Promise<void>) => Promise<void>> = {
    discover: createLimiter(2),
    fetch: createLimiter(ctx.config.fetchConcurrency),
    extract: createLimiter(ctx.config.extractConcurrency),
  };
  const tally = Object.fromEntries((['discover', 'fetch', 'extract'] as const).map((q) => [q, { started: 0, done: 0, failed: 0 }])) as Record<
    QueueName,
    StageTally
  >;
  const seen = new Set<string>();
  const running = new Set<Promise<void>>();

  function start<D>(stage: Stage<D>, id: string, data: D): void {
    if (seen.has(id)) return;
    seen.add(id);
    tally[stage.queue].started++;
    const run = limits[stage.queue](async () => {
      const ok = await runWithRetries(ctx, stage, data, dispatch);
      tally[stage.queue][ok ? 'done' : 'failed']++;
    });
    running.add(run);
    void run.finally(() => running.delete(run));
  }

  const dispatch: Dispatch = {
    async fetch(articleIds: number[]) {
      for (const articleId of articleIds) start(fetchStage, jobIds.fetch(articleId), { articleId });
    },
    async extract(items: FetchedArticle[]) {
      for (const { articleId, snapshotId, fetchedAt } of items) start(extractStage, jobIds.extract(articleId, snapshotId, fetchedAt), { articleId });
    },
    // Ids live for one run here: no finished job of an earlier run can hide these.
    async handOver({ queued, fetched }) {
      await dispatch.fetch(queued);
      await dispatch.extract(fetched);
    },
  };

  return {
    dispatch,
    tally,
    async discover(sourceIds) {
      // Loaded here: re-extraction never needs the feed parser.
      const { discoverStage } = await import('./discover-source.job');
      // Each crawl discovers afresh: the run key keeps ids apart from earlier runs.
      const runKey = Date.now();
      for (const sourceId of sourceIds) start(discoverStage, jobIds.discover(sourceId, runKey), { sourceId });
    },
    async reextract(items) {
      for (const { id, ...data } of items) start(extractStage, id, data);
    },
    async idle() {
      while (running.size > 0) await Promise.all([...running]);
    },
  };
}

/** One job: retried like BullMQ would (backoff for transient and unknown errors); returns whether it succeeded. */
async function runWithRetries<D>(ctx: JobContext, stage: Stage<D>, data: D, dispatch: Dispatch): Promise<boolean> {
  let attempts = 0;
  try {
    await withRetries(
      async () => {
        attempts++;
        try {
          return await stage.run(ctx, data, dispatch);
        } catch (err) {
          // A lost database connection or a bug: bounded retries, as the BullMQ path does.
          if (err instanceof DealdbError) throw err;
          throw new TransientError('unexpected', describeError(err).message, { cause: err });
        }
      },
      { attempts: ctx.config.jobAttempts, baseDelayMs: ctx.config.jobBackoffMs },
    );
    return true;
  } catch (err) {
    const error = describeError(err);
    ctx.log.warn(`${stage.queue} ${stage.describe(data)} failed`, { code: error.code, error: error.message, attempts });
    await stage.onFinalFailure(ctx, data, error, attempts).catch((e: unknown) =>
      ctx.log.error(`could not record the failure of ${stage.queue} ${stage.describe(data)}`, { error: describeError(e).message }),
    );
    return false;
  }
}

/** At most `limit` calls of fn at once; the rest wait their turn in order (a finishing call hands its slot over). */
function createLimiter(limit: number): (fn: () => Promise<void>) => Promise<void> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (fn) => {
    if (active < limit) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      await fn();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
