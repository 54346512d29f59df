/**
 * dealdb's one HTTP client (undici). Parts:
 * - client.ts: options, redirects (followed by hand, each hop re-checked), status handling;
 * - address.ts: refusal of private addresses at connect time;
 * - body.ts: decompression under a size cap and a deadline;
 * - charset.ts: bytes to text; content-type.ts: what each fetch accepts;
 * - robots.ts, politeness.ts: robots.txt and per-host limits; classify.ts: errors; retry.ts.
 */
import { Agent, type Dispatcher } from 'undici';
import { PermanentError, RetryLaterError, TransientError } from '../errors';
import { createSafeConnector } from './address';
import { discardBody, readBody, tooLargeError } from './body';
import { decodeBody } from './charset';
import { networkError, statusError } from './classify';
import { ACCEPT_HEADERS, acceptsMime, looksLikeMarkup, mimeType, type AcceptKind } from './content-type';
import { Politeness } from './politeness';
import { isAllowed, productToken, RobotsCache } from './robots';

export interface HttpClientOptions {
  /** Sent on every request; robots.txt is matched on its product token. Default 'dealdb/0.1 (+https://github.com/dealdb/dealdb)'. */
  userAgent: string;
  /** TCP/TLS connect timeout. Default 10 000 ms. */
  connectTimeoutMs: number;
  /** Time from sending the request to receiving all response headers. Default 15 000 ms. */
  headersTimeoutMs: number;
  /** The whole body must arrive within this time after the headers (also the idle limit between chunks). Default 30 000 ms. */
  bodyTimeoutMs: number;
  /** Redirects followed per fetch. Default 5. */
  maxRedirects: number;
  /** Largest body accepted, counted after decompression. Default 10 MB. */
  maxBytes: number;
  /** Hosts or IPs fetched even though they are or resolve to private/loopback/link-local addresses. Default []. */
  allowPrivateHosts: string[];
  /** Requests in flight per host. Default 2. */
  perHostConcurrency: number;
  /** Minimum time between request starts to one host; robots.txt Crawl-delay raises it. Default 1 000 ms. */
  perHostDelayMs: number;
  /** Fetch and obey robots.txt. Default true. */
  obeyRobots: boolean;
}

export const DEFAULT_HTTP_CLIENT_OPTIONS: Readonly<HttpClientOptions> = Object.freeze({
  userAgent: 'dealdb/0.1 (+https://github.com/dealdb/dealdb)',
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 30_000,
  maxRedirects: 5,
  maxBytes: 10 * 1024 * 1024,
  allowPrivateHosts: [],
  perHostConcurrency: 2,
  perHostDelayMs: 1_000,
  obeyRobots: true,
});

export interface FetchPageOptions {
  /** ETag of the stored copy: sent as If-None-Match. */
  etag?: string | null;
  /** Last-Modified of the stored copy: sent as If-Modified-Since. */
  lastModified?: string | null;
  signal?: AbortSignal;
}

export interface FetchDocumentOptions extends FetchPageOptions {
  /** Content types accepted: 'xml' (feeds, sitemaps; also text/html and text/plain), 'text' (any text), 'any'. Default 'text'. */
  accept?: Exclude<AcceptKind, 'page'>;
}

export interface FetchedPage {
  /** The URL as requested. */
  url: string;
  /** The URL after redirects. */
  finalUrl: string;
  status: number;
  /** True when a conditional GET got 304: bytes and text are then empty. */
  notModified: boolean;
  /** Response headers, lower-case names; repeated headers joined with ', '. */
  headers: Record<string, string>;
  contentType: string | null;
  /** The encoding the text was decoded with (see decodeBody). */
  charset: string;
  /** The body, decompressed, at most maxBytes. */
  bytes: Uint8Array;
  text: string;
  etag: string | null;
  lastModified: string | null;
  /** Every URL redirected to, in order. */
  redirects: string[];
  fetchedAt: Date;
}

export interface HttpClient {
  /** An article page: HTML or XHTML only. An empty 2xx body is a TransientError 'empty_body'. */
  fetchPage(url: string, options?: FetchPageOptions): Promise<FetchedPage>;
  /** A feed, sitemap or URL list; an empty body gives empty text. */
  fetchDocument(url: string, options?: FetchDocumentOptions): Promise<FetchedPage>;
  /** Closes the connections; the client cannot be used after. */
  close(): Promise<void>;
}

interface HopResult {
  url: URL;
  status: number;
  headers: Record<string, string>;
  bytes: Uint8Array;
}

