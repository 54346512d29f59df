// The randomized fault test (issue 12): for each seed, two real worker processes crawl a local
// news site (some pages change on every fetch, some misbehave) on real Redis and PostgreSQL
// while a seeded schedule of faults hits them: a worker SIGKILLed and replaced, Redis flushed,
// every database connection cut, duplicate fetch and discover jobs, extract jobs out of order
// (before the fetch, after a newer page), a resume in the middle. Then, as an operator would,
// `dealdb resume`; when the work is done, the invariant checker must find nothing.
//
// Seeds are new each run and printed; a failure names its seed. Replay one with
//   DEALDB_FAULT_SEED=1234 npx vitest run test/pipeline/faults.test.ts
// A seed fixes which faults come, in what order, after what pauses and on which articles; how
// they interleave with the workers' jobs still varies from run to run.
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { seeded } from '../../bench/lib/news-pages';
import { defaultJobOptions } from '../../jobs/queues';
import { loadConfig } from '../../src/config';
import { runCli } from '../helpers/cli';
import { startSite } from '../helpers/site-server';
import { articleCounts, createPipelineEnv, spawnWorker, terminateConnections, waitForCounts, waitForWorkers, type PipelineEnv, type WorkerProcess } from './harness';
import { checkInvariants } from './invariants';

const SEEDS = process.env.DEALDB_FAULT_SEED
  ? [Number(process.env.DEALDB_FAULT_SEED)]
  : Array.from({ length: 3 }, () => Math.floor(Math.random() * 2 ** 31));
const PAGES = 150;
const CHANGING_PAGES = 6;
/** Faults go on while the crawl does (at least MIN_FAULTS of them), for at most MAX_FAULT_PHASE_MS. */
const MIN_FAULTS = 9;
const MAX_FAULT_PHASE_MS = 12_000;
const JOB_LOCK_MS = 2_000;
/** The logical Redis database this suite flushes: no other suite uses it (workers.test.ts takes 1-14). */
const REDIS_DB = 15;

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => {});
});

type Fault = 'kill' | 'flush' | 'cut' | 'duplicate-fetch' | 'duplicate-discover' | 'extract-out-of-order' | 'resume';
const FAULTS: [Fault, number][] = [
  ['kill', 3],
  ['flush', 1],
  ['cut', 2],
  ['duplicate-fetch', 3],
  ['duplicate-discover', 1],
  ['extract-out-of-order', 3],
  ['resume', 1],
];

function pickWeighted(rand: () => number): Fault {
  const total = FAULTS.reduce((sum, [, w]) => sum + w, 0);
  let x = rand() * total;
  for (const [fault, weight] of FAULTS) if ((x -= weight) < 0) return fault;
  return FAULTS[0]![0];
}

