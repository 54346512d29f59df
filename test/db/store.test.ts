// The same schema, migrations and writes on PostgreSQL and on embedded PGlite.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSnapshot, upsertArticle } from '../../db/articles';
import { openDatabase, selectRows, type Database } from '../../db/client';
import { listDeals } from '../../db/deals';
import { loadExtractionInput, saveExtraction, saveFetchedExtraction } from '../../db/extractions';
import { syncOrganizations } from '../../db/organizations';
import { sql } from 'drizzle-orm';
import type { Extraction } from '../../extractors/types';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres';

const ORGS = [
  { id: 'amazon', name: 'Amazon', kind: 'hyperscaler', parent: null, aliases: ['Amazon.com'] },
  { id: 'amazon-web-services', name: 'Amazon Web Services', kind: 'cloud', parent: 'amazon', aliases: ['AWS'] },
  { id: 'openai', name: 'OpenAI', kind: 'lab', parent: null, aliases: [] },
];

function sampleExtraction(amountExact: string, version = '9.9.9'): Extraction {
  const body = 'OpenAI signed a seven-year, $38 billion deal with AWS.';
  return {
    extractor_version: version,
    article: {
      url: 'https://news.test/a', canonical_url: 'https://news.test/a', title: 'A deal', published: '2025-11-03',
      published_source: 'meta', modified: null, byline: null, site_name: null, language: 'en', body,
    },
    mentions: [
      { kind: 'money', text: '$38 billion', start: 28, end: 39, sentence: 0, amount: Number(amountExact), amount_exact: amountExact, currency: 'USD', qualifier: 'exact', role: 'deal_value' },
      { kind: 'duration', text: 'seven-year', start: 16, end: 26, sentence: 0, months: 84, role: 'deal_term' },
      { kind: 'organization', text: 'AWS', start: 50, end: 53, sentence: 0, name: 'Amazon Web Services', org_id: 'amazon-web-services' },
    ],
    deals: [
      {
        buyer: 'OpenAI', provider: 'AWS', buyer_org_id: 'openai', provider_org_id: 'amazon-web-services', kind: 'cloud_compute',
        value: { amount: Number(amountExact), amount_exact: amountExact, currency: 'USD', qualifier: 'exact' },
        duration_months: 84, capacity_mw: null, status: 'signed', evidence: body, evidence_span: { start: 0, end: body.length },
        confidence: 0.9, confidence_reasons: ['deal verb in sentence'],
      },
    ],
  };
}

const backends: [string, () => Promise<{ database: Database; cleanup: () => Promise<void> }>][] = [
  [
    'postgres',
    async () => {
      const testDb: TestDatabase = await createTestDatabase('store');
      const database = await openDatabase({ databaseUrl: testDb.url, dataDir: '' });
      return { database, cleanup: async () => { await database.close(); await testDb.drop(); } };
    },
  ],
  [
    'pglite',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealdb-store-'));
      const database = await openDatabase({ dataDir: dir });
      return { database, cleanup: async () => { await database.close(); fs.rmSync(dir, { recursive: true, force: true }); } };
    },
  ],
];

