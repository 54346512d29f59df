// Status follows the rows, on real PostgreSQL and Redis (issue 12): a second fetch of an unchanged
// page that lands after the extraction (two copies of a fetch job, as after Redis lost its data
// while a worker ran one), a 304, and rows left disagreeing by a crash, repaired by `resume`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { insertNewArticles, saveSnapshot } from '../../db/articles';
import { EXTRACTOR_VERSION } from '../../extractors/version';
import { fetchStage } from '../../jobs/fetch-article.job';
import { fetchArticle } from '../../jobs/fetch-article';
import { jobIds } from '../../jobs/job-ids';
import { enqueueExtract, enqueueFetch, openQueues, requeueUnfinished, type Queues } from '../../jobs/queues';
import type { Dispatch } from '../../jobs/stage';
import { startWorkers, type RunningWorkers } from '../../jobs/worker';
import { packBody } from '../../jobs/snapshot-body';
import { openApp, type AppContext } from '../../src/context';
import { runCli } from '../helpers/cli';
import { startHttpServer, type TestServer } from '../helpers/http-server';
import { articleHtml } from '../helpers/site-server';
import { createPipelineEnv, type PipelineEnv } from './harness';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn().catch(() => {});
});

/** A one-page site; `hold()` keeps the next request of /story waiting until the returned release is called. */
async function startStorySite(): Promise<{ server: TestServer; url: string; hold(): () => void }> {
  let held: Promise<void> | null = null;
  const body = articleHtml(5, 'news');
  const etag = '"story-v1"';
  const server = await startHttpServer(async (req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    if (held) {
      const wait = held;
      held = null;
      await wait;
    }
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag }).end(body);
  });
  cleanups.push(() => server.close());
  return {
    server,
    url: server.url('/story'),
    hold() {
      let release!: () => void;
      held = new Promise<void>((resolve) => (release = resolve));
      return release;
    },
  };
}

async function setUp(label: string) {
  const pipe = await createPipelineEnv(label);
  cleanups.push(() => pipe.cleanup());
  const app = await openApp(pipe.env);
  cleanups.push(() => app.close());
  const queues = openQueues({ ...app.config, redisUrl: pipe.redisUrl });
  cleanups.push(() => queues.close());
  const dispatch: Dispatch = {
    fetch: (ids) => enqueueFetch(queues, ids),
    extract: (items) => enqueueExtract(queues, items),
    handOver: (unfinished) => requeueUnfinished(queues, unfinished),
  };
  return { pipe, app, queues, dispatch };
}

async function startExtractWorker(app: AppContext): Promise<RunningWorkers> {
  const workers = await startWorkers(app, { queues: ['extract'] });
  cleanups.push(() => workers.close(5_000));
  return workers;
}

async function statusOf(pipe: PipelineEnv, articleId: number): Promise<string> {
  return (await pipe.query<{ status: string }>('SELECT status FROM articles WHERE id = $1', [articleId]))[0]!.status;
}

async function waitForStatus(pipe: PipelineEnv, articleId: number, status: string, timeoutMs = 8_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = await statusOf(pipe, articleId);
    if (last === status) return last;
    await sleep(100);
  }
  return last;
}

/** Waits until no extract job is waiting, delayed or running. */
async function drained(queues: Queues): Promise<void> {
  for (;;) {
    const counts = await queues.extract.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    if (Object.values(counts).every((n) => n === 0)) return;
    await sleep(50);
  }
}

/** Facts the status must follow: the current extraction and the newest snapshot. */
async function facts(pipe: PipelineEnv, articleId: number) {
  const [row] = await pipe.query<{ current: number; from_newest: boolean }>(
    `SELECT count(*)::int AS current,
            bool_and(e.snapshot_id = (SELECT id FROM snapshots WHERE article_id = $1 ORDER BY fetched_at DESC, id DESC LIMIT 1)) AS from_newest
     FROM extractions e WHERE e.article_id = $1 AND e.is_current`,
    [articleId],
  );
  return row!;
}

/** An environment with an extract worker and one story fetched and extracted through the queue. */
async function extractedStory(label: string) {
  const env = await setUp(label);
  const site = await startStorySite();
  await startExtractWorker(env.app);
  const [articleId] = await insertNewArticles(env.app.database, [site.url], null);
  await fetchStage.run(env.app, { articleId: articleId! }, env.dispatch);
  expect(await waitForStatus(env.pipe, articleId!, 'extracted')).toBe('extracted');
  return { ...env, articleId: articleId! };
}

