// The article body: pick the element that holds the article's prose by scoring the blocks'
// ancestors (text length, commas, link density, class/id hints, as Readability does) once comment
// threads, story lists and secondary articles are set aside (structure.ts), take it with
// any sibling that holds prose too, then keep its blocks that are not chrome, one per line.
import { hintWeight, namesOtherText } from './boilerplate';
import { type Block, isProse } from './blocks';
import { type Element, isInside, tagOf, textKey } from './dom';
import { isBoilerplateLine } from './lines';
import { markNonArticle } from './structure';

interface Stats {
  score: number;
  text: number;
  links: number;
  scored: boolean;
}

const P_LIKE = new Set(['p', 'li', 'pre', 'blockquote', 'dd', 'dt', 'td', 'th', 'h2', 'h3', 'h4', 'h5', 'h6']);
const MAX_LEVELS = 5;

export function extractBody(blocks: Block[], title: string | null): string {
  resolveChrome(blocks);
  markNonArticle(blocks, title);
  const stats = scoreAncestors(blocks);
  const top = chooseContainer(stats);
  const roots = top ? withProseSiblings(top, stats) : [];
  const lines = roots.length ? blocksInside(blocks, roots) : blocks.filter((b) => !b.chrome);
  return keepArticleLines(lines, title).join('\n');
}

/** Share of the page's prose above which a box marked chrome only by its class words is the article. */
const PROSE_SHARE = 0.5;

/** Sets each block's effective chrome element, forgiving weak marks on boxes that hold the prose. */
function resolveChrome(blocks: Block[]): void {
  const prose = new Map<Element, number>();
  let total = 0;
  for (const b of blocks) {
    if (!isProse(b)) continue;
    total += b.text.length;
    for (const c of b.chromes) if (c.weak) prose.set(c.el, (prose.get(c.el) ?? 0) + b.text.length);
  }
  const forgiven = new Map<Element, boolean>();
  const isForgiven = (el: Element): boolean => {
    let f = forgiven.get(el);
    if (f === undefined) {
      const inside = prose.get(el) ?? 0;
      // a long thread or story list outweighs its article: named for them, a box is the article only when it holds it
      f = inside >= total * PROSE_SHARE && (!namesOtherText(el) || total - inside < OTHER_TEXT_OUTSIDE);
      forgiven.set(el, f);
    }
    return f;
  };
  for (const b of blocks) {
    b.chrome = null;
    for (let i = b.chromes.length - 1; i >= 0 && !b.chrome; i--) {
      const c = b.chromes[i];
      if (!c.weak || !isForgiven(c.el)) b.chrome = c.el;
    }
  }
}

/** Prose outside a box named for comments or other stories above which it is not the article ("has-comments" wrappers hold it all). */
const OTHER_TEXT_OUTSIDE = 300;

function scoreAncestors(blocks: Block[]): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const get = (el: Element): Stats => {
    let s = stats.get(el);
    if (!s) stats.set(el, (s = { score: 0, text: 0, links: 0, scored: false }));
    return s;
  };
  const perOwner = new Map<Element, number>();
  for (const b of blocks) if (!b.chrome) perOwner.set(b.owner, (perOwner.get(b.owner) ?? 0) + 1);
  for (const b of blocks) {
    if (b.chrome) continue;
    for (let el: Element | null = b.owner; el && el.type === 'tag'; el = el.parent as Element | null) {
      const s = get(el);
      s.text += b.text.length;
      s.links += b.linkLen;
    }
    if (!isProse(b)) continue;
    const points = 1 + countCommas(b.text) + Math.min(Math.floor(b.text.length / 100), 3);
    // Text split by <br> belongs to the element that holds it; a paragraph's to its parent.
    const ownerHoldsRuns = !P_LIKE.has(tagOf(b.owner)) && (perOwner.get(b.owner) ?? 0) > 1;
    let el: Element | null = ownerHoldsRuns ? b.owner : (b.owner.parent as Element | null);
    for (let level = 0; level < MAX_LEVELS && el && el.type === 'tag'; level++, el = el.parent as Element | null) {
      const s = get(el);
      if (!s.scored) {
        s.scored = true;
        s.score += initialScore(el);
      }
      s.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  return stats;
}

function countCommas(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === ',' || ch === '，' || ch === '、' || ch === '،') n++;
  return n;
}

