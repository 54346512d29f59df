// Part 1: extraction per page over the article-body eval pages. Every method runs on the same
// pages in the same run: the floor (an htmlparser2 parse plus the body's text, the least any
// extractor must do), dealdb's extractArticle and full extract(), and Readability on linkedom and
// on jsdom. Ratios to the floor are what to compare across machines.
import { Readability } from '@mozilla/readability';
import { load } from 'cheerio/slim';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extract } from '../extractors';
import { extractArticle } from '../extractors/article';
import { readBodyPages, type EvalPage } from './lib/eval-pages';
import { progress } from './lib/progress';
import { check, type PartResult } from './lib/report';
import { measure, median, ratio, summarize, type Summary } from './lib/stats';

/** Fixed, so the published-date bound never depends on when the benchmark runs. */
const FETCHED_AT = new Date('2025-11-01T00:00:00Z');

interface Method {
  name: string;
  /** Runs one page; returns the length of the text it found (0 = nothing found). */
  run(page: EvalPage): number;
  /**
   * Measured in one round after the others, not interleaved: jsdom takes 10-20x the floor, so
   * repeating it would blow the time budget, and its garbage would be collected on the others' clocks.
   */
  once?: boolean;
}

const quietConsole = new VirtualConsole();

export const METHODS: Method[] = [
  { name: 'floor: htmlparser2 + body text', run: (p) => load(p.html)('body').text().length },
  { name: 'dealdb extractArticle', run: (p) => extractArticle(p.html, { url: p.url, fetchedAt: FETCHED_AT }).body.length },
  { name: 'dealdb extract (full)', run: (p) => extract(p.html, { url: p.url, fetchedAt: FETCHED_AT }).article.body.length },
  { name: 'Readability + linkedom', run: (p) => new Readability(parseHTML(p.html).document as never).parse()?.textContent?.length ?? 0 },
  {
    name: 'Readability + jsdom',
    once: true,
    run: (p) => {
      const dom = new JSDOM(p.html, { url: p.url ?? undefined, virtualConsole: quietConsole });
      try {
        return new Readability(dom.window.document).parse()?.textContent?.length ?? 0;
      } finally {
        dom.window.close();
      }
    },
  },
];
const [FLOOR, ARTICLE, FULL, LINKEDOM] = METHODS.map((m) => m.name);

export async function benchExtraction({ quick }: { quick: boolean }): Promise<PartResult> {
  const started = performance.now();
  const pages = readBodyPages({ quick });
  const rounds = quick ? 1 : 5;
  // samples[clock][method][page] = one time per round
  const samples = { cpu: emptySamples(pages.length), wall: emptySamples(pages.length) };
  const empty = new Map(METHODS.map((m) => [m.name, 0]));
  const record = (method: Method, i: number, page: EvalPage, firstRound: boolean) => {
    let length = 0;
    const t = measure(() => (length = method.run(page)));
    samples.cpu.get(method.name)![i].push(t.cpu);
    samples.wall.get(method.name)![i].push(t.wall);
    if (firstRound && length === 0) empty.set(method.name, empty.get(method.name)! + 1);
  };
  const interleaved = METHODS.filter((m) => !m.once);
  progress(`extraction: warm-up over ${pages.length} pages`);
  for (const page of pages) for (const m of interleaved) m.run(page);
  for (let r = 0; r < rounds; r++) {
    progress(`extraction: round ${r + 1}/${rounds} over ${pages.length} pages x ${interleaved.length} methods`);
    pages.forEach((page, i) => {
      // All methods run on a page back to back, in an order that turns with page and round, so a
      // burst of load from other processes falls on all of them alike.
      for (let k = 0; k < interleaved.length; k++) record(interleaved[(i + r + k) % interleaved.length], i, page, r === 0);
    });
  }
  for (const method of METHODS.filter((m) => m.once)) {
    progress(`extraction: ${method.name}, one round`);
    pages.forEach((page, i) => record(method, i, page, true));
  }
  const cpu = summarizeMethods(samples.cpu);
  const wall = summarizeMethods(samples.wall);
  const row = (rows: MethodSummary[], name: string) => rows.find((x) => x.method === name)!;
  return {
    part: 'extraction',
    title: `Extraction per page (${pages.length} article-body pages, CPU ms, median of ${rounds} interleaved rounds per page)`,
    seconds: (performance.now() - started) / 1000,
    tables: [
      {
        columns: ['method', 'median ms', 'p90 ms', 's / 1000 pages', 'x floor', 'x floor (median page)', 'x floor (wall)', 'empty'],
        rows: cpu.map((x) => [
          x.method,
          x.median,
          x.p90,
          x.mean,
          x.costRatio,
          x.medianPageRatio,
          row(wall, x.method).costRatio,
          empty.get(x.method)!,
        ]),
      },
    ],
    checks: [
      check('extractArticle / floor (CPU per 1000 pages)', row(cpu, ARTICLE).costRatio, '<=', 2.0),
      check('Readability+linkedom / extractArticle (CPU per 1000 pages)', ratio(row(cpu, LINKEDOM).total, row(cpu, ARTICLE).total), '>=', 2.5),
    ],
    notes: [
      `full extract() costs ${fmt(row(cpu, FULL).costRatio)}x the floor; mentions and deals add ${fmt(ratio(row(cpu, FULL).total - row(cpu, ARTICLE).total, row(cpu, ARTICLE).total))}x extractArticle`,
      'x floor = total time over all pages / the floor\'s total (cost per 1000 pages); "median page" = median of per-page ratios',
      'Readability + jsdom runs once, after the interleaved rounds (too slow to repeat)',
    ],
    data: { pages: pages.length, rounds, cpu, wall, empty: Object.fromEntries(empty) },
  };
}

function emptySamples(pageCount: number): Map<string, number[][]> {
  return new Map(METHODS.map((m) => [m.name, Array.from({ length: pageCount }, () => [] as number[])]));
}

interface MethodSummary extends Summary {
  method: string;
  costRatio: number | null;
  medianPageRatio: number;
}

/** A page's time is its median over rounds; a method's figures summarize its per-page times. */
function summarizeMethods(samples: Map<string, number[][]>): MethodSummary[] {
  const perPage = new Map([...samples].map(([name, byPage]) => [name, byPage.map(median)]));
  const floorPages = perPage.get(FLOOR)!;
  const floorTotal = summarize(floorPages).total;
  return METHODS.map((m) => {
    const pagesTimes = perPage.get(m.name)!;
    const s = summarize(pagesTimes);
    return {
      method: m.name,
      ...s,
      costRatio: ratio(s.total, floorTotal),
      medianPageRatio: median(pagesTimes.map((t, i) => t / floorPages[i])),
    };
  });
}

const fmt = (v: number | null) => (v === null ? '-' : v.toFixed(2));
