// Published and modified dates. Signals are tried from the most to the least deliberate (structured
// data, meta tags, microdata, <time>, the URL, a visible dateline); the first date that is not later
// than the fetch time wins, and `published_source` names the signal.
import { attr, type Element, tagOf, textOf } from './dom';
import { findWrittenDate, isNotAfter, type ParsedDate, parseDate, parseWrittenDate } from './date-parse';
import { ldString, rankArticleNodes } from './json-ld';
import type { PageFacts } from './page-facts';

export interface FoundDates {
  published: string | null;
  published_source: string | null;
  modified: string | null;
}

interface Candidate {
  value: string;
  source: string;
  /** Visible text: only written dates count (no bare numbers). */
  written?: boolean;
}

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time',
  'published_time', 'datepublished', 'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued',
  'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'publication_date', 'article.published', 'originalpublicationdate',
  'article_date_original', 'cxenseparse:recs:publishtime', 'og:pubdate', 'datecreated',
  'citation_publication_date', 'citation_date', 'release_date',
];
const MODIFIED_META = [
  'article:modified_time', 'og:article:modified_time', 'og:updated_time', 'datemodified', 'dc.date.modified',
  'dcterms.modified', 'last-modified', 'article.updated', 'lastmod',
];
const PUBLISH_HINT = /publish|posted|pubdate|entry-date|date-?created|dateline|article-date|post-date|story-date/i;
const UPDATE_HINT = /updat|modif|edited|revised/i;
const PUBLISH_WORD = /\b(published|posted|first published|date)\b/i;
const UPDATE_WORD = /\b(updated|modified|edited|revised)\b/i;

export function findDates(
  facts: PageFacts,
  urls: (string | null)[],
  visibleLines: string[],
  limit: number | null,
): FoundDates {
  const published = pick(publishedCandidates(facts, urls, visibleLines), limit);
  const modified = pick(modifiedCandidates(facts, visibleLines), limit);
  return { published: published?.date ?? null, published_source: published?.source ?? null, modified: modified?.date ?? null };
}

function pick(candidates: Candidate[], limit: number | null): { date: string; source: string } | null {
  for (const c of candidates) {
    const parsed: ParsedDate | null = c.written ? parseWrittenDate(c.value) ?? parseDate(c.value) : parseDate(c.value);
    if (parsed && isNotAfter(parsed, limit)) return { date: parsed.date, source: c.source };
  }
  return null;
}

function publishedCandidates(facts: PageFacts, urls: (string | null)[], lines: string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const node of rankArticleNodes(facts.jsonLd)) {
    for (const key of ['datePublished', 'coverageStartTime', 'dateCreated', 'uploadDate']) {
      const v = ldString(node, key);
      if (v) out.push({ value: v, source: 'json-ld' });
    }
  }
  for (const key of PUBLISHED_META) for (const v of facts.meta.get(key) ?? []) out.push({ value: v, source: `meta:${key}` });
  for (const el of facts.itemDates) {
    if (!/published|created/i.test(attr(el, 'itemprop') ?? '')) continue;
    out.push({ value: attr(el, 'content') ?? attr(el, 'datetime') ?? textOf(el), source: 'microdata' });
  }
  for (const el of rankTimes(facts.times, false)) out.push({ value: timeValue(el), source: 'time' });
  for (const url of urls) {
    const date = url && dateInUrl(url);
    if (date) out.push({ value: date, source: 'url' });
  }
  for (const line of lines) {
    if (PUBLISH_WORD.test(line) || !UPDATE_WORD.test(line)) out.push({ value: afterWord(line, PUBLISH_WORD), source: 'dateline', written: true });
  }
  return out;
}

