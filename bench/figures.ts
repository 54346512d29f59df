// Part 2: figure extraction in microseconds per kilobyte of article text: sentences, quantities
// (money, durations, power), organizations and deals, on the bodies extractArticle gives for the
// article-body and deal eval pages. References from the same run: a plain whitespace
// tokenization of the same text, and extractArticle on the same pages.
import { extractArticle } from '../extractors/article';
import { findDeals } from '../extractors/deals';
import { findOrganizations } from '../extractors/orgs';
import { findQuantities } from '../extractors/quantities';
import { splitSentences } from '../extractors/text/sentences';
import type { Mention, Sentence } from '../extractors/types';
import { kilobytes, readBodyPages, readDealPages } from './lib/eval-pages';
import { progress } from './lib/progress';
import type { Cell, PartResult } from './lib/report';
import { measure, median, ratio } from './lib/stats';

const FETCHED_AT = new Date('2025-11-01T00:00:00Z');
const STAGES = ['reference: whitespace tokens', 'splitSentences', 'findQuantities', 'findOrganizations', 'findDeals', 'extractArticle (page)'] as const;
type Stage = (typeof STAGES)[number];

interface Text {
  html: string;
  url: string | null;
  title: string | null;
  published: string | null;
  body: string;
}

export async function benchFigures({ quick }: { quick: boolean }): Promise<PartResult> {
  const started = performance.now();
  const pages = [...readBodyPages({ quick, limit: quick ? 6 : Infinity }), ...readDealPages({ quick, limit: quick ? 4 : Infinity })];
  const texts: Text[] = pages.map((p) => {
    const a = extractArticle(p.html, { url: p.url, fetchedAt: FETCHED_AT });
    return { html: p.html, url: p.url, title: a.title, published: a.published, body: a.body };
  });
  const kb = texts.reduce((sum, t) => sum + kilobytes(t.body), 0);
  const rounds = quick ? 2 : 10;
  const totals = new Map<Stage, number[]>(STAGES.map((s) => [s, []]));
  let mentionCount = 0;
  let dealCount = 0;
  for (let r = -1; r < rounds; r++) {
    if (r === 0 || r === rounds - 1) progress(`figures: round ${r + 1}/${rounds} over ${texts.length} texts (${kb.toFixed(0)} KB)`);
    const round = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
    const add = (stage: Stage, ms: number) => round.set(stage, round.get(stage)! + ms);
    for (const t of texts) {
      const counts = runStages(t, add);
      if (r === 0) {
        mentionCount += counts.mentions;
        dealCount += counts.deals;
      }
    }
    if (r >= 0) for (const s of STAGES) totals.get(s)!.push(round.get(s)!);
  }
  // Each stage's time is its median round; per KB of body text, in microseconds.
  const usPerKb = new Map(STAGES.map((s) => [s, (median(totals.get(s)!) * 1000) / kb]));
  const reference = usPerKb.get(STAGES[0])!;
  const article = usPerKb.get('extractArticle (page)')!;
  const figures = usPerKb.get('findQuantities')! + usPerKb.get('findOrganizations')!;
  const rows: Cell[][] = STAGES.map((s) => [s, usPerKb.get(s)!, ratio(usPerKb.get(s)!, reference), ratio(usPerKb.get(s)!, article)]);
  rows.push(['quantities + organizations', figures, ratio(figures, reference), ratio(figures, article)]);
  return {
    part: 'figures',
    title: `Figure extraction (${texts.length} article bodies, ${kb.toFixed(0)} KB of text, CPU, median of ${rounds} rounds)`,
    seconds: (performance.now() - started) / 1000,
    tables: [{ columns: ['stage', 'us / KB text', 'x whitespace tokens', 'x extractArticle'], rows }],
    checks: [],
    notes: [
      `${mentionCount} mentions and ${dealCount} deals found; extractArticle is timed on the pages' HTML and divided by the same KB of body text, so the last column is each stage's share beside it`,
    ],
    data: { texts: texts.length, kilobytes: kb, rounds, usPerKb: Object.fromEntries(usPerKb), mentions: mentionCount, deals: dealCount },
  };
}

/** Runs the stages on one text in pipeline order (each feeds the next), timing each. */
function runStages(t: Text, add: (stage: Stage, ms: number) => void): { mentions: number; deals: number } {
  add('reference: whitespace tokens', measure(() => t.body.match(/\S+/g)).cpu);
  let sentences: Sentence[] = [];
  add('splitSentences', measure(() => (sentences = splitSentences(t.body))).cpu);
  const publishedYear = t.published ? Number(t.published.slice(0, 4)) : null;
  let found: Mention[] = [];
  add('findQuantities', measure(() => (found = findQuantities(t.body, { sentences, publishedYear }))).cpu);
  add('findOrganizations', measure(() => (found = [...found, ...findOrganizations(t.body, sentences)])).cpu);
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  let result: ReturnType<typeof findDeals> = { deals: [], mentions: [] };
  add('findDeals', measure(() => (result = findDeals({ title: t.title, body: t.body, published: t.published, sentences, mentions: found }))).cpu);
  add('extractArticle (page)', measure(() => extractArticle(t.html, { url: t.url, fetchedAt: FETCHED_AT })).cpu);
  return { mentions: result.mentions.length, deals: result.deals.length };
}
