// Part 7: the web app's server time with 10,000 deals (PostgreSQL and PGlite). Deals are written
// straight into the tables (articles, current extractions, deals of one report each between gazetteer companies over
// three years), then the Overview and Deals pages are requested over HTTP and the server's own
// Server-Timing is read. The reference from the same run is /pipeline (three small queries): the
// floor of a page that reads the database.
import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { dealKinds, dealStatuses } from '../db/schema';
import { ORGANIZATIONS } from '../extractors/orgs';
import { createLogger } from '../src/log';
import { buildWebServer } from '../src/web/server';
import { progress } from './lib/progress';
import { check, type PartResult } from './lib/report';
import { percentile, ratio } from './lib/stats';
import { openBenchStore } from './lib/store';

const DEALS_PER_ARTICLE = 4;
const LIMIT_MS = 200;

const PAGES: { name: string; path: string }[] = [
  { name: 'Overview', path: '/' },
  { name: 'Deals', path: '/deals' },
  { name: 'Deals, filtered + sorted', path: '/deals?q=open&kind=cloud_compute&sort=value&dir=asc' },
  { name: 'Deals, page 40 of 200', path: '/deals?sort=buyer&page=40' },
  { name: 'reference: /pipeline', path: '/pipeline' },
];

/** Writes `count` deals of one report each, DEALS_PER_ARTICLE reports per article, with sums and names spread as real ones are. */
async function seedDeals(database: Database, count: number): Promise<void> {
  const orgs = ORGANIZATIONS.slice(0, 120);
  const articles = Math.ceil(count / DEALS_PER_ARTICLE);
  await database.exclusive(async () => {
    await database.db.execute(sql`INSERT INTO articles (url, status) SELECT 'https://bench.test/story/' || g, 'extracted' FROM generate_series(1, ${articles}) g`);
    await database.db.execute(
      sql`INSERT INTO extractions (article_id, extractor_version, is_current, title, published, site_name, body)
          SELECT id, 'bench', true, 'Story ' || id, date '2023-01-01' + (id * 7919 % 1095)::int, 'Bench Wire',
                 'A company signed a deal with another company for a sum of money over some years. ' || repeat('More text. ', 40)
          FROM articles WHERE url LIKE 'https://bench.test/%'`,
    );
    const extractions = (await database.db.execute(sql`SELECT id, published::text AS published FROM extractions WHERE extractor_version = 'bench' ORDER BY id`)) as unknown as {
      rows: { id: number | string; published: string }[];
    };
    const rows = [];
    for (let i = 0; i < count; i++) {
      const e = extractions.rows[Math.floor(i / DEALS_PER_ARTICLE)]!;
      const buyer = orgs[(i * 37) % orgs.length]!;
      const provider = orgs[(i * 53 + 11) % orgs.length]!;
      rows.push({
        extraction_id: Number(e.id), buyer_name: buyer.name, provider_name: provider.name, buyer_id: buyer.id, provider_id: provider.id,
        kind: dealKinds[i % dealKinds.length], amount: String(((i * 7919) % 500) * 1e8 + 1e8), currency: i % 10 === 0 ? 'EUR' : 'USD',
        duration_months: (i % 12) * 12 || null, capacity_mw: i % 3 === 0 ? (i % 50) * 20 + 100 : null, status: dealStatuses[i % dealStatuses.length],
        announced_on: e.published, evidence: 'A company signed a deal with another company for a sum of money over some years.',
      });
    }
    // A deal and its one report per row: the deal as consolidation would derive it from that report.
    for (let i = 0; i < rows.length; i += 2000) {
      const batch = sql`jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 2000).map((r, j) => ({ ...r, n: i + j })))}::jsonb) AS x(n int, extraction_id bigint,
                 buyer_name text, provider_name text, buyer_id text, provider_id text, kind text, amount numeric, currency text, duration_months numeric,
                 capacity_mw numeric, status text, announced_on date, evidence text)`;
      // Bench rates: EUR at 0.9 per dollar.
      const usd = sql.raw(`CASE WHEN x.currency = 'USD' THEN x.amount ELSE round(x.amount / 0.9, 6) END`);
      await database.db.execute(
        sql`INSERT INTO deals (pair_key, buyer_name, provider_name, buyer_id, provider_id, kind, amount, currency, qualifier, duration_months, capacity_mw,
                               status, announced_on, first_reported_on, last_reported_on, report_count, outlet_count, amount_usd)
            SELECT 'bench-' || x.n, x.buyer_name, x.provider_name, x.buyer_id, x.provider_id, x.kind, x.amount, x.currency, 'exact', x.duration_months,
                   x.capacity_mw, x.status, x.announced_on, x.announced_on, x.announced_on, 1, 1, ${usd}
            FROM ${batch}`,
      );
      await database.db.execute(
        sql`INSERT INTO deal_reports (extraction_id, buyer_name, provider_name, buyer_id, provider_id, kind, amount, currency, qualifier, duration_months,
                               capacity_mw, status, announced_on, evidence, evidence_start, evidence_end, confidence, confidence_reasons, deal_id, pair_key, amount_usd)
            SELECT x.extraction_id, x.buyer_name, x.provider_name, x.buyer_id, x.provider_id, x.kind, x.amount, x.currency, 'exact', x.duration_months,
                   x.capacity_mw, x.status, x.announced_on, x.evidence, 0, 80, 0.8, '[]'::jsonb, d.id, d.pair_key, ${usd}
            FROM ${batch} JOIN deals d ON d.pair_key = 'bench-' || x.n`,
      );
    }
    await database.db.execute(sql`ANALYZE`);
  });
}