function modifiedCandidates(facts: PageFacts, lines: string[]): Candidate[] {
  const out: Candidate[] = [];
  for (const node of rankArticleNodes(facts.jsonLd)) {
    const v = ldString(node, 'dateModified');
    if (v) out.push({ value: v, source: 'json-ld' });
  }
  for (const key of MODIFIED_META) for (const v of facts.meta.get(key) ?? []) out.push({ value: v, source: `meta:${key}` });
  for (const el of facts.itemDates) {
    if (/modified/i.test(attr(el, 'itemprop') ?? '')) out.push({ value: attr(el, 'content') ?? attr(el, 'datetime') ?? textOf(el), source: 'microdata' });
  }
  for (const el of rankTimes(facts.times, true)) out.push({ value: timeValue(el), source: 'time' });
  for (const line of lines) if (UPDATE_WORD.test(line)) out.push({ value: afterWord(line, UPDATE_WORD), source: 'dateline', written: true });
  return out;
}

/** <time> elements likely to hold the publication (or update) date, best first. */
function rankTimes(times: Element[], updated: boolean): Element[] {
  const scored = times.map((el, i) => ({ el, score: scoreTime(el, updated) - i * 0.01 }));
  return scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score).map((s) => s.el);
}

function scoreTime(el: Element, updated: boolean): number {
  const hints = `${attr(el, 'class') ?? ''} ${attr(el, 'itemprop') ?? ''} ${attr(el, 'id') ?? ''} ${parentHints(el)}`;
  const isUpdate = UPDATE_HINT.test(hints);
  if (updated) return isUpdate ? 2 : 0;
  if (isUpdate && !PUBLISH_HINT.test(hints)) return 0;
  let score = 1;
  if (attr(el, 'pubdate') !== undefined || PUBLISH_HINT.test(hints)) score += 3;
  if (hasAncestor(el, /^(article|header|main)$/)) score += 2;
  if (hasAncestor(el, /^(footer|aside|nav|li)$/)) score -= 1.5;
  return score;
}

function parentHints(el: Element): string {
  const p = el.parent as Element | null;
  return p && p.type === 'tag' ? `${attr(p, 'class') ?? ''} ${attr(p, 'id') ?? ''}` : '';
}

function hasAncestor(el: Element, tags: RegExp): boolean {
  for (let cur = el.parent as Element | null; cur && cur.type === 'tag'; cur = cur.parent as Element | null) {
    if (tags.test(tagOf(cur))) return true;
  }
  return false;
}

function timeValue(el: Element): string {
  const dt = attr(el, 'datetime') ?? attr(el, 'content');
  return dt && parseDate(dt) ? dt : textOf(el);
}

/** "/2025/11/03/", "/2025-11-03/", "/20251103/", "-2025-09-10/" in a URL's path. */
export function dateInUrl(url: string): string | null {
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0];
  const m = /(?:^|[/_-])((?:19|20)\d{2})([/_-])(\d{1,2})\2(\d{1,2})(?=$|[/_.-])/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(path);
  if (!m) return null;
  const [y, mo, d] = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
  return `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/**
 * A short line that states when the story appeared: "Published 15 January 2026",
 * "Helena Marsh, Analyst · Published 15 January 2026", "January 15, 2026 4:40 p.m. ET".
 * The date must end the line (times and zones aside), so prose that mentions a date is not one.
 */
export function isDatelineLine(line: string): boolean {
  if (line.length > 160) return false;
  const found = findWrittenDate(line);
  if (!found) return false;
  const before = countWords(line.slice(0, found.start));
  const after = countWords(line.slice(found.end).replace(TIME_WORDS, ' '));
  if (after > 1) return false;
  return PUBLISH_WORD.test(line) || UPDATE_WORD.test(line) ? before <= 9 : before <= 4;
}

const TIME_WORDS = /\b\d{1,2}([:.]\d{2})+\s*([ap]\.?m\.?)?|\b([ap]\.?m\.?|et|pt|ct|gmt|utc|bst|cet|cest|edt|est|pdt|pst|ist)\b/gi;

function countWords(text: string): number {
  return text.replace(/\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(on|at|by)\b/gi, ' ').split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
}

/** The text after a keyword ("... · Published 15 January 2026" -> "15 January 2026"). */
function afterWord(line: string, word: RegExp): string {
  const m = word.exec(line);
  return m ? line.slice(m.index + m[0].length) : line;
}