interface FetchPlan {
  kind: AcceptKind;
  headers: Record<string, string>;
  signal?: AbortSignal;
  checkRobots: boolean;
  /** Keep the first maxBytes instead of failing (robots.txt). */
  truncate?: boolean;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const ROBOTS_MAX_BYTES = 500 * 1024;

export function createHttpClient(overrides: Partial<HttpClientOptions> = {}): HttpClient {
  const options: HttpClientOptions = { ...DEFAULT_HTTP_CLIENT_OPTIONS, ...overrides };
  const agent = new Agent({
    connect: createSafeConnector(options.allowPrivateHosts, options.connectTimeoutMs),
    headersTimeout: options.headersTimeoutMs,
    bodyTimeout: options.bodyTimeoutMs,
  });
  const politeness = new Politeness({ concurrency: options.perHostConcurrency, delayMs: options.perHostDelayMs });
  const token = productToken(options.userAgent);
  const robots = new RobotsCache({ token, fetchRobots: (origin) => fetchRobotsTxt(origin) });

  async function fetchRobotsTxt(origin: string) {
    const plan: FetchPlan = { kind: 'any', headers: requestHeaders('any', {}), checkRobots: false, truncate: true };
    const hop = await follow(new URL('/robots.txt', origin), plan, []).catch((err: unknown) => {
      // A 4xx/5xx is an answer about robots.txt, not a failure of it.
      const status = /^http_(\d{3})$/.exec((err as { code?: string }).code ?? '')?.[1];
      if (status) return { status: Number(status), bytes: new Uint8Array() };
      throw err;
    });
    return { status: hop.status, text: decodeBody(hop.bytes, null).text };
  }

  async function checkRobots(url: URL): Promise<void> {
    const verdict = await robots.get(url.origin);
    if (verdict === 'unavailable') {
      throw new TransientError('robots_unavailable', `GET ${url.href} postponed: ${url.origin}/robots.txt could not be read (server error or unreachable); retry later`, { url: url.href });
    }
    politeness.setCrawlDelay(url.host, verdict.crawlDelayMs ?? 0);
    if (!isAllowed(verdict, url.pathname + url.search)) {
      throw new PermanentError('robots_disallowed', `GET ${url.href} is disallowed for ${token} by ${url.origin}/robots.txt; remove the URL or ask the site to allow it`, { url: url.href });
    }
  }

  function requestHeaders(kind: AcceptKind, validators: FetchPageOptions): Record<string, string> {
    const headers: Record<string, string> = {
      'user-agent': options.userAgent,
      accept: ACCEPT_HEADERS[kind],
      'accept-encoding': 'gzip, deflate, br',
    };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    return headers;
  }

  /** Follows redirects by hand so that each hop is checked (scheme, robots, private address at connect). */
  async function follow(start: URL, plan: FetchPlan, redirects: string[]): Promise<HopResult> {
    const seen = new Set([start.href]);
    let url = start;
    for (;;) {
      if (plan.checkRobots) await checkRobots(url);
      const hop = await sendOnce(url, plan);
      if (!REDIRECT_STATUSES.has(hop.status)) return hop;
      const next = redirectTarget(url, hop.headers.location);
      if (seen.has(next.href)) {
        throw new PermanentError('redirect_loop', `GET ${start.href} redirects in a loop (back to ${next.href}); the site is misconfigured, remove the URL or report it`, { url: start.href });
      }
      if (redirects.length >= options.maxRedirects) {
        throw new PermanentError('too_many_redirects', `GET ${start.href} redirected more than ${options.maxRedirects} times; use the final URL or raise maxRedirects`, { url: start.href });
      }
      redirects.push(next.href);
      seen.add(next.href);
      url = next;
    }
  }

  /** One request, politely: waits for the host's slot, reads or discards the body, releases the slot. */
  async function sendOnce(url: URL, plan: FetchPlan): Promise<HopResult> {
    const release = await politeness.acquire(url.host, plan.signal);
    try {
      const response = await request(url, plan);
      const headers = flattenHeaders(response.headers);
      const status = response.statusCode;
      if (REDIRECT_STATUSES.has(status) || status === 304) {
        await response.body.dump().catch(() => {});
        return { url, status, headers, bytes: new Uint8Array() };
      }
      if (status < 200 || status >= 300) {
        await response.body.dump().catch(() => {});
        const error = statusError(url.href, status, headers['retry-after']);
        if (error instanceof RetryLaterError) politeness.pauseHost(url.host, error.delayMs);
        throw error;
      }
      const bytes = await readAccepted(url, plan, headers, response.body);
      return { url, status, headers, bytes };
    } finally {
      release();
    }
  }

  async function request(url: URL, plan: FetchPlan): Promise<Dispatcher.ResponseData> {
    try {
      return await agent.request({ origin: url.origin, path: url.pathname + url.search, method: 'GET', headers: plan.headers, signal: plan.signal });
    } catch (err) {
      if (plan.signal?.aborted) throw plan.signal.reason;
      throw networkError(url.href, err);
    }
  }

  async function readAccepted(url: URL, plan: FetchPlan, headers: Record<string, string>, body: Dispatcher.ResponseData['body']): Promise<Uint8Array> {
    const mime = mimeType(headers['content-type'] ?? null);
    const declaredLength = Number(headers['content-length'] ?? NaN);
    if (mime && !acceptsMime(plan.kind, mime)) {
      discardBody(body);
      const wanted = plan.kind === 'page' ? 'an HTML page' : `a ${plan.kind} document`;
      throw new PermanentError('bad_content_type', `GET ${url.href} returned ${mime}, not ${wanted}; remove the URL or point it at the page itself`, { url: url.href });
    }
    if (!plan.truncate && declaredLength > options.maxBytes) {
      discardBody(body);
      throw tooLargeError(url.href, options.maxBytes, `(Content-Length ${declaredLength})`);
    }
    try {
      return await readBody(body, {
        url: url.href,
        contentEncoding: headers['content-encoding'],
        maxBytes: plan.truncate ? ROBOTS_MAX_BYTES : options.maxBytes,
        deadlineMs: options.bodyTimeoutMs,
        truncate: plan.truncate,
      });
    } catch (err) {
      if (plan.signal?.aborted) throw plan.signal.reason;
      throw networkError(url.href, err);
    }
  }

  async function fetchAs(kind: AcceptKind, input: string, opts: FetchPageOptions): Promise<FetchedPage> {
    const start = parseHttpUrl(input);
    const redirects: string[] = [];
    const plan: FetchPlan = { kind, headers: requestHeaders(kind, opts), signal: opts.signal, checkRobots: options.obeyRobots };
    const hop = await follow(start, plan, redirects);
    const contentType = hop.headers['content-type'] ?? null;
    const { text, charset } = decodeBody(hop.bytes, contentType);
    const notModified = hop.status === 304;
    if (kind === 'page' && !notModified) checkPageBody(hop.url.href, text, contentType);
    return {
      url: input,
      finalUrl: hop.url.href,
      status: hop.status,
      notModified,
      headers: hop.headers,
      contentType,
      charset,
      bytes: hop.bytes,
      text,
      // A 304 need not repeat the validators: the ones we sent still hold.
      etag: hop.headers.etag ?? (notModified ? opts.etag ?? null : null),
      lastModified: hop.headers['last-modified'] ?? (notModified ? opts.lastModified ?? null : null),
      redirects,
      fetchedAt: new Date(),
    };
  }

  return {
    fetchPage: (url, opts = {}) => fetchAs('page', url, opts),
    fetchDocument: (url, opts = {}) => fetchAs(opts.accept ?? 'text', url, opts),
    close: () => agent.close(),
  };
}

function checkPageBody(url: string, text: string, contentType: string | null): void {
  if (text.trim() === '') {
    throw new TransientError('empty_body', `GET ${url} returned an empty page; the server may be failing, retry later`, { url });
  }
  if (!contentType && !looksLikeMarkup(text)) {
    throw new PermanentError('bad_content_type', `GET ${url} sent no Content-Type and the body is not HTML; remove the URL or point it at the page itself`, { url });
  }
}

/** The URL to fetch, or PermanentError 'bad_url': only absolute http(s) URLs. */
export function parseHttpUrl(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input, base);
  } catch {
    throw new PermanentError('bad_url', `'${input}' is not a valid URL; fix or remove it`, { url: input });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PermanentError('bad_url', `'${input}' uses ${url.protocol}, but dealdb fetches only http and https URLs; fix or remove it`, { url: input });
  }
  url.hash = '';
  return url;
}

function redirectTarget(from: URL, location: string | undefined): URL {
  if (!location) {
    throw new PermanentError('bad_redirect', `GET ${from.href} redirects without a Location header; the site is misconfigured, remove the URL or report it`, { url: from.href });
  }
  return parseHttpUrl(location, from);
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
