// Waiting for work to finish, for commands that start work and report on it (crawl --wait,
// resume, reextract --all). Postgres says what is done; BullMQ job states say what ran.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Queue } from 'bullmq';
import type { Database } from '../db/client';
import { countArticlesByStatus, type StatusCounts } from '../db/pipeline';

export interface JobTally {
  finished: number;
  failed: number;
  total: number;
}

/**
 * Polls the jobs' states until none is waiting, delayed or active. A job that is gone (removed
 * after completing, or lost with Redis' data) counts as finished.
 */
export async function waitForJobs(
  queue: Queue,
  jobIds: string[],
  onTick: (tally: JobTally) => void,
  pollMs = 500,
): Promise<JobTally> {
  const pending = new Set(jobIds);
  const tally: JobTally = { finished: 0, failed: 0, total: jobIds.length };
  for (;;) {
    const ids = [...pending];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const states = await Promise.all(chunk.map((id) => queue.getJobState(id)));
      states.forEach((state, k) => {
        if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return;
        pending.delete(chunk[k]!);
        tally.finished++;
        if (state === 'failed') tally.failed++;
      });
    }
    onTick(tally);
    if (pending.size === 0) return tally;
    await sleep(pollMs);
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
