// Title, byline, canonical URL, site name and language from the page's declared metadata.
import { findWrittenDate } from './date-parse';
import { normalizeSpace, textOf } from './dom';
import { ldNames, ldString, rankArticleNodes, typesOf } from './json-ld';
import { firstMeta, type PageFacts } from './page-facts';

// " | Site", " - Site", " — Site", " :: Site" at the end of a <title>.
const TITLE_SEPARATORS = /\s+(?:\||-|–|—|·|•|::|»|:)\s+/g;

export function findSiteName(facts: PageFacts): string | null {
  const og = firstMeta(facts, 'og:site_name', 'application-name', 'twitter:site');
  if (og && !og.startsWith('@')) return normalizeSpace(og);
  for (const node of rankArticleNodes(facts.jsonLd)) {
    const name = ldNames(node.publisher)[0];
    if (name) return normalizeSpace(name);
  }
  const website = facts.jsonLd.find((n) => typesOf(n).includes('WebSite'));
  const name = website && ldString(website, 'name');
  return name ? normalizeSpace(name) : null;
}

export function findTitle(facts: PageFacts, siteName: string | null): string | null {
  const ld = rankArticleNodes(facts.jsonLd).find((n) => ldString(n, 'headline'));
  const candidates = [firstMeta(facts, 'og:title', 'twitter:title'), ld && ldString(ld, 'headline'), facts.h1];
  for (const c of candidates) {
    const title = c && stripSiteSuffix(normalizeSpace(c), siteName);
    if (title) return title;
  }
  return facts.title ? stripSiteSuffix(normalizeSpace(facts.title), siteName, true) || null : null;
}

/**
 * Drops a site name at the end or start: "Headline | Site", "Site - Headline". Without a known site
 * name, `guess` drops a short last segment (for <title>, which nearly always carries the site).
 */
export function stripSiteSuffix(title: string, siteName: string | null, guess = false): string {
  const site = siteName?.toLowerCase();
  if (site && title.toLowerCase().startsWith(site)) {
    const rest = /^\s*(?:\||-|–|—|·|•|::|»|:)\s+/.exec(title.slice(site.length));
    if (rest) return title.slice(site.length + rest[0].length).trim();
  }
  const seps = [...title.matchAll(TITLE_SEPARATORS)];
  if (!seps.length) return title;
  const last = seps[seps.length - 1];
  const tail = title.slice(last.index + last[0].length).trim();
  if (site && tail.toLowerCase() === site) return title.slice(0, last.index).trim();
  const shortTail = tail.split(' ').length <= 4 && tail.length < title.length / 2;
  return guess && shortTail ? title.slice(0, last.index).trim() : title;
}

export function findByline(facts: PageFacts): string | null {
  const meta = firstMeta(facts, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl');
  if (meta && !/^https?:\/\//i.test(meta)) return cleanByline(meta);
  for (const node of rankArticleNodes(facts.jsonLd)) {
    const names = ldNames(node.author ?? node.creator).map(cleanByline).filter((n): n is string => !!n);
    if (names.length) return names.join(', ');
  }
  for (const el of facts.authorEls) {
    const text = cleanByline(textOf(el));
    if (text && text.length <= 80) return text;
  }
  return null;
}

/** "By Jane Doe @jdoe Nov 19, 2019 | 2 min read" -> "Jane Doe". */
function cleanByline(text: string): string | null {
  let name = normalizeSpace(text).replace(/^(?:written\s+|posted\s+)?by[:\s]+/i, '');
  name = name.split(/\s+(?:[|·•]|--?|—)\s+|\s@|\b(?:published|updated|posted|on)\b/i)[0];
  const date = findWrittenDate(name);
  if (date) name = name.slice(0, date.start);
  name = name.replace(/[\s,|:;–—-]+$/, '');
  return name || null;
}

export function findCanonical(facts: PageFacts, pageUrl: string | null): string | null {
  const href = facts.links.get('canonical')?.[0] ?? firstMeta(facts, 'og:url');
  if (!href) return null;
  try {
    return new URL(href, pageUrl ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : null;
  }
}

export function findLanguage(facts: PageFacts): string | null {
  const raw = facts.htmlLang || firstMeta(facts, 'og:locale', 'content-language', 'language', 'dc.language', 'inlanguage');
  if (!raw) return ldLanguage(facts);
  const tag = raw.trim().split(/[\s,;]/)[0].replace('_', '-');
  const [lang, region] = tag.split('-');
  if (!/^[a-z]{2,3}$/i.test(lang)) return ldLanguage(facts);
  return region ? `${lang.toLowerCase()}-${region.toUpperCase()}` : lang.toLowerCase();
}

function ldLanguage(facts: PageFacts): string | null {
  for (const node of rankArticleNodes(facts.jsonLd)) {
    const lang = ldString(node, 'inLanguage');
    if (lang) return lang;
  }
  return null;
}
