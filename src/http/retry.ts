/**
 * Retries by the error taxonomy: TransientError backs off (exponential, full jitter),
 * RetryLaterError waits what the server asked without spending an attempt, anything
 * else (PermanentError, unknown errors) is thrown at once. Used by the ad-hoc CLI path;
 * BullMQ jobs use BullMQ's own attempts with the same classification.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { RetryLaterError, TransientError } from '../errors';

export interface RetryOptions {
  /** Attempts in all, the first included. Default 3. */
  attempts?: number;
  /** Backoff before the second attempt; doubles each time. Default 500 ms. */
  baseDelayMs?: number;
  /** Ceiling of one backoff. Default 30 000 ms. */
  maxDelayMs?: number;
  /** Retry-After waits that spend no attempt, at most this many. Default 5. */
  maxLaterWaits?: number;
  /** A Retry-After longer than this is not waited for here: the error is thrown for the caller to reschedule. Default 120 000 ms. */
  maxLaterDelayMs?: number;
  signal?: AbortSignal;
  /** Source of jitter in [0, 1); default Math.random. */
  random?: () => number;
}

export async function withRetries<T>(fn: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const { attempts = 3, baseDelayMs = 500, maxDelayMs = 30_000, maxLaterWaits = 5, maxLaterDelayMs = 120_000 } = options;
  const random = options.random ?? Math.random;
  let attempt = 1;
  let laterWaits = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (err) {
      if (err instanceof RetryLaterError && laterWaits < maxLaterWaits && err.delayMs <= maxLaterDelayMs) {
        laterWaits += 1;
        await wait(err.delayMs, options.signal);
        continue;
      }
      if (!(err instanceof TransientError) || attempt >= attempts) throw err;
      const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
      await wait(Math.floor(random() * ceiling), options.signal);
      attempt += 1;
    }
  }
}

/** Sleeps `ms`; an abort rejects with the signal's own reason, as fetches do. */
async function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, undefined, { signal });
  } catch (err) {
    throw signal?.aborted ? signal.reason : err;
  }
}
