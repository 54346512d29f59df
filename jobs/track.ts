// Waiting for work to finish, for commands that start work and report on it (crawl --wait,
// resume, reextract --all). Postgres says what is done; BullMQ's events and job records say what ran.
import { setTimeout as sleep } from 'node:timers/promises';
import { QueueEvents, type Queue } from 'bullmq';
import type { Database } from '../db/client';
import { countArticlesByStatus, type StatusCounts } from '../db/pipeline';
import { closeWithin } from './queues';

export interface JobTally {
  finished: number;
  failed: number;
  total: number;
}

/**
 * Waits until each job has completed or failed (finally: BullMQ emits 'failed' only once no
 * attempt is left). Outcomes arrive as queue events, so the wait costs nothing per job while work
 * flows. Asking Redis for every job's state each tick would not scale: a waiting job's state is a
 * scan of the wait list, so 100,000 jobs cost 100,000 scans of 100,000 entries a tick. When no
 * outcome has arrived for `reconcileMs` (and once at the start), the jobs still pending are
 * looked up one by one instead: that finds those finished before we listened, and those removed
 * or lost with Redis' data (counted as finished, as before).
 */
export async function waitForJobs(
  queue: Queue,
  jobIds: string[],
  onTick: (tally: JobTally) => void,
  options: { tickMs?: number; reconcileMs?: number } = {},
): Promise<JobTally> {
  const { tickMs = 500, reconcileMs = 5_000 } = options;
  const pending = new Set(jobIds);
  const tally: JobTally = { finished: 0, failed: 0, total: jobIds.length };
  let lastOutcomeAt = -Infinity;
  const settle = (id: string, failed: boolean) => {
    if (!pending.delete(id)) return;
    tally.finished++;
    if (failed) tally.failed++;
    lastOutcomeAt = Date.now();
  };
  // QueueEvents blocks on its connection: its own, and one that never gives up a command.
  const connection = (await queue.client).duplicate({ maxRetriesPerRequest: null });
  connection.on('error', () => {});
  const events = new QueueEvents(queue.name, { connection, prefix: queue.opts.prefix });
  events.on('completed', ({ jobId }) => settle(jobId, false));
  events.on('failed', ({ jobId }) => settle(jobId, true));
  try {
    await events.waitUntilReady();
    let reconciledAt = -Infinity;
    for (;;) {
      const now = Date.now();
      if (pending.size > 0 && now - Math.max(lastOutcomeAt, reconciledAt) >= reconcileMs) {
        await reconcile(queue, pending, settle);
        reconciledAt = Date.now();
      }
      onTick(tally);
      if (pending.size === 0) return tally;
      await sleep(tickMs);
    }
  } finally {
    await closeWithin(events.close(), 5_000);
    connection.disconnect();
  }
}

/** Settles the pending jobs that are finished or gone: one hash read each, in slices. */
async function reconcile(queue: Queue, pending: Set<string>, settle: (id: string, failed: boolean) => void): Promise<void> {
  const ids = [...pending];
  for (let i = 0; i < ids.length; i += 500) {
    const slice = ids.slice(i, i + 500);
    const jobs = await Promise.all(slice.map((id) => queue.getJob(id)));
    await Promise.all(
      jobs.map(async (job, k) => {
        if (!job) settle(slice[k]!, false);
        else if (job.finishedOn) settle(slice[k]!, await job.isFailed());
      }),
    );
  }
}

const MAX_POLL_ERRORS = 20;

/** Polls Postgres until no article of these sources is queued or fetched; returns the last counts. */
export async function waitForArticles(
  database: Database,
  filter: { sourceIds?: number[] },
  onTick: (counts: StatusCounts) => void,
  pollMs = 500,
): Promise<StatusCounts> {
  let errors = 0;
  for (;;) {
    try {
      const counts = await countArticlesByStatus(database, filter);
      errors = 0;
      onTick(counts);
      if (counts.queued + counts.fetched === 0) return counts;
    } catch (err) {
      // A dropped connection is retried by the pool: only a database that stays away ends the wait.
      if (++errors >= MAX_POLL_ERRORS) throw err;
    }
    await sleep(pollMs);
  }
}