describe.each(backends)('store on %s', (_name, open) => {
  let database: Database;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ database, cleanup } = await open());
    await database.migrate();
    await database.migrate(); // a second run applies nothing and fails nothing
    await syncOrganizations(database, ORGS);
  });
  afterAll(async () => cleanup?.());

  it('creates the tables and views analysts query', async () => {
    const rows = await selectRows<{ name: string }>(
      database.db,
      sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'articles', 'current_deals', 'current_figures', 'deal_totals_by_buyer', 'deal_totals_by_provider', 'deal_reports', 'deal_status_history', 'deals', 'fx_rates',
        'extractions', 'figures_by_role', 'mentions', 'organization_aliases', 'organizations', 'snapshots', 'sources',
      ]),
    );
  });

  it('mirrors the gazetteer once, with aliases', async () => {
    await syncOrganizations(database, ORGS);
    const { rows } = await database.rawQuery(`SELECT o.name FROM organization_aliases a JOIN organizations o ON o.id = a.organization_id WHERE lower(a.alias) = 'aws'`);
    expect(rows).toEqual([{ name: 'Amazon Web Services' }]);
    const { rows: count } = await database.rawQuery('SELECT count(*)::int AS n FROM organizations');
    expect(count[0]).toEqual({ n: 3 });
  });

  it('keeps one article per URL and one snapshot per distinct body', async () => {
    const first = await upsertArticle(database, { url: 'https://news.test/a' });
    const again = await upsertArticle(database, { url: 'https://news.test/a' });
    expect(first.created).toBe(true);
    expect(again.created).toBe(false);
    expect(again.article.id).toBe(first.article.id);
    const snap = { finalUrl: 'https://news.test/a', contentHash: 'h1', body: new Uint8Array([1, 2, 3]), byteLength: 3, fetchedAt: new Date() };
    const s1 = await saveSnapshot(database, first.article.id, snap);
    // Fetched again within the same millisecond: the fetch time still moves on (it names the extract job).
    const s2 = await saveSnapshot(database, first.article.id, { ...snap, fetchedAt: new Date(snap.fetchedAt) });
    expect(s1).toEqual({ id: s1.id, created: true, fetchedAt: snap.fetchedAt, status: null });
    expect(s2).toEqual({ id: s1.id, created: false, fetchedAt: new Date(snap.fetchedAt.getTime() + 1), status: null });
  });

  it('stores money exactly and shows only the current extraction', async () => {
    const { article } = await upsertArticle(database, { url: 'https://news.test/a' });
    const exact = '123456789012345678.25'; // beyond float precision
    await saveExtraction(database, { articleId: article.id, snapshotId: null, extraction: sampleExtraction(exact, '1.0.0'), knownOrganizationIds: new Set(ORGS.map((o) => o.id)) });
    const { id: secondId } = await saveExtraction(database, { articleId: article.id, snapshotId: null, extraction: sampleExtraction('38000000000', '2.0.0'), knownOrganizationIds: new Set(ORGS.map((o) => o.id)) });

    const { rows: kept } = await database.rawQuery(`SELECT amount::text AS amount FROM deal_reports ORDER BY id`);
    expect(kept.map((r) => r.amount)).toEqual(['123456789012345678.250000', '38000000000.000000']);
    const { rows: figures } = await database.rawQuery(`SELECT kind, amount::text AS amount, months::text AS months, organization_id FROM mentions ORDER BY id`);
    expect(figures.slice(0, 3)).toEqual([
      { kind: 'money', amount: '123456789012345678.250000', months: null, organization_id: null },
      { kind: 'duration', amount: null, months: '84', organization_id: null },
      { kind: 'organization', amount: null, months: null, organization_id: 'amazon-web-services' },
    ]);
    expect((await loadExtractionInput(database, article.id))?.current?.id).toBe(secondId);

    const current = await listDeals(database);
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ buyer: 'OpenAI', provider: 'Amazon Web Services', amount: '38000000000.000000', currency: 'USD', duration_months: '84' });
    expect(await listDeals(database, { provider: 'amazon web services' })).toHaveLength(1);
    expect(await listDeals(database, { buyer: 'AWS' })).toHaveLength(0);
    expect(await listDeals(database, { since: '2026-01-01' })).toHaveLength(0);

    const { rows: byRole } = await database.rawQuery(`SELECT role, count(*)::int AS n FROM figures_by_role GROUP BY role ORDER BY role`);
    expect(byRole).toEqual([{ role: 'deal_term', n: 1 }, { role: 'deal_value', n: 1 }]);
  });

  it('refuses writes in read-only queries, even a second statement', async () => {
    await expect(database.rawQuery(`DELETE FROM deal_reports`)).rejects.toThrow(/read-only/);
    await expect(database.rawQuery(`SELECT 1; DELETE FROM deal_reports`)).rejects.toThrow();
    const { rows } = await database.rawQuery(`SELECT count(*)::int AS n FROM deal_reports`);
    expect(rows[0]).toEqual({ n: 2 });
  });

  it('saves a fetched page with its extraction in one go, leaving what saving them one after the other leaves', async () => {
    const { article } = await upsertArticle(database, { url: 'https://news.test/fold' });
    const orgIds = new Set(ORGS.map((o) => o.id));
    const page = (hash: string) => ({ finalUrl: 'https://news.test/fold', contentHash: hash, body: new Uint8Array([1]), byteLength: 1, fetchedAt: new Date() });
    const save = (hash: string, extraction: Extraction) => saveFetchedExtraction(database, { articleId: article.id, snapshot: page(hash), extraction, knownOrganizationIds: orgIds });
    const facts = async () => {
      const { rows } = await database.rawQuery(
        `SELECT a.status, e.id::int AS current, e.snapshot_id::int AS snapshot,
                (SELECT count(*)::int FROM extractions x WHERE x.article_id = a.id) AS extractions,
                (SELECT count(*)::int FROM deal_reports r WHERE r.extraction_id = e.id) AS reports
         FROM articles a LEFT JOIN extractions e ON e.article_id = a.id AND e.is_current WHERE a.id = ${article.id}`,
      );
      return rows[0];
    };
    const withDeal = sampleExtraction('38000000000');
    const first = await save('f1', withDeal);
    expect(first.snapshot.created).toBe(true);
    expect(first.newestSnapshotId).toBe(first.snapshot.id);
    expect(await facts()).toEqual({ status: 'extracted', current: first.id, snapshot: first.snapshot.id, extractions: 1, reports: 1 });

    // A copy of the job with the same bytes: the snapshot is refreshed, the extraction is the answer.
    const again = await save('f1', withDeal);
    expect(again).toMatchObject({ id: first.id, newestSnapshotId: first.snapshot.id, snapshot: { id: first.snapshot.id, created: false } });
    expect(again.snapshot.fetchedAt.getTime()).toBeGreaterThan(first.snapshot.fetchedAt.getTime());
    expect(await facts()).toEqual({ status: 'extracted', current: first.id, snapshot: first.snapshot.id, extractions: 1, reports: 1 });

    // New bytes that state no deal while the current extraction has one: its deal is recomputed in a transaction.
    const noDeal = { ...withDeal, deals: [] };
    const changed = await save('f2', noDeal);
    expect(changed.snapshot.created).toBe(true);
    expect(changed.newestSnapshotId).toBe(changed.snapshot.id);
    expect(await facts()).toEqual({ status: 'extracted', current: changed.id, snapshot: changed.snapshot.id, extractions: 2, reports: 0 });

    // Copies at once (on PostgreSQL they meet in the one-current index): one extraction, all answer with it.
    const copies = await Promise.all(Array.from({ length: 4 }, () => save('f3', withDeal)));
    const [a] = copies;
    for (const c of copies) expect({ id: c.id, snapshot: c.snapshot.id, newest: c.newestSnapshotId }).toEqual({ id: a!.id, snapshot: a!.snapshot.id, newest: a!.snapshot.id });
    expect(await facts()).toEqual({ status: 'extracted', current: a!.id, snapshot: a!.snapshot.id, extractions: 3, reports: 1 });
  });
});
