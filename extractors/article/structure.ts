// What surrounds an article that class words do not give away: reader-comment threads, lists of
// other stories (teasers) and whole secondary articles, found by the shape of their markup.
// A thread or a list is a run of three or more sibling items built alike (same tag and class),
// each item reading as a comment (a reply/like action, or a name and a "3 hours ago") or as a
// teaser (a linked headline and a line or two). A secondary article is a second <article> (or a
// box built like the article's) that opens with its own headline at the level of the page's.
// Live-blog entries (headings, no actions) and Q&A pairs (unlinked questions) match neither, so
// they stay whole.
import { type Block, isProse } from './blocks';
import { attr, type Element, isInside, tagOf, textKey } from './dom';
import { RELATIVE_TIME } from './lines';

/** Sibling items alike needed before a run counts as a thread or a list. */
const MIN_ITEMS = 3;
/** Share of a run's items that must read as comments or teasers. */
const ITEM_SHARE = 0.6;
/** A box around a thread or list is taken with it when the rest of its text is this short (a "12 comments" label). */
const MAX_LABEL_CHARS = 120;
const MAX_TEASER_CHARS = 400;
const MAX_TEASER_BLOCKS = 4;
/** Text below which a box is no article of its own. */
const MIN_ARTICLE_CHARS = 500;
/** Blocks (kicker, breadcrumb) an article's headline may follow. */
const HEADLINE_WITHIN = 3;

/**
 * What a reader can do to a comment. Left out: "share" and "permalink" (live-blog entries carry
 * them) and votes and flags (answers on a Q&A page carry them, and they are its content).
 */
const ACTION_WORDS = new Set(['reply', 'replies', 'like', 'likes', 'dislike', 'report', 'respond', 'recommend', 'quote']);
const COUNT_LABEL = /^\d[\d,.]*\s*(?:comments?|responses?|replies|reactions)\b|^(?:(?:reader |user )?comments?|responses?|discussion|join the (?:conversation|discussion)|(?:show|view|read) (?:all )?\d*\s*comments)\b/i;

interface Span {
  first: number;
  last: number;
  text: number;
}

/** Marks the blocks of threads, story lists and secondary articles as chrome (their box as `chrome`). */
export function markNonArticle(blocks: Block[], title: string | null): void {
  const spans = spanElements(blocks);
  for (const el of findNonArticle(blocks, spans, title)) {
    const s = spans.get(el)!;
    for (let i = s.first; i <= s.last; i++) blocks[i].chrome ??= el;
  }
}

function findNonArticle(blocks: Block[], spans: Map<Element, Span>, title: string | null): Set<Element> {
  const prose = proseBefore(blocks);
  const proseIn = (el: Element) => prose[spans.get(el)!.last + 1] - prose[spans.get(el)!.first];
  const out = new Set<Element>();
  for (const [el] of spans) {
    const kids = el.children.filter((c): c is Element => c.type === 'tag' && spans.has(c));
    if (kids.length < MIN_ITEMS) continue;
    for (const run of alikeRuns(kids)) {
      const items = run.length >= MIN_ITEMS ? threadOrListItems(run, blocks, spans) : [];
      if (!items.length) continue;
      const box = enclosing(items, el, spans);
      const set = box ? [box] : items;
      // a page that is nothing but the list (a roundup, a forum thread) keeps it: it is the article
      if (prose[blocks.length] - set.reduce((n, e) => n + proseIn(e), 0) < MIN_ARTICLE_CHARS) continue;
      for (const e of set) out.add(e);
    }
  }
  for (const el of secondaryArticles(blocks, spans, title)) out.add(el);
  return out;
}

/** prose[i]: characters of prose (not chrome, not headings, few links) in the blocks before block i. */
function proseBefore(blocks: Block[]): number[] {
  const prose = [0];
  for (const b of blocks) {
    prose.push(prose[prose.length - 1] + (!b.chrome && isProse(b) ? b.text.length : 0));
  }
  return prose;
}

/** For every element holding text: its first and last block and its text length. */
function spanElements(blocks: Block[]): Map<Element, Span> {
  const spans = new Map<Element, Span>();
  blocks.forEach((b, i) => {
    for (let el: Element | null = b.owner; el && el.type === 'tag'; el = el.parent as Element | null) {
      const s = spans.get(el);
      if (s) {
        s.last = i;
        s.text += b.text.length;
      } else spans.set(el, { first: i, last: i, text: b.text.length });
    }
  });
  return spans;
}

const signature = (el: Element) => `${tagOf(el)} ${attr(el, 'class') ?? ''}`;

/** Runs of adjacent siblings with the same tag and class. */
function alikeRuns(kids: Element[]): Element[][] {
  const runs: Element[][] = [];
  for (const kid of kids) {
    const run = runs[runs.length - 1];
    if (run && signature(run[0]) === signature(kid)) run.push(kid);
    else runs.push([kid]);
  }
  return runs;
}

