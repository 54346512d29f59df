// `dealdb serve` over real HTTP on PostgreSQL and on PGlite: every page reachable from /, the API's
// shapes against the CLI's (`deals --json`, `--csv`, `--reports --json`, `show ID --json`), filters, sorting and paging, the 400s, escaping and the read-only guard.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countQueueJobs, openQueues, QUEUE_NAMES } from '../../jobs/queues';
import { loadConfig } from '../../src/config';
import { PROJECT_ROOT, runCli } from '../helpers/cli';
import { HOSTILE_BUYER, HOSTILE_MARKUP, HOSTILE_PROVIDER, openWebStore, startWebServer, type WebStore } from '../helpers/web-store';

const REDIS_URL = process.env.DEALDB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Every kind of route; the crawl from / must reach one of each. */
const ROUTES = [/^\/$/, /^\/deals$/, /^\/deals\?/, /^\/deals\/\d+$/, /^\/companies\/[a-z0-9-]+$/, /^\/figures/, /^\/pipeline$/, /^\/api$/, /^\/api\/deals/, /^\/deals\.csv/, /^\/deals\.jsonl/];

const BAD_REQUESTS: [string, RegExp][] = [
  ['/deals?kind=spaceships', /"kind" must be one of cloud_compute/],
  ['/deals?status=maybe', /"status" must be one of/],
  ['/deals?from=2025-02-30', /"from" expects a date as YYYY-MM-DD/],
  ['/deals?to=yesterday', /"to" expects a date/],
  ['/deals?from=2025-06-01&to=2025-01-01', /"from" \(2025-06-01\) is after "to"/],
  ['/deals?min=-5', /"min" expects an amount in USD/],
  ['/deals?min=1e9', /"min" expects an amount in USD/],
  ['/deals?sort=price', /"sort" must be one of date, buyer/],
  ['/deals?dir=up', /"dir" must be one of asc, desc/],
  ['/deals?page=0', /"page" must be at least 1/],
  ['/deals?page=two', /"page" expects a whole number/],
  ['/deals?size=201', /"size" must be at most 200/],
  ['/deals?buyer=a&buyer=b', /"buyer" is given more than once/],
  [`/deals?q=${'x'.repeat(201)}`, /"q" at most 200 characters/],
  ['/deals?colour=red', /unknown parameter "colour"; this page takes buyer, provider/],
  ['/deals.csv?kind=nope', /"kind" must be one of/],
  ['/deals.jsonl?size=0', /"size" must be at least 1/],
  ['/deals/abc', /a deal id is a positive whole number/],
  ['/deals/0', /a deal id is a positive whole number/],
  ['/deals/1?x=1', /unknown parameter "x"; this page takes none/],
  ['/companies/Not%20A%20Slug', /a company id is a slug/],
  ['/figures?role=guess', /"role" must be one of deal_value/],
  ['/figures?kind=organization', /"kind" must be one of money, duration, power/],
  ['/?page=2', /unknown parameter "page"/],
  ['/pipeline?all=1', /unknown parameter "all"/],
  ['/api/deals?kind=spaceships', /"kind" must be one of/],
  ['/api/deals?size=1000', /"size" must be at most 200/],
  ['/api/deals/-1', /a deal id is a positive whole number/],
  ['/api/companies/UPPER', /a company id is a slug/],
  ['/api/figures?page=x', /"page" expects a whole number/],
];

const NOT_FOUND = ['/deals/999999', '/companies/no-such-company', '/api/deals/999999', '/api/companies/no-such-company', '/no/such/page', '/assets/nothing.js'];

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function links(page: string): string[] {
  return [...page.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).filter((h) => h.startsWith('/'));
}

