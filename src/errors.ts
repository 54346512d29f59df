/**
 * The one error taxonomy of dealdb. Every failure says how to retry it:
 * - `PermanentError` (retry 'never'): retrying cannot help (404, wrong content type, bad URL...).
 * - `RetryLaterError` (retry 'later'): the server told us when to come back (Retry-After);
 *   waiting for it spends no attempt.
 * - `TransientError` (retry 'backoff'): probably temporary (5xx, timeouts, resets); back off.
 * `code` is a stable snake_case string meant for logs, metrics and the article row;
 * `message` is one line a person can act on.
 */

export type RetryPolicy = 'never' | 'later' | 'backoff';

export interface ErrorDetails {
  /** The URL the failure is about, if any. */
  url?: string;
  cause?: unknown;
}

export abstract class DealdbError extends Error {
  abstract readonly retry: RetryPolicy;
  readonly code: string;
  readonly url?: string;

  constructor(code: string, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = code;
    this.url = details.url;
  }
}

/** Retrying cannot help: the request, the URL or the response is wrong for us. */
export class PermanentError extends DealdbError {
  readonly retry = 'never' as const;
}

/** The server asked us to come back after `delayMs`; waiting spends no attempt. */
export class RetryLaterError extends DealdbError {
  readonly retry = 'later' as const;
  readonly delayMs: number;

  constructor(code: string, message: string, delayMs: number, details: ErrorDetails = {}) {
    super(code, message, details);
    this.delayMs = Math.max(0, Math.round(delayMs));
  }
}

/** Probably temporary (5xx, 408, timeouts, resets, DNS): retry with backoff. */
export class TransientError extends DealdbError {
  readonly retry = 'backoff' as const;
}

/** Invalid configuration (environment, options): fix the setting, never retry. */
export class ConfigError extends PermanentError {
  constructor(message: string, details: ErrorDetails = {}) {
    super('bad_config', message, details);
  }
}

export interface ErrorDescription {
  code: string;
  message: string;
  retry: RetryPolicy;
}

/**
 * Flattens any thrown value for logs and the article row. Errors outside the taxonomy
 * (a lost database connection, a bug) get code 'unexpected' and are retried with backoff:
 * attempts are bounded, and a lost connection does come back.
 */
// PostgreSQL's "terminating connection" (57P01-57P03) and connection-exception (08xxx) codes, and
// node-postgres's own words when the socket closes under a query.
const CONNECTION_LOSS_CODE = /^(?:57P0[123]|08\d{3})$/;
const CONNECTION_LOSS_MESSAGE = /\bConnection terminated\b|\bterminating connection\b|\bconnection (?:is closed|error)\b/i;

/**
 * The database connection was lost under the job (a restart, a terminated backend): the page is not
 * at fault, so the job is retried without spending one of its attempts.
 */
export function isDatabaseConnectionLoss(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if ((typeof code === 'string' && CONNECTION_LOSS_CODE.test(code)) || CONNECTION_LOSS_MESSAGE.test(e.message)) return true;
  }
  return false;
}

export function describeError(err: unknown): ErrorDescription {
  if (err instanceof DealdbError) return { code: err.code, message: err.message, retry: err.retry };
  const message = err instanceof Error ? err.message : String(err);
  return { code: 'unexpected', message: oneLine(message || 'unknown error'), retry: 'backoff' };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
