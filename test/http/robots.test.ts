import { describe, expect, it } from 'vitest';
import { isAllowed, parseRobots, productToken } from '../../src/http/robots';

const ROBOTS = `
# comments are ignored
User-agent: *
Disallow: /

User-agent: Googlebot
Disallow: /nogoogle

User-agent: DealDB/2.0
Disallow: /private/
Allow: /private/public/
Disallow: /*.pdf$
Disallow: /search?
Allow: /private/ok$
Crawl-delay: 2.5

User-agent: dealdb
Disallow: /merged-group
`;

describe('parseRobots + isAllowed for token dealdb', () => {
  const policy = parseRobots(ROBOTS, 'dealdb');

  it.each([
    ['/', true],
    ['/news/2025/deal', true],
    ['/nogoogle', true],
    ['/private/x', false],
    ['/private/public/x', true],
    ['/private/ok', true],
    ['/private/ok/more', false],
    ['/files/report.pdf', false],
    ['/files/report.pdf?dl=1', true],
    ['/search?q=ai', false],
    ['/search', true],
    ['/merged-group/a', false],
    ['/robots.txt', true],
  ])('%s allowed: %s', (path, allowed) => {
    expect(isAllowed(policy, path)).toBe(allowed);
  });

  it('keeps Crawl-delay in ms', () => {
    expect(policy.crawlDelayMs).toBe(2500);
  });

  it('falls back to the * group for other agents', () => {
    expect(isAllowed(parseRobots(ROBOTS, 'otherbot'), '/news')).toBe(false);
  });

  it.each([
    ['an empty file', ''],
    ['an empty Disallow', 'User-agent: *\nDisallow:'],
    ['rules before any User-agent', 'Disallow: /'],
  ])('allows everything with %s', (_name, text) => {
    expect(isAllowed(parseRobots(text, 'dealdb'), '/any')).toBe(true);
  });

  it('prefers Allow on a tie of equal length', () => {
    expect(isAllowed(parseRobots('User-agent: *\nDisallow: /a\nAllow: /a', 'dealdb'), '/a')).toBe(true);
  });

  it('matches percent-encoded and raw non-ASCII alike', () => {
    const policy = parseRobots('User-agent: *\nDisallow: /café', 'dealdb');
    expect(isAllowed(policy, '/caf%c3%a9/x')).toBe(false);
  });
});

describe('wildcard patterns', () => {
  const disallows = (pattern: string, path: string) => !isAllowed(parseRobots(`User-agent: *\nDisallow: ${pattern}`, 'dealdb'), path);

  it.each([
    ['/a', '/abc', true],
    ['/a$', '/abc', false],
    ['/a*c$', '/abbbc', true],
    ['/*/deal', '/x/y/deal-1', true],
    ['*.php', '/index.php?x', true],
    ['/x*', '/y', false],
  ])('%s vs %s -> %s', (pattern, path, expected) => {
    expect(disallows(pattern, path)).toBe(expected);
  });

  it('stays fast on adversarial wildcards', () => {
    const started = Date.now();
    expect(disallows('/' + 'a*'.repeat(200) + 'b$', '/' + 'a'.repeat(5000))).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('productToken', () => {
  it.each([
    ['dealdb/0.1 (+https://github.com/dealdb/dealdb)', 'dealdb'],
    ['DealDB', 'dealdb'],
    ['Mozilla/5.0 (compatible)', 'mozilla'],
  ])('%s -> %s', (agent, token) => {
    expect(productToken(agent)).toBe(token);
  });
});
