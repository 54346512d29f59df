// The pipeline on real Redis and PostgreSQL with worker processes spawned as users run them,
// and failures injected mid-run: a worker killed with SIGKILL, every database connection cut,
// a worker stopped with SIGTERM, Redis flushed. Nothing may be lost or done twice.
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';
import { startSite, type TestSite } from '../helpers/site-server';
import {
  articleCounts,
  createPipelineEnv,
  duplicateWork,
  spawnWorker,
  terminateConnections,
  waitForCounts,
  waitForWorkers,
  type PipelineEnv,
  type WorkerProcess,
} from './harness';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => {});
});

async function setUp(label: string, pages: number, options: { redisDb?: number; pageDelayMs?: number; slowMs?: number } = {}) {
  const site = await startSite({ pages, pageDelayMs: options.pageDelayMs, slowMs: options.slowMs });
  cleanups.push(() => site.close());
  const pipe = await createPipelineEnv(label, options);
  cleanups.push(() => pipe.cleanup());
  return { site, pipe };
}

function start(pipe: PipelineEnv, args: string[] = []): WorkerProcess {
  const worker = spawnWorker(pipe.env, args);
  cleanups.push(async () => {
    if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    await worker.exited;
  });
  return worker;
}

/** Sends SIGTERM and returns how long the process took to exit, and its exit code. */
async function stop(worker: WorkerProcess): Promise<{ ms: number; code: number | string }> {
  const began = Date.now();
  worker.child.kill('SIGTERM');
  const code = await Promise.race([worker.exited, sleep(15_000).then(() => 'still running')]);
  return { ms: Date.now() - began, code };
}

const FAILING = 4; // 404, 500, image, robots-disallowed
const EXTRA_EXTRACTED = 2; // the flaky page and the slow page

