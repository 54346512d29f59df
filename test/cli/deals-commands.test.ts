// `deals show|merge|split`, `consolidate --rebuild` and `fx load` as a user types them, on the
// embedded database: what they print, what they refuse, and their exit codes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { upsertArticle } from '../../db/articles';
import { openDatabase } from '../../db/client';
import { saveExtraction } from '../../db/extractions';
import { syncOrganizations } from '../../db/organizations';
import type { Deal, Extraction } from '../../extractors/types';
import { jsonLines, runCli } from '../helpers/cli';

const ORGS = [
  { id: 'openai', name: 'OpenAI', kind: 'lab', parent: null, aliases: [] },
  { id: 'oracle', name: 'Oracle', kind: 'cloud', parent: null, aliases: [] },
];
const deal = (amount: string, currency = 'USD'): Deal => ({
  buyer: 'OpenAI', provider: 'Oracle', buyer_org_id: 'openai', provider_org_id: 'oracle', kind: 'cloud_compute',
  value: { amount: Number(amount), amount_exact: amount, currency, qualifier: 'exact' }, duration_months: null, capacity_mw: null,
  status: 'signed', evidence: `OpenAI signed a ${currency} ${amount} deal with Oracle.`, evidence_span: { start: 0, end: 10 }, confidence: 0.9, confidence_reasons: [],
});
const extraction = (published: string, deals: Deal[]): Extraction => ({
  extractor_version: 'test',
  article: { url: null, canonical_url: null, title: 't', published, published_source: null, modified: null, byline: null, site_name: null, language: null, body: 'b' },
  mentions: [],
  deals,
});

let dir: string;
const cli = (...argv: string[]) => runCli(argv, { env: { DEALDB_DATA_DIR: dir }, cwd: dir });
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealdb-deals-cli-'));
  const database = await openDatabase({ dataDir: dir });
  await database.migrate();
  await syncOrganizations(database, ORGS);
  const pages: [string, string, Deal][] = [
    ['https://a.test/1', '2025-03-10', deal('10000000000')],
    ['https://b.test/2', '2025-03-11', deal('10100000000')],
    ['https://c.test/3', '2025-04-01', deal('30000000000')],
    ['https://d.test/4', '2025-06-02', deal('2000000000', 'EUR')],
  ];
  for (const [url, published, d] of pages) {
    const { article } = await upsertArticle(database, { url });
    await saveExtraction(database, { articleId: article.id, snapshotId: null, extraction: extraction(published, [d]), knownOrganizationIds: new Set(['openai', 'oracle']) });
  }
  await database.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const list = async () => jsonLines((await cli('deals', '--json')).stdout);

it('merges two deals and splits a report out, and both outlive a rebuild', async () => {
  const before = await list();
  expect(before.map((d) => d.reports)).toEqual([1, 1, 2]);
  const [, big, pair] = before;
  const merged = await cli('deals', 'merge', String(big.id), String(pair.id));
  expect(merged.code).toBe(0);
  expect(merged.stdout).toMatch(/are now deal \d+/);
  expect((await list()).map((d) => d.reports)).toEqual([1, 3]);

  const show = await cli('deals', 'show', String(pair.id), '--json');
  const [detail] = jsonLines(show.stdout);
  const reportId = detail!.deal_reports.find((r: any) => r.url === 'https://c.test/3').id;
  const split = await cli('deals', 'split', String(pair.id), '--report', String(reportId), '--json');
  expect(split.code).toBe(0);
  expect(jsonLines(split.stdout)[0]).toMatchObject({ report_id: reportId, from_deal_id: pair.id });

  const rebuilt = await cli('consolidate', '--rebuild');
  expect(rebuilt.stdout).toMatch(/^3 deals from 4 reports/);
  const after = await list();
  expect(after.map((d) => d.reports)).toEqual([1, 1, 2]);
  expect(after.find((d) => d.reports === 2)!.id).toBe(pair.id);
});

it('refuses what cannot be done, saying what to do', async () => {
  const wrong: [string[], number, RegExp][] = [
    [['deals', 'merge', '1'], 2, /merge needs two deal IDs/],
    [['deals', 'merge', '1', '99999'], 1, /no deal 99999: list them with dealdb deals/],
    [['deals', 'split', '1'], 2, /--report REPORT_ID/],
    [['deals', 'split', '1', '--report', '99999'], 1, /not a current report of deal 1/],
    [['deals', 'show', 'abc'], 2, /numeric id/],
    [['deals', 'show', '99999'], 1, /no deal 99999/],
    [['deals', 'frobnicate'], 2, /unexpected arguments/],
    [['consolidate'], 2, /--rebuild/],
    [['fx', 'load'], 2, /dealdb fx load FILE.csv/],
    [['fx', 'load', 'missing.csv'], 1, /cannot read missing.csv \(ENOENT\)/],
  ];
  for (const [argv, code, message] of wrong) {
    const run = await cli(...argv);
    expect([argv.join(' '), run.code]).toEqual([argv.join(' '), code]);
    expect(run.stderr).toMatch(message);
  }
});

it('fx load converts again, and a bad file loads nothing', async () => {
  const eur = async () => (await list()).find((d) => d.value?.currency === 'EUR')!;
  fs.writeFileSync(path.join(dir, 'bad.csv'), 'month,currency,units_per_usd\n2025-06,EUR,0.88\n2025-13,EUR,0.9\n2025-07,eur,0.9\n');
  const bad = await cli('fx', 'load', 'bad.csv');
  expect(bad.code).toBe(1);
  expect(bad.stderr).toMatch(/line 3: month "2025-13" is not YYYY-MM; line 4: currency "eur" is not an ISO 4217 code: nothing was loaded/);
  // June 2025 is past the shipped rates: the latest month's rate, marked estimated.
  const estimated = await cli('sql', '--json', "select fx_month::text, fx_estimated from deals where currency = 'EUR'");
  expect(jsonLines(estimated.stdout)).toEqual([{ fx_month: '2025-01-01', fx_estimated: true }]);

  fs.writeFileSync(path.join(dir, 'rates.csv'), '# a newer month\nmonth,currency,units_per_usd\n2025-06,EUR,0.8\n');
  const good = await cli('fx', 'load', 'rates.csv');
  expect(good.code).toBe(0);
  expect(good.stdout).toMatch(/^1 rate loaded from rates.csv/);
  expect((await eur()).amount_usd).toBe(2.5e9);
  const exact = await cli('sql', '--json', "select fx_month::text, fx_estimated from deals where currency = 'EUR'");
  expect(jsonLines(exact.stdout)).toEqual([{ fx_month: '2025-06-01', fx_estimated: false }]);
});
