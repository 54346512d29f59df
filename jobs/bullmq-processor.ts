// Runs a stage as a BullMQ processor, turning the error taxonomy into BullMQ's retry rules:
// - PermanentError: UnrecoverableError, no more attempts;
// - RetryLaterError: back to the delayed set for the time the server asked, spending no attempt
//   (moveToDelayed with the job's lock token, then DelayedError so the worker leaves it there);
//   a lost database connection likewise, after a short pause: the page is not at fault;
// - anything else: thrown, and BullMQ retries with exponential backoff and jitter.
// The row is marked failed only when no attempt is left.
import { DelayedError, UnrecoverableError, type Job, type Processor } from 'bullmq';
import { describeError, isDatabaseConnectionLoss, RetryLaterError } from '../src/errors';
import type { JobContext } from './context';
import type { DeferrableData } from './queues';
import type { Dispatch, Stage } from './stage';

/** Retry-After deferrals per job before they count as ordinary failures (a server that always says "later"). */
const MAX_DEFERRALS = 10;
/** How long a job waits for the database to come back after its connection was lost. */
const RECONNECT_DELAY_MS = 1_000;

export function toProcessor<D>(ctx: JobContext, stage: Stage<D>, dispatch: Dispatch): Processor {
  return async (job: Job, token?: string) => {
    const parsed = stage.payload.safeParse(job.data);
    if (!parsed.success) {
      // A malformed payload will not get better: complete it, loudly.
      ctx.log.error(`malformed ${stage.queue} job ${job.id} dropped`, { data: job.data, problem: parsed.error.message });
      return { dropped: true };
    }
    try {
      return await stage.run(ctx, parsed.data, dispatch);
    } catch (err) {
      const error = describeError(err);
      const deferrals = (job.data as DeferrableData).deferrals ?? 0;
      const deferMs = err instanceof RetryLaterError ? err.delayMs : isDatabaseConnectionLoss(err) ? RECONNECT_DELAY_MS : null;
      if (deferMs !== null && deferrals < MAX_DEFERRALS && token) {
        await job.updateData({ ...job.data, deferrals: deferrals + 1 });
        await job.moveToDelayed(Date.now() + deferMs, token);
        throw new DelayedError();
      }
      const attempt = job.attemptsMade + 1;
      const last = error.retry === 'never' || attempt >= (job.opts.attempts ?? 1);
      ctx.log[last ? 'warn' : 'info'](`${stage.queue} ${stage.describe(parsed.data)} failed`, { code: error.code, error: error.message, attempt, final: last });
      if (last) await stage.onFinalFailure(ctx, parsed.data, error, attempt);
      if (error.retry === 'never') throw new UnrecoverableError(`${error.code}: ${error.message}`);
      throw err;
    }
  };
}
