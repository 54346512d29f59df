// The "done when" of consolidation, end to end: pages of our own served over HTTP, ingested by
// the CLI (real extractor, real pipeline), on PostgreSQL and PGlite. Three outlets' accounts of
// one contract, talks then a signing, an expansion six months later, two deals of one pair in
// one year, a EUR and a KRW deal, and one page at five URLs: the transactions a reader counts.
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { jsonLines, PROJECT_ROOT, runCli } from '../helpers/cli';
import { createTestDatabase } from '../helpers/postgres';
import { shuffled } from '../helpers/shuffle';
import { describeDeals } from './describe-deals';

const FIXTURES = path.join(PROJECT_ROOT, 'test/fixtures/consolidate');
const SEED_PAGE = path.join(PROJECT_ROOT, 'test/fixtures/deals/seed-story.html');
const SYNDICATED = [1, 2, 3, 4, 5].map((n) => `/syndicated/${n}/openai-aws`);

let server: http.Server;
let base: string;
let urls: string[];
beforeAll(async () => {
  const pages = new Map(fs.readdirSync(FIXTURES).map((f) => [`/${f}`, fs.readFileSync(path.join(FIXTURES, f))]));
  for (const p of SYNDICATED) pages.set(p, fs.readFileSync(SEED_PAGE));
  server = http.createServer((req, res) => {
    const page = pages.get(req.url ?? '');
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page ?? 'not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  urls = [...pages.keys()].sort().map((p) => base + p);
});
afterAll(() => new Promise((r) => server.close(r)));

const backends: [string, () => Promise<{ env: Record<string, string>; open: () => ReturnType<typeof openDatabase>; cleanup: () => Promise<void> }>][] = [
  ['PostgreSQL', async () => {
    const db = await createTestDatabase('pages');
    return { env: { DATABASE_URL: db.url }, open: () => openDatabase({ databaseUrl: db.url, dataDir: '' }), cleanup: () => db.drop() };
  }],
  ['PGlite', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealdb-pages-'));
    return { env: { DEALDB_DATA_DIR: dir }, open: () => openDatabase({ dataDir: dir }), cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }],
];

const env = (extra: Record<string, string>, concurrency = 1) => ({
  ...extra, DEALDB_ALLOW_PRIVATE_HOSTS: '127.0.0.1', DEALDB_HOST_DELAY_MS: '0', DEALDB_HOST_CONCURRENCY: '8', DEALDB_FETCH_CONCURRENCY: String(concurrency),
});

async function ingest(target: Record<string, string>, inputs: string[], concurrency = 1) {
  const run = await runCli(['ingest', '--json', ...inputs], { env: env(target, concurrency) });
  expect(run.code, run.stderr).toBe(0);
  return jsonLines(run.stdout);
}

describe.each(backends)('consolidated deals from pages on %s', (_name, make) => {
  it('counts each transaction once, whatever the order of the pages', async () => {
    const runs: Awaited<ReturnType<typeof describeDeals>>[] = [];
    for (const order of [urls, shuffled(urls, 11)]) {
      const target = await make();
      try {
        await ingest(target.env, order);
        const database = await target.open();
        runs.push(await describeDeals(database).finally(() => database.close()));
        if (runs.length === 1) await checkCommands(target.env);
      } finally {
        await target.cleanup();
      }
    }
    const [first, second] = runs;
    expect(second).toEqual(first);
    expect(first!.map((d) => [d.buyer, d.provider, d.amount, d.reports, d.outlets, d.status])).toEqual([
      ['Mistral AI', 'Nvidia', '1000000000.000000', 1, 1, 'signed'],
      ['Naver', 'Samsung Electronics', '1400000000000.000000', 1, 1, 'signed'],
      ['Microsoft', 'CoreWeave', '10000000000.000000', 1, 1, 'signed'],
      ['Anthropic', 'Google', '3000000000.000000', 1, 1, 'signed'],
      ['OpenAI', 'Oracle', '10200000000.000000', 3, 3, 'signed'],
      ['Anthropic', 'Google', '25000000000.000000', 1, 1, 'signed'],
      ['Microsoft', 'CoreWeave', '4000000000.000000', 1, 1, 'expanded'],
      ['Meta Platforms', 'Google', '10000000000.000000', 2, 2, 'signed'],
      ['OpenAI', 'Amazon Web Services', '38000000000.000000', 5, 1, 'signed'],
    ]);
    const coreweave = first!.filter((d) => d.provider === 'CoreWeave');
    expect(coreweave[1]!.expands).toBe(coreweave[0]!.key);
    expect(first!.find((d) => d.buyer === 'Meta Platforms')!.history.map((h: string[]) => h.slice(0, 2))).toEqual([['rumored', '2025-08-01'], ['signed', '2025-08-21']]);
    expect(first!.find((d) => d.provider === 'Oracle')!.history.map((h: string[]) => h[0])).toEqual(['reported', 'signed']);
  });

  it('two workers ingesting the pages at once make no duplicates', async () => {
    const target = await make();
    try {
      if (_name === 'PGlite') {
        // One process owns an embedded database: its "workers" are concurrent jobs in that process.
        await ingest(target.env, shuffled(urls, 5), 8);
      } else {
        await Promise.all([ingest(target.env, urls.filter((_, i) => i % 2 === 0), 4), ingest(target.env, urls.filter((_, i) => i % 2 === 1), 4)]);
      }
      const database = await target.open();
      const deals = await describeDeals(database).finally(() => database.close());
      expect(deals.map((d) => d.reports)).toEqual([1, 1, 1, 1, 3, 1, 1, 2, 5]);
      const rebuilt = await runCli(['consolidate', '--rebuild', '--json'], { env: env(target.env) });
      expect(jsonLines(rebuilt.stdout)).toEqual([{ deals: 9, reports: 16 }]);
      const again = await target.open();
      expect(await describeDeals(again).finally(() => again.close())).toEqual(deals);
    } finally {
      await target.cleanup();
    }
  });
});

/** The commands over the same database: list, JSON keys, reports, show, totals in USD. */
async function checkCommands(target: Record<string, string>) {
  const cli = async (...argv: string[]) => {
    const run = await runCli(argv, { env: env(target) });
    expect(run.code, run.stderr).toBe(0);
    return run.stdout;
  };
  const deals = jsonLines(await cli('deals', '--json'));
  expect(deals).toHaveLength(9);
  for (const d of deals) {
    expect(Object.keys(d)).toEqual(['id', 'buyer', 'provider', 'kind', 'value', 'amount_usd', 'duration_months', 'capacity_mw', 'status',
      'first_reported_on', 'last_reported_on', 'reports', 'outlets', 'expands_deal_id']);
  }
  const eur = deals.find((d) => d.value?.currency === 'EUR')!;
  const krw = deals.find((d) => d.value?.currency === 'KRW')!;
  expect(eur.amount_usd).toBeCloseTo(1e9 / 0.92968286, 0); // June 2024, the month it was announced
  expect(krw.amount_usd).toBeCloseTo(1.4e12 / 1393.2017, 0); // November 2024
  const reports = jsonLines(await cli('deals', '--reports', '--json'));
  expect(reports).toHaveLength(16);
  const oracle = deals.find((d) => d.provider === 'Oracle')!;
  expect(reports.filter((r) => r.deal_id === oracle.id).map((r) => r.published).sort()).toEqual(['2025-03-10', '2025-03-11', '2025-03-12']);
  expect(reports[0]).toMatchObject({ url: expect.stringContaining(base), evidence: expect.any(String), deal_id: expect.any(Number) });
  const shown = await cli('deals', 'show', String(oracle.id));
  expect(shown).toContain('3 reports from 3 outlets');
  expect(shown).toContain('Cloud Weekly');
  expect(shown).toMatch(/2025-03-10 {2}reported/);
  const totals = jsonLines(await cli('sql', '--json', "select buyer, deals::int as deals, total_usd::text as total_usd from deal_totals_by_buyer where buyer = 'OpenAI'"));
  expect(totals).toEqual([{ buyer: 'OpenAI', deals: 2, total_usd: '48200000000.000000' }]);
}
