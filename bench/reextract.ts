// Part 6: bulk re-extraction of stored pages with `dealdb reextract --all`, in-process (no
// Redis) and through the extract queue with one and two `dealdb worker --queues extract`
// processes; against extraction alone of the same pages in as many processes, measured before
// and after each run; three runs per mode, reported as medians. The stored pages are the generated news pages, saved as the fetch stage
// saves them (jobs/snapshot-body.ts).
import { sql } from 'drizzle-orm';
import { insertNewArticles, saveSnapshot, setArticleStatus } from '../db/articles';
import { selectRows } from '../db/client';
import { packBody } from '../jobs/snapshot-body';
import { medianCpu, perPage, startCpuMeter } from './lib/cpu';
import { bracketed, runExtractAlone } from './lib/extract-alone';
import { generateNewsPage } from './lib/news-pages';
import { pipelineEnv } from './lib/pipeline-env';
import { runDealdb } from './lib/processes';
import { progress } from './lib/progress';
import { deleteQueueKeys, freshQueuePrefix } from './lib/redis-keys';
import { check, type PartResult } from './lib/report';
import { medianOf, rangeOf, ratio } from './lib/stats';
import { openBenchStore, type BenchStore } from './lib/store';
import { startWorkerProcesses } from './lib/workers';

/** The pages claim this origin; nothing is fetched from it. */
const ORIGIN = 'http://127.0.0.1:8080';

interface Mode {
  label: string;
  /** Worker processes; 0 = in-process (no REDIS_URL). */
  workers: number;
  /** Cores the run keeps busy with extraction: the reference gets as many processes. */
  processes: number;
}

/** Runs per mode: the machine is shared, so one run against its reference can be off by a third. */
const REPEATS = 3;

const MODES: Mode[] = [
  { label: 'in-process (no Redis)', workers: 0, processes: 1 },
  { label: 'extract queue, 1 worker', workers: 1, processes: 1 },
  { label: 'extract queue, 2 workers', workers: 2, processes: 2 },
];

export async function benchReextract({ quick }: { quick: boolean }): Promise<PartResult> {
  const started = performance.now();
  const pageCount = quick ? 60 : 1200;
  const repeats = quick ? 1 : REPEATS;
  const prefix = freshQueuePrefix();
  const store = await openBenchStore('postgres');
  const results = [];
  try {
    progress(`reextract: storing ${pageCount} pages`);
    await storePages(store, pageCount);
    // Round-robin over the modes, so a slow spell of the machine (or the growing tables) falls on all of them.
    for (let round = 1; round <= repeats; round++) {
      for (const mode of MODES) {
        const reference = [await runExtractAlone(mode.processes, pageCount, ORIGIN)];
        progress(`reextract: dealdb reextract --all, ${mode.label}, round ${round}/${repeats}`);
        const run = await reextractAll(store, prefix, mode);
        if (!quick) reference.push(await runExtractAlone(mode.processes, pageCount, ORIGIN));
        const ref = bracketed(reference);
        results.push({ ...mode, ...run, reference, referencePagesPerSecond: ref.pagesPerSecond, referenceCpuMsPerPage: ref.cpuMsPerPage });
      }
    }
  } finally {
    await deleteQueueKeys(prefix);
    await store.dispose();
  }
  const perRun = results.map((r) => {
    const commandRate = r.extractions / r.seconds;
    const windowRate = r.windowSeconds ? r.extractions / r.windowSeconds : null;
    return { ...r, commandRate, windowRate, share: ratio(commandRate, r.referencePagesPerSecond), windowShare: windowRate === null ? null : ratio(windowRate, r.referencePagesPerSecond) };
  });
  // Each column is the median over the rounds; "x alone" comes with its range.
  const rows = MODES.map((mode) => {
    const mine = perRun.filter((r) => r.label === mode.label);
    const med = (pick: (r: (typeof mine)[number]) => number | null | undefined) => medianOf(mine.map(pick));
    return {
      label: mode.label,
      rounds: mine.length,
      referencePagesPerSecond: med((r) => r.referencePagesPerSecond),
      commandRate: med((r) => r.commandRate),
      share: med((r) => r.share),
      shareRange: rangeOf(mine.map((r) => r.share)),
      windowShare: med((r) => r.windowShare),
      seconds: med((r) => r.seconds),
      cpu: medianCpu(mine),
    };
  });
  return {
    part: 'reextract',
    title: `Bulk re-extraction (dealdb reextract --all over ${pageCount} stored pages, median of ${repeats} run(s) per row)`,
    seconds: (performance.now() - started) / 1000,
    tables: [
      {
        columns: ['mode', 'extraction alone pages/s', 'reextract pages/s', 'x alone', 'x alone range', 'window x alone', 'command s'],
        rows: rows.map((r) => [r.label, r.referencePagesPerSecond, r.commandRate, r.share, r.shareRange, r.windowShare, r.seconds]),
      },
      {
        columns: ['CPU ms / page', 'dealdb (command + workers)', 'postgres', 'redis', 'all', 'extraction alone'],
        rows: rows.map((r) => [r.label, r.cpu.dealdb, r.cpu.postgres, r.cpu.redis, r.cpu.services, r.cpu.reference]),
      },
    ],
    checks: rows.map((r) => check(`reextract / extraction alone, ${r.label}`, r.share, '>=', 0.8)),
    notes: [
      'reextract pages/s: the whole command (start-up, listing, queueing, waiting) as a user runs it; work window: first to last extraction committed',
      `extraction alone: extract() on the same pages in as many processes as the run keeps busy${quick ? '' : ', mean of the runs before and after'}`,
      'CPU ms / page: user+system time from /proc over the command, start-up, GC and helper threads included',
    ],
    data: { pageCount, repeats, rows, runs: perRun },
  };
}

