// Reading sources: kind detection, RSS/Atom/RDF/JSON feeds, sitemaps (index, news) and URL
// lists, relative links resolved, and the conditional GET that skips an unchanged source.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/client';
import { insertSource, listSources } from '../../db/sources';
import { detectKind, discoverSource, parseSourceDocument } from '../../jobs/discover-source';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { createTestClient } from '../http/test-client';
import { startSite, type TestSite } from '../helpers/site-server';
import type { JobContext } from '../../jobs/context';

const BASE = 'https://news.test/feeds/main.xml';

const DOCUMENTS: [string, string, 'feed' | 'sitemap' | 'list', string[]][] = [
  [
    'RSS 2.0, relative link and fragment',
    '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>a</title><link>/news/a#top</link></item><item><title>b</title><link>https://news.test/news/b</link></item></channel></rss>',
    'feed',
    ['https://news.test/news/a', 'https://news.test/news/b'],
  ],
  [
    'RSS 2.0 item with only a permalink guid',
    '<rss version="2.0"><channel><title>t</title><item><guid isPermaLink="true">https://news.test/g</guid></item></channel></rss>',
    'feed',
    ['https://news.test/g'],
  ],
  [
    'Atom with alternate and self links',
    '<feed xmlns="http://www.w3.org/2005/Atom"><id>x</id><title>t</title><updated>2025-01-01T00:00:00Z</updated><entry><id>e1</id><title>a</title><updated>2025-01-01T00:00:00Z</updated><link rel="self" href="https://news.test/api/1"/><link rel="alternate" href="https://news.test/a"/></entry></feed>',
    'feed',
    ['https://news.test/a'],
  ],
  [
    'RDF (RSS 1.0)',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="x"><title>t</title><link>https://news.test/</link></channel><item rdf:about="https://news.test/r"><title>r</title><link>https://news.test/r</link></item></rdf:RDF>',
    'feed',
    ['https://news.test/r'],
  ],
  [
    'sitemap with a comment before the root',
    '<?xml version="1.0"?><!-- generated --><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc> https://news.test/s1 </loc></url><url><loc>https://news.test/s2</loc><image:image xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"><image:loc>https://news.test/i.png</image:loc></image:image></url></urlset>',
    'sitemap',
    ['https://news.test/s1', 'https://news.test/s2'],
  ],
  [
    'news sitemap',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://news.test/n1</loc><news:news><news:title>N &amp; M</news:title></news:news></url></urlset>',
    'sitemap',
    ['https://news.test/n1'],
  ],
  [
    'plain list with comments, blanks, notes and non-http lines',
    '# today\nhttps://news.test/l1\n\nhttps://news.test/l2  from the wire\nftp://news.test/x\nhttps://news.test/l1\n',
    'list',
    ['https://news.test/l1', 'https://news.test/l2'],
  ],
];

describe('source documents', () => {
  it.each(DOCUMENTS)('%s', (_label, text, kind, urls) => {
    expect(detectKind(text)).toBe(kind);
    expect(parseSourceDocument(text, BASE, kind).urls).toEqual(urls);
  });

  it('a sitemap index lists child sitemaps', () => {
    const index = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>/sm/1.xml</loc></sitemap></sitemapindex>';
    expect(detectKind(index)).toBe('sitemap');
    expect(parseSourceDocument(index, BASE, 'sitemap')).toEqual({ kind: 'sitemap', urls: [], sitemaps: ['https://news.test/sm/1.xml'] });
  });

  it.each([
    ['an HTML page', '<!doctype html><html><body><p>hello</p></body></html>'],
    ['prose', 'nothing here is a link'],
  ])('%s is no source', (_label, text) => {
    expect(detectKind(text)).toBeNull();
  });

  it.each([
    ['feed', '<html></html>', 'bad_feed'],
    ['sitemap', '<rss version="2.0"><channel></channel></rss>', 'bad_sitemap'],
  ] as const)('a %s that is not one fails permanently', (kind, text, code) => {
    expect(() => parseSourceDocument(text, BASE, kind)).toThrow(expect.objectContaining({ code, retry: 'never' }));
  });
});

describe('discoverSource', () => {
  let site: TestSite;
  let dataDir: string;
  let database: Database;
  let ctx: JobContext;

  beforeAll(async () => {
    site = await startSite({ pages: 5, misbehaving: false });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealdb-discover-'));
    database = await openDatabase({ dataDir });
    await database.migrate();
    const config = loadConfig({ DEALDB_DATA_DIR: dataDir });
    ctx = { config, log: createLogger('silent'), database, http: createTestClient(), organizationIds: new Set() };
  });

  afterAll(async () => {
    await ctx?.http.close();
    await database?.close();
    await site?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores new URLs once and skips an unchanged feed by conditional GET', async () => {
    const source = (await insertSource(database, { url: site.feedUrl, kind: 'feed', schedule: '1h' }))!;
    const first = await discoverSource(ctx, source.id);
    expect(first).toMatchObject({ listed: 5, notModified: false });
    expect(first.newArticleIds).toHaveLength(5);
    const stored = (await listSources(database)).find((s) => s.id === source.id)!;
    expect(stored.etag).toMatch(/^"/);
    expect(stored.lastRunAt).toBeInstanceOf(Date);
    expect(await discoverSource(ctx, source.id)).toEqual({ listed: 0, newArticleIds: [], notModified: true });
    site.addPages(2);
    const third = await discoverSource(ctx, source.id);
    expect(third).toMatchObject({ listed: 7, notModified: false });
    expect(third.newArticleIds).toHaveLength(2);
  });

  it('follows a sitemap index on every run, since its children change under it', async () => {
    const source = (await insertSource(database, { url: site.sitemapUrl, kind: 'sitemap', schedule: '1h' }))!;
    expect((await discoverSource(ctx, source.id)).listed).toBe(7);
    site.addPages(1);
    const second = await discoverSource(ctx, source.id);
    expect(second).toMatchObject({ listed: 8, notModified: false });
    expect(second.newArticleIds).toHaveLength(1);
  });
});
