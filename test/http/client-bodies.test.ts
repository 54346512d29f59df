import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermanentError } from '../../src/errors';
import { routes, startHttpServer, type TestServer } from '../helpers/http-server';
import { createTestClient, rejection } from './test-client';

const MB = 1024 * 1024;
const PAGE = '<html><body><p>Microsoft signs a $9.7 billion deal with IREN.</p></body></html>';
const HTML = { 'content-type': 'text/html; charset=utf-8' };

/** Writes `total` bytes of `chunk` repeated, respecting backpressure; stops when the client goes away. */
function stream(res: ServerResponse, chunk: Buffer, total: number, sent: { bytes: number }): void {
  const writeMore = () => {
    while (sent.bytes < total && !res.destroyed) {
      sent.bytes += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', writeMore);
    }
    if (!res.destroyed) res.end();
  };
  writeMore();
}

/** 1 GiB of zeros as gzip: one 16 MiB member compressed with zlib streaming, repeated 64 times (~1 MB). */
async function gzipBomb(): Promise<Buffer> {
  const zeros = Readable.from((function* () {
    for (let i = 0; i < 256; i++) yield Buffer.alloc(64 * 1024);
  })());
  const member = await buffer(zeros.pipe(zlib.createGzip({ level: 9 })));
  return Buffer.concat(Array.from({ length: 64 }, () => member));
}

const latin1Page = Buffer.from('<html><body><p>Caf\xe9 Z\xfcrich \x80 5</p></body></html>', 'latin1');
const shiftJisPage = Buffer.concat([
  Buffer.from('<html><head><meta charset="shift_jis"><title>x</title></head><body><p>'),
  Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]), // 日本語
  Buffer.from('</p></body></html>'),
]);

let server: TestServer;
let bomb: Buffer;
const streamed = { bytes: 0 };
const client = createTestClient();

