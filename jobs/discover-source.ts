// Discover stage. Input: a source id. Output: `articles` rows (status queued) for the URLs the
// source lists that were not known yet. Safe to rerun: inserts skip known URLs, and the
// source's validators are saved only after its URLs are, so a crash in between re-reads it.
import { parseFeed } from 'feedsmith';
import { XMLParser } from 'fast-xml-parser';
import { insertNewArticles } from '../db/articles';
import { getSource, recordSourceRun, type SourceKind } from '../db/sources';
import { PermanentError } from '../src/errors';
import type { HttpClient } from '../src/http/client';
import type { JobContext } from './context';

export interface DiscoverResult {
  /** URLs the source lists now (after following sitemap indexes). */
  listed: number;
  newArticleIds: number[];
  /** The source answered 304 to the conditional GET: nothing read. */
  notModified: boolean;
}

export interface ParsedSource {
  kind: SourceKind;
  /** Article URLs, absolute, without fragments, deduplicated, in document order. */
  urls: string[];
  /** Child sitemaps of a sitemap index. */
  sitemaps: string[];
}

/** Sitemap indexes are followed this far (children of children) and this wide. */
const MAX_SITEMAP_DEPTH = 2;
const MAX_CHILD_SITEMAPS = 100;

export async function discoverSource(ctx: JobContext, sourceId: number): Promise<DiscoverResult> {
  const source = await getSource(ctx.database, sourceId);
  if (!source) throw new PermanentError('source_missing', `source ${sourceId} does not exist (removed after it was scheduled)`);
  const doc = await ctx.http.fetchDocument(source.url, {
    accept: source.kind === 'list' ? 'text' : 'xml',
    etag: source.etag,
    lastModified: source.lastModified,
  });
  if (doc.notModified) {
    await recordSourceRun(ctx.database, sourceId, { error: null });
    return { listed: 0, newArticleIds: [], notModified: true };
  }
  const parsed = parseSourceDocument(doc.text, doc.finalUrl, source.kind);
  const urls = [...parsed.urls, ...(await readChildSitemaps(ctx.http, parsed.sitemaps, 1))];
  const unique = [...new Set(urls)];
  const newArticleIds = await insertNewArticles(ctx.database, unique, sourceId);
  // An index can stay the same while its children change: keep no validators for it.
  const isIndex = parsed.sitemaps.length > 0;
  await recordSourceRun(ctx.database, sourceId, {
    etag: isIndex ? null : doc.etag,
    lastModified: isIndex ? null : doc.lastModified,
    error: null,
  });
  return { listed: unique.length, newArticleIds, notModified: false };
}

async function readChildSitemaps(http: HttpClient, sitemaps: string[], depth: number): Promise<string[]> {
  if (depth > MAX_SITEMAP_DEPTH) return [];
  const urls: string[] = [];
  for (const url of sitemaps.slice(0, MAX_CHILD_SITEMAPS)) {
    const doc = await http.fetchDocument(url, { accept: 'xml' });
    const child = parseSourceDocument(doc.text, doc.finalUrl, 'sitemap');
    urls.push(...child.urls, ...(await readChildSitemaps(http, child.sitemaps, depth + 1)));
  }
  return urls;
}

/** Fetches a source once and tells its kind from what it holds. */
export async function detectSourceKind(http: HttpClient, url: string): Promise<SourceKind> {
  const doc = await http.fetchDocument(url, { accept: 'text' });
  const kind = detectKind(doc.text);
  if (!kind) {
    throw new PermanentError('unknown_source_kind', `${url} is neither an RSS/Atom feed, a sitemap nor a list of URLs; check the URL or give --kind`, { url });
  }
  return kind;
}

/** 'sitemap' for <urlset>/<sitemapindex>, 'feed' for RSS/Atom/RDF/JSON Feed, 'list' for lines of URLs. */
export function detectKind(text: string): SourceKind | null {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  const root = rootElementName(head.slice(0, 8192));
  if (root === 'urlset' || root === 'sitemapindex') return 'sitemap';
  try {
    parseFeed(head);
    return 'feed';
  } catch {
    // not a feed: maybe a list
  }
  return head.startsWith('<') || parseUrlList(head, 'http://invalid/').length === 0 ? null : 'list';
}

