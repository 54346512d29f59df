// The SQL examples in README.md run as written on a database holding known deals.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { upsertArticle } from '../../db/articles';
import { openDatabase, type Database } from '../../db/client';
import { saveExtraction } from '../../db/extractions';
import { syncOrganizations } from '../../db/organizations';
import type { Deal, Extraction } from '../../extractors/types';
import { jsonLines, PROJECT_ROOT, runCli } from '../helpers/cli';

const ORGS = [
  { id: 'amazon', name: 'Amazon', kind: 'hyperscaler', parent: null, aliases: [] },
  { id: 'amazon-web-services', name: 'Amazon Web Services', kind: 'cloud', parent: 'amazon', aliases: ['AWS'] },
  { id: 'openai', name: 'OpenAI', kind: 'lab', parent: null, aliases: [] },
  { id: 'talen-energy', name: 'Talen Energy', kind: 'utility', parent: null, aliases: ['Talen'] },
];

function readmeQueries(): string[] {
  const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
  const block = /## SQL for analysts[\s\S]*?```sql\n([\s\S]*?)```/.exec(readme)![1]!;
  return block
    .split(/\n(?=-- \d+\.)/)
    .map((q) => q.replace(/^--.*$/gm, '').trim().replace(/;$/, ''))
    .filter(Boolean);
}

const deal = (over: Partial<Deal>): Deal => ({
  buyer: 'OpenAI', provider: 'AWS', buyer_org_id: 'openai', provider_org_id: 'amazon-web-services', kind: 'cloud_compute',
  value: { amount: 38e9, amount_exact: '38000000000', currency: 'USD', qualifier: 'exact' }, duration_months: 84, capacity_mw: null,
  status: 'signed', evidence: 'e', evidence_span: { start: 0, end: 1 }, confidence: 0.9, confidence_reasons: [], ...over,
});

const extraction = (published: string, deals: Deal[]): Extraction => ({
  extractor_version: 'test',
  article: { url: null, canonical_url: null, title: 't', published, published_source: null, modified: null, byline: null, site_name: null, language: null, body: 'b' },
  mentions: [{ kind: 'money', text: '$13 billion', start: 0, end: 1, sentence: 0, amount: 13e9, amount_exact: '13000000000', currency: 'USD', qualifier: 'exact', role: 'revenue' }],
  deals,
});

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealdb-sql-'));
  const database: Database = await openDatabase({ dataDir: dir });
  await database.migrate();
  await syncOrganizations(database, ORGS);
  const ids = new Set(ORGS.map((o) => o.id));
  const a = await upsertArticle(database, { url: 'https://news.test/openai-aws' });
  await saveExtraction(database, { articleId: a.article.id, snapshotId: null, extraction: extraction('2025-11-03', [deal({})]), knownOrganizationIds: ids });
  // A second outlet's account of the same contract: one deal, two reports.
  const a2 = await upsertArticle(database, { url: 'https://other.test/openai-aws' });
  await saveExtraction(database, { articleId: a2.article.id, snapshotId: null, extraction: extraction('2025-11-04', [deal({})]), knownOrganizationIds: ids });
  // Talks before the Amazon-Talen signing: the deal's status moved.
  const talks = await upsertArticle(database, { url: 'https://news.test/amazon-talen-talks' });
  await saveExtraction(database, {
    articleId: talks.article.id, snapshotId: null, knownOrganizationIds: ids,
    extraction: extraction('2025-05-20', [deal({ buyer: 'Amazon', provider: 'Talen', buyer_org_id: 'amazon', provider_org_id: 'talen-energy', kind: 'power', status: 'rumored', duration_months: null, value: null })]),
  });
  const b = await upsertArticle(database, { url: 'https://news.test/amazon-talen' });
  await saveExtraction(database, {
    articleId: b.article.id, snapshotId: null, knownOrganizationIds: ids,
    extraction: extraction('2025-06-11', [deal({ buyer: 'Amazon', provider: 'Talen', buyer_org_id: 'amazon', provider_org_id: 'talen-energy', kind: 'power', capacity_mw: 1920, duration_months: 204, value: { amount: 18e9, amount_exact: '18000000000', currency: 'USD', qualifier: 'about' } })]),
  });
  await database.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('README has at least five analyst queries', () => {
  expect(readmeQueries().length).toBeGreaterThanOrEqual(5);
});

it.each(readmeQueries().map((q, i) => [i + 1, q]))('README query %i runs', async (_n, query) => {
  const run = await runCli(['sql', '--json', query], { env: { DEALDB_DATA_DIR: dir } });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
});

it('the queries answer what they promise', async () => {
  const q = readmeQueries();
  const sql = async (query: string) => jsonLines((await runCli(['sql', '--json', query], { env: { DEALDB_DATA_DIR: dir } })).stdout);
  expect((await sql(q[0]!)).map((r) => r.provider)).toEqual(['Amazon Web Services', 'Talen Energy']);
  expect(await sql(q[2]!)).toEqual([{ provider: 'Talen Energy', mw: '1920', deals: expect.anything() }]);
  expect((await sql(q[3]!)).map((r) => r.buyer)).toEqual(['OpenAI']);
  expect((await sql(q[4]!)).map((r) => r.role)).toEqual(['revenue']);
  expect(await sql(q[1]!)).toEqual([
    { buyer: 'OpenAI', deals: 1, valued_deals: 1, total_usd: '38000000000.000000', fx_estimated: false },
    { buyer: 'Amazon', deals: 1, valued_deals: 1, total_usd: '18000000000.000000', fx_estimated: false },
  ]);
  expect((await sql(q[7]!)).map((r) => [String(r.published).slice(0, 10), r.status])).toEqual([['2025-05-20', 'rumored'], ['2025-06-11', 'signed']]);
  expect(await sql(q[8]!)).toEqual([{ id: expect.anything(), buyer: 'Amazon', provider: 'Talen Energy', moves: 'rumored 2025-05-20 -> signed 2025-06-11' }]);
});
