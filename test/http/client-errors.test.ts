import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermanentError, RetryLaterError, TransientError } from '../../src/errors';
import { closedPort, reply, routes, startHttpServer, type TestServer } from '../helpers/http-server';
import { createTestClient, rejection } from './test-client';

const HTML = { 'content-type': 'text/html; charset=utf-8' };

let server: TestServer;
const client = createTestClient({ maxRedirects: 3, headersTimeoutMs: 300, bodyTimeoutMs: 500 });

beforeAll(async () => {
  server = await startHttpServer(
    routes({
      '/ok': reply(200, '<p>ok</p>', HTML),
      '/404': reply(404, 'nope', HTML),
      '/410': reply(410, 'gone', HTML),
      '/403': reply(403, 'no', HTML),
      '/408': reply(408, 'slow', HTML),
      '/500': reply(500, 'boom', HTML),
      '/429-after': reply(429, 'slow down', { 'retry-after': '2' }),
      '/429-bare': reply(429, 'slow down'),
      '/503-date': reply(503, 'down', { 'retry-after': new Date(Date.now() + 60_000).toUTCString() }),
      '/png': reply(200, Buffer.from([0x89, 0x50, 0x4e, 0x47]), { 'content-type': 'image/png' }),
      '/empty': reply(200, '', HTML),
      '/no-type-binary': reply(200, Buffer.from([0, 1, 2, 3])),
      '/loop-a': reply(302, '', { location: '/loop-b' }),
      '/loop-b': reply(301, '', { location: '/loop-a' }),
      '/chain': (req, res) => {
        const n = Number(new URL(req.url!, 'http://x').searchParams.get('n') ?? 0);
        res.writeHead(302, { location: `/chain?n=${n + 1}` }).end();
      },
      '/hop1': reply(301, '', { location: 'hop2' }),
      '/hop2': reply(307, '', { location: '/ok#frag' }),
      '/to-ftp': reply(302, '', { location: 'ftp://example.com/file' }),
      '/no-location': reply(302, ''),
      '/slow-headers': (_req, res) => {
        const timer = setTimeout(() => res.writeHead(200, HTML).end('<p>late</p>'), 3_000);
        res.on('close', () => clearTimeout(timer));
      },
      '/drip': (_req, res) => {
        res.writeHead(200, HTML);
        const timer = setInterval(() => res.write('<p>.</p>'), 100);
        res.on('close', () => clearInterval(timer));
      },
      '/reset-mid-body': (req, res) => {
        res.writeHead(200, { ...HTML, 'content-length': '1000' });
        res.write('<p>partial', () => setTimeout(() => req.socket.destroy(), 20));
      },
      '/reset-before-headers': (req) => req.socket.destroy(),
    }),
  );
});

afterAll(async () => {
  await client.close();
  await server.close();
});

describe('statuses map to the taxonomy', () => {
  it.each([
    ['/404', PermanentError, 'http_404', /returned 404 Not Found: the page does not exist; remove the URL or fix it/],
    ['/410', PermanentError, 'http_410', /removed for good/],
    ['/403', PermanentError, 'http_403', /refuses us access/],
    ['/408', TransientError, 'http_408', /retry later/],
    ['/500', TransientError, 'http_500', /returned 500 Internal Server Error: the server failed; retry later/],
    ['/429-bare', TransientError, 'http_429', /too many requests/],
    ['/png', PermanentError, 'bad_content_type', /returned image\/png, not an HTML page/],
    ['/no-type-binary', PermanentError, 'bad_content_type', /no Content-Type/],
    ['/empty', TransientError, 'empty_body', /empty page/],
  ])('%s -> %s %s', async (path, type, code, message) => {
    const err = await rejection(client.fetchPage(server.url(path)));
    expect(err).toBeInstanceOf(type);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).toContain(server.url(path));
  });

  it.each([
    ['/429-after', 'http_429', 2_000, 2_000],
    ['/503-date', 'http_503', 55_000, 60_000],
  ])('%s with Retry-After -> RetryLaterError, and the host is paused meanwhile', async (path, code, min, max) => {
    const own = createTestClient();
    try {
      const err = await rejection(own.fetchPage(server.url(path)));
      expect(err).toBeInstanceOf(RetryLaterError);
      expect(err.code).toBe(code);
      expect(err.delayMs).toBeGreaterThanOrEqual(min);
      expect(err.delayMs).toBeLessThanOrEqual(max);
      const before = server.requests.length;
      const paused = await rejection(own.fetchPage(server.url('/ok')));
      expect(paused).toBeInstanceOf(RetryLaterError);
      expect(paused.code).toBe('rate_limited');
      expect(paused.delayMs).toBeGreaterThan(min - 1_000);
      expect(server.requests.length).toBe(before);
    } finally {
      await own.close();
    }
  });

  it('an empty body is empty text for fetchDocument (an empty URL list is valid)', async () => {
    const doc = await client.fetchDocument(server.url('/empty'));
    expect(doc.text).toBe('');
    expect(doc.bytes.length).toBe(0);
  });
});