async function runSeed(seed: number): Promise<{ faults: Fault[]; problems: string[] }> {
  const rand = seeded(seed);
  // Answers take 0-400 ms: a copy of a fetch job may finish long after the original and its extraction.
  const delays = seeded(seed ^ 0x5eed);
  const site = await startSite({ pages: PAGES, pageDelayMs: () => Math.floor(delays() * 400), slowMs: 800, changingPages: CHANGING_PAGES });
  cleanups.push(() => site.close());
  const pipe = await createPipelineEnv('faults', { redisDb: REDIS_DB });
  cleanups.push(() => pipe.cleanup());
  pipe.env.DEALDB_JOB_LOCK_MS = String(JOB_LOCK_MS);
  // Few fetches at once: the crawl lasts long enough for the faults to land in the middle of it.
  pipe.env.DEALDB_FETCH_CONCURRENCY = '3';
  const cli = (...argv: string[]) => runCli(argv, { env: pipe.env });
  const redis = new Redis(pipe.redisUrl);
  // Copies carry the job options the pipeline's own producers give (attempts, backoff): a duplicate is
  // one more job like the others, not one that fails for good on the first 503 it meets.
  const jobOptions = defaultJobOptions(loadConfig({ ...process.env, ...pipe.env }));
  const queue = (name: string) => new Queue(name, { connection: redis, prefix: pipe.prefix, defaultJobOptions: jobOptions });
  const queues = { fetch: queue('fetch'), extract: queue('extract'), discover: queue('discover') };
  cleanups.push(async () => {
    await Promise.all(Object.values(queues).map((q) => q.close()));
    redis.disconnect();
  });

  const workers: WorkerProcess[] = [];
  const spawn = () => {
    const worker = spawnWorker(pipe.env);
    workers.push(worker);
    cleanups.push(async () => {
      if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
      await worker.exited;
    });
  };
  const alive = () => workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);

  expect((await cli('sources', 'add', site.feedUrl, '--every', '1h')).code).toBe(0);
  spawn();
  spawn();
  await waitForWorkers(pipe, 2);
  expect((await cli('crawl')).code).toBe(0);

  const articleIds = async () => (await pipe.query<{ id: number }>('SELECT id::int FROM articles')).map((r) => r.id);
  /** Articles not extracted yet, if any: their jobs may still be running, so a copy really races them. */
  const inFlight = async () => {
    const ids = (await pipe.query<{ id: number }>(`SELECT id::int FROM articles WHERE status IN ('queued', 'fetched')`)).map((r) => r.id);
    return ids.length ? ids : articleIds();
  };
  const someOf = <T>(items: T[], n: number) => Array.from({ length: Math.min(n, items.length) }, () => items[Math.floor(rand() * items.length)]!);
  const faults: Fault[] = [];
  // Every seed loses Redis twice (and the operator runs resume right after, while jobs are still
  // running: the scenario) and a worker once, at moments of its own during the crawl.
  const flushAt = Math.floor(rand() * 2);
  const forced = new Map<number, Fault>([
    [flushAt, 'flush'],
    [flushAt + 1, 'resume'],
    [flushAt + 3 + Math.floor(rand() * 2), 'flush'],
    [flushAt + 5 + Math.floor(rand() * 2), 'resume'],
    [[2, 7][Math.floor(rand() * 2)]! + flushAt, 'kill'],
  ]);
  const progress: string[] = [];
  let chaos = 0;
  const phaseEnds = Date.now() + MAX_FAULT_PHASE_MS;
  const crawling = async () => {
    const c = await articleCounts(pipe);
    return c.queued + c.fetched > 0;
  };
  while (Date.now() < phaseEnds && (faults.length < MIN_FAULTS || (await crawling()))) {
    await sleep(150 + Math.floor(rand() * 900));
    const fault = forced.get(faults.length) ?? pickWeighted(rand);
    faults.push(fault);
    switch (fault) {
      case 'kill': {
        const victim = someOf(alive(), 1)[0];
        if (victim) {
          victim.child.kill('SIGKILL');
          await victim.exited;
        }
        spawn();
        break;
      }
      case 'flush':
        await redis.flushdb();
        progress.push(`flush at ${JSON.stringify(await articleCounts(pipe))}`);
        break;
      case 'cut':
        await terminateConnections(pipe.database);
        break;
      case 'duplicate-fetch':
        // Ids of their own: copies BullMQ does not dedupe, which really run beside the originals.
        for (const articleId of someOf(await inFlight(), 8)) await queues.fetch.add('fetch', { articleId }, { jobId: `chaos-fetch-${chaos++}` });
        break;
      case 'duplicate-discover':
        const [{ id: sourceId }] = await pipe.query<{ id: number }>('SELECT id::int FROM sources');
        await queues.discover.add('discover', { sourceId }, { jobId: `chaos-discover-${chaos++}` });
        break;
      case 'extract-out-of-order':
        // Any article, fetched or not, extracted or not, its page changed since or not.
        for (const articleId of someOf(await articleIds(), 4)) await queues.extract.add('extract', { articleId }, { jobId: `chaos-extract-${chaos++}` });
        break;
      case 'resume':
        await cli('resume');
        break;
    }
  }

  // The faults are over: two workers run, and the jobs of the killed ones are past their locks
  // (back in the queue, or failed for stalling too often) before the operator runs resume.
  progress.push(`faults over at ${JSON.stringify(await articleCounts(pipe))}`);
  console.log(progress.join('; '));
  while (alive().length < 2) spawn();
  await sleep(JOB_LOCK_MS * 2);
  const resume = await cli('resume');
  expect(resume.code, resume.stderr).toBe(0);
  // Work left after this is stuck for good: the checker lists it.
  await waitForCounts(pipe, (c) => c.queued + c.fetched === 0, 30_000).catch(() => {});

  const mustFail: Record<string, string> = {
    [site.misbehaving.failing[0]!]: 'http_404',
    [site.misbehaving.failing[1]!]: 'http_500',
    [site.misbehaving.failing[2]!]: 'bad_content_type',
    [site.misbehaving.disallowed]: 'robots_disallowed',
  };
  const problems = await checkInvariants(pipe, { mustExtract: [...site.pageUrls(), ...site.misbehaving.extractable], mustFail });
  for (const worker of alive()) worker.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => w.exited));
  return { faults, problems };
}

describe('randomized faults on real workers, Redis and PostgreSQL', () => {
  it.each(SEEDS)('seed %i: every article ends as one clean run would leave it', async (seed) => {
    const replay = `replay: DEALDB_FAULT_SEED=${seed} npx vitest run test/pipeline/faults.test.ts`;
    console.log(`fault test seed ${seed} (${replay})`);
    let outcome: Awaited<ReturnType<typeof runSeed>>;
    try {
      outcome = await runSeed(seed);
    } catch (err) {
      throw new Error(`seed ${seed} failed (${replay}): ${(err as Error).message}`, { cause: err });
    }
    expect(outcome.problems, `seed ${seed}, faults ${outcome.faults.join(',')} (${replay})`).toEqual([]);
  });
});
