/**
 * A local news site for pipeline tests: generated article pages listed by an RSS feed, an Atom
 * feed, a sitemap index with a news sitemap, and a plain URL list, plus misbehaving URLs (404,
 * 500, a page that fails once, a slow page, an image, a path robots.txt disallows). Feeds answer
 * conditional GETs; `addPages` makes the feeds change; `changingPages` makes some pages change.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startHttpServer, type TestServer } from './http-server';

export interface SiteOptions {
  /** News pages at first. */
  pages: number;
  /** Include the misbehaving URLs in the feeds. Default true. */
  misbehaving?: boolean;
  /** Extra delay before each news page answers, to stretch a run (a function: a delay per request). Default 0. */
  pageDelayMs?: number | (() => number);
  /** Delay of /slow/page. Default 1500. */
  slowMs?: number;
  /** News pages 1..N change on every request (a new revision in title and text), as live stories do. Default 0. */
  changingPages?: number;
}

export interface TestSite {
  server: TestServer;
  feedUrl: string;
  atomUrl: string;
  sitemapUrl: string;
  listUrl: string;
  /** Every URL the feeds list now. */
  listedUrls(): string[];
  /** News page URLs only (the ones that can be extracted). */
  pageUrls(): string[];
  /** The listed URLs that must end failed, and those that must end extracted. */
  misbehaving: { failing: string[]; extractable: string[]; disallowed: string };
  addPages(n: number): void;
  /** Requests per path. */
  hits(path: string): number;
  close(): Promise<void>;
}

export const MISBEHAVING_PATHS = {
  failing: ['/missing/page', '/error/page', '/image/chart.png'],
  extractable: ['/flaky/page', '/slow/page'],
  disallowed: '/private/page',
};

export async function startSite(options: SiteOptions): Promise<TestSite> {
  let pageCount = options.pages;
  const misbehaving = options.misbehaving ?? true;
  const hits = new Map<string, number>();
  let origin = '';
  const newsPaths = () => Array.from({ length: pageCount }, (_, i) => `/news/${i + 1}`);
  const listedPaths = () =>
    misbehaving ? [...newsPaths(), ...MISBEHAVING_PATHS.failing, ...MISBEHAVING_PATHS.extractable, MISBEHAVING_PATHS.disallowed] : newsPaths();

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const count = hits.get(path)!;
    const urls = listedPaths().map((p) => origin + p);
    const doc = (body: string, type: string) => conditional(req, res, body, type);
    if (path === '/robots.txt') return text(res, 200, 'User-agent: *\nDisallow: /private/\n', 'text/plain');
    if (path === '/feed.xml') return doc(rssFeed(origin, urls), 'application/rss+xml');
    if (path === '/atom.xml') return doc(atomFeed(origin, urls), 'application/atom+xml');
    if (path === '/sitemap.xml') return doc(sitemapIndex(origin), 'application/xml');
    if (path === '/sitemap-news.xml') return doc(newsSitemap(urls.slice(0, Math.ceil(urls.length / 2))), 'application/xml');
    if (path === '/sitemap-rest.xml') return doc(urlset(urls.slice(Math.ceil(urls.length / 2))), 'application/xml');
    if (path === '/urls.txt') return doc(`# news\n${urls.join('\n')}\n`, 'text/plain');
    if (path === '/error/page') return text(res, 500, 'boom', 'text/plain');
    if (path === '/image/chart.png') return text(res, 200, 'PNG', 'image/png');
    if (path === '/flaky/page' && count === 1) return text(res, 503, 'try again', 'text/plain');
    if (path === '/flaky/page') return text(res, 200, articleHtml(0, 'flaky'), 'text/html; charset=utf-8');
    if (path === '/slow/page') return void setTimeout(() => text(res, 200, articleHtml(0, 'slow'), 'text/html'), options.slowMs ?? 1500);
    if (path === '/private/page') return text(res, 200, articleHtml(0, 'private'), 'text/html');
    const news = /^\/news\/(\d+)$/.exec(path);
    if (news && Number(news[1]) <= pageCount) {
      const n = Number(news[1]);
      const kind = n <= (options.changingPages ?? 0) ? `news rev ${count}` : 'news';
      const send = () => text(res, 200, articleHtml(n, kind), 'text/html; charset=utf-8');
      const delay = typeof options.pageDelayMs === 'function' ? options.pageDelayMs() : options.pageDelayMs;
      return void (delay ? setTimeout(send, delay) : send());
    }
    text(res, 404, 'not found', 'text/plain');
  };

  const server = await startHttpServer(handler);
  origin = server.origin;
  return {
    server,
    feedUrl: server.url('/feed.xml'),
    atomUrl: server.url('/atom.xml'),
    sitemapUrl: server.url('/sitemap.xml'),
    listUrl: server.url('/urls.txt'),
    listedUrls: () => listedPaths().map((p) => origin + p),
    pageUrls: () => newsPaths().map((p) => origin + p),
    misbehaving: {
      failing: MISBEHAVING_PATHS.failing.map((p) => origin + p),
      extractable: MISBEHAVING_PATHS.extractable.map((p) => origin + p),
      disallowed: origin + MISBEHAVING_PATHS.disallowed,
    },
    addPages: (n) => void (pageCount += n),
    hits: (path) => hits.get(path) ?? 0,
    close: () => server.close(),
  };
}

