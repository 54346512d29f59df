// Part 5: a worker's memory across 10,000 pages. One `dealdb worker` process crawls the local
// site; VmRSS and VmHWM are read from /proc/<pid>/status as it goes. Flat means the resident
// size after the last page is close to what it was after the first thousand.
import { runCrawl, type CrawlSample } from './lib/crawl';
import { startNewsSite } from './lib/news-site';
import { progress } from './lib/progress';
import { check, type PartResult } from './lib/report';
import { ratio } from './lib/stats';

// The heap cap docker-compose.yml gives its workers: V8 otherwise lets garbage pile up to
// several hundred MB before collecting it (measured here: peak 433 MB without it).
export const WORKER_NODE_OPTIONS = '--max-old-space-size=192';

export async function benchMemory({ quick }: { quick: boolean }): Promise<PartResult> {
  const started = performance.now();
  const pageCount = quick ? 150 : 10_000;
  const checkpoints = [pageCount / 10, pageCount / 2, pageCount];
  const site = await startNewsSite(pageCount);
  progress(`memory: one worker over ${pageCount} pages`);
  const crawl = await runCrawl({ workers: 1, pageCount, site, sampleMs: 1000, workerEnv: { NODE_OPTIONS: WORKER_NODE_OPTIONS } }).finally(() =>
    site.close(),
  );
  const rssAt = (pages: number) => crawl.samples.find((s) => s.done >= pages)?.rss[0] ?? null;
  const valid = crawl.samples.filter((s): s is CrawlSample & { rss: [{ rssMb: number; peakMb: number }] } => s.rss[0] !== null);
  const peakMb = Math.max(...valid.map((s) => s.rss[0].peakMb));
  const last = valid[valid.length - 1]?.rss[0] ?? null;
  const first = rssAt(checkpoints[0]);
  const final = rssAt(pageCount) ?? last;
  const growth = first && final ? ratio(final.rssMb, first.rssMb) : null;
  return {
    part: 'memory',
    title: `Worker memory across ${pageCount} pages (one worker process with NODE_OPTIONS=${WORKER_NODE_OPTIONS} as deployed, RSS from /proc)`,
    seconds: (performance.now() - started) / 1000,
    tables: [
      {
        columns: ['after pages', 'RSS MB', 'peak RSS so far MB'],
        rows: checkpoints.map((c) => [c, rssAt(c)?.rssMb ?? null, rssAt(c)?.peakMb ?? null]),
      },
    ],
    checks: [
      check(`RSS after ${pageCount} / RSS after ${checkpoints[0]} pages`, growth, '<=', 1.2),
      check('peak RSS MB', peakMb, '<=', 300),
    ],
    notes: [`${crawl.extracted} extracted, ${crawl.failed} failed, ${crawl.pagesPerSecond.toFixed(1)} pages/s`],
    data: {
      pageCount,
      peakMb,
      samples: crawl.samples.map((s) => ({ seconds: s.seconds, done: s.done, rssMb: s.rss[0]?.rssMb ?? null, peakMb: s.rss[0]?.peakMb ?? null })),
    },
  };
}