describe('redirects', () => {
  it('follows relative Locations, records each hop and drops the fragment', async () => {
    const page = await client.fetchPage(server.url('/hop1'));
    expect(page.url).toBe(server.url('/hop1'));
    expect(page.redirects).toEqual([server.url('/hop2'), server.url('/ok')]);
    expect(page.finalUrl).toBe(server.url('/ok'));
    expect(page.text).toBe('<p>ok</p>');
  });

  it.each([
    ['/loop-a', 'redirect_loop', /loop/],
    ['/chain', 'too_many_redirects', /more than 3 times/],
    ['/to-ftp', 'bad_url', /only http and https/],
    ['/no-location', 'bad_redirect', /without a Location/],
  ])('%s -> PermanentError %s', async (path, code, message) => {
    const err = await rejection(client.fetchPage(server.url(path)));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });
});

describe('network failures', () => {
  it.each([
    ['/slow-headers', 'timeout', /waiting for the response headers/],
    ['/drip', 'timeout', /reading the body/],
    ['/reset-mid-body', 'connection_reset', /connection to 127\.0\.0\.1:\d+ was cut/],
    ['/reset-before-headers', 'connection_reset', /was cut/],
  ])('%s -> TransientError %s', async (path, code, message) => {
    const started = Date.now();
    const err = await rejection(client.fetchPage(server.url(path)));
    expect(err).toBeInstanceOf(TransientError);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it.each([
    ['a closed port', async () => `127.0.0.1:${await closedPort()}`],
    ['a name that does not resolve (.invalid is reserved)', async () => 'no-such-host.invalid'],
  ])('%s is unreachable, naming the host', async (_name, host) => {
    const target = await host();
    const err = await rejection(client.fetchPage(`http://${target}/x`));
    expect(err).toBeInstanceOf(TransientError);
    expect(err.code).toBe('unreachable');
    expect(err.message).toContain(`host ${target} is unreachable`);
  });

  it.each(['ftp://x', 'not a url', 'file:///etc/passwd', 'javascript:alert(1)', ''])('bad URL %j -> PermanentError bad_url', async (url) => {
    const err = await rejection(client.fetchPage(url));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.code).toBe('bad_url');
  });
});

describe('private addresses', () => {
  it.each([
    ['an IP literal not allowed', [] as string[], (s: TestServer) => s.url('/ok')],
    ['a name resolving to loopback', [], (s: TestServer) => `http://localhost:${s.port}/ok`],
    ['a redirect to another loopback address', ['127.0.0.1'], (s: TestServer) => s.url('/to-private')],
    ['an IPv6 loopback literal', [], (s: TestServer) => `http://[::1]:${s.port}/ok`],
    ['an IPv4-mapped IPv6 literal', [], (s: TestServer) => `http://[::ffff:127.0.0.1]:${s.port}/ok`],
  ])('refuses %s', async (_name, allow, target) => {
    const strict = createTestClient({ allowPrivateHosts: allow });
    const redirector = await startHttpServer(
      routes({ '/to-private': (_req, res) => res.writeHead(302, { location: `http://127.0.0.2:${server.port}/ok` }).end() }),
    );
    try {
      const err = await rejection(strict.fetchPage(target(redirector)));
      expect(err).toBeInstanceOf(PermanentError);
      expect(err.code).toBe('private_address');
      expect(err.message).toMatch(/private or local address; add it to allowPrivateHosts/);
      // Refused before any request reached a private address.
      expect(redirector.requests).toEqual(allow.length > 0 ? ['/to-private'] : []);
    } finally {
      await strict.close();
      await redirector.close();
    }
  });

  it.each([
    ['an IP', (s: TestServer) => s.url('/ok')],
    ['a host name', (s: TestServer) => `http://localhost:${s.port}/ok`],
  ])('allows %s listed in allowPrivateHosts', async (_name, target) => {
    const page = await client.fetchPage(target(server));
    expect(page.status).toBe(200);
  });

  it('stops when the caller aborts, with the caller\'s reason', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutting down')), 100);
    const err = await rejection(client.fetchPage(server.url('/drip'), { signal: controller.signal }));
    expect(err.message).toBe('shutting down');
  });
});
