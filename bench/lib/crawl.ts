// One crawl of the local news site through the real pipeline: `dealdb worker` processes on
// BullMQ (fresh queue prefix) writing into a fresh PostgreSQL database. Timed from queueing the
// discover job to the last article extracted; the workers' memory is sampled meanwhile.
import { setTimeout as sleep } from 'node:timers/promises';
import { countArticlesByStatus } from '../../db/pipeline';
import { insertSource } from '../../db/sources';
import { jobIds } from '../../jobs/job-ids';
import { openQueues } from '../../jobs/queues';
import { loadConfig } from '../../src/config';
import type { NewsSite } from './news-site';
import { startCpuMeter, type CpuSeconds } from './cpu';
import { pipelineEnv } from './pipeline-env';
import type { DealdbProcess } from './processes';
import { progress } from './progress';
import { deleteQueueKeys, freshQueuePrefix } from './redis-keys';
import { readRss, type Rss } from './rss';
import { openBenchStore, type BenchStore } from './store';
import { startWorkerProcesses } from './workers';

export interface CrawlSample {
  seconds: number;
  done: number;
  /** One entry per worker process. */
  rss: (Rss | null)[];
}

export interface CrawlRun {
  workers: number;
  pages: number;
  extracted: number;
  failed: number;
  seconds: number;
  pagesPerSecond: number;
  /** Between 10% and 90% of pages done: the rate once discovery and start-up are behind. */
  steadyPagesPerSecond: number | null;
  samples: CrawlSample[];
  /** CPU seconds by process over the crawl (null off Linux). */
  cpu: CpuSeconds | null;
}

/** Starts workers, crawls `pageCount` pages of `site`, and tears everything down. */
export async function runCrawl(options: {
  workers: number;
  pageCount: number;
  site: NewsSite;
  sampleMs?: number;
  /** Extra environment for the worker processes (e.g. NODE_OPTIONS). */
  workerEnv?: Record<string, string>;
}): Promise<CrawlRun> {
  const { workers, pageCount, site } = options;
  const prefix = freshQueuePrefix();
  const store = await openBenchStore('postgres');
  const env = { ...pipelineEnv(store.env, prefix), ...options.workerEnv };
  let procs: DealdbProcess[] = [];
  const queues = openQueues({ ...loadConfig(env), redisUrl: env.REDIS_URL });
  try {
    procs = await startWorkerProcesses(workers, [], env);
    // The source goes in after the workers started, so no schedule fires a discovery of its own.
    const source = await insertSource(store.database, { url: site.sitemapUrl, kind: 'sitemap', schedule: '1d' });
    const meter = startCpuMeter(procs.map((p) => p.pid));
    const started = performance.now();
    await queues.discover.add('discover', { sourceId: source!.id }, { jobId: jobIds.discover(source!.id, Date.now()) });
    const samples = await followCrawl(store, procs, pageCount, started, options.sampleMs ?? 500);
    const cpu = meter?.read() ?? null;
    const last = samples[samples.length - 1];
    const seconds = last.seconds;
    const counts = await countArticlesByStatus(store.database);
    return {
      workers,
      pages: pageCount,
      extracted: counts.extracted,
      failed: counts.failed,
      seconds,
      pagesPerSecond: last.done / seconds,
      steadyPagesPerSecond: steadyRate(samples, pageCount),
      samples,
      cpu,
    };
  } finally {
    await Promise.all(procs.map((p) => p.stop()));
    await queues.close();
    await deleteQueueKeys(prefix);
    await store.dispose();
  }
}

const STALL_MS = 120_000;

/** Polls the article counts until every page is extracted or failed; samples memory on the way. */
async function followCrawl(store: BenchStore, procs: DealdbProcess[], pageCount: number, started: number, sampleMs: number) {
  const samples: CrawlSample[] = [];
  let lastProgressAt = Date.now();
  let reported = 0;
  for (;;) {
    const counts = await countArticlesByStatus(store.database);
    const done = counts.extracted + counts.failed;
    const seconds = (performance.now() - started) / 1000;
    samples.push({ seconds, done, rss: procs.map((p) => readRss(p.pid)) });
    if (done > (samples[samples.length - 2]?.done ?? 0)) lastProgressAt = Date.now();
    if (done >= pageCount) return samples;
    if (done - reported >= pageCount / 10) {
      progress(`  ${done}/${pageCount} pages after ${seconds.toFixed(0)} s`);
      reported = done;
    }
    const dead = procs.find((p) => p.child.exitCode !== null);
    if (dead) throw new Error(`a worker died during the crawl:\n${dead.output()}`);
    if (Date.now() - lastProgressAt > STALL_MS) throw new Error(`no progress for ${STALL_MS / 1000} s at ${done}/${pageCount}:\n${procs[0]?.output()}`);
    await sleep(sampleMs);
  }
}

/** Pages per second between the samples where 10% and 90% of the pages were done. */
export function steadyRate(samples: { seconds: number; done: number }[], total: number): number | null {
  const a = samples.find((s) => s.done >= total * 0.1);
  const b = samples.find((s) => s.done >= total * 0.9);
  if (!a || !b || b.seconds <= a.seconds) return null;
  return (b.done - a.done) / (b.seconds - a.seconds);
}