/** The items of a run that read as comments (or as teasers), when most of the run does; else none. */
function threadOrListItems(run: Element[], blocks: Block[], spans: Map<Element, Span>): Element[] {
  const comments: Element[] = [];
  const teasers: Element[] = [];
  const label = labelBefore(run[0], blocks, spans);
  for (const item of run) {
    const s = spans.get(item)!;
    const own = blocks.slice(s.first, s.last + 1);
    if (isComment(own, label)) comments.push(item);
    else if (isTeaser(own, s, item)) teasers.push(item);
  }
  const need = Math.max(MIN_ITEMS, run.length * ITEM_SHARE);
  return comments.length >= need ? comments : teasers.length >= need ? teasers : [];
}

/** A reply/like action line, or (under a "12 comments" label) a name and a time before the text. */
function isComment(own: Block[], labelled: boolean): boolean {
  if (own.some((b) => b.heading)) return false;
  if (own.some(isActionLine)) return true;
  return labelled && own.length >= 2 && own[0].text.length <= 80 && own.slice(0, 2).some((b) => b.text.length <= 80 && isStamp(b.text));
}

/** "3 hours ago", "November 13, 2019 at 9:41 am", "13/11/2019 09:41". */
function isStamp(text: string): boolean {
  return RELATIVE_TIME.test(text) || (/\b(?:19|20)\d\d\b/.test(text) && /\b\d{1,2}[:.]\d\d\b/.test(text));
}

function isActionLine(b: Block): boolean {
  if (b.text.length > 60) return false;
  const words = b.text.toLowerCase().match(/\p{L}+/gu);
  return !!words && words.every((w) => ACTION_WORDS.has(w));
}

/** A linked headline (to another page, not an anchor) and at most a short teaser under it. */
function isTeaser(own: Block[], s: Span, item: Element): boolean {
  if (own.length > MAX_TEASER_BLOCKS || s.text > MAX_TEASER_CHARS) return false;
  // the headline may follow a kicker ("Markets")
  const head = own.slice(0, 2).find((b) => b.linkLen >= b.text.length * 0.8);
  if (!head || head.text.length > 200) return false;
  const href = firstHref(item);
  return href !== null && !href.includes('#'); // "#entry-12": a live-blog entry's own permalink
}

function firstHref(el: Element): string | null {
  const stack: Element[] = [el];
  while (stack.length) {
    const cur = stack.pop()!;
    if (tagOf(cur) === 'a' && attr(cur, 'href') !== undefined) return attr(cur, 'href')!;
    for (let i = cur.children.length - 1; i >= 0; i--) {
      const c = cur.children[i];
      if (c.type === 'tag') stack.push(c);
    }
  }
  return null;
}

/** Whether the line just before the run is a count label ("12 responses", "Comments (8)"). */
function labelBefore(first: Element, blocks: Block[], spans: Map<Element, Span>): boolean {
  const i = spans.get(first)!.first - 1;
  return i >= 0 && blocks[i].text.length <= 60 && COUNT_LABEL.test(blocks[i].text);
}

/** The box around the items when all else in it is a label or two (and so on up), else null. */
function enclosing(items: Element[], parent: Element, spans: Map<Element, Span>): Element | null {
  let runText = 0;
  for (const item of items) runText += spans.get(item)!.text;
  let box: Element | null = null;
  for (let up: Element | null = parent; up && up.type === 'tag' && tagOf(up) !== 'body'; up = up.parent as Element | null) {
    if (spans.get(up)!.text - runText > MAX_LABEL_CHARS) break;
    box = up;
  }
  return box;
}

/**
 * Whole articles beside the article: <article> elements, or sibling boxes built alike, of 500+
 * characters. The one holding the page's headline (else the first) is the article; the others that
 * open with a headline at the level of the page's own (the heading that repeats the title, else
 * h1) are other stories. Units without such a headline (live-blog entries, comments) stay.
 */
function secondaryArticles(blocks: Block[], spans: Map<Element, Span>, title: string | null): Element[] {
  const want = title ? textKey(title) : null;
  const titleAt = want === null ? -1 : blocks.findIndex((b) => b.heading > 0 && textKey(b.text) === want);
  const level = titleAt >= 0 ? blocks[titleAt].heading : 1;
  const units: { el: Element; headed: boolean; holdsTitle: boolean }[] = [];
  for (const [el, s] of spans) {
    if (s.text < MIN_ARTICLE_CHARS || units.some((u) => isInside(el, u.el) || isInside(u.el, el))) continue;
    if (tagOf(el) !== 'article' && !hasAlikeSibling(el, spans)) continue;
    const head = blocks.slice(s.first, Math.min(s.last, s.first + HEADLINE_WITHIN) + 1).find((b) => b.heading > 0);
    const headed = !!head && head.heading <= level;
    if (tagOf(el) !== 'article' && !headed) continue; // a box built alike counts only as a headed story
    units.push({ el, headed, holdsTitle: titleAt >= s.first && titleAt <= s.last });
  }
  if (units.length < 2) return [];
  // spans iterate in document order of first text, so units[0] is the first on the page
  const main = units.find((u) => u.holdsTitle) ?? units[0];
  return units.filter((u) => u !== main && u.headed).map((u) => u.el);
}

function hasAlikeSibling(el: Element, spans: Map<Element, Span>): boolean {
  const parent = el.parent as Element | null;
  if (!parent || parent.type !== 'tag') return false;
  const sig = signature(el);
  return parent.children.some((c) => c !== el && c.type === 'tag' && spans.has(c) && signature(c) === sig);
}