/** Saves the generated pages as fetched snapshots, a few at a time. */
export async function storePages(store: BenchStore, pageCount: number): Promise<void> {
  const pages = Array.from({ length: pageCount }, (_, i) => generateNewsPage(i, ORIGIN));
  const ids = await insertNewArticles(store.database, pages.map((p) => `${ORIGIN}${p.path}`), null);
  let next = 0;
  const lane = async () => {
    while (next < pages.length) {
      const i = next++;
      await saveSnapshot(store.database, ids[i], {
        ...(await packBody(Buffer.from(pages[i].html))),
        finalUrl: `${ORIGIN}${pages[i].path}`,
        httpStatus: 200,
        contentType: 'text/html; charset=utf-8',
        charset: 'utf-8',
        headers: { 'content-type': 'text/html; charset=utf-8' },
        etag: null,
        lastModified: null,
        fetchedAt: new Date('2026-01-01T00:00:00Z'),
      });
      await setArticleStatus(store.database, ids[i], { status: 'fetched' });
    }
  };
  await Promise.all(Array.from({ length: 8 }, lane));
}

async function reextractAll(store: BenchStore, prefix: string, mode: Mode) {
  const env = pipelineEnv(store.env, prefix, { redis: mode.workers > 0 });
  const workers = mode.workers > 0 ? await startWorkerProcesses(mode.workers, ['--queues', 'extract'], env) : [];
  try {
    const since = new Date();
    const meter = startCpuMeter(workers.map((p) => p.pid));
    const { seconds } = await runDealdb(['reextract', '--all'], env);
    const cpu = meter?.read() ?? null;
    const [w] = await store.database.exclusive(() =>
      selectRows<{ n: string | number; first: string | null; last: string | null }>(
        store.database.db,
        sql`SELECT count(*) AS n, min(created_at) AS first, max(created_at) AS last FROM extractions WHERE created_at >= ${since.toISOString()}`,
      ),
    );
    const extractions = Number(w.n);
    // n commits span n-1 intervals: scale so the window covers n pages.
    const windowSeconds = w.first && w.last && extractions > 1
      ? ((new Date(w.last).getTime() - new Date(w.first).getTime()) / 1000) * (extractions / (extractions - 1))
      : null;
    return { seconds, extractions, windowSeconds, cpuMsPerPage: cpu && perPage(cpu, extractions) };
  } finally {
    await Promise.all(workers.map((p) => p.stop()));
  }
}
