import { describe, expect, it } from 'vitest';
import { ConfigError, describeError, PermanentError, RetryLaterError, TransientError } from '../../src/errors';
import { parseRetryAfter } from '../../src/http/classify';
import { withRetries } from '../../src/http/retry';
import { rejection } from './test-client';

const transient = () => new TransientError('http_500', 'boom; retry later');
const permanent = () => new PermanentError('http_404', 'gone; remove the URL');
const later = (ms: number) => new RetryLaterError('http_429', 'wait', ms);

/** A function failing with `errors` in turn, then returning 'ok'; records the attempt numbers it saw. */
function script(errors: Error[]) {
  const seen: number[] = [];
  const fn = async (attempt: number) => {
    seen.push(attempt);
    const next = errors.shift();
    if (next) throw next;
    return 'ok';
  };
  return { fn, seen };
}

describe('withRetries', () => {
  const fast = { baseDelayMs: 1, random: () => 0.5 };

  it.each([
    ['succeeds after transient failures', [transient(), transient()], 3, 'ok', [1, 2, 3]],
    ['gives up after the last attempt', [transient(), transient(), transient()], 3, 'http_500', [1, 2, 3]],
    ['never retries a permanent error', [permanent()], 3, 'http_404', [1]],
    ['never retries an unknown error', [new TypeError('bug')], 3, 'unexpected', [1]],
    ['waits Retry-After without spending an attempt', [later(5), later(5), transient()], 2, 'ok', [1, 1, 1, 2]],
    ['gives up after too many Retry-After waits', Array.from({ length: 6 }, () => later(1)), 3, 'http_429', [1, 1, 1, 1, 1, 1]],
    ['does not wait out a Retry-After longer than maxLaterDelayMs', [later(10 * 60_000)], 3, 'http_429', [1]],
  ])('%s', async (_name, errors, attempts, outcome, seenAttempts) => {
    const { fn, seen } = script([...errors]);
    const result = await withRetries(fn, { ...fast, attempts }).catch((err: unknown) => describeError(err).code);
    expect(result).toBe(outcome);
    expect(seen).toEqual(seenAttempts);
  });

  it('backs off exponentially with full jitter, capped', async () => {
    const { fn } = script([transient(), transient(), transient()]);
    const started = Date.now();
    await withRetries(fn, { attempts: 4, baseDelayMs: 40, maxDelayMs: 60, random: () => 0.999 });
    // ~40 + 60 (80 capped) + 60 (160 capped)
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(Date.now() - started).toBeLessThan(600);
  });

  it('stops waiting when aborted', async () => {
    const controller = new AbortController();
    const { fn } = script([later(10_000)]);
    setTimeout(() => controller.abort(new Error('stopped')), 20);
    const err = await rejection(withRetries(fn, { signal: controller.signal }));
    expect(err.message).toBe('stopped');
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-11-04T10:00:00Z');
  it.each([
    ['120', 120_000],
    [' 0 ', 0],
    ['Tue, 04 Nov 2025 10:01:00 GMT', 60_000],
    ['Tue, 04 Nov 2025 09:00:00 GMT', 0],
    ['soon', null],
    [undefined, null],
  ])('%j -> %j', (value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('describeError', () => {
  it.each([
    [permanent(), { code: 'http_404', retry: 'never' }],
    [transient(), { code: 'http_500', retry: 'backoff' }],
    [later(10), { code: 'http_429', retry: 'later' }],
    [new ConfigError('DATABASE_URL is not a URL; fix it in .env'), { code: 'bad_config', retry: 'never' }],
    [new Error('socket\n hang up'), { code: 'unexpected', retry: 'backoff', message: 'socket hang up' }],
    ['a string', { code: 'unexpected', retry: 'backoff', message: 'a string' }],
  ])('%s', (err, expected) => {
    expect(describeError(err)).toMatchObject(expected);
  });

  it('keeps the class name, the URL and the cause', () => {
    const cause = new Error('ECONNRESET');
    const err = new TransientError('connection_reset', 'cut; retry later', { url: 'https://x/y', cause });
    expect(err).toMatchObject({ name: 'TransientError', url: 'https://x/y', cause, retry: 'backoff' });
    expect(err).toBeInstanceOf(Error);
  });
});
