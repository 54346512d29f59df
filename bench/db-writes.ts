// Part 4: how fast extractions with their mentions and deals are written (saveExtraction, one
// transaction each) into PostgreSQL and into embedded PGlite, in rows per second. The reference
// from the same run is extract() on the same pages: a write that costs a small fraction of an
// extraction never limits a worker.
import { insertNewArticles } from '../db/articles';
import { saveExtraction } from '../db/extractions';
import { extract } from '../extractors';
import type { Extraction } from '../extractors/types';
import { readBodyPages, readDealPages } from './lib/eval-pages';
import { progress } from './lib/progress';
import type { PartResult } from './lib/report';
import { measure, ratio } from './lib/stats';
import { openBenchStore } from './lib/store';

const FETCHED_AT = new Date('2025-11-01T00:00:00Z');

interface Scenario {
  store: 'postgres' | 'pglite';
  /** Writes in flight at once (a worker's extract concurrency). */
  concurrency: number;
  writes: number;
}

export async function benchDbWrites({ quick }: { quick: boolean }): Promise<PartResult> {
  const started = performance.now();
  const pages = [...readBodyPages({ quick, limit: quick ? 6 : Infinity }), ...readDealPages({ quick, limit: quick ? 4 : Infinity })];
  // Reference: extract() wall time per page on these pages (second pass, so warm).
  let extractions: Extraction[] = [];
  const runExtract = () => (extractions = pages.map((p) => extract(p.html, { url: p.url, fetchedAt: FETCHED_AT })));
  runExtract();
  const extractMsPerPage = measure(runExtract).wall / pages.length;
  const rowsPerExtraction = extractions.map((e) => 1 + e.mentions.length + e.deals.length);
  const n = quick ? 60 : 1000;
  const scenarios: Scenario[] = [
    { store: 'postgres', concurrency: 1, writes: n },
    { store: 'postgres', concurrency: 4, writes: n },
    { store: 'pglite', concurrency: 1, writes: Math.round(n / 2) },
  ];
  const results = [];
  for (const s of scenarios) {
    progress(`db-writes: ${s.writes} extractions into ${s.store}, ${s.concurrency} at a time`);
    results.push({ ...s, ...(await runScenario(s, extractions, rowsPerExtraction)) });
  }
  const rows = results.map((r) => [
    `${r.store}, ${r.concurrency} in flight`,
    r.writes,
    r.extractionsPerSecond,
    r.rowsPerSecond,
    r.msPerExtraction,
    ratio(1000 / r.extractionsPerSecond, extractMsPerPage),
  ]);
  const meanRows = rowsPerExtraction.reduce((a, b) => a + b, 0) / rowsPerExtraction.length;
  return {
    part: 'db-writes',
    title: `Database writes (saveExtraction: extraction + mentions + deals in one transaction; ${meanRows.toFixed(0)} rows per extraction on average)`,
    seconds: (performance.now() - started) / 1000,
    tables: [
      {
        columns: ['store', 'writes', 'extractions / s', 'rows / s', 'ms / extraction (latency)', 'x extract() per page'],
        rows,
      },
    ],
    checks: [],
    notes: [`reference: extract() takes ${extractMsPerPage.toFixed(1)} ms per page (wall) on the same ${pages.length} pages in this run`],
    data: { pages: pages.length, extractMsPerPage, meanRowsPerExtraction: meanRows, scenarios: results },
  };
}

async function runScenario(s: Scenario, extractions: Extraction[], rowsPer: number[]) {
  const store = await openBenchStore(s.store);
  try {
    const ids = await insertNewArticles(
      store.database,
      Array.from({ length: s.writes }, (_, i) => `https://bench.example/articles/${i}`),
      null,
    );
    let next = 0;
    let rows = 0;
    const latencies: number[] = [];
    const lane = async () => {
      while (next < ids.length) {
        const i = next++;
        const t0 = performance.now();
        await saveExtraction(store.database, {
          articleId: ids[i],
          snapshotId: null,
          extraction: extractions[i % extractions.length],
          knownOrganizationIds: store.organizationIds,
        });
        latencies.push(performance.now() - t0);
        rows += rowsPer[i % extractions.length];
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: s.concurrency }, lane));
    const seconds = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      seconds,
      rows,
      extractionsPerSecond: ids.length / seconds,
      rowsPerSecond: rows / seconds,
      msPerExtraction: latencies[Math.floor(latencies.length / 2)],
    };
  } finally {
    await store.dispose();
  }
}
