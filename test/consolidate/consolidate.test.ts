// Deals kept up to date where reports are written, on PostgreSQL and PGlite: arrival order,
// concurrent workers, re-extraction, rebuilds, analysts' overrides and US dollar totals.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertArticle } from '../../db/articles';
import { selectRows, type Database } from '../../db/client';
import { mergeDeals, splitDeal } from '../../db/consolidate/overrides';
import { rebuildDeals } from '../../db/consolidate/store';
import { saveExtraction } from '../../db/extractions';
import { loadRates, parseRatesCsv } from '../../db/fx';
import { syncOrganizations } from '../../db/organizations';
import type { Deal, DealValue, Extraction, Qualifier } from '../../extractors/types';
import { BACKENDS, type Backend } from '../helpers/backends';
import { shuffled } from '../helpers/shuffle';
import { describeDeals } from './describe-deals';

const ORGS = [
  { id: 'openai', name: 'OpenAI', kind: 'lab', parent: null, aliases: [] },
  { id: 'oracle', name: 'Oracle', kind: 'cloud', parent: null, aliases: ['Oracle Corp'] },
  { id: 'microsoft', name: 'Microsoft', kind: 'hyperscaler', parent: null, aliases: [] },
  { id: 'coreweave', name: 'CoreWeave', kind: 'neo_cloud', parent: null, aliases: [] },
  { id: 'amazon', name: 'Amazon', kind: 'hyperscaler', parent: null, aliases: [] },
  { id: 'amazon-web-services', name: 'Amazon Web Services', kind: 'cloud', parent: 'amazon', aliases: ['AWS'] },
];
const ORG_IDS = new Set(ORGS.map((o) => o.id));
const WINDOW = { windowDays: 120 };
const RATES = parseRatesCsv('month,currency,units_per_usd\n2024-06,EUR,0.9264\n2024-11,KRW,1393.4\n2024-11,EUR,0.9405\n2025-01,EUR,0.9646\n');

const usd = (amount: number, qualifier: Qualifier = 'exact'): DealValue => ({ amount, amount_exact: String(amount), currency: 'USD', qualifier });
const money = (amount: number, currency: string): DealValue => ({ amount, amount_exact: String(amount), currency, qualifier: 'exact' });
const deal = (over: Partial<Deal>): Deal => ({
  buyer: 'OpenAI', provider: 'Oracle', buyer_org_id: 'openai', provider_org_id: 'oracle', kind: 'cloud_compute', value: null,
  duration_months: null, capacity_mw: null, status: 'signed', evidence: 'e', evidence_span: { start: 0, end: 1 }, confidence: 0.9,
  confidence_reasons: [], ...over,
});

interface Page { url: string; published: string; site: string; deals: Deal[] }
const microsoftCoreweave = { buyer: 'Microsoft', provider: 'CoreWeave', buyer_org_id: 'microsoft', provider_org_id: 'coreweave' };
const openaiAws = { provider: 'Amazon Web Services', provider_org_id: 'amazon-web-services' };

/** The transactions a reader would count: 7. */
const PAGES: Page[] = [
  // One contract, three outlets, three days.
  { url: 'https://wire.test/oracle', published: '2025-03-10', site: 'Wire', deals: [deal({ status: 'reported', value: usd(10e9, 'about') })] },
  { url: 'https://daily.test/oracle', published: '2025-03-11', site: 'Daily', deals: [deal({ value: usd(10.2e9), duration_months: 60 })] },
  { url: 'https://weekly.test/oracle', published: '2025-03-12', site: 'Weekly', deals: [deal({ provider: 'Oracle Corp', status: 'announced' })] },
  // Talks, then the signing, then an expansion six months later.
  { url: 'https://wire.test/cw-talks', published: '2025-01-05', site: 'Wire', deals: [deal({ ...microsoftCoreweave, status: 'rumored', value: usd(17e9, 'about') })] },
  { url: 'https://daily.test/cw-signed', published: '2025-02-20', site: 'Daily', deals: [deal({ ...microsoftCoreweave, value: usd(17.4e9), duration_months: 60 })] },
  { url: 'https://wire.test/cw-more', published: '2025-08-25', site: 'Wire', deals: [deal({ ...microsoftCoreweave, status: 'expanded', value: usd(6e9) })] },
  // Two different deals of one pair in one year (AWS and Amazon are one family).
  { url: 'https://wire.test/aws-38', published: '2025-04-01', site: 'Wire', deals: [deal({ ...openaiAws, value: usd(38e9), duration_months: 84 })] },
  { url: 'https://daily.test/amazon-3', published: '2025-06-01', site: 'Daily', deals: [deal({ provider: 'Amazon', provider_org_id: 'amazon', value: usd(3e9) })] },
  // A EUR and a KRW deal, each in a month the rates cover.
  { url: 'https://wire.test/eur', published: '2024-06-14', site: 'Wire', deals: [deal({ buyer: 'Mistral AI', buyer_org_id: null, provider: 'Fluidstack', provider_org_id: null, value: money(1e9, 'EUR') })] },
  { url: 'https://daily.test/krw', published: '2024-11-20', site: 'Daily', deals: [deal({ buyer: 'Naver', buyer_org_id: null, provider: 'Samsung SDS', provider_org_id: null, kind: 'data_center', value: money(1.3934e12, 'KRW') })] },
];