beforeAll(async () => {
  bomb = await gzipBomb();
  server = await startHttpServer(
    routes({
      '/gzip': (_req, res) => res.writeHead(200, { ...HTML, 'content-encoding': 'gzip' }).end(zlib.gzipSync(PAGE)),
      '/br': (_req, res) => res.writeHead(200, { ...HTML, 'content-encoding': 'br' }).end(zlib.brotliCompressSync(PAGE)),
      '/deflate': (_req, res) => res.writeHead(200, { ...HTML, 'content-encoding': 'deflate' }).end(zlib.deflateSync(PAGE)),
      '/deflate-raw': (_req, res) => res.writeHead(200, { ...HTML, 'content-encoding': 'deflate' }).end(zlib.deflateRawSync(PAGE)),
      '/corrupt-gzip': (_req, res) => res.writeHead(200, { ...HTML, 'content-encoding': 'gzip' }).end(Buffer.from('not gzip at all')),
      '/zstd': (_req, res) => res.writeHead(200, { ...HTML, 'content-encoding': 'zstd' }).end('x'),
      '/bomb': (_req, res) => res.writeHead(200, { ...HTML, 'content-encoding': 'gzip' }).end(bomb),
      '/deflate-bomb': (_req, res) => {
        res.writeHead(200, { ...HTML, 'content-encoding': 'deflate' }).end(zlib.deflateSync(Buffer.alloc(64 * MB)));
      },
      '/declared-60mb': (_req, res) => {
        res.writeHead(200, { ...HTML, 'content-length': String(60 * MB) });
        res.write(Buffer.alloc(64 * 1024, 0x61));
      },
      '/chunked-60mb': (_req, res) => {
        res.writeHead(200, HTML);
        stream(res, Buffer.alloc(64 * 1024, 0x61), 60 * MB, streamed);
      },
      '/latin1': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(latin1Page),
      '/shift-jis': (_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(shiftJisPage),
      '/bom': (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(Buffer.from('\ufeff<p>Dvořák €</p>')),
      '/etag': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') return void res.writeHead(304, { etag: '"v1"' }).end();
        res.writeHead(200, { ...HTML, etag: '"v1"', 'last-modified': 'Tue, 04 Nov 2025 10:00:00 GMT' }).end(PAGE);
      },
      '/feed': (_req, res) => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Caf\xe9</title></rss>', 'latin1'),
      '/png': (_req, res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(10)),
      '/plain-list': (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('https://a.example/1\nhttps://a.example/2\n'),
    }),
  );
});

afterAll(async () => {
  await client.close();
  await server.close();
});

describe('compressed bodies', () => {
  it.each(['/gzip', '/br', '/deflate', '/deflate-raw'])('%s is decompressed', async (path) => {
    const page = await client.fetchPage(server.url(path));
    expect(page.text).toBe(PAGE);
    expect(page.bytes.length).toBe(Buffer.byteLength(PAGE));
  });

  it.each([
    ['/corrupt-gzip', 'decode_failed', /corrupt 'gzip' body/],
    ['/zstd', 'decode_failed', /Content-Encoding 'zstd'/],
  ])('%s -> PermanentError %s', async (path, code, message) => {
    const err = await rejection(client.fetchPage(server.url(path)));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });
});

describe('size cap', () => {
  it.each(['/bomb', '/deflate-bomb'])('%s (a decompression bomb) stops at maxBytes, fast and without buffering it', async (path) => {
    const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const started = Date.now();
    const err = await rejection(client.fetchPage(server.url(path)));
    expect(err.code).toBe('too_large');
    expect(err.message).toMatch(/larger than 10\.0 MB after decompression; raise maxBytes/);
    expect(Date.now() - started).toBeLessThan(3_000);
    const grown = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heapBefore;
    expect(grown).toBeLessThan(200 * MB);
  });

  it('a Content-Length above the cap is refused before reading', async () => {
    const err = await rejection(client.fetchPage(server.url('/declared-60mb')));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.code).toBe('too_large');
    expect(err.message).toContain(`(Content-Length ${60 * MB})`);
  });

  it('a chunked 60 MB body is cut at the cap without the server sending it all', async () => {
    const err = await rejection(client.fetchPage(server.url('/chunked-60mb')));
    expect(err.code).toBe('too_large');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(streamed.bytes).toBeLessThan(30 * MB);
  });

  it('a body within a lowered cap is read whole', async () => {
    const small = createTestClient({ maxBytes: Buffer.byteLength(PAGE) });
    try {
      expect((await small.fetchPage(server.url('/gzip'))).text).toBe(PAGE);
      expect((await rejection(createTestClient({ maxBytes: 10 }).fetchPage(server.url('/gzip')))).code).toBe('too_large');
    } finally {
      await small.close();
    }
  });
});

describe('charsets', () => {
  it.each([
    ['/latin1', 'windows-1252', 'Café Zürich € 5'],
    ['/shift-jis', 'shift_jis', '日本語'],
    ['/bom', 'utf-8', 'Dvořák €'],
  ])('%s is decoded as %s', async (path, charset, expected) => {
    const page = await client.fetchPage(server.url(path));
    expect(page.charset).toBe(charset);
    expect(page.text).toContain(expected);
  });

  it('an XML declaration names the encoding of a feed', async () => {
    const feed = await client.fetchDocument(server.url('/feed'), { accept: 'xml' });
    expect(feed.charset).toBe('windows-1252');
    expect(feed.text).toContain('<title>Café</title>');
  });
});

describe('conditional GET', () => {
  it('returns notModified on 304 when the ETag matches', async () => {
    const first = await client.fetchPage(server.url('/etag'));
    expect(first).toMatchObject({ status: 200, notModified: false, etag: '"v1"', lastModified: 'Tue, 04 Nov 2025 10:00:00 GMT' });
    const again = await client.fetchPage(server.url('/etag'), { etag: first.etag, lastModified: first.lastModified });
    expect(again).toMatchObject({ status: 304, notModified: true, text: '', etag: '"v1"' });
    expect(again.bytes.length).toBe(0);
  });
});

describe('document content types', () => {
  it.each([
    ['/feed', 'xml' as const, true],
    ['/plain-list', 'text' as const, true],
    ['/plain-list', 'xml' as const, true],
    ['/png', 'xml' as const, false],
    ['/png', 'text' as const, false],
    ['/png', 'any' as const, true],
  ])('%s with accept %s -> accepted %s', async (path, accept, accepted) => {
    const result = client.fetchDocument(server.url(path), { accept });
    if (accepted) {
      expect((await result).status).toBe(200);
    } else {
      expect((await rejection(result)).code).toBe('bad_content_type');
    }
  });
});
