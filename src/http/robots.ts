/**
 * robots.txt (RFC 9309): parsed into the rules of the group for our product token (or '*'),
 * matched with '*' and '$' wildcards where the longest pattern wins and Allow wins ties;
 * Crawl-delay kept. Fetched once per origin and cached: a 4xx means no rules, a 5xx or an
 * unreachable server means "stay away for a while".
 */

export interface RobotsRule {
  allow: boolean;
  pattern: string;
}

export interface RobotsPolicy {
  rules: RobotsRule[];
  /** Crawl-delay for our group, in ms, or null. */
  crawlDelayMs: number | null;
}

export const ALLOW_ALL: RobotsPolicy = { rules: [], crawlDelayMs: null };

/** The product token of a User-Agent string: 'dealdb/0.1 (+https://...)' -> 'dealdb'. */
export function productToken(userAgent: string): string {
  return userAgent.trim().split(/[\s/]/)[0].toLowerCase();
}

interface Group {
  agents: string[];
  rules: RobotsRule[];
  crawlDelayMs: number | null;
}

/** Parses robots.txt and keeps the groups for `token` (merged), else those for '*'. */
export function parseRobots(text: string, token: string): RobotsPolicy {
  const groups = parseGroups(text);
  const mine = groups.filter((g) => g.agents.includes(token));
  const chosen = mine.length > 0 ? mine : groups.filter((g) => g.agents.includes('*'));
  const delays = chosen.map((g) => g.crawlDelayMs).filter((d): d is number => d !== null);
  return {
    rules: chosen.flatMap((g) => g.rules),
    crawlDelayMs: delays.length > 0 ? Math.max(...delays) : null,
  };
}

function parseGroups(text: string): Group[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      // Consecutive User-agent lines share one group.
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: [], crawlDelayMs: null };
        groups.push(current);
      }
      current.agents.push(productToken(value) || '*');
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (!current) continue;
    if ((key === 'allow' || key === 'disallow') && value !== '') {
      current.rules.push({ allow: key === 'allow', pattern: normalizeEncoding(value) });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0) current.crawlDelayMs = Math.round(seconds * 1000);
    }
  }
  return groups;
}

/** Patterns and paths compared in one form: non-ASCII percent-encoded, %xx in upper case. */
function normalizeEncoding(text: string): string {
  return text
    .replace(/[^\x00-\x7f]+/g, (chars) => encodeURIComponent(chars))
    .replace(/%[0-9a-f]{2}/gi, (escape) => escape.toUpperCase());
}

/** True if `pathAndQuery` (e.g. '/news/a?b=1') may be fetched under `policy`. */
export function isAllowed(policy: RobotsPolicy, pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  const path = normalizeEncoding(pathAndQuery);
  let best: RobotsRule | null = null;
  for (const rule of policy.rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    const longer = !best || rule.pattern.length > best.pattern.length;
    const tieAllow = best && rule.pattern.length === best.pattern.length && rule.allow && !best.allow;
    if (longer || tieAllow) best = rule;
  }
  return best ? best.allow : true;
}

/**
 * Wildcard match: '*' is any run of characters, a final '$' anchors the end, otherwise the
 * pattern is a prefix. Greedy with one backtrack point: O(pattern x path) at worst, never exponential.
 */
export function matchesPattern(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const pat = anchored ? pattern.slice(0, -1) : pattern;
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < path.length) {
    if (p === pat.length && !anchored) return true;
    if (p < pat.length && pat[p] === '*') {
      starP = p++;
      starS = s;
    } else if (p < pat.length && pat[p] === path[s]) {
      p++;
      s++;
    } else if (starP !== -1) {
      p = starP + 1;
      s = ++starS;
    } else {
      return false;
    }
  }
  while (p < pat.length && pat[p] === '*') p++;
  return p === pat.length;
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
