/**
 * robots.txt (RFC 9309), read by `robots-parser`: the group for our product token (groups naming
 * it are merged), else '*'; '*' and '$' wildcards, the longest pattern wins and Allow wins ties;
 * Crawl-delay kept. Fetched once per origin and cached: a 4xx means no rules, a 5xx or an
 * unreachable server means "stay away for a while".
 */
import robotsParser from 'robots-parser';

export interface RobotsPolicy {
  /** True if the path and query (e.g. '/news/a?b=1') may be fetched. */
  allows(pathAndQuery: string): boolean;
  /** Crawl-delay for our group, in ms, or null. */
  crawlDelayMs: number | null;
}

export const ALLOW_ALL: RobotsPolicy = { allows: () => true, crawlDelayMs: null };

/** The product token of a User-Agent string: 'dealdb/0.1 (+https://...)' -> 'dealdb'. */
export function productToken(userAgent: string): string {
  return userAgent.trim().split(/[\s/]/)[0].toLowerCase();
}

// robots-parser answers only for URLs of the origin it was given; a policy holds no origin (the
// cache keys it), so paths are asked about under this stand-in.
const ORIGIN = 'http://robots.invalid';

/** Parses robots.txt into the policy for `token`. */
export function parseRobots(text: string, token: string): RobotsPolicy {
  const robots = robotsParser(`${ORIGIN}/robots.txt`, text);
  const delay = robots.getCrawlDelay(token);
  return {
    allows: (pathAndQuery) => robots.isAllowed(ORIGIN + pathAndQuery, token) !== false,
    crawlDelayMs: delay !== undefined && Number.isFinite(delay) && delay >= 0 ? Math.round(delay * 1000) : null,
  };
}

/** True if `pathAndQuery` (e.g. '/news/a?b=1') may be fetched under `policy`; robots.txt itself always may. */
export function isAllowed(policy: RobotsPolicy, pathAndQuery: string): boolean {
  return pathAndQuery === '/robots.txt' || policy.allows(pathAndQuery);
}

export interface RobotsResponse {
  status: number;
  text: string;
}

export interface RobotsCacheOptions {
  /** Fetches `${origin}/robots.txt`; throws a taxonomy error when the server cannot be reached. */
  fetchRobots: (origin: string) => Promise<RobotsResponse>;
  token: string;
  /** How long a fetched robots.txt (or a 4xx) is trusted. Default 1 hour. */
  ttlMs?: number;
  /** How long a 5xx or unreachable robots.txt keeps the origin off limits. Default 10 minutes. */
  unavailableTtlMs?: number;
}

/** What robots.txt says for an origin: a policy, or 'unavailable' (5xx, unreachable) meaning stay away. */
export type RobotsVerdict = RobotsPolicy | 'unavailable';

/** One robots.txt fetch per origin per TTL; concurrent callers share the fetch in flight. */
export class RobotsCache {
  private readonly entries = new Map<string, { verdict: Promise<RobotsVerdict>; expiresAt: number }>();
  private readonly ttlMs: number;
  private readonly unavailableTtlMs: number;

  constructor(private readonly options: RobotsCacheOptions) {
    this.ttlMs = options.ttlMs ?? 3_600_000;
    this.unavailableTtlMs = options.unavailableTtlMs ?? 600_000;
  }

  get(origin: string): Promise<RobotsVerdict> {
    const cached = this.entries.get(origin);
    if (cached && cached.expiresAt > Date.now()) return cached.verdict;
    const entry = { verdict: this.load(origin), expiresAt: Infinity };
    this.entries.set(origin, entry);
    entry.verdict.then(
      (verdict) => (entry.expiresAt = Date.now() + (verdict === 'unavailable' ? this.unavailableTtlMs : this.ttlMs)),
      () => this.entries.delete(origin),
    );
    return entry.verdict;
  }

  private async load(origin: string): Promise<RobotsVerdict> {
    let response: RobotsResponse;
    try {
      response = await this.options.fetchRobots(origin);
    } catch (err) {
      const { retry, code } = err as { retry?: unknown; code?: unknown };
      // The page itself would fail the same way (or the host paused us): say so, cache nothing.
      if (code === 'private_address' || retry === 'later') throw err;
      // Other permanent failures (redirect loops, a huge file) mean no usable robots.txt, as a 404 does.
      return retry === 'never' ? ALLOW_ALL : 'unavailable';
    }
    if (response.status >= 500 || response.status === 429) return 'unavailable';
    if (response.status >= 400) return ALLOW_ALL;
    return parseRobots(response.text, this.options.token);
  }
}
