/**
 * Maps HTTP statuses and network failures onto the error taxonomy (src/errors.ts),
 * with messages that say what happened and what to do.
 */
import { STATUS_CODES } from 'node:http';
import { DealdbError, PermanentError, RetryLaterError, TransientError } from '../errors';

/** Retry-After as milliseconds from `now`: delta-seconds or an HTTP date; null if absent or invalid. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

const STATUS_ADVICE: Record<number, string> = {
  401: 'the page needs a login; remove the URL or use a public one',
  403: 'the site refuses us access; remove the URL or ask the site for access',
  404: 'the page does not exist; remove the URL or fix it',
  410: 'the page was removed for good; remove the URL',
  451: 'the page is withheld for legal reasons; remove the URL',
};

/** The error for a final (non-2xx, non-3xx, non-304) response status. */
export function statusError(url: string, status: number, retryAfter: string | undefined): DealdbError {
  const code = `http_${status}`;
  const head = `GET ${url} returned ${status} ${STATUS_CODES[status] ?? ''}`.trimEnd();
  const delayMs = parseRetryAfter(retryAfter);
  if ((status === 429 || status === 503) && delayMs !== null) {
    const seconds = Math.ceil(delayMs / 1000);
    return new RetryLaterError(code, `${head}: the server asks us to wait ${seconds} s; it will be retried then`, delayMs, { url });
  }
  if (status === 429) return new TransientError(code, `${head}: we are sending too many requests; retry with backoff or raise perHostDelayMs`, { url });
  if (status === 408) return new TransientError(code, `${head}: the server timed out waiting for us; retry later`, { url });
  if (status >= 500) return new TransientError(code, `${head}: the server failed; retry later`, { url });
  const advice = STATUS_ADVICE[status] ?? 'the server rejects this request; check the URL';
  return new PermanentError(code, `${head}: ${advice}`, { url });
}

const TIMEOUT_CODES: Record<string, string> = {
  UND_ERR_CONNECT_TIMEOUT: 'connecting',
  UND_ERR_HEADERS_TIMEOUT: 'waiting for the response headers',
  UND_ERR_BODY_TIMEOUT: 'reading the body',
  ETIMEDOUT: 'connecting',
};

const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'ECONNABORTED', 'HPE_INVALID_CONSTANT']);
const UNREACHABLE_REASONS: Record<string, string> = {
  ENOTFOUND: 'its name does not resolve',
  EAI_NODATA: 'its name does not resolve',
  EAI_AGAIN: 'DNS did not answer',
  ECONNREFUSED: 'it refuses connections on that port',
  EHOSTUNREACH: 'there is no route to it',
  ENETUNREACH: 'its network is unreachable',
};

/** The error for a failure below HTTP (DNS, TCP, TLS, timeouts); taxonomy errors pass through. */
export function networkError(url: string, err: unknown): DealdbError {
  if (err instanceof DealdbError) return err;
  const code = errorCode(err);
  const host = safeHost(url);
  const reason = err instanceof Error ? err.message : String(err);
  if (code in TIMEOUT_CODES) {
    return new TransientError('timeout', `GET ${url} timed out while ${TIMEOUT_CODES[code]}; the server is slow, retry later`, { url, cause: err });
  }
  if (RESET_CODES.has(code)) {
    return new TransientError('connection_reset', `GET ${url} failed: the connection to ${host} was cut (${reason}); retry later`, { url, cause: err });
  }
  if (code in UNREACHABLE_REASONS) {
    const why = UNREACHABLE_REASONS[code];
    return new TransientError('unreachable', `GET ${url} failed: host ${host} is unreachable (${why}); check the host name or retry later`, { url, cause: err });
  }
  if (code.startsWith('ERR_TLS') || code.includes('CERT')) {
    return new PermanentError('tls_failed', `GET ${url} failed: the TLS certificate of ${host} is not valid (${reason}); fix the URL or the site's certificate`, { url, cause: err });
  }
  return new TransientError('network_error', `GET ${url} failed: ${reason.replace(/\s+/g, ' ')}; retry later`, { url, cause: err });
}

function errorCode(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code !== 'UND_ERR') return code;
  // Happy-eyeballs connects fail with an AggregateError holding one error per address.
  const inner = (err as { cause?: unknown; errors?: unknown[] } | null);
  const next = inner?.cause ?? inner?.errors?.[0];
  return next ? errorCode(next) : '';
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