describe('status follows the facts', () => {
  it('a second fetch of the unchanged page, landing after the extraction, leaves the article extracted', async () => {
    const { pipe, app, queues, dispatch } = await setUp('refetch');
    const site = await startStorySite();
    await startExtractWorker(app);
    const [articleId] = await insertNewArticles(app.database, [site.url], null);

    // Copy B of the fetch job reads the article (queued) and waits for the page...
    const release = site.hold();
    const late = fetchStage.run(app, { articleId: articleId! }, dispatch);
    while (site.server.requests.filter((r) => r === '/story').length < 1) await sleep(10);
    // ...while copy A fetches it and its extract job runs to the end.
    await fetchStage.run(app, { articleId: articleId! }, dispatch);
    expect(await waitForStatus(pipe, articleId!, 'extracted')).toBe('extracted');
    release();
    await late;
    await drained(queues);

    expect(await waitForStatus(pipe, articleId!, 'extracted')).toBe('extracted');
    expect(await facts(pipe, articleId!)).toEqual({ current: 1, from_newest: true });
    // The second fetch found the work done and queued none.
    expect(await queues.extract.getJobs(['completed'])).toHaveLength(1);
    const [{ n }] = await pipe.query<{ n: number }>('SELECT count(*)::int AS n FROM snapshots WHERE article_id = $1', [articleId]);
    expect(n).toBe(1);
  });

  it('on the fast path too: the later copy of the fetch job leaves the article extracted, with one snapshot and no extract job', async () => {
    const { pipe, app, queues, dispatch } = await setUp('refetch-fast');
    const fast: Dispatch = { ...dispatch, extractsHere: true };
    const site = await startStorySite();
    const [articleId] = await insertNewArticles(app.database, [site.url], null);

    const release = site.hold();
    const late = fetchStage.run(app, { articleId: articleId! }, fast);
    while (site.server.requests.filter((r) => r === '/story').length < 1) await sleep(10);
    const first = await fetchStage.run(app, { articleId: articleId! }, fast);
    expect(await statusOf(pipe, articleId!)).toBe('extracted');
    release();
    const second = await late;

    expect(second).toMatchObject({ snapshotId: first.snapshotId, changed: false, extractionId: first.extractionId });
    expect(await statusOf(pipe, articleId!)).toBe('extracted');
    expect(await facts(pipe, articleId!)).toEqual({ current: 1, from_newest: true });
    expect(await queues.extract.getJobCounts()).toMatchObject({ waiting: 0, active: 0, completed: 0 });
    const [{ n }] = await pipe.query<{ n: number }>('SELECT count(*)::int AS n FROM snapshots WHERE article_id = $1', [articleId]);
    expect(n).toBe(1);
  });

  it('on the fast path, an extraction that fails leaves the page stored, the article fetched and its extract job queued', async () => {
    const { pipe, app, queues, dispatch } = await setUp('fast-fails');
    const site = await startStorySite();
    const [articleId] = await insertNewArticles(app.database, [site.url], null);
    const broken = Object.create(app, { organizationIds: { get: () => { throw new Error('extraction broke'); } } }) as AppContext;

    const outcome = await fetchStage.run(broken, { articleId: articleId! }, { ...dispatch, extractsHere: true });
    expect(outcome).not.toHaveProperty('extractionId');
    expect(await statusOf(pipe, articleId!)).toBe('fetched');
    const [snapshot] = await pipe.query<{ id: number; fetched_at: Date }>('SELECT id::int, fetched_at FROM snapshots WHERE article_id = $1', [articleId]);
    expect(snapshot!.id).toBe(outcome.snapshotId);
    const jobs = await queues.extract.getJobs(['waiting']);
    expect(jobs.map((j) => j.id)).toEqual([jobIds.extract(articleId!, snapshot!.id, snapshot!.fetched_at)]);
    await startExtractWorker(app);
    expect(await waitForStatus(pipe, articleId!, 'extracted')).toBe('extracted');
    expect(await facts(pipe, articleId!)).toEqual({ current: 1, from_newest: true });
  });

  it('a 304 to the refetch of an extracted article leaves it extracted', async () => {
    const { pipe, app, queues, articleId } = await extractedStory('notmodified');

    const again = await fetchArticle(app, articleId!);
    expect(again.changed).toBe(false);
    expect(await statusOf(pipe, articleId!)).toBe('extracted');
    await drained(queues);
    expect(await facts(pipe, articleId!)).toEqual({ current: 1, from_newest: true });
  });

  it('a refetch of the same bytes that leaves work to do queues a job no finished one hides', async () => {
    const { pipe, app, queues, dispatch, articleId } = await extractedStory('hidden');
    await drained(queues);
    // The extraction is now one of an older extractor version, and the article is queued for a refetch.
    await pipe.query(`UPDATE extractions SET extractor_version = '0.0.0-old' WHERE article_id = $1`, [articleId]);
    await pipe.query(`UPDATE articles SET status = 'queued' WHERE id = $1`, [articleId]);

    await fetchStage.run(app, { articleId: articleId! }, dispatch);
    expect(await waitForStatus(pipe, articleId!, 'extracted')).toBe('extracted');
    const versions = await pipe.query<{ v: string; current: boolean }>('SELECT extractor_version AS v, is_current AS current FROM extractions WHERE article_id = $1 ORDER BY id', [articleId]);
    expect(versions.map((r) => [r.v, r.current])).toEqual([['0.0.0-old', false], [EXTRACTOR_VERSION, true]]);
  });

  it('resume sets every status its rows contradict, and re-extracts what is behind its newest page', async () => {
    const { pipe, app, dispatch, queues } = await setUp('repair');
    const site = await startStorySite();
    const workers = await startExtractWorker(app);
    const urls = ['a', 'b', 'c', 'd'].map((k) => `${site.url}?${k}`);
    const ids = await insertNewArticles(app.database, urls, null);
    for (const id of ids) await fetchStage.run(app, { articleId: id }, dispatch);
    for (const id of ids) expect(await waitForStatus(pipe, id, 'extracted')).toBe('extracted');
    await drained(queues);
    await workers.close(5_000);
    const [stuckFetched, stuckFailed, stale, fine] = ids as [number, number, number, number];

    // What the rows showed: extracted from the newest page, yet fetched; its completed
    // extract job still in Redis. And one marked failed by a duplicate job after the work was done.
    await pipe.query(`UPDATE articles SET status = 'fetched' WHERE id = $1`, [stuckFetched]);
    await pipe.query(`UPDATE articles SET status = 'failed', error_code = 'http_503', last_error = 'busy' WHERE id = $1`, [stuckFailed]);
    // A newer page stored, but a crash left the article extracted from the older one.
    await saveSnapshot(app.database, stale, {
      ...(await packBody(Buffer.from(articleHtml(10, 'news')))),
      finalUrl: urls[2]!,
      contentType: 'text/html; charset=utf-8',
      fetchedAt: new Date(Date.now() + 60_000),
    });

    const resume = await runCli(['resume'], { env: pipe.env });
    expect(resume.code, resume.stderr).toBe(0);
    expect(resume.stderr).toMatch(/status set from the rows where they disagreed: 2 now extracted, 1 now fetched/);
    expect(resume.stderr).toMatch(/re-enqueued 0 fetch and 1 extract jobs/);
    expect(await statusOf(pipe, stuckFetched)).toBe('extracted');
    expect(await statusOf(pipe, stuckFailed)).toBe('extracted');
    expect(await statusOf(pipe, stale)).toBe('fetched');

    await startExtractWorker(app);
    expect(await waitForStatus(pipe, stale, 'extracted')).toBe('extracted');
    for (const id of ids) expect(await facts(pipe, id)).toEqual({ current: 1, from_newest: true });
    expect(await statusOf(pipe, fine)).toBe('extracted');
    const [{ title }] = await pipe.query<{ title: string }>('SELECT title FROM extractions WHERE article_id = $1 AND is_current', [stale]);
    expect(title).toMatch(/^Story 10/);

    // Nothing left to repair: a second resume changes nothing.
    const second = await runCli(['resume'], { env: pipe.env });
    expect(second.stderr).not.toMatch(/status set/);
    expect(second.stderr).toMatch(/re-enqueued 0 fetch and 0 extract jobs/);
  });
});
