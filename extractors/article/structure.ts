// What surrounds an article that class words do not give away: reader-comment threads, lists of
// other stories (teasers) and whole secondary articles, found by the shape of their markup.
// A thread or a list is a run of three or more sibling items built alike (same tag and class),
// each item reading as a comment (a reply/like action, or a name and a "3 hours ago") or as a
// teaser (a linked headline and a line or two). A secondary article is a second <article> that
// opens with its own headline at the level of the page's. Live-blog entries (headings, no actions)
// and Q&A pairs (unlinked questions) match neither, so they stay whole.
import type { Block } from './blocks';
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
/** Blocks (kicker, breadcrumb) an article's headline may follow. */
const HEADLINE_WITHIN = 3;

/** What a reader can do to a comment; "share" and "permalink" are left out, live-blog entries carry them. */
const ACTION_WORDS = new Set(['reply', 'replies', 'like', 'likes', 'dislike', 'report', 'flag', 'upvote', 'downvote', 'vote', 'votes', 'respond', 'recommend', 'quote']);
const COUNT_LABEL = /^\d[\d,.]*\s*(?:comments?|responses?|replies|reactions)\b|^(?:comments?|responses?|discussion|join the (?:conversation|discussion))\b/i;

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
  const out = new Set<Element>();
  for (const [el] of spans) {
    const kids = el.children.filter((c): c is Element => c.type === 'tag' && spans.has(c));
    if (kids.length < MIN_ITEMS) continue;
    for (const run of alikeRuns(kids)) {
      if (run.length < MIN_ITEMS || !isThreadOrList(run, blocks, spans)) continue;
      const box = enclosing(run, el, spans);
      if (box) out.add(box);
      else for (const item of run) out.add(item);
    }
  }
  for (const el of secondaryArticles(blocks, spans, title)) out.add(el);
  return out;
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

function isThreadOrList(run: Element[], blocks: Block[], spans: Map<Element, Span>): boolean {
  let comments = 0;
  let teasers = 0;
  const label = labelBefore(run[0], blocks, spans);
  for (const item of run) {
    const s = spans.get(item)!;
    const own = blocks.slice(s.first, s.last + 1);
    if (isComment(own, label)) comments++;
    else if (isTeaser(own, s, item)) teasers++;
  }
  return comments >= run.length * ITEM_SHARE || teasers >= run.length * ITEM_SHARE;
}

/** A reply/like action line, or (under a "12 comments" label) a name and a relative time before the text. */
function isComment(own: Block[], labelled: boolean): boolean {
  if (own.some((b) => b.heading)) return false;
  if (own.some(isActionLine)) return true;
  return labelled && own.length >= 2 && own[0].text.length <= 80 && own.slice(0, 2).some((b) => RELATIVE_TIME.test(b.text) && b.text.length <= 80);
}

function isActionLine(b: Block): boolean {
  if (b.text.length > 60) return false;
  const words = b.text.toLowerCase().match(/\p{L}+/gu);
  return !!words && words.every((w) => ACTION_WORDS.has(w));
}

/** A linked headline (to another page, not an anchor) and at most a short teaser under it. */
function isTeaser(own: Block[], s: Span, item: Element): boolean {
  const head = own[0];
  if (own.length > MAX_TEASER_BLOCKS || s.text > MAX_TEASER_CHARS || head.text.length > 200) return false;
  if (head.linkLen < head.text.length * 0.8) return false;
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

/** Whether the text just before the run (in its box) is a count label ("12 responses", "Comments"). */
function labelBefore(first: Element, blocks: Block[], spans: Map<Element, Span>): boolean {
  const i = spans.get(first)!.first - 1;
  const parent = first.parent as Element | null;
  const box = parent && spans.get(parent.parent as Element);
  return i >= 0 && !!box && i >= box.first && blocks[i].text.length <= 60 && COUNT_LABEL.test(blocks[i].text);
}

/** The box around a run when all else in it is a label or two (and so on up), else null. */
function enclosing(run: Element[], parent: Element, spans: Map<Element, Span>): Element | null {
  let runText = 0;
  for (const item of run) runText += spans.get(item)!.text;
  let box: Element | null = null;
  for (let up: Element | null = parent; up && up.type === 'tag' && tagOf(up) !== 'body'; up = up.parent as Element | null) {
    if (spans.get(up)!.text - runText > MAX_LABEL_CHARS) break;
    box = up;
  }
  return box;
}

/**
 * <article> elements that open with a headline at the level of the page's own: when there are
 * two or more, the one whose headline is the page title (else the first) is the article.
 */
function secondaryArticles(blocks: Block[], spans: Map<Element, Span>, title: string | null): Element[] {
  const units: { el: Element; headline: string }[] = [];
  for (const [el, s] of spans) {
    if (tagOf(el) !== 'article') continue;
    const head = blocks.slice(s.first, Math.min(s.last, s.first + HEADLINE_WITHIN) + 1).find((b) => b.heading === 1);
    if (head && !units.some((u) => isInside(el, u.el) || isInside(u.el, el))) units.push({ el, headline: head.text });
  }
  if (units.length < 2) return [];
  const want = title ? textKey(title) : null;
  // spans iterate in document order of first text, so units[0] is the first article on the page
  const main = units.find((u) => want !== null && textKey(u.headline) === want) ?? units[0];
  return units.filter((u) => u !== main).map((u) => u.el);
}
