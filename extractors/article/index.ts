// HTML page -> Article. Parts: page-facts (one walk for metadata), metadata (title, byline,
// canonical URL, site, language), dates (published / modified), blocks (the page as text blocks),
// body (the article's blocks), lines (chrome by wording), boilerplate (chrome by markup).
// Pure: fetchedAt only bounds the published date; no clock, no I/O.
import type { Article } from '../types';
import { collectBlocks } from './blocks';
import { extractBody } from './body';
import { findDates, isDatelineLine } from './dates';
import { parseHtml } from './dom';
import { findByline, findCanonical, findLanguage, findSiteName, findTitle } from './metadata';
import { scanPage } from './page-facts';

export interface ArticleOptions {
  url?: string | null;
  /** Upper bound for the published date (a page cannot be published after it was fetched). */
  fetchedAt?: Date | string | null;
}

/** How many leading blocks of a page may hold its visible dateline. */
const DATELINE_WINDOW = 80;

export function extractArticle(html: string, options: ArticleOptions = {}): Article {
  const pageUrl = options.url ?? null;
  const root = parseHtml(typeof html === 'string' ? html : '');
  const facts = scanPage(root);
  const blocks = collectBlocks(root);
  const siteName = findSiteName(facts);
  const title = findTitle(facts, siteName);
  const canonical = findCanonical(facts, pageUrl);
  const datelines = blocks.slice(0, DATELINE_WINDOW).map((b) => b.text).filter(isDatelineLine);
  const dates = findDates(facts, [pageUrl, canonical], datelines, toLimit(options.fetchedAt));
  return {
    url: canonical ?? pageUrl,
    canonical_url: canonical,
    title,
    published: dates.published,
    published_source: dates.published_source,
    modified: dates.modified,
    byline: findByline(facts),
    site_name: siteName,
    language: findLanguage(facts),
    body: extractBody(blocks, title),
  };
}

function toLimit(fetchedAt: Date | string | null | undefined): number | null {
  if (fetchedAt === null || fetchedAt === undefined || fetchedAt === '') return null;
  const ms = fetchedAt instanceof Date ? fetchedAt.getTime() : Date.parse(fetchedAt);
  return Number.isNaN(ms) ? null : ms;
}