/** The local name of the first element, skipping the XML declaration, comments and doctype. */
function rootElementName(head: string): string | null {
  const match = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(head.replace(/<!--[^]*?-->|<[?!][^>]*>/g, ''));
  return match ? match[2]! : null;
}

export function parseSourceDocument(text: string, baseUrl: string, kind: SourceKind): ParsedSource {
  const body = text.replace(/^\uFEFF/, '');
  switch (kind) {
    case 'feed':
      return { kind, urls: parseFeedUrls(body, baseUrl), sitemaps: [] };
    case 'sitemap':
      return { kind, ...parseSitemap(body, baseUrl) };
    case 'list':
      return { kind, urls: parseUrlList(body, baseUrl), sitemaps: [] };
  }
}

export function parseFeedUrls(text: string, baseUrl: string): string[] {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (err) {
    throw new PermanentError('bad_feed', `${baseUrl} is not a readable RSS/Atom feed (${(err as Error).message}); check the URL or its --kind`, { url: baseUrl });
  }
  const links: (string | undefined)[] = [];
  switch (parsed.format) {
    case 'rss':
      for (const item of parsed.feed.items ?? []) {
        links.push(item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined));
      }
      break;
    case 'atom':
      for (const entry of parsed.feed.entries ?? []) {
        const alternate = entry.links?.find((l) => !l.rel || l.rel === 'alternate') ?? entry.links?.[0];
        links.push(alternate?.href ?? entry.id);
      }
      break;
    case 'rdf':
      for (const item of parsed.feed.items ?? []) links.push(item.link);
      break;
    case 'json':
      for (const item of parsed.feed.items ?? []) links.push(item.url ?? item.external_url);
      break;
  }
  return normalizeUrls(links, baseUrl);
}

const sitemapParser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  processEntities: true,
  isArray: (name) => name === 'url' || name === 'sitemap',
});

/** A sitemap (including Google News sitemaps: <news:news> sits beside <loc>) or a sitemap index. */
export function parseSitemap(text: string, baseUrl: string): { urls: string[]; sitemaps: string[] } {
  let doc: { urlset?: { url?: { loc?: unknown }[] } | ''; sitemapindex?: { sitemap?: { loc?: unknown }[] } | '' };
  try {
    doc = sitemapParser.parse(text);
  } catch (err) {
    throw new PermanentError('bad_sitemap', `${baseUrl} is not a readable sitemap (${(err as Error).message}); check the URL or its --kind`, { url: baseUrl });
  }
  if (doc.urlset === undefined && doc.sitemapindex === undefined) {
    throw new PermanentError('bad_sitemap', `${baseUrl} has no <urlset> or <sitemapindex>: it is not a sitemap; check the URL or its --kind`, { url: baseUrl });
  }
  const locs = (entries: { loc?: unknown }[] | undefined) => (entries ?? []).map((e) => (typeof e.loc === 'string' ? e.loc.trim() : undefined));
  return {
    urls: normalizeUrls(locs(doc.urlset ? doc.urlset.url : undefined), baseUrl),
    sitemaps: normalizeUrls(locs(doc.sitemapindex ? doc.sitemapindex.sitemap : undefined), baseUrl),
  };
}

/** One URL per line; blank lines and lines starting with '#' are skipped, text after the URL ignored. */
export function parseUrlList(text: string, baseUrl: string): string[] {
  const urls = text
    .split(/\r?\n/)
    .map((line) => line.trim().split(/\s/, 1)[0] ?? '')
    .filter((token) => token && !token.startsWith('#') && /^https?:\/\//i.test(token));
  return normalizeUrls(urls, baseUrl);
}

/** Absolute http(s) URLs without fragments, first occurrence kept. */
function normalizeUrls(candidates: (string | undefined)[], baseUrl: string): string[] {
  const seen = new Set<string>();
  for (const candidate of candidates) {
    if (!candidate) continue;
    let url: URL;
    try {
      url = new URL(candidate.trim(), baseUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    url.hash = '';
    seen.add(url.href);
  }
  return [...seen];
}
