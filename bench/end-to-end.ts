// Part 3: end to end. Generated news pages on a local HTTP server, discovered from its sitemap,
// fetched and extracted by `dealdb worker` processes through BullMQ into PostgreSQL, in pages
// per second with one and two workers; against the same pages extracted with nothing else in
// as many processes, measured just before and just after each crawl (the machine is shared:
// bracketing catches drift).
import { perPage } from './lib/cpu';
import { runCrawl, type CrawlRun } from './lib/crawl';
import { runExtractAlone, type ExtractAloneRun } from './lib/extract-alone';
import { startNewsSite } from './lib/news-site';
import { progress } from './lib/progress';
import { check, type Check, type PartResult } from './lib/report';
import { ratio } from './lib/stats';

export async function benchEndToEnd({ quick }: { quick: boolean }): Promise<PartResult> {
  const started = performance.now();
  const pageCount = quick ? 80 : 1500;
  const site = await startNewsSite(pageCount, { pregenerate: true });
  const runs: { workers: number; crawl: CrawlRun; reference: ExtractAloneRun[] }[] = [];
  try {
    for (const workers of [1, 2]) {
      progress(`end-to-end: extraction alone, ${workers} process(es), ${pageCount} pages`);
      const reference = [await runExtractAlone(workers, pageCount, site.origin)];
      progress(`end-to-end: crawl with ${workers} worker process(es)`);
      const crawl = await runCrawl({ workers, pageCount, site });
      if (!quick) {
        progress(`end-to-end: extraction alone again, ${workers} process(es)`);
        reference.push(await runExtractAlone(workers, pageCount, site.origin));
      }
      runs.push({ workers, crawl, reference });
    }
  } finally {
    await site.close();
  }
  const rows = runs.map((r) => {
    const ref = meanRate(r.reference);
    return {
      workers: r.workers,
      referencePagesPerSecond: ref,
      pagesPerSecond: r.crawl.pagesPerSecond,
      steadyPagesPerSecond: r.crawl.steadyPagesPerSecond,
      share: ratio(r.crawl.pagesPerSecond, ref),
      steadyShare: r.crawl.steadyPagesPerSecond === null ? null : ratio(r.crawl.steadyPagesPerSecond, ref),
      failed: r.crawl.failed,
      seconds: r.crawl.seconds,
      cpuMsPerPage: r.crawl.cpu && perPage(r.crawl.cpu, r.crawl.pages),
      referenceCpuMsPerPage: r.reference.reduce((sum, x) => sum + x.cpuMsPerPage, 0) / r.reference.length,
    };
  });
  const checks: Check[] = rows.map((r) => check(`end to end / extraction alone, ${r.workers} worker(s)`, r.share, '>=', 0.7));
  return {
    part: 'end-to-end',
    title: `End to end: local site -> BullMQ -> PostgreSQL (${pageCount} generated pages)`,
    seconds: (performance.now() - started) / 1000,
    tables: [
      {
        columns: ['workers', 'extraction alone pages/s', 'pipeline pages/s', 'x alone', 'steady pages/s', 'steady x alone', 'failed', 'crawl s'],
        rows: rows.map((r) => [r.workers, r.referencePagesPerSecond, r.pagesPerSecond, r.share, r.steadyPagesPerSecond, r.steadyShare, r.failed, r.seconds]),
      },
      {
        columns: ['CPU ms / page', 'dealdb workers', 'postgres', 'redis', 'test site + bench', 'all', 'extraction alone'],
        rows: rows.map((r) => [
          `${r.workers} worker(s)`,
          r.cpuMsPerPage?.dealdb ?? null,
          r.cpuMsPerPage?.postgres ?? null,
          r.cpuMsPerPage?.redis ?? null,
          r.cpuMsPerPage?.bench ?? null,
          r.cpuMsPerPage?.total ?? null,
          r.referenceCpuMsPerPage,
        ]),
      },
    ],
    checks,
    notes: [
      'pipeline pages/s: all pages from queueing the discover job to the last extraction committed; steady: between 10% and 90% done',
      'extraction alone: extract() on the same pages in as many processes as workers, mean of the runs before and after the crawl',
      'CPU ms / page: user+system time from /proc over the crawl, GC and helper threads included; the cores the pipeline has are shared by all of these',
    ],
    data: { pageCount, runs: runs.map((r) => ({ ...r, crawl: { ...r.crawl, samples: r.crawl.samples.map(({ seconds, done }) => ({ seconds, done })) } })), rows },
  };
}

function meanRate(runs: ExtractAloneRun[]): number {
  return runs.reduce((sum, r) => sum + r.pagesPerSecond, 0) / runs.length;
}
