import { afterEach, describe, expect, it } from 'vitest';
import { PermanentError, TransientError } from '../../src/errors';
import { withRetries } from '../../src/http/retry';
import { reply, routes, startHttpServer, type Handler, type TestServer } from '../helpers/http-server';
import { createTestClient, rejection } from './test-client';

const HTML = { 'content-type': 'text/html' };
const ROBOTS = [
  'User-agent: *',
  'Disallow: /',
  '',
  'User-agent: otherbot',
  'User-agent: dealdb',
  'Disallow: /private/',
  'Allow: /private/open$',
  'Crawl-delay: 0.3',
].join('\n');

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(table: Record<string, Handler>): Promise<TestServer & { starts: number[] }> {
  const starts: number[] = [];
  const server = await startHttpServer((req, res) => {
    starts.push(Date.now());
    routes(table)(req, res);
  });
  cleanups.push(() => server.close());
  return Object.assign(server, { starts });
}

function client(overrides: Parameters<typeof createTestClient>[0] = {}) {
  const created = createTestClient(overrides);
  cleanups.push(() => created.close());
  return created;
}

describe('robots.txt', () => {
  const page = reply(200, '<p>page</p>', HTML);

  it.each([
    ['/news/a', true],
    ['/private/secret', false],
    ['/private/open', true],
    ['/private/open?x=1', false],
  ])('%s allowed: %s (the dealdb group, not *)', async (path, allowed) => {
    const server = await serve({ '/robots.txt': reply(200, ROBOTS, { 'content-type': 'text/plain' }), [path.split('?')[0]]: page });
    const result = client({ obeyRobots: true }).fetchPage(server.url(path));
    if (allowed) {
      expect((await result).text).toBe('<p>page</p>');
    } else {
      const err = await rejection(result);
      expect(err).toBeInstanceOf(PermanentError);
      expect(err.code).toBe('robots_disallowed');
      expect(err.message).toMatch(/is disallowed for dealdb by http:\/\/127\.0\.0\.1:\d+\/robots\.txt/);
    }
  });

  it('is fetched once per origin and its Crawl-delay spaces request starts', async () => {
    const server = await serve({ '/robots.txt': reply(200, ROBOTS), '/a': page, '/b': page, '/c': page });
    const polite = client({ obeyRobots: true });
    await Promise.all(['/a', '/b', '/c'].map((path) => polite.fetchPage(server.url(path))));
    expect(server.requests.filter((r) => r === '/robots.txt')).toHaveLength(1);
    const pageStarts = server.starts.slice(1);
    for (let i = 1; i < pageStarts.length; i++) expect(pageStarts[i] - pageStarts[i - 1]).toBeGreaterThanOrEqual(290);
  });

  it.each([
    ['a 404 robots.txt allows everything', reply(404, 'no'), null],
    ['a 500 robots.txt keeps us away for a while', reply(500, 'down'), 'robots_unavailable'],
  ])('%s', async (_name, robots, code) => {
    const server = await serve({ '/robots.txt': robots, '/a': page });
    const result = client({ obeyRobots: true }).fetchPage(server.url('/a'));
    if (code === null) {
      expect((await result).status).toBe(200);
    } else {
      const err = await rejection(result);
      expect(err).toBeInstanceOf(TransientError);
      expect(err.code).toBe(code);
      expect(server.requests).toEqual(['/robots.txt']);
    }
  });
});

describe('per-host limits', () => {
  it('never has more than perHostConcurrency requests in flight to one host', async () => {
    let inFlight = 0;
    let peak = 0;
    const server = await serve({
      '/slow': (_req, res) => {
        peak = Math.max(peak, ++inFlight);
        setTimeout(() => {
          inFlight--;
          res.writeHead(200, HTML).end('<p>done</p>');
        }, 80);
      },
    });
    const limited = client({ perHostConcurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => limited.fetchPage(server.url(`/slow?i=${i}`))));
    expect(server.requests).toHaveLength(6);
    expect(peak).toBe(2);
  });

  it('spaces request starts to one host by perHostDelayMs', async () => {
    const server = await serve({ '/a': reply(200, '<p>a</p>', HTML) });
    const spaced = client({ perHostDelayMs: 150 });
    await Promise.all(Array.from({ length: 3 }, () => spaced.fetchPage(server.url('/a'))));
    for (let i = 1; i < 3; i++) expect(server.starts[i] - server.starts[i - 1]).toBeGreaterThanOrEqual(140);
  });
});

describe('withRetries against a server', () => {
  it('waits out 503 + Retry-After without spending an attempt, then succeeds', async () => {
    let calls = 0;
    const server = await serve({
      '/busy': (_req, res) => {
        if (calls++ === 0) return void res.writeHead(503, { 'retry-after': '1' }).end('busy');
        res.writeHead(200, HTML).end('<p>ready</p>');
      },
    });
    const http = client();
    const attempts: number[] = [];
    const started = Date.now();
    const page = await withRetries((attempt) => {
      attempts.push(attempt);
      return http.fetchPage(server.url('/busy'));
    }, { attempts: 1 });
    expect(page.text).toBe('<p>ready</p>');
    expect(attempts.every((a) => a === 1)).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('retries a 500 with backoff, then gives up with the last error', async () => {
    const server = await serve({ '/broken': reply(500, 'boom') });
    const http = client();
    const err = await rejection(withRetries(() => http.fetchPage(server.url('/broken')), { attempts: 3, baseDelayMs: 10 }));
    expect(err.code).toBe('http_500');
    expect(server.requests).toHaveLength(3);
  });

  it('never retries a 404', async () => {
    const server = await serve({});
    const http = client();
    const err = await rejection(withRetries(() => http.fetchPage(server.url('/missing')), { attempts: 3, baseDelayMs: 10 }));
    expect(err.code).toBe('http_404');
    expect(server.requests).toHaveLength(1);
  });
});
