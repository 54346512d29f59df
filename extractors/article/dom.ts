// Small helpers over the DOM that cheerio (htmlparser2 mode) builds. Walking raw nodes instead of
// running selectors keeps a whole page under a few milliseconds.
import { load } from 'cheerio/slim';
import type { AnyNode, Document, Element } from 'domhandler';

export type { AnyNode, Element };

/** Parses HTML with htmlparser2 (cheerio/slim never loads parse5). */
export function parseHtml(html: string): Document {
  return load(html).root()[0] as Document;
}

export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function attr(el: Element, name: string): string | undefined {
  return el.attribs[name];
}

/** Tag name; htmlparser2 lower-cases names in HTML mode. */
export function tagOf(el: Element): string {
  return el.name ?? '';
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
}

/** Text reduced to its letters and digits, lower-cased: headlines compare equal whatever their case or punctuation. */
export function textKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Concatenated text of a subtree, scripts and styles left out. */
export function textOf(node: AnyNode): string {
  const parts: string[] = [];
  walkNodes(node, (n) => {
    if (n.type === 'text') parts.push(n.data);
    else if (n.type === 'tag' && tagOf(n) === 'br') parts.push(' ');
    return n.type === 'tag' || n.type === 'root';
  });
  return normalizeSpace(parts.join(''));
}

/** Visits every element in document order; `visit` returns false to skip an element's subtree. */
export function walkElements(node: AnyNode, visit: (el: Element) => boolean | void): void {
  walkNodes(node, (n) => {
    if (n.type === 'root') return true;
    if (!isElement(n)) return false;
    return visit(n) !== false && n.type === 'tag';
  });
}

/**
 * Pre-order walk with an explicit stack (malformed pages can nest deeper than the call stack);
 * `visit` returns whether to descend.
 */
function walkNodes(node: AnyNode, visit: (n: AnyNode) => boolean): void {
  const stack: AnyNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (!visit(n) || !('children' in n)) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
}

export function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let cur: AnyNode | null = node; cur; cur = cur.parent) if (cur === ancestor) return true;
  return false;
}
