// The whole pipeline without Redis, on embedded PGlite: sources of every kind, crawl, status,
// resume and re-extraction, through the CLI as a user runs it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../db/client';
import { jsonLines, runCli } from '../helpers/cli';
import { startSite, type TestSite } from '../helpers/site-server';

let site: TestSite;
let dataDir: string;
let env: NodeJS.ProcessEnv;

const PAGES = 40;

beforeAll(async () => {
  site = await startSite({ pages: PAGES });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealdb-inproc-'));
  env = {
    DEALDB_DATA_DIR: dataDir,
    DEALDB_ALLOW_PRIVATE_HOSTS: '127.0.0.1,localhost',
    DEALDB_HOST_DELAY_MS: '0',
    DEALDB_HOST_CONCURRENCY: '8',
    DEALDB_JOB_BACKOFF_MS: '50',
    DEALDB_JOB_ATTEMPTS: '3',
    LOG_LEVEL: 'error',
  };
});

afterAll(async () => {
  await site?.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function cli(...argv: string[]) {
  return runCli(argv, { env });
}

/** Reads the embedded database directly (no CLI is running while it is open). */
async function query<T = Record<string, unknown>>(text: string): Promise<T[]> {
  const database: Database = await openDatabase({ dataDir });
  try {
    return (await database.rawQuery(text)).rows as T[];
  } finally {
    await database.close();
  }
}

describe('in-process pipeline on PGlite', () => {
  it('adds sources of every kind, detecting the kind when not given', async () => {
    const added = [
      await cli('sources', 'add', site.feedUrl, '--every', '15m'),
      await cli('sources', 'add', site.atomUrl, '--kind', 'feed'),
      await cli('sources', 'add', site.sitemapUrl),
      await cli('sources', 'add', site.listUrl, '--every', '*/5 * * * *'),
    ];
    for (const run of added) expect(run.code, run.stderr).toBe(0);
    const list = await cli('sources', 'list', '--json');
    expect(jsonLines(list.stdout).map((s) => [s.kind, s.url])).toEqual([
      ['feed', site.feedUrl],
      ['feed', site.atomUrl],
      ['sitemap', site.sitemapUrl],
      ['list', site.listUrl],
    ]);
    expect((await cli('sources', 'add', site.feedUrl)).code).toBe(1);
    expect((await cli('sources', 'add', site.feedUrl, '--every', 'often')).code).toBe(1);
  });

  it('crawls every source in-process: pages extracted once, misbehaving URLs failed with reasons, robots.txt obeyed', async () => {
    const run = await cli('crawl');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/crawl done: 4 sources/);
    const status = JSON.parse((await cli('status', '--json')).stdout);
    expect(status.articles).toEqual({ queued: 0, fetched: 0, extracted: PAGES + site.misbehaving.extractable.length, failed: 4 });
    expect(status.queues).toEqual({});
    const reasons = status.failures.map((f: { url: string; reason: string }) => `${new URL(f.url).pathname} ${f.reason.split(':')[0]}`).sort();
    expect(reasons).toEqual(['/error/page http_500', '/image/chart.png bad_content_type', '/missing/page http_404', '/private/page robots_disallowed']);
    expect(site.hits('/private/page')).toBe(0);
    expect(site.hits('/error/page')).toBe(3);
    const perArticle = await query<{ n: number }>(`SELECT count(*)::int AS n FROM extractions GROUP BY article_id HAVING count(*) <> 1`);
    expect(perArticle).toEqual([]);
  });

  it('a second crawl finds nothing new; new feed entries are picked up', async () => {
    const before = site.hits('/news/1');
    expect((await cli('crawl')).code).toBe(0);
    expect(site.hits('/news/1')).toBe(before);
    site.addPages(3);
    expect((await cli('crawl')).code).toBe(0);
    const [row] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM articles WHERE status = 'extracted'`);
    expect(row!.n).toBe(PAGES + 3 + site.misbehaving.extractable.length);
  });

  it('reextract URL adds a current extraction from the stored page, or a refetched one, and ingests unknown URLs', async () => {
    const url = site.pageUrls()[4]!;
    const hits = site.hits('/news/5');
    const stored = await cli('reextract', url);
    expect(stored.code, stored.stderr).toBe(0);
    expect(jsonLines(stored.stdout)[0]).toMatchObject({ url, extractor_version: expect.any(String) });
    expect(site.hits('/news/5')).toBe(hits);
    expect((await cli('reextract', url, '--refetch')).code).toBe(0);
    expect(site.hits('/news/5')).toBe(hits + 1);
    const rows = await query<{ current: boolean }>(
      `SELECT e.is_current AS current FROM extractions e JOIN articles a ON a.id = e.article_id WHERE a.url = '${url}' ORDER BY e.id`,
    );
    expect(rows.map((r) => r.current)).toEqual([false, false, true]);
    site.addPages(1);
    const fresh = site.pageUrls().at(-1)!;
    const ingested = await cli('reextract', fresh);
    expect(ingested.code, ingested.stderr).toBe(0);
    expect(jsonLines(ingested.stdout)[0]!.url).toBe(fresh);
  });

  it('reextract --all keeps deal counts and old rows; --below-version selects by version', async () => {
    const deals = async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM current_deals`))[0]!.n;
    const extractions = async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM extractions`))[0]!.n;
    const dealsBefore = await deals();
    const rowsBefore = await extractions();
    const articles = (await query<{ n: number }>(`SELECT count(*)::int AS n FROM articles WHERE status = 'extracted'`))[0]!.n;
    const all = await cli('reextract', '--all');
    expect(all.code, all.stderr).toBe(0);
    expect(all.stderr).toMatch(new RegExp(`re-extracted ${articles} of ${articles} articles`));
    expect(await deals()).toBe(dealsBefore);
    expect(await extractions()).toBe(rowsBefore + articles);
    const none = await cli('reextract', '--all', '--below-version', '0.0.1');
    expect(none.stderr).toMatch(/re-extracted 0 of 0 articles/);
    expect((await cli('reextract', '--all', '--below-version', 'new')).code).toBe(2);
  });

  it('resume has nothing to do when nothing was lost', async () => {
    const run = await cli('resume');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/resumed 0 articles/);
  });
});
