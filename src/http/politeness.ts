/**
 * Per-host politeness, in memory for this process: at most `concurrency` requests in flight
 * per host, and at least `delayMs` between two request starts to the same host (raised by the
 * host's robots.txt Crawl-delay). After a host sends Retry-After, requests to it fail at once
 * with a RetryLaterError until then, rather than holding a worker slot while they wait.
 */
import { RetryLaterError } from '../errors';

export interface PolitenessOptions {
  /** Requests in flight per host. */
  concurrency: number;
  /** Minimum ms between request starts to one host. */
  delayMs: number;
}

/** Crawl-delay above this is capped: a site asking for an hour between pages would never be read. */
export const MAX_CRAWL_DELAY_MS = 60_000;

interface Waiter {
  start: () => void;
  fail: (err: unknown) => void;
}

interface HostState {
  host: string;
  active: number;
  waiters: Waiter[];
  nextStartAt: number;
  pausedUntil: number;
  crawlDelayMs: number;
  timer: NodeJS.Timeout | null;
}

export type Release = () => void;

export class Politeness {
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly options: PolitenessOptions) {}

  /** Waits for a slot on `host`; call the returned function once the response is fully read. */
  async acquire(host: string, signal?: AbortSignal): Promise<Release> {
    const state = this.state(host);
    signal?.throwIfAborted();
    await new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        state.waiters.splice(state.waiters.indexOf(waiter), 1);
        reject(signal?.reason);
      };
      const settle = (fn: () => void) => () => {
        signal?.removeEventListener('abort', onAbort);
        fn();
      };
      const waiter: Waiter = { start: settle(resolve), fail: (err) => settle(() => reject(err))() };
      signal?.addEventListener('abort', onAbort, { once: true });
      state.waiters.push(waiter);
      this.pump(state);
    });
    let released = false;
    return () => {
      if (released) return;
      released = true;
      state.active -= 1;
      this.pump(state);
    };
  }

  /** Sets the host's Crawl-delay (ms); capped at MAX_CRAWL_DELAY_MS. */
  setCrawlDelay(host: string, delayMs: number): void {
    this.state(host).crawlDelayMs = Math.min(Math.max(0, delayMs), MAX_CRAWL_DELAY_MS);
  }

  /** Requests to `host` fail with RetryLaterError for `delayMs` from now (the host sent Retry-After). */
  pauseHost(host: string, delayMs: number): void {
    const state = this.state(host);
    state.pausedUntil = Math.max(state.pausedUntil, Date.now() + delayMs);
    this.pump(state);
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = { host, active: 0, waiters: [], nextStartAt: 0, pausedUntil: 0, crawlDelayMs: 0, timer: null };
      this.hosts.set(host, state);
    }
    return state;
  }

  /** Starts as many waiters as the limits allow now, and wakes up later for the rest. */
  private pump(state: HostState): void {
    const pausedMs = state.pausedUntil - Date.now();
    if (pausedMs > 0) {
      for (const waiter of state.waiters.splice(0)) waiter.fail(pausedError(state.host, pausedMs));
      return;
    }
    if (state.timer) return;
    while (state.waiters.length > 0 && state.active < this.options.concurrency) {
      const wait = state.nextStartAt - Date.now();
      if (wait > 0) {
        state.timer = setTimeout(() => {
          state.timer = null;
          this.pump(state);
        }, wait);
        return;
      }
      state.active += 1;
      state.nextStartAt = Date.now() + Math.max(this.options.delayMs, state.crawlDelayMs);
      state.waiters.shift()!.start();
    }
  }
}

function pausedError(host: string, pausedMs: number): RetryLaterError {
  const seconds = Math.ceil(pausedMs / 1000);
  return new RetryLaterError('rate_limited', `requests to ${host} are paused for ${seconds} s more: it sent Retry-After; retry then`, pausedMs);
}
