// JSON-LD blocks of a page, flattened into a list of typed nodes (arrays and @graph unwrapped).
type Json = unknown;
export type LdNode = Record<string, Json>;

const ARTICLE_TYPE = /article|posting|report|blog|review/i;

/** Parses each `<script type="application/ld+json">` text; broken blocks are skipped. */
export function parseJsonLd(scripts: string[]): LdNode[] {
  const nodes: LdNode[] = [];
  for (const raw of scripts) {
    const data = parseLenient(raw);
    if (data !== undefined) flatten(data, nodes, 0);
  }
  return nodes;
}

function parseLenient(raw: string): Json {
  const text = raw.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '');
  try {
    return JSON.parse(text);
  } catch {
    // Raw newlines and tabs inside strings are the usual breakage.
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

function flatten(data: Json, out: LdNode[], depth: number): void {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data) flatten(item, out, depth + 1);
    return;
  }
  const node = data as LdNode;
  if (node['@type'] !== undefined) out.push(node);
  if (node['@graph'] !== undefined) flatten(node['@graph'], out, depth + 1);
  if (node.mainEntity && typeof node.mainEntity === 'object') flatten(node.mainEntity, out, depth + 1);
}

export function typesOf(node: LdNode): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Article-like nodes first (NewsArticle, BlogPosting, LiveBlogPosting, Report...), then the rest. */
export function rankArticleNodes(nodes: LdNode[]): LdNode[] {
  const isArticle = (n: LdNode) => typesOf(n).some((t) => ARTICLE_TYPE.test(t));
  return [...nodes.filter(isArticle), ...nodes.filter((n) => !isArticle(n))];
}

/** A string field, or the `name` of an object field, or those of an array of them. */
export function ldNames(value: Json): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(ldNames);
  if (value && typeof value === 'object') {
    const name = (value as LdNode).name;
    return typeof name === 'string' ? [name] : [];
  }
  return [];
}

export function ldString(node: LdNode, key: string): string | null {
  const v = node[key];
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (Array.isArray(v) && typeof v[0] === 'string') return v[0].trim() || null;
  return null;
}