function initialScore(el: Element): number {
  const tag = tagOf(el);
  const base = tag === 'div' || tag === 'article' || tag === 'section' || tag === 'main' ? 5
    : tag === 'pre' || tag === 'td' || tag === 'blockquote' ? 3
    : /^(ol|ul|dl|dd|dt|li|form|address)$/.test(tag) ? -3
    : /^(h[1-6]|th)$/.test(tag) ? -5 : 0;
  return base + hintWeight(el);
}

function finalScore(s: Stats): number {
  return s.score * (1 - (s.text ? s.links / s.text : 0));
}

function chooseContainer(stats: Map<Element, Stats>): Element | null {
  let top: Element | null = null;
  let best = 0;
  for (const [el, s] of stats) {
    if (!s.scored) continue;
    const f = finalScore(s);
    if (f > best) [top, best] = [el, f];
  }
  return top;
}

/** How many levels above the container to look for the article's other parts. */
const SIBLING_LEVELS = 6;

/**
 * The container plus the boxes beside it that hold prose too: articles split into sections (by
 * images, pull quotes or ad slots) put each part in its own box. Going up a few levels, when a
 * sibling of the current branch holds a candidate scoring like prose, the siblings from the first to
 * the last such one are taken (so subheads between parts come along, a trailing bio box does not).
 * Right beside the container, a paragraph of prose counts too.
 */
function withProseSiblings(top: Element, stats: Map<Element, Stats>): Element[] {
  const best = bestBelow(stats);
  const threshold = Math.max(15, finalScore(stats.get(top)!) * 0.2);
  const roots: Element[] = [top];
  let cur = top;
  for (let level = 0; level < SIBLING_LEVELS; level++) {
    const parent = cur.parent as Element | null;
    if (!parent || parent.type !== 'tag' || tagOf(parent) === 'body') break;
    const kids = parent.children.filter((c): c is Element => c.type === 'tag');
    const own = kids.indexOf(cur);
    const good = kids.map((k, i) => i !== own && ((best.get(k) ?? 0) >= threshold || (level === 0 && isLoneParagraph(k, stats))));
    const first = Math.min(own, good.indexOf(true) === -1 ? own : good.indexOf(true));
    const last = Math.max(own, good.lastIndexOf(true));
    for (let i = first; i <= last; i++) if (i !== own) roots.push(kids[i]);
    cur = parent;
  }
  return roots;
}

/** A paragraph beside the container (a live blog's intro above its entries), as Readability takes them. */
function isLoneParagraph(el: Element, stats: Map<Element, Stats>): boolean {
  const s = stats.get(el);
  return tagOf(el) === 'p' && !!s && s.text >= LONE_PARAGRAPH_CHARS && s.links <= s.text * 0.25;
}
const LONE_PARAGRAPH_CHARS = 80;

/** For each element, the best final score of any candidate inside it (itself included). */
function bestBelow(stats: Map<Element, Stats>): Map<Element, number> {
  const best = new Map<Element, number>();
  for (const [el, s] of stats) {
    if (!s.scored) continue;
    const score = finalScore(s);
    for (let cur: Element | null = el; cur && cur.type === 'tag'; cur = cur.parent as Element | null) {
      if ((best.get(cur) ?? 0) >= score) break;
      best.set(cur, score);
    }
  }
  return best;
}

function blocksInside(blocks: Block[], roots: Element[]): Block[] {
  return blocks.filter((b) => roots.some((r) => isInside(b.owner, r) && (!b.chrome || isInside(r, b.chrome))));
}

function keepArticleLines(blocks: Block[], title: string | null): string[] {
  const isHeadline = headlineMatcher(title);
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.heading === 1 || isHeadline(b.text) || isLinkList(b) || isBoilerplateLine(b.text)) continue;
    lines.push(b.text);
  }
  return lines;
}

/**
 * Link-dense lines are menus and story lists, unless they read as prose (a long linked summary).
 * A heading linked to an anchor is a live-blog entry's permalinked headline, not a link away.
 */
function isLinkList(b: Block): boolean {
  if (b.linkLen / b.text.length <= 0.5) return false;
  if (b.heading > 0 && (b.linkLen - b.anchorLen) / b.text.length <= 0.5) return false;
  return b.heading > 0 || b.text.length < 100 || !/[.!?。]["'”’)]?(\s|$)/.test(b.text);
}

/** The headline repeated in the body (any tag, any case or punctuation) is not body. */
function headlineMatcher(title: string | null): (text: string) => boolean {
  if (!title) return () => false;
  const want = textKey(title);
  const [min, max] = [title.length * 0.8 - 5, title.length * 1.2 + 5];
  return (text) => text.length >= min && text.length <= max && textKey(text) === want;
}
