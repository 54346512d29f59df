// The deal corpus (../shared/eval/deals): its split into study and check pages, its gold files,
// and company names compared as its scorer compares them (orgs.json aliases, else the name
// without punctuation and corporate suffixes).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { html } from '../../src/web/html';
import { requireShared } from './shared';

export type Split = 'study' | 'check';

export interface GoldDeal {
  buyer: string;
  provider: string;
  kind: string;
}

export interface GoldPage {
  id: string;
  title: string;
  published: string;
  deals: GoldDeal[];
  mentions: { kind: 'money' | 'duration' | 'power'; text: string }[];
  distractors: { text: string; role: string }[];
}

export const DEALS_DIR = join(requireShared(), 'eval/deals');

/** Study: d001-d030 and the even ids above; check: the odd ids from d031 (scored as totals only). */
export function splitOf(id: string): Split {
  const n = Number(id.slice(1));
  return n > 30 && n % 2 === 1 ? 'check' : 'study';
}

export function pageIds(split?: Split): string[] {
  return readdirSync(DEALS_DIR)
    .filter((f) => /^d\d+\.json$/.test(f))
    .map((f) => f.slice(0, -5))
    .filter((id) => !split || splitOf(id) === split)
    .sort();
}

/** The project's own pages written apart from the extractor (eval/apart/README.md): ids aNNN, bNNN, cNNN and eNNN, one letter per batch. */
export const APART_DIR = join(dirname(fileURLToPath(import.meta.url)), '../apart');

/** A page of the apart set: its gold carries the article as body paragraphs ("## " starts a subhead). */
interface ApartGold extends GoldPage {
  url: string;
  body: string[];
}

/** The apart pages of one batch ('a', 'b', 'c' or 'e'). */
export type ApartBatch = 'a' | 'b' | 'c' | 'e';
export const apartIds = (batch: ApartBatch): string[] =>
  readdirSync(APART_DIR).filter((f) => new RegExp(`^${batch}\\d+\\.json$`).test(f)).map((f) => f.slice(0, -5)).sort();
const isApart = (id: string): boolean => !id.startsWith('d');
export const goldPath = (id: string): string => (isApart(id) ? join(APART_DIR, `${id}.json`) : join(DEALS_DIR, `${id}.json`));
export const readGold = (id: string): GoldPage => JSON.parse(readFileSync(goldPath(id), 'utf8')) as GoldPage;
export const readPage = (id: string): string => (isApart(id) ? apartPage(readGold(id) as ApartGold) : readFileSync(join(DEALS_DIR, `${id}.html`), 'utf8'));

/** A plain news page for an apart gold: title, canonical URL, publication date and the body paragraphs. */
function apartPage(g: ApartGold): string {
  const paragraphs = g.body.map((p) => (p.startsWith('## ') ? html`<h2>${p.slice(3)}</h2>` : html`<p>${p}</p>`));
  return html`<!doctype html><html><head><title>${g.title}</title><link rel="canonical" href="${g.url}"><meta property="article:published_time" content="${g.published}"></head><body><article><h1>${g.title}</h1>${paragraphs}</article></body></html>`.text;
}

const SUFFIXES = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc',
  'nv', 'sa', 'ag', 'se', 'gmbh', 'bv', 'holdings', 'holding', 'group', 'pbc', 'lp', 'llp']);

function normName(s: string): string {
  let w = s.toLowerCase().replace(/&/g, ' and ').replace(/['’]s\b/g, '').replace(/n\.v\./g, 'nv')
    .replace(/[^a-z0-9]+/g, ' ').trim().split(' ').filter(Boolean);
  if (w[0] === 'the' && w.length > 1) w = w.slice(1);
  while (w.length > 1 && SUFFIXES.has(w[w.length - 1])) w = w.slice(0, -1);
  return w.join(' ');
}

/** A company name as the scorer keys it. */
export function companyNamer(): (name: string) => string {
  const exact = new Map<string, string>();
  const normalized = new Map<string, string>();
  const orgs = JSON.parse(readFileSync(join(DEALS_DIR, 'orgs.json'), 'utf8')) as { canonical: string; aliases: string[] }[];
  for (const o of orgs) {
    for (const a of [o.canonical, ...o.aliases]) {
      exact.set(a.toLowerCase().trim(), o.canonical);
      const n = normName(a);
      if (n && !normalized.has(n)) normalized.set(n, o.canonical);
    }
  }
  return (name) => exact.get(name.toLowerCase().trim()) ?? normalized.get(normName(name)) ?? `name:${normName(name)}`;
}

/**
 * Which candidates are gold deals: each gold deal labels one candidate of its pair, one of the same
 * nature (investment or not) first. `unmatched`: gold deals no candidate reaches.
 */
export function labelCandidates(
  deals: GoldDeal[],
  candidates: { a: string; b: string; investment: boolean }[],
  name: (n: string) => string,
): { labels: (0 | 1)[]; unmatched: number } {
  const pairKey = (a: string, b: string) => [name(a), name(b)].sort().join(' | ');
  const open = deals.map((d) => ({ pair: pairKey(d.buyer, d.provider), investment: d.kind === 'investment' }));
  const labels = candidates.map(() => 0 as 0 | 1);
  for (const sameNature of [true, false]) {
    candidates.forEach((c, i) => {
      if (labels[i]) return;
      const at = open.findIndex((o) => o.pair === pairKey(c.a, c.b) && (!sameNature || o.investment === c.investment));
      if (at < 0) return;
      open.splice(at, 1);
      labels[i] = 1;
    });
  }
  return { labels, unmatched: open.length };
}