async function measurePages(database: Database, requests: number): Promise<{ name: string; median: number; p95: number }[]> {
  const app = buildWebServer(database, createLogger('warn'));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  try {
    const results = [];
    for (const p of PAGES) {
      const times: number[] = [];
      // Two warm-up requests: the first plans the queries and fills caches.
      for (let i = 0; i < requests + 2; i++) {
        const res = await fetch(`${origin}${p.path}`);
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${p.path} answered ${res.status}`);
        const dur = /dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
        if (i >= 2 && dur) times.push(Number(dur[1]));
      }
      results.push({ name: p.name, median: percentile(times, 50), p95: percentile(times, 95) });
    }
    return results;
  } finally {
    await app.close();
  }
}

export async function benchServe({ quick }: { quick: boolean }): Promise<PartResult> {
  const started = performance.now();
  const count = quick ? 500 : 10_000;
  const requests = quick ? 5 : 30;
  const rows = [];
  const checks = [];
  const data: Record<string, unknown> = { deals: count, requests };
  for (const kind of ['postgres', 'pglite'] as const) {
    progress(`serve: ${count} deals into ${kind}, ${requests} requests per page`);
    const store = await openBenchStore(kind);
    try {
      await seedDeals(store.database, count);
      const measured = await measurePages(store.database, requests);
      data[kind] = measured;
      const floor = measured[measured.length - 1]!.median;
      for (const m of measured) rows.push([`${kind}: ${m.name}`, m.median, m.p95, ratio(m.median, floor)]);
      for (const m of measured.filter((x) => x.name === 'Overview' || x.name === 'Deals')) {
        checks.push(check(`${kind} ${m.name} p95 server ms (${count} deals)`, m.p95, '<=', LIMIT_MS));
      }
    } finally {
      await store.dispose();
    }
  }
  return {
    part: 'serve',
    title: `Web app server time (Server-Timing) with ${count} deals, ${requests} requests per page after 2 warm-up`,
    seconds: (performance.now() - started) / 1000,
    tables: [{ columns: ['page', 'median ms', 'p95 ms', 'median x /pipeline'], rows }],
    checks,
    notes: ['server time is from the request arriving to the answer being sent (Fastify onRequest to onSend), one request at a time'],
    data,
  };
}