function text(res: ServerResponse, status: number, body: string, type: string): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': type }).end(body);
}

/** Answers 304 when If-None-Match names the current body's ETag. */
function conditional(req: IncomingMessage, res: ServerResponse, body: string, type: string): void {
  const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
  if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
  res.writeHead(200, { 'content-type': type, etag }).end(body);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function rssFeed(origin: string, urls: string[]): string {
  const items = urls.map((u, i) => `<item><title>Story ${i + 1}</title><link>${escapeXml(u)}</link><guid>${escapeXml(u)}</guid></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test News</title><link>${origin}/</link><description>t</description>${items.join('')}</channel></rss>`;
}

function atomFeed(origin: string, urls: string[]): string {
  const entries = urls.map((u, i) => `<entry><id>tag:test,${i}</id><title>Story ${i + 1}</title><updated>2025-11-03T00:00:00Z</updated><link rel="alternate" href="${escapeXml(u)}"/></entry>`);
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><id>${origin}/</id><title>Test News</title><updated>2025-11-03T00:00:00Z</updated>${entries.join('')}</feed>`;
}

function sitemapIndex(origin: string): string {
  return `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>${origin}/sitemap-news.xml</loc></sitemap><sitemap><loc>${origin}/sitemap-rest.xml</loc></sitemap></sitemapindex>`;
}

function newsSitemap(urls: string[]): string {
  const entries = urls.map(
    (u) => `<url><loc>${escapeXml(u)}</loc><news:news><news:publication><news:name>Test</news:name><news:language>en</news:language></news:publication><news:publication_date>2025-11-03</news:publication_date><news:title>Story</news:title></news:news></url>`,
  );
  return `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">${entries.join('')}</urlset>`;
}

function urlset(urls: string[]): string {
  return `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.map((u) => `<url><loc>${escapeXml(u)}</loc></url>`).join('')}</urlset>`;
}

const BUYERS = ['OpenAI', 'Anthropic', 'Meta', 'xAI', 'Mistral AI'];
const PROVIDERS = ['Amazon Web Services', 'Microsoft', 'Oracle', 'CoreWeave', 'Google Cloud'];

/** A small news article; every fifth one announces a compute deal, the rest report other figures. */
export function articleHtml(n: number, kind: string): string {
  const buyer = BUYERS[n % BUYERS.length]!;
  const provider = PROVIDERS[(n * 3 + 1) % PROVIDERS.length]!;
  const lead =
    n % 5 === 0
      ? `${buyer} signed a ${2 + (n % 6)}-year, $${10 + n} billion agreement with ${provider} for cloud computing capacity, the companies said on Monday.`
      : `${provider} reported quarterly revenue of $${5 + (n % 40)}.${n % 10} billion, up ${10 + (n % 30)} percent from a year earlier.`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Story ${n} (${kind}) - Test News</title>
<meta property="article:published_time" content="2025-11-03T08:00:00Z"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Story ${n}: ${buyer} and ${provider}</h1><p class="byline">By Test Reporter</p>
<p>${lead}</p>
<p>Analysts said demand for AI infrastructure kept growing through the year, and data center operators added ${100 + n} megawatts of capacity.</p>
<p>The ${kind} story number ${n} closes with a quote from an executive who said the plan would take several years to complete.</p>
</article><footer>Copyright Test News</footer></body></html>`;
}
