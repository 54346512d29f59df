// Flattens a page into text blocks: the runs of inline text between block boundaries (block
// elements and <br>), in reading order, each with the element that holds it, its link text and
// whether it sits in site chrome. Body extraction and the visible-dateline search both read these.
import { ChromeLevel, chromeLevel, isSkippedTag } from './boilerplate';
import { type AnyNode, type Element, normalizeSpace, tagOf } from './dom';

export interface Block {
  text: string;
  /** Characters of `text` inside links. */
  linkLen: number;
  /** Characters of `text` inside links to an anchor ("#entry-12", a live-blog entry's permalink). */
  anchorLen: number;
  /** The nearest block-level element (or inline chrome element) holding the text. */
  owner: Element;
  /** The chrome elements above the text, outermost first (shared between blocks, never mutated). */
  chromes: ChromeMark[];
  /** The deepest chrome element above the text that counts (set by the body extractor). */
  chrome: Element | null;
  heading: number;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'caption',
  'amp-live-list', 'amp-carousel', 'amp-accordion',
]);

/** A paragraph's worth of text that is not mostly links: what scores a container as the article. */
export function isProse(b: Block): boolean {
  return !b.heading && b.text.length >= 25 && b.linkLen / b.text.length <= 0.5;
}

export interface ChromeMark {
  el: Element;
  weak: boolean;
}

interface Cursor {
  owner: Element;
  chromes: ChromeMark[];
  link: LinkState;
  parts: string[];
  linkParts: string[];
  anchorParts: string[];
}

/** Outside links, inside a link to another page, inside a link to an anchor. */
type LinkState = 0 | 1 | 2;

export function collectBlocks(root: AnyNode): Block[] {
  const blocks: Block[] = [];
  const body = findBody(root);
  const cur: Cursor = { owner: body, chromes: [], link: 0, parts: [], linkParts: [], anchorParts: [] };
  // An explicit stack rather than recursion: malformed pages can nest tens of thousands deep.
  const stack: (AnyNode | Exit)[] = [...body.children].reverse();
  while (stack.length) {
    const item = stack.pop()!;
    if ('exit' in item) leave(item, cur, blocks);
    else enter(item, cur, blocks, stack);
  }
  flush(cur, blocks);
  return blocks;
}

/** Restores the cursor when the walk leaves an element. */
interface Exit {
  exit: true;
  block: boolean;
  owner: Element;
  chromes: ChromeMark[];
  link: LinkState;
}

function findBody(root: AnyNode): Element {
  let found: Element | null = null;
  const stack: AnyNode[] = [root];
  while (stack.length && !found) {
    const node = stack.pop()!;
    if (node.type === 'tag' && tagOf(node) === 'body') found = node;
    else if (node.type === 'tag' || node.type === 'root') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return found ?? (root as Element);
}

function enter(node: AnyNode, cur: Cursor, blocks: Block[], stack: (AnyNode | Exit)[]): void {
  if (node.type === 'text') {
    cur.parts.push(node.data);
    if (cur.link) cur.linkParts.push(node.data);
    if (cur.link === 2) cur.anchorParts.push(node.data);
    return;
  }
  if (node.type !== 'tag') return;
  const tag = tagOf(node);
  if (tag === 'br') return flush(cur, blocks);
  if (isSkippedTag(tag)) return;
  const level = chromeLevel(node);
  const block = BLOCK_TAGS.has(tag) || level !== ChromeLevel.None;
  if (!block && tag !== 'a') {
    pushChildren(node, stack);
    return;
  }
  stack.push({ exit: true, block, owner: cur.owner, chromes: cur.chromes, link: cur.link });
  if (block) {
    flush(cur, blocks);
    cur.owner = node;
    if (level !== ChromeLevel.None) cur.chromes = [...cur.chromes, { el: node, weak: level === ChromeLevel.Words }];
  } else cur.link = cur.link || (node.attribs.href?.includes('#') ? 2 : 1);
  pushChildren(node, stack);
}

function leave(exit: Exit, cur: Cursor, blocks: Block[]): void {
  if (exit.block) flush(cur, blocks);
  cur.owner = exit.owner;
  cur.chromes = exit.chromes;
  cur.link = exit.link;
}

function pushChildren(node: Element, stack: (AnyNode | Exit)[]): void {
  for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
}

function flush(cur: Cursor, blocks: Block[]): void {
  if (!cur.parts.length) return;
  const text = normalizeSpace(cur.parts.join(''));
  const linkLen = cur.linkParts.length ? normalizeSpace(cur.linkParts.join('')).length : 0;
  const anchorLen = cur.anchorParts.length ? normalizeSpace(cur.anchorParts.join('')).length : 0;
  cur.parts = [];
  cur.linkParts = [];
  cur.anchorParts = [];
  if (!text) return;
  const h = /^h([1-6])$/.exec(tagOf(cur.owner));
  const chrome = cur.chromes.length ? cur.chromes[cur.chromes.length - 1].el : null;
  blocks.push({ text, linkLen: Math.min(linkLen, text.length), anchorLen: Math.min(anchorLen, text.length), owner: cur.owner, chromes: cur.chromes, chrome, heading: h ? +h[1] : 0 });
}