const extraction = (page: Page, deals = page.deals): Extraction => ({
  extractor_version: 'test',
  article: { url: page.url, canonical_url: page.url, title: page.url, published: page.published, published_source: 'meta', modified: null, byline: null, site_name: page.site, language: 'en', body: 'b' },
  mentions: [],
  deals,
});

async function ingest(database: Database, pages: readonly Page[]): Promise<void> {
  for (const page of pages) {
    const { article } = await upsertArticle(database, { url: page.url });
    await saveExtraction(database, { articleId: article.id, snapshotId: null, extraction: extraction(page), knownOrganizationIds: ORG_IDS, dealWindowDays: WINDOW.windowDays });
  }
}

async function reset(database: Database): Promise<void> {
  await database.exclusive(() => selectRows(database.db, sql`TRUNCATE articles, deals, deal_overrides CASCADE`));
}

describe.each(BACKENDS)('deals on %s', (_name, open) => {
  let backend: Backend;
  let database: Database;
  let expected: Awaited<ReturnType<typeof describeDeals>>;
  const q = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => database.exclusive(() => selectRows<T>(database.db, query));

  beforeAll(async () => {
    backend = await open('consolidate');
    database = backend.database;
    await database.migrate();
    await syncOrganizations(database, ORGS);
    await loadRates(database, RATES, 'test', WINDOW);
    await ingest(database, PAGES);
    expected = await describeDeals(database);
  });
  afterAll(async () => backend?.cleanup());

  it('counts the transactions a reader would count', async () => {
    expect(expected).toHaveLength(7);
    const oracle = expected.find((d) => d.provider === 'Oracle')!;
    expect(oracle).toMatchObject({ reports: 3, outlets: 3, status: 'signed', amount: '10200000000.000000', duration_months: '60', first_reported_on: '2025-03-10', last_reported_on: '2025-03-12' });
    const cw = expected.filter((d) => d.provider === 'CoreWeave');
    expect(cw.map((d) => [d.status, d.reports, d.expands])).toEqual([
      ['signed', 2, null],
      ['expanded', 1, cw[0]!.key],
    ]);
    expect(cw[0]!.history).toEqual([['rumored', '2025-01-05', 'https://wire.test/cw-talks'], ['signed', '2025-02-20', 'https://daily.test/cw-signed']]);
    expect(expected.filter((d) => d.buyer === 'OpenAI' && d.provider !== 'Oracle').map((d) => d.amount)).toEqual(['38000000000.000000', '3000000000.000000']);
  });

  it('converts at the month it was announced, and says when the month is past the data', async () => {
    const rows = await q<{ currency: string; amount_usd: string; fx_month: string; fx_estimated: boolean }>(
      sql`SELECT currency, amount_usd::text AS amount_usd, fx_month::text AS fx_month, fx_estimated FROM deals WHERE currency <> 'USD' ORDER BY currency`,
    );
    expect(rows).toEqual([
      { currency: 'EUR', amount_usd: (1e9 / 0.9264).toFixed(6), fx_month: '2024-06-01', fx_estimated: false },
      { currency: 'KRW', amount_usd: '1000000000.000000', fx_month: '2024-11-01', fx_estimated: false },
    ]);
    const totals = await q<{ buyer: string; deals: number; total_usd: string }>(sql`SELECT buyer, deals::int AS deals, total_usd::text AS total_usd FROM deal_totals_by_buyer WHERE buyer = 'OpenAI'`);
    expect(totals).toEqual([{ buyer: 'OpenAI', deals: 3, total_usd: '51200000000.000000' }]);
  });

  it('gives the same deals whatever order the articles arrive in', async () => {
    for (const seed of [7, 42]) {
      await reset(database);
      await ingest(database, shuffled(PAGES, seed));
      expect(await describeDeals(database)).toEqual(expected);
    }
  });

  it('rebuild gives the rows the incremental path gave, from scratch too', async () => {
    const before = await describeDeals(database);
    const ids = async () => (await q<{ id: string }>(sql`SELECT id::text FROM deals ORDER BY id`)).map((r) => r.id);
    const idsBefore = await ids();
    expect(await database.transaction((tx) => rebuildDeals(tx, WINDOW))).toEqual({ deals: 7, reports: 10 });
    expect(await describeDeals(database)).toEqual(before);
    expect(await ids()).toEqual(idsBefore);
    await q(sql`DELETE FROM deals`);
    await database.transaction((tx) => rebuildDeals(tx, WINDOW));
    expect(await describeDeals(database)).toEqual(before);
    expect(before).toEqual(expected);
  });

  it('two workers saving the same articles at once make no duplicates', async () => {
    await reset(database);
    const other = await backend.another();
    const order = shuffled(PAGES, 3);
    await Promise.all([ingest(database, order), ingest(other, [...order].reverse())]);
    expect(await describeDeals(database)).toEqual(expected);
    await reset(database);
    // Each worker saves different articles of the same deals, at the same moment.
    await Promise.all([ingest(database, PAGES.filter((_, i) => i % 2 === 0)), ingest(other, PAGES.filter((_, i) => i % 2 === 1))]);
    expect(await describeDeals(database)).toEqual(expected);
  });

  it('a save writes only the deals its reports change, not every deal of the pair', async () => {
    // xmin: the transaction that last wrote the row (a rewrite in place changes it too).
    const versions = async () =>
      new Map((await q<{ id: string; xmin: string; history: string }>(
        sql`SELECT d.id::text, d.xmin::text, (SELECT string_agg(h.xmin::text, ',' ORDER BY h.id) FROM deal_status_history h WHERE h.deal_id = d.id) AS history FROM deals d`,
      )).map((r) => [r.id, `${r.xmin}/${r.history}`]));
    const before = await versions();
    const expansion = PAGES[5]!;
    const { article } = await upsertArticle(database, { url: expansion.url });
    await saveExtraction(database, { articleId: article.id, snapshotId: null, extraction: extraction(expansion), knownOrganizationIds: ORG_IDS, dealWindowDays: WINDOW.windowDays });
    const after = await versions();
    const now = await describeDeals(database);
    expect(now).toEqual(expected);
    const rewritten = [...after].filter(([id, v]) => before.get(id) !== v).map(([id]) => id);
    // Only the expansion's own deal took the new report; the signed deal it expands stays as stored.
    expect(rewritten).toHaveLength(1);
    const [expanded] = await q<{ id: string }>(sql`SELECT id::text FROM deals WHERE status = 'expanded'`);
    expect(rewritten).toEqual([expanded!.id]);
  });

  it('re-extraction moves a report, and a deal left with no report disappears', async () => {
    const reextract = async (page: Page, deals: Deal[]) => {
      const { article } = await upsertArticle(database, { url: page.url });
      await saveExtraction(database, { articleId: article.id, snapshotId: null, extraction: extraction(page, deals), knownOrganizationIds: ORG_IDS });
    };
    const amazon3 = PAGES[7]!;
    const aws38 = PAGES[6]!;
    // The $3 billion article now reads $38 billion: it joins the other deal.
    await reextract(amazon3, [deal({ provider: 'Amazon', provider_org_id: 'amazon', value: usd(38e9) })]);
    let now = await describeDeals(database);
    expect(now).toHaveLength(6);
    expect(now.find((d) => d.amount === '38000000000.000000')!.reports).toBe(2);
    // Both articles lose their deal: it disappears, and no report points at a deal.
    await reextract(amazon3, []);
    await reextract(aws38, []);
    now = await describeDeals(database);
    expect(now).toHaveLength(5);
    expect(now.some((d) => d.provider === 'Amazon Web Services' || d.provider === 'Amazon')).toBe(false);
    const [{ n }] = (await q<{ n: number }>(sql`SELECT count(*)::int AS n FROM deal_reports r JOIN extractions e ON e.id = r.extraction_id WHERE NOT e.is_current AND r.deal_id IS NOT NULL`)) as [{ n: number }];
    expect(n).toBe(0);
  });

  it('merges and splits survive rebuilds and re-extraction', async () => {
    await reset(database);
    await ingest(database, PAGES);
    const ids = async (provider: string) => (await q<{ id: string }>(sql`SELECT id::text FROM current_deals WHERE provider = ${provider} ORDER BY first_reported_on`)).map((r) => Number(r.id));
    const [signed, expansion] = await ids('CoreWeave');
    const merged = await mergeDeals(database, [signed!, expansion!], WINDOW);
    expect(await ids('CoreWeave')).toEqual([merged]);
    const [oracle] = await ids('Oracle');
    const [weekly] = await q<{ id: string }>(sql`SELECT id::text FROM current_deal_reports WHERE url = 'https://weekly.test/oracle'`);
    await splitDeal(database, oracle!, Number(weekly!.id), WINDOW);
    expect(await ids('Oracle')).toHaveLength(2);

    await database.transaction((tx) => rebuildDeals(tx, WINDOW));
    const { article } = await upsertArticle(database, { url: PAGES[2]!.url });
    await saveExtraction(database, { articleId: article.id, snapshotId: null, extraction: extraction(PAGES[2]!), knownOrganizationIds: ORG_IDS });
    expect(await ids('CoreWeave')).toHaveLength(1);
    expect(await ids('Oracle')).toHaveLength(2);
    const rebuilt = await describeDeals(database);
    await database.transaction((tx) => rebuildDeals(tx, WINDOW));
    expect(await describeDeals(database)).toEqual(rebuilt);

    const [coreweave] = await ids('CoreWeave');
    const [oracleNow] = await ids('Oracle');
    await expect(mergeDeals(database, [oracleNow!, 999_999], WINDOW)).rejects.toThrow(/^no deal 999999:/);
    await expect(mergeDeals(database, [coreweave!, oracleNow!], WINDOW)).rejects.toThrow(/different buyers or providers/);
  });
});
