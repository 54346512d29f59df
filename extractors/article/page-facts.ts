// One walk over the page that gathers everything the metadata readers need: meta tags, links,
// JSON-LD, <title>, <time>, microdata and byline elements.
import { attr, type AnyNode, type Element, tagOf, textOf, walkElements } from './dom';
import { type LdNode, parseJsonLd } from './json-ld';

export interface PageFacts {
  /** meta name / property / itemprop / http-equiv (lower-cased) -> contents in page order. */
  meta: Map<string, string[]>;
  /** link rel (lower-cased) -> hrefs in page order. */
  links: Map<string, string[]>;
  jsonLd: LdNode[];
  title: string | null;
  htmlLang: string | null;
  h1: string | null;
  times: Element[];
  /** Non-meta elements carrying itemprop datePublished / dateModified. */
  itemDates: Element[];
  /** Elements that name the author: rel=author, itemprop=author, class byline / author. */
  authorEls: Element[];
}

const AUTHOR_CLASS = /(^|[\s_-])(byline|author|authors|author-name|writer)($|[\s_-])/i;

export function scanPage(root: AnyNode): PageFacts {
  const facts: PageFacts = {
    meta: new Map(), links: new Map(), jsonLd: [], title: null, htmlLang: null, h1: null,
    times: [], itemDates: [], authorEls: [],
  };
  const ldScripts: string[] = [];
  walkElements(root, (el) => {
    const tag = tagOf(el);
    // Comment threads and forms name their own authors, never the article's.
    if (tag === 'svg' || tag === 'form' || /comment/i.test(attr(el, 'class') ?? '')) return false;
    if (tag === 'meta') readMeta(el, facts.meta);
    else if (tag === 'link') readLink(el, facts.links);
    else if (tag === 'script') {
      if ((attr(el, 'type') ?? '').toLowerCase().includes('ld+json')) ldScripts.push(textOfScript(el));
      return false;
    } else if (tag === 'title' && facts.title === null) facts.title = textOf(el) || null;
    else if (tag === 'html' && facts.htmlLang === null) facts.htmlLang = attr(el, 'lang') ?? attr(el, 'xml:lang') ?? null;
    else if (tag === 'h1' && facts.h1 === null) facts.h1 = textOf(el) || null;
    else if (tag === 'time') facts.times.push(el);
    noteMicrodata(el, facts);
  });
  facts.jsonLd = parseJsonLd(ldScripts);
  return facts;
}

function noteMicrodata(el: Element, facts: PageFacts): void {
  const prop = (attr(el, 'itemprop') ?? '').toLowerCase();
  if (tagOf(el) !== 'meta' && /\bdate(published|modified|created)\b/.test(prop)) facts.itemDates.push(el);
  if (facts.authorEls.length >= 8) return;
  const rel = (attr(el, 'rel') ?? '').toLowerCase();
  if (rel === 'author' || /\bauthor\b/.test(prop) || AUTHOR_CLASS.test(attr(el, 'class') ?? '')) facts.authorEls.push(el);
}

function readMeta(el: Element, meta: Map<string, string[]>): void {
  const content = attr(el, 'content');
  if (content === undefined) return;
  for (const keyAttr of ['name', 'property', 'itemprop', 'http-equiv']) {
    const key = attr(el, keyAttr);
    if (key) push(meta, key.trim().toLowerCase(), content.trim());
  }
}

function readLink(el: Element, links: Map<string, string[]>): void {
  const href = attr(el, 'href');
  if (!href) return;
  for (const rel of (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/)) if (rel) push(links, rel, href.trim());
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function textOfScript(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
}

export function firstMeta(facts: PageFacts, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = facts.meta.get(key)?.find((v) => v !== '');
    if (value) return value;
  }
  return null;
}
