// The story the project was created from, served as a page, gives exactly its one deal, on the
// embedded database and on PostgreSQL, and ingesting it twice still gives one.
import fs from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, PROJECT_ROOT, runCli } from '../helpers/cli';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres';

// The seed story retold as a page of the project's own (the same figures in the same roles).
const SEED_PAGE = path.join(PROJECT_ROOT, 'test/fixtures/deals/seed-story.html');

const EXPECTED_DEAL = {
  buyer: 'OpenAI',
  kind: 'cloud_compute',
  value: { amount: 38_000_000_000, currency: 'USD', qualifier: 'exact' },
  duration_months: 84,
  status: 'signed',
};

let server: http.Server;
let url: string;
beforeAll(async () => {
  const page = fs.readFileSync(SEED_PAGE, 'utf8');
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/2025/11/03/openai-aws`;
});
afterAll(() => new Promise((r) => server.close(r)));

const allow = { DEALDB_ALLOW_PRIVATE_HOSTS: '127.0.0.1' };

it('extract prints exactly the one deal, and the other figures as mentions', async () => {
  const run = await runCli(['extract', url], { env: allow });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const [page] = jsonLines(run.stdout);
  expect(page!.deals).toHaveLength(1);
  expect(page!.deals[0]).toMatchObject(EXPECTED_DEAL);
  expect(['Amazon Web Services', 'AWS']).toContain(page!.deals[0].provider);
  const money = page!.mentions.filter((m: any) => m.kind === 'money').map((m: any) => m.amount);
  for (const figure of [1.5e12, 12e9, 13e9, 100e9]) expect(money).toContain(figure);
  expect(page!.mentions.some((m: any) => m.kind === 'power' && m.mw === 1000)).toBe(true);
  expect(page!.published).toBe('2025-11-03');
});

describe.each([
  ['the embedded database', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealdb-seed-'));
    return { env: { DEALDB_DATA_DIR: dir }, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }],
  ['PostgreSQL', async () => {
    const db: TestDatabase = await createTestDatabase('seed');
    return { env: { DATABASE_URL: db.url }, cleanup: () => db.drop() };
  }],
] as const)('ingest on %s', (_name, setup) => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const s = await setup();
    env = { ...allow, ...s.env };
    cleanup = s.cleanup;
  });
  afterAll(() => cleanup?.());

  it('stores the deal once, however often the page is ingested', async () => {
    for (let i = 0; i < 2; i++) {
      const run = await runCli(['ingest', '--json', url], { env });
      expect(run.code).toBe(0);
      expect(jsonLines(run.stdout)[0]).toMatchObject({ deals: 1, status: i === 0 ? 'extracted' : 'unchanged' });
    }
    const counts = await runCli(['sql', '--json', `select (select count(*) from articles)::int as articles,
      (select count(*) from extractions where is_current)::int as current, (select count(*) from deals)::int as deals`], { env });
    expect(jsonLines(counts.stdout)).toEqual([{ articles: 1, current: 1, deals: 1 }]);

    const deals = await runCli(['deals', '--json'], { env });
    const [deal] = jsonLines(deals.stdout);
    expect(deal).toMatchObject({ ...EXPECTED_DEAL, provider: 'Amazon Web Services', amount_usd: 38e9, reports: 1, outlets: 1, first_reported_on: '2025-11-03' });
    const reports = await runCli(['deals', '--reports', '--json'], { env });
    const [report] = jsonLines(reports.stdout);
    expect(report).toMatchObject({ ...EXPECTED_DEAL, provider: 'Amazon Web Services', url, published: '2025-11-03', deal_id: deal!.id });
    expect(report!.evidence).toMatch(/\$38 billion/);

    const forced = await runCli(['ingest', '--json', '--force', url], { env });
    expect(jsonLines(forced.stdout)[0]).toMatchObject({ deals: 1, status: 'extracted' });
    const after = await runCli(['sql', '--json', 'select id::int, reports::int from current_deals'], { env });
    expect(jsonLines(after.stdout)).toEqual([{ id: deal!.id, reports: 1 }]);
  });
});