describe.each(['postgres', 'pglite'] as const)('dealdb serve on %s', (kind) => {
  let store: WebStore;
  let server: { origin: string; close(): Promise<void> };
  const get = (p: string) => fetch(`${server.origin}${p}`);
  const api = async (p: string) => {
    const res = await get(p);
    expect(res.status, p).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    return (await res.json()) as any;
  };

  beforeAll(async () => {
    store = await openWebStore(kind);
    server = await startWebServer(store.database);
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('reaches every kind of page by links from /, each 200, with no hostile markup unescaped', async () => {
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    let pagesRead = 0;
    while (queue.length && pagesRead < 400) {
      const p = queue.shift()!;
      const res = await get(p);
      pagesRead++;
      expect(res.status, p).toBe(200);
      const type = res.headers.get('content-type') ?? '';
      const text = await res.text();
      if (!type.startsWith('text/html')) {
        expect(type, p).toMatch(/^(application\/json|text\/csv|application\/x-ndjson|text\/css|text\/javascript)/);
        continue;
      }
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      for (const markup of HOSTILE_MARKUP) expect(text, `${p} holds ${markup}`).not.toMatch(markup);
      for (const href of links(text)) if (!seen.has(href)) seen.add(href), queue.push(href);
    }
    const missing = ROUTES.filter((r) => ![...seen].some((p) => r.test(p)));
    expect(missing, `routes not linked from /: ${missing.join(' ')}`).toEqual([]);
    // The hostile rows are on the pages, escaped.
    const deals = await (await get(`/deals?q=${encodeURIComponent('onerror')}`)).text();
    expect(deals).toContain('&lt;img src=x onerror=&quot;window.__pwned=&#39;buyer&#39;&quot;&gt;');
    const overview = await (await get('/')).text();
    expect(overview).toContain('Evil &lt;script&gt;');
    // ... and in the JSON for the charts, where "<" cannot close the script element.
    expect(overview).toContain('Evil \\u003cscript>');
  });

  it('counts and sums the overview from the deals, each transaction once, in US dollars', async () => {
    const page = await (await get('/')).text();
    const charts = JSON.parse(/<script type="application\/json" id="chart-data">(.*?)<\/script>/s.exec(page)![1]!);
    const deals = (await api('/api/deals?size=200')).deals as any[];
    const reports = deals.reduce((s, d) => s + d.reports, 0);
    expect(reports).toBe(store.cliReports.length);
    expect(reports).toBeGreaterThan(deals.length);
    expect(page).toContain(`<b>${deals.length}</b> deals`);
    expect(page).toContain(`<b>${reports}</b> reports`);
    expect(page).toMatch(/<b>8<\/b> articles.*<b>1<\/b> failures/s);
    const usd = deals.filter((d) => d.amount_usd !== null && d.first_reported_on);
    const total = (list: any[]) => list.reduce((s, d) => s + d.amount_usd, 0);
    // Sums of converted amounts (six decimals) in floating point: equal to the cent.
    const near = (a: number, b: number) => expect(Math.abs(a - b), `${a} vs ${b}`).toBeLessThan(0.01);
    const byMonth = charts.find((c: any) => c.id === 'chart-usd-by-month');
    near(byMonth.series.flatMap((s: any) => s.values).reduce((a: number, b: number) => a + b, 0), total(usd));
    const buyers = charts.find((c: any) => c.id === 'chart-top-buyers');
    near(buyers.values[0], Math.max(...buyers.x.map((b: string) => total(usd.filter((d) => d.buyer === b)))));
    const mw = charts.find((c: any) => c.id === 'chart-mw-by-month');
    expect(mw.values.reduce((a: number, b: number) => a + b, 0)).toBe(deals.reduce((s, d) => s + (d.first_reported_on ? d.capacity_mw ?? 0 : 0), 0));
  });

  it('answers /api/deals with the objects `dealdb deals --json` prints, plus the parties\' gazetteer ids', async () => {
    const body = await api('/api/deals?size=200');
    expect(body.total).toBe(store.cliDeals.length);
    expect(body.deals.length).toBe(store.cliDeals.length);
    expect(body.deals.some((d: any) => d.provider_id === 'amazon-web-services')).toBe(true);
    const strip = ({ buyer_id, provider_id, ...rest }: Record<string, unknown>) => {
      expect(buyer_id === null || typeof buyer_id === 'string').toBe(true);
      expect(provider_id === null || typeof provider_id === 'string').toBe(true);
      return rest;
    };
    const sorted = (list: Record<string, any>[]) => [...list].sort((a, b) => a.id - b.id);
    expect(sorted(body.deals.map(strip))).toEqual(sorted(store.cliDeals));
  });

  it('downloads the current filter as the CLI CSV and JSON Lines', async () => {
    const csv = await get('/deals.csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (t: string) => t.trim().split('\n');
    const [header, ...rows] = lines(await csv.text());
    const [cliHeader, ...cliRows] = lines(store.cliCsv);
    expect(header).toBe(cliHeader);
    expect(rows.sort()).toEqual(cliRows.sort());
    const jsonl = await get('/deals.jsonl?buyer=OpenAI');
    const deals = (await jsonl.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(deals.length).toBeGreaterThan(0);
    expect(deals.every((d) => d.buyer === 'OpenAI')).toBe(true);
    expect(deals).toEqual(expect.arrayContaining(store.cliDeals.filter((d) => d.buyer === 'OpenAI')));
  });

  it('filters by buyer or provider under any alias, kind, status, dates, minimum USD and free text', async () => {
    const all = (await api('/api/deals?size=200')).deals as any[];
    const count = async (q: string) => (await api(`/api/deals?${q}`)).total as number;
    expect(await count('provider=AWS')).toBe(all.filter((d) => d.provider === 'Amazon Web Services').length);
    expect(await count('provider=AWS')).toBeGreaterThan(0);
    expect(await count('provider=amazon%20web%20services')).toBe(await count('provider=AWS'));
    expect(await count('kind=power')).toBe(all.filter((d) => d.kind === 'power').length);
    expect(await count('status=signed')).toBe(all.filter((d) => d.status === 'signed').length);
    expect(await count('from=2025-01-01')).toBe(all.filter((d) => d.first_reported_on >= '2025-01-01').length);
    expect(await count('to=2024-12-31')).toBe(all.filter((d) => d.first_reported_on && d.first_reported_on <= '2024-12-31').length);
    expect(await count('min=50000000000')).toBe(all.filter((d) => d.amount_usd !== null && d.amount_usd >= 5e10).length);
    expect(await count('min=50000000000')).toBeLessThan(all.length);
    expect(await count('q=script')).toBe(1);
    expect(await count('q=%25')).toBe(0);
    expect((await api(`/api/deals?buyer=${encodeURIComponent(HOSTILE_BUYER)}`)).deals[0].provider).toBe(HOSTILE_PROVIDER);
  });

  it('sorts by every column both ways and pages', async () => {
    for (const sort of ['date', 'buyer', 'provider', 'kind', 'value', 'usd', 'months', 'mw', 'status', 'reports', 'outlets']) {
      const asc = (await api(`/api/deals?sort=${sort}&dir=asc&size=200`)).deals.map((d: any) => d.id);
      const desc = (await api(`/api/deals?sort=${sort}&dir=desc&size=200`)).deals.map((d: any) => d.id);
      expect(asc.length, sort).toBe(desc.length);
      expect(asc, sort).not.toEqual(desc);
    }
    const values = (await api('/api/deals?sort=value&dir=desc')).deals.filter((d: any) => d.value).map((d: any) => d.value.amount);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    const usd = (await api('/api/deals?sort=usd&dir=desc')).deals.filter((d: any) => d.amount_usd !== null).map((d: any) => d.amount_usd);
    expect(usd).toEqual([...usd].sort((a, b) => b - a));
    const reports = (await api('/api/deals?sort=reports&dir=desc&size=200')).deals.map((d: any) => d.reports);
    expect(reports).toEqual([...reports].sort((a, b) => b - a));
    const first = await api('/api/deals?size=2&page=1');
    const second = await api('/api/deals?size=2&page=2');
    expect(first.deals.length).toBe(2);
    expect(second.page).toBe(2);
    expect(second.deals[0].id).not.toBe(first.deals[0].id);
    expect(second.total).toBe(first.total);
    expect(await api('/api/deals?size=2&page=999')).toMatchObject({ total: first.total, deals: [] });
    const html = await (await get('/deals?size=2')).text();
    expect(html).toContain('href="/deals?page=2&amp;size=2" rel="next"');
  });

  it('answers /api/deals/ID with what `dealdb deals show ID --json` prints, each report with its evidence span and figures', async () => {
    const show = store.cliShow;
    expect(show.reports).toBeGreaterThan(1);
    const detail = await api(`/api/deals/${show.id}`);
    const { buyer_id, provider_id, deal_reports, ...deal } = detail;
    const { deal_reports: cliReports, ...cliDeal } = show;
    expect(deal).toEqual(cliDeal);
    expect(deal.history.length).toBeGreaterThan(0);
    expect(deal_reports.length).toBe(show.reports);
    expect(deal_reports.map(({ evidence_span, confidence_reasons, figures, ...r }: any) => r)).toEqual(cliReports);
    for (const r of deal_reports) {
      expect(r.evidence_span.end, `report ${r.id}`).toBeGreaterThan(r.evidence_span.start);
      expect(r.figures.length, `report ${r.id}`).toBeGreaterThan(0);
    }
  });

  it('shows a deal: its fields, status history, every report with outlet, date and link, each evidence marked in its article', async () => {
    const show = store.cliShow;
    const page = await (await get(`/deals/${show.id}`)).text();
    expect(page).toContain(`${show.reports} reports from ${show.outlets} outlet`);
    expect(page.match(/<table class="history">.*?<\/table>/s)![0].match(/<tr><td>/g)!.length).toBe(show.history.length);
    for (const r of show.deal_reports) {
      expect(page).toContain(`id="report-${r.id}"`);
      expect(page).toContain(`<td>${r.published}</td><td>${r.outlet}</td>`);
      // Its link: a local file's URL (these pages are ingested from disk) is text, not an href.
      expect(page).toContain(/^https?:/.test(r.url) ? `href="${escapeHtml(r.url)}"` : `<span>${escapeHtml(r.title ?? r.url)}</span>`);
    }
    // Each report's evidence is highlighted in its article's text.
    expect(page.match(/<div class="article">/g)!.length).toBe(show.reports);
    expect(page.match(/<mark class="evidence">/g)!.length).toBeGreaterThanOrEqual(show.reports);

    const [deal] = (await api('/api/deals?provider=Amazon%20Web%20Services&sort=value')).deals;
    const detail = await api(`/api/deals/${deal.id}`);
    const figures = detail.deal_reports.flatMap((r: any) => r.figures);
    const value = figures.find((f: any) => f.role === 'deal_value' && f.amount === deal.value.amount);
    const awsPage = await (await get(`/deals/${deal.id}`)).text();
    expect(awsPage).toContain(`<mark class="fig deal-figure" data-role="deal_value" title="the deal's value">${value.text}`);
    expect(awsPage).toMatch(/<mark class="fig other-figure role-[a-z_]+"/);
    expect(awsPage).toContain('<mark class="evidence">');
  });

  it('shows a company with its aliases and deals on both sides', async () => {
    const aws = await api('/api/companies/amazon-web-services');
    expect(aws).toMatchObject({ id: 'amazon-web-services', name: 'Amazon Web Services' });
    expect(aws.aliases).toContain('AWS');
    expect(aws.as_provider.length).toBeGreaterThan(0);
    expect(aws.months.length).toBeGreaterThan(0);
    // Totals in US dollars, each transaction once: the deals the CLI lists with AWS as provider.
    const sold = store.cliDeals.filter((d) => d.provider === 'Amazon Web Services');
    expect(aws.totals.as_provider.deals).toBe(sold.length);
    expect(aws.totals.as_provider.valued_deals).toBe(sold.filter((d) => d.amount_usd !== null).length);
    expect(Math.abs(aws.totals.as_provider.total_usd - sold.reduce((s, d) => s + (d.amount_usd ?? 0), 0))).toBeLessThan(0.01);
    const page = await (await get('/companies/amazon-web-services')).text();
    expect(page).toContain('id="as-provider"');
    expect(page).toContain(`/deals/${aws.as_provider[0].id}`);
    expect(page).toMatch(new RegExp(`id="total-as-provider">\\$[\\d.]+ (bn|m|tn) in ${sold.length} deal`));
  });

  it('lists figures by role with their sentences', async () => {
    const all = await api('/api/figures?size=200');
    expect(all.roles.length).toBeGreaterThan(1);
    const revenue = await api('/api/figures?role=revenue');
    expect(revenue.total).toBeGreaterThan(0);
    expect(revenue.figures.every((f: any) => f.role === 'revenue' && f.sentence_text.includes(f.text))).toBe(true);
    expect((await api('/api/figures?kind=power')).figures.every((f: any) => f.kind === 'power' && typeof f.mw === 'number')).toBe(true);
    const page = await (await get('/figures?role=revenue')).text();
    expect(page).toContain(`<mark class="fig" data-role="revenue">${revenue.figures[0].text}</mark>`);
  });

  it('shows the pipeline: articles by status, sources, failures with reasons', async () => {
    const page = await (await get('/pipeline')).text();
    expect(page).toMatch(/<th>failed<\/th><td class="n">1<\/td>/);
    expect(page).toContain('http_404: &lt;script&gt;');
    expect(page).toContain('news.test/feed.xml');
  });

  it('shows the queue counts when Redis is configured', async () => {
    const config = loadConfig({ REDIS_URL: REDIS_URL, DEALDB_QUEUE_PREFIX: `dealdb-web-${randomBytes(4).toString('hex')}` });
    const queues = openQueues({ ...config, redisUrl: config.redisUrl! });
    const withQueues = await startWebServer(store.database, { queueCounts: () => countQueueJobs(queues) });
    try {
      await queues.fetch.add('fetch', { articleId: 1 });
      await queues.fetch.add('fetch', { articleId: 2 });
      const page = await (await fetch(`${withQueues.origin}/pipeline`)).text();
      expect(page).toMatch(/<tr><th>fetch<\/th><td class="n">2<\/td>/);
      expect(page).toMatch(/<tr><th>extract<\/th><td class="n">0<\/td>/);
      expect(await (await get('/pipeline')).text()).toContain('No REDIS_URL: no queues');
    } finally {
      await withQueues.close();
      for (const name of QUEUE_NAMES) await queues[name].obliterate({ force: true });
      await queues.close();
    }
  });

  it.each(BAD_REQUESTS)('answers %s with a 400 that says what is wrong', async (p, message) => {
    const res = await get(p);
    expect(res.status).toBe(400);
    const text = await res.text();
    if (p.startsWith('/api/')) expect(JSON.parse(text).error).toMatch(message);
    else expect(text.replace(/&quot;/g, '"')).toMatch(message);
  });

  it.each(['/api/', '/deals/', '/figures/?role=revenue'])('answers %s as without its trailing slash', async (p) => {
    expect((await get(p)).status).toBe(200);
  });

  it.each(NOT_FOUND)('answers %s with a 404', async (p) => {
    expect((await get(p)).status).toBe(404);
  });

  it('reads through a READ ONLY transaction', async () => {
    await expect(store.database.readOnly((rows) => rows(sql`DELETE FROM articles`))).rejects.toThrow(/read-only transaction/);
    expect((await api('/api/deals')).total).toBeGreaterThan(0);
  });
});

describe('dealdb serve command', () => {
  it('refuses a bad port with exit code 2', async () => {
    const run = await runCli(['serve', '--port', 'eighty']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--port expects a number from 0 to 65535/);
  });

  it('says which port is taken and what to do', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealdb-serve-'));
    try {
      const port = String((taken.address() as { port: number }).port);
      const run = await runCli(['serve', '--port', port], { env: { DEALDB_DATA_DIR: dir } });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port} .*choose another --port or --host`));
    } finally {
      await new Promise((resolve) => taken.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves until SIGTERM and warns when it binds beyond loopback', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealdb-serve-'));
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin/dealdb.js'), 'serve', '--port', '0', '--host', '0.0.0.0'], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', DEALDB_DATA_DIR: dir },
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (c: Buffer) => {
        stdout += c;
        const m = /http:\/\/0\.0\.0\.0:(\d+)/.exec(stdout);
        if (m) resolve(`http://127.0.0.1:${m[1]}`);
      });
      child.on('close', () => reject(new Error(`serve exited early: ${stderr}`)));
    });
    try {
      expect(stderr).toMatch(/warning: listening on 0\.0\.0\.0, reachable from other machines/);
      const res = await fetch(`${url}/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('<b>0</b> deals');
    } finally {
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      child.kill('SIGTERM');
      expect(await closed).toBe(0);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