describe('workers on Redis and PostgreSQL', () => {
  it('two workers share a crawl; one SIGKILLed, connections cut, one SIGTERMed: every page extracted exactly once', async () => {
    const PAGES = 300;
    const { site, pipe } = await setUp('workers', PAGES, { pageDelayMs: 30 });
    const cli = (...argv: string[]) => runCli(argv, { env: pipe.env });
    expect((await cli('sources', 'add', site.feedUrl, '--every', '1h')).code).toBe(0);
    const a = start(pipe);
    const b = start(pipe);
    await waitForWorkers(pipe, 2);
    const crawl = await cli('crawl');
    expect(crawl.code, crawl.stderr).toBe(0);

    const total = PAGES + EXTRA_EXTRACTED;
    await waitForCounts(pipe, (c) => c.extracted >= total * 0.15, 60_000);
    a.child.kill('SIGKILL');
    await a.exited;
    await waitForCounts(pipe, (c) => c.extracted >= total * 0.35, 60_000);
    expect(await terminateConnections(pipe.database)).toBeGreaterThan(0);
    await waitForCounts(pipe, (c) => c.extracted >= total * 0.55, 60_000);
    const stopped = await stop(b);
    expect(stopped.code).toBe(0);
    expect(stopped.ms).toBeLessThan(10_000);
    expect((await articleCounts(pipe)).extracted).toBeLessThan(total);

    const c = start(pipe);
    const counts = await waitForCounts(pipe, (n) => n.queued + n.fetched === 0 && n.extracted + n.failed === total + FAILING, 90_000);
    expect(counts).toEqual({ queued: 0, fetched: 0, extracted: total, failed: FAILING });
    expect(await duplicateWork(pipe)).toEqual({ extractions: 0, snapshots: 0, current: 0 });
    expect(site.hits('/private/page')).toBe(0);
    const status = JSON.parse((await cli('status', '--json')).stdout);
    expect(status.articles).toEqual(counts);
    expect(Object.keys(status.queues).sort()).toEqual(['discover', 'extract', 'fetch']);
    expect(status.failures.map((f: { reason: string }) => f.reason.split(':')[0]).sort()).toEqual(['bad_content_type', 'http_404', 'http_500', 'robots_disallowed']);
    const idle = await stop(c);
    expect(idle).toMatchObject({ code: 0 });
    expect(idle.ms).toBeLessThan(5_000);
  });

  it('Redis flushed mid-run: resume re-enqueues from PostgreSQL and restores the schedule, which fires', async () => {
    const PAGES = 150;
    const redisDb = 1 + Math.floor(Math.random() * 14);
    const { site, pipe } = await setUp('flush', PAGES, { redisDb, pageDelayMs: 30 });
    const cli = (...argv: string[]) => runCli(argv, { env: pipe.env });
    // No crawl: the source's schedule (every 2 s) starts the work.
    expect((await cli('sources', 'add', site.feedUrl, '--every', '2s')).code).toBe(0);
    const worker = start(pipe);
    const total = PAGES + EXTRA_EXTRACTED;
    await waitForCounts(pipe, (c) => c.extracted >= total * 0.3, 60_000);
    const redis = new Redis(pipe.redisUrl);
    await redis.flushdb();
    redis.disconnect();
    const resume = await cli('resume');
    expect(resume.code, resume.stderr).toBe(0);
    expect(resume.stderr).toMatch(/re-enqueued \d+ fetch and \d+ extract jobs; schedules restored/);
    await waitForCounts(pipe, (c) => c.queued + c.fetched === 0 && c.extracted === total && c.failed === FAILING, 90_000);
    // The restored schedule reads the feed again and finds what is new.
    site.addPages(5);
    await waitForCounts(pipe, (c) => c.extracted === total + 5, 30_000);
    expect((await duplicateWork(pipe)).current).toBe(0);
    expect((await stop(worker)).code).toBe(0);
  });

  it('a job whose worker dies each time it runs it stops, its article says why, and the next crawl runs it again', async () => {
    // The slow page answers after 8 s: long enough to kill the worker fetching it, three times.
    const { site, pipe } = await setUp('stalled', 0, { slowMs: 8_000 });
    const cli = (...argv: string[]) => runCli(argv, { env: pipe.env });
    expect((await cli('sources', 'add', site.feedUrl, '--every', '1h')).code).toBe(0);
    const slowUrl = site.misbehaving.extractable.find((u) => u.endsWith('/slow/page'))!;
    const fetchQueue = new Queue('fetch', { connection: new Redis(pipe.redisUrl, { maxRetriesPerRequest: null }), prefix: pipe.prefix });
    cleanups.push(() => fetchQueue.close());
    const slowRow = async () =>
      (await pipe.query<{ id: number; status: string; error_code: string | null; last_error: string | null }>(
        'SELECT id::int, status, error_code, last_error FROM articles WHERE url = $1', [slowUrl],
      ))[0];
    let worker = start(pipe);
    await waitForWorkers(pipe, 1);
    expect((await cli('crawl')).code).toBe(0);
    for (let death = 1; death <= 3; death++) {
      // Killed while its fetch of the slow page is in flight: a run started after the last kill
      // (a killed worker's job looks active until the next worker finds it stalled).
      const deadline = Date.now() + 40_000;
      const fetchingSlowPage = async () => {
        const id = (await slowRow())?.id;
        return id !== undefined && (await fetchQueue.getActive()).some((j) => j.data.articleId === id && j.attemptsStarted === death);
      };
      while (!(await fetchingSlowPage())) {
        if (Date.now() > deadline) throw new Error(`the slow page's fetch never became active (death ${death})`);
        await sleep(200);
      }
      await sleep(500);
      worker.child.kill('SIGKILL');
      await worker.exited;
      worker = start(pipe);
    }
    // The next worker finds the job stalled a third time: BullMQ fails it without running it.
    const deadline = Date.now() + 40_000;
    while ((await slowRow())?.error_code !== 'worker_died') {
      if (Date.now() > deadline) throw new Error(`the slow page's article never recorded the stalled job: ${JSON.stringify(await slowRow())}`);
      await sleep(250);
    }
    const row = (await slowRow())!;
    expect(row.status).toBe('queued');
    expect(row.last_error).toMatch(/died 3 times.*the next discovery of its source, or dealdb resume, runs it again/);
    // The failed job still holds the article's fetch job id: the discovery must not be hidden by it.
    expect((await cli('crawl')).code).toBe(0);
    const extracted = Date.now() + 40_000;
    while ((await slowRow())?.status !== 'extracted') {
      if (Date.now() > extracted) throw new Error(`the next crawl did not extract the slow page: ${JSON.stringify(await slowRow())}`);
      await sleep(250);
    }
    expect((await slowRow())!.error_code).toBeNull();
    expect((await stop(worker)).code).toBe(0);
  });

  it('reextract --all runs as extract jobs and leaves deal counts unchanged', async () => {
    const { site, pipe } = await setUp('reextract', 30);
    const cli = (...argv: string[]) => runCli(argv, { env: pipe.env });
    expect((await cli('sources', 'add', site.sitemapUrl)).code).toBe(0);
    const worker = start(pipe);
    await waitForWorkers(pipe, 1);
    const crawl = await cli('crawl', '--wait');
    expect(crawl.code, crawl.stderr).toBe(0);
    expect(crawl.stderr).toMatch(/crawl done: 1 source; their articles: 32 extracted, 4 failed/);
    const deals = async () => (await pipe.query<{ n: number }>('SELECT count(*)::int AS n FROM current_deals'))[0]!.n;
    const before = await deals();
    const run = await cli('reextract', '--all');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/re-extracted 32 of 32 articles/);
    expect(await deals()).toBe(before);
    const [rows] = await pipe.query<{ total: number; current: number }>('SELECT count(*)::int AS total, count(*) FILTER (WHERE is_current)::int AS current FROM extractions');
    expect(rows).toEqual({ total: 64, current: 32 });
    expect((await stop(worker)).code).toBe(0);
  });
});
