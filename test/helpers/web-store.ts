// A database for the web app's tests: the project's deal pages ingested through the CLI, plus rows
// no extractor would write (company names with markup, a javascript: URL, a failure and a source
// whose text is markup) so every page has hostile text to escape. Also what the CLI prints for the
// same rows, to compare the API's shapes with.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { upsertArticle } from '../../db/articles';
import type { Database } from '../../db/client';
import { saveExtraction } from '../../db/extractions';
import { recordArticleFailure } from '../../db/pipeline';
import { insertSource } from '../../db/sources';
import type { Extraction } from '../../extractors/types';
import { loadConfig } from '../../src/config';
import { openStore } from '../../src/context';
import { createLogger } from '../../src/log';
import { buildWebServer, type WebOptions } from '../../src/web/server';
import { jsonLines, PROJECT_ROOT, runCli } from './cli';
import { createTestDatabase } from './postgres';

export const DEAL_PAGES = ['samples/pages', 'test/fixtures/deals', 'test/fixtures/web/hostile.html'].map((p) => path.join(PROJECT_ROOT, p));

/** What the hostile rows say; `window.__pwned` is set if any of it ever runs. */
export const HOSTILE_BUYER = `<img src=x onerror="window.__pwned='buyer'">`;
export const HOSTILE_PROVIDER = `Evil <script>window.__pwned='provider'</script> Cloud`;
const HOSTILE_EVIDENCE = `${HOSTILE_BUYER} agreed to buy $1 billion of compute from ${HOSTILE_PROVIDER} over two years.`;

/** Markup that must never reach a page unescaped (the hostile rows and test/fixtures/web/hostile.html). */
export const HOSTILE_MARKUP = [/<script>window\.__pwned/i, /<img src=x onerror/i, /<svg onload/i, /href="javascript:/i];

export interface WebStore {
  database: Database;
  /** `dealdb deals --json` lines, `dealdb deals --csv` text and `dealdb deals --reports --json` lines, run on the same rows. */
  cliDeals: Record<string, any>[];
  cliCsv: string;
  cliReports: Record<string, any>[];
  /** `dealdb deals show ID --json` of the deal with the most reports. */
  cliShow: Record<string, any>;
  close(): Promise<void>;
}

export async function openWebStore(kind: 'postgres' | 'pglite'): Promise<WebStore> {
  const pg = kind === 'postgres' ? await createTestDatabase('web') : null;
  const dir = pg ? null : fs.mkdtempSync(path.join(os.tmpdir(), 'dealdb-web-'));
  const env = pg ? { DATABASE_URL: pg.url } : { DEALDB_DATA_DIR: dir! };
  const ingest = await runCli(['ingest', ...DEAL_PAGES], { env });
  if (ingest.code !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
  let store = await openStore(loadConfig(env));
  await addHostileRows(store.database, store.organizationIds);
  // PGlite is one process's at a time: the CLI runs while the test holds no connection.
  await store.database.close();
  const cliDeals = jsonLines((await runCli(['deals', '--json'], { env })).stdout);
  const csv = await runCli(['deals', '--csv'], { env });
  const reports = await runCli(['deals', '--reports', '--json'], { env });
  const most = cliDeals.reduce((a, b) => (b.reports > a.reports ? b : a));
  const [cliShow] = jsonLines((await runCli(['deals', 'show', String(most.id), '--json'], { env })).stdout);
  store = await openStore(loadConfig(env));
  return {
    database: store.database,
    cliDeals,
    cliCsv: csv.stdout,
    cliReports: jsonLines(reports.stdout),
    cliShow: cliShow!,
    async close() {
      await store.database.close().catch(() => {});
      if (pg) await pg.drop();
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function addHostileRows(database: Database, organizationIds: Set<string>): Promise<void> {
  const { article } = await upsertArticle(database, { url: `javascript:window.__pwned='url'` });
  const extraction: Extraction = {
    extractor_version: 'test',
    article: {
      url: null, canonical_url: null, title: `Hostile names <script>window.__pwned='title'</script>`, published: '2025-10-20',
      published_source: null, modified: null, byline: null, site_name: null, language: null, body: HOSTILE_EVIDENCE,
    },
    mentions: [{ kind: 'money', text: '$1 billion', start: HOSTILE_EVIDENCE.indexOf('$1'), end: HOSTILE_EVIDENCE.indexOf('$1') + 10, sentence: 0, amount: 1e9, amount_exact: '1000000000', currency: 'USD', qualifier: 'exact', role: 'deal_value' }],
    deals: [
      {
        buyer: HOSTILE_BUYER, provider: HOSTILE_PROVIDER, buyer_org_id: null, provider_org_id: null, kind: 'cloud_compute',
        value: { amount: 1e9, amount_exact: '1000000000', currency: 'USD', qualifier: 'exact' }, duration_months: 24, capacity_mw: null,
        status: 'announced', evidence: HOSTILE_EVIDENCE, evidence_span: { start: 0, end: HOSTILE_EVIDENCE.length }, confidence: 0.5,
        confidence_reasons: [`<script>window.__pwned='reason'</script>`],
      },
    ],
  };
  await saveExtraction(database, { articleId: article.id, snapshotId: null, extraction, knownOrganizationIds: organizationIds });
  const failed = await upsertArticle(database, { url: 'https://news.test/failed-story' });
  await recordArticleFailure(database, failed.article.id, { code: 'http_404', message: `<script>window.__pwned='failure'</script> not found`, attempts: 1, markFailed: true, extractorVersion: 'test' });
  await insertSource(database, { url: `https://news.test/feed.xml?x=<script>window.__pwned='source'</script>`, kind: 'feed', schedule: '1h' });
}

/** The web app on a real port of 127.0.0.1. */
export async function startWebServer(database: Database, options: WebOptions = {}): Promise<{ origin: string; close(): Promise<void> }> {
  const app = buildWebServer(database, createLogger('warn'), options);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  return { origin: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}
