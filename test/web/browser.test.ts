// The web app in a real headless Chromium (Debian's `chromium`, driven by playwright-core; no browser
// download): every kind of page opens without console errors or running hostile markup, charts hold
// drawn data, the filter form and sort links change the rows, the evidence marks the deal's figures.
// A screenshot of each page goes to test-results/web/ for review.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli';
import { HOSTILE_BUYER, openWebStore, startWebServer, type WebStore } from '../helpers/web-store';

const CHROMIUM = process.env.DEALDB_TEST_CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = path.join(PROJECT_ROOT, 'test-results/web');

let store: WebStore;
let server: { origin: string; close(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium; .ci/run does) or set DEALDB_TEST_CHROMIUM`);
  }
  fs.mkdirSync(SHOTS, { recursive: true });
  store = await openWebStore('pglite');
  server = await startWebServer(store.database);
  // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await store?.close();
});

/** Opens a page, and after `check` asserts nothing went to the console as an error and no hostile markup ran. */
async function visit(pathname: string, shot: string, check: (page: Page) => Promise<void>): Promise<void> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
  try {
    const res = await page.goto(`${server.origin}${pathname}`, { waitUntil: 'load' });
    expect(res?.status(), pathname).toBe(200);
    await check(page);
    await page.screenshot({ path: path.join(SHOTS, `${shot}.png`), fullPage: true });
    expect(await page.evaluate(() => (window as any).__pwned), `hostile markup ran on ${pathname}`).toBeUndefined();
    expect(errors, `console errors on ${pathname}`).toEqual([]);
  } finally {
    await page.close();
  }
}

/** Every chart on the page has drawn data: series points in ECharts and coloured pixels on its canvas. */
async function expectChartsDrawn(page: Page, ids: string[]): Promise<void> {
  for (const id of ids) {
    await page.waitForSelector(`#${id}[data-drawn]`, { timeout: 15_000 });
    const drawn = await page.evaluate((chartId) => {
      const el = document.getElementById(chartId)!;
      const chart = (window as any).echarts.getInstanceByDom(el);
      const points = chart.getOption().series.reduce((n: number, s: any) => n + s.data.length, 0);
      const canvas = el.querySelector('canvas')!;
      const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let inked = 0;
      for (let i = 0; i < pixels.length; i += 4) if (pixels[i + 3]! > 0 && (pixels[i]! < 200 || pixels[i + 2]! < 200)) inked++;
      return { points, drawn: Number(el.dataset.drawn), inked };
    }, id);
    expect(drawn.points, id).toBeGreaterThan(0);
    expect(drawn.drawn, id).toBeGreaterThan(0);
    expect(drawn.inked, id).toBeGreaterThan(500);
  }
}

/** Shows the tooltip of every data point of every chart (the company names are in them); returns how many. */
async function hoverEveryPoint(page: Page, ids: string[]): Promise<number> {
  let tips = 0;
  for (const id of ids) {
    const count = await page.evaluate((chartId) => {
      const chart = (window as any).echarts.getInstanceByDom(document.getElementById(chartId));
      return chart.getOption().series.map((s: any) => s.data.length);
    }, id);
    for (let series = 0; series < count.length; series++) {
      for (let dataIndex = 0; dataIndex < count[series]; dataIndex++) {
        await page.evaluate(
          ({ chartId, seriesIndex, i }) => (window as any).echarts.getInstanceByDom(document.getElementById(chartId)).dispatchAction({ type: 'showTip', seriesIndex, dataIndex: i }),
          { chartId: id, seriesIndex: series, i: dataIndex },
        );
        tips++;
      }
    }
  }
  return tips;
}

const rowIds = (page: Page) => page.$$eval('table.deals tbody tr', (rows) => rows.map((r) => r.getAttribute('data-id')));

describe('dealdb serve in Chromium', () => {
  it('draws the overview charts', async () => {
    await visit('/', 'overview', async (page) => {
      const charts = ['chart-usd-by-month', 'chart-mw-by-month', 'chart-top-buyers', 'chart-top-providers', 'chart-flows'];
      await expectChartsDrawn(page, charts);
      // Tooltips hold the hostile names: none may add markup to the page (or break its CSP: a console error).
      expect(await hoverEveryPoint(page, charts)).toBeGreaterThan(10);
      expect(await page.$$eval('.chart img, .chart script, .chart svg', (e) => e.length)).toBe(0);
    });
  });

  it('filters with the form and sorts with the header links', async () => {
    await visit('/deals', 'deals', async (page) => {
      const all = await rowIds(page);
      expect(all.length).toBeGreaterThan(3);
      await page.selectOption('#f-kind', 'cloud_compute');
      await Promise.all([page.waitForURL(/kind=cloud_compute/), page.click('form.filters button[type=submit]')]);
      const kinds = await page.$$eval('table.deals tbody tr td:nth-child(4)', (cells) => cells.map((c) => c.textContent));
      expect(kinds.length).toBeGreaterThan(0);
      expect(kinds.length).toBeLessThan(all.length);
      expect(new Set(kinds)).toEqual(new Set(['cloud_compute']));
      const before = await rowIds(page);
      await Promise.all([page.waitForURL(/sort=value/), page.click('th a[data-sort="value"]')]);
      const desc = await rowIds(page);
      await Promise.all([page.waitForURL(/dir=asc/), page.click('th a[data-sort="value"]')]);
      const asc = await rowIds(page);
      expect(new Set(desc)).toEqual(new Set(before));
      expect(asc).not.toEqual(desc);
      expect(await page.inputValue('#f-kind')).toBe('cloud_compute');
    });
    await visit(`/deals?q=${encodeURIComponent('onerror')}`, 'deals-hostile', async (page) => {
      expect(await page.textContent('table.deals tbody tr td:nth-child(2)')).toBe(HOSTILE_BUYER);
      expect(await page.inputValue('#f-q')).toBe('onerror');
    });
  });

  it("marks the deal's figures in its evidence and the others by role", async () => {
    const [deal] = (await (await fetch(`${server.origin}/api/deals?provider=AWS&sort=value`)).json()).deals;
    await visit(`/deals/${deal.id}`, 'deal', async (page) => {
      const ours = await page.$$eval('.excerpt mark.deal-figure', (m) => m.map((x) => x.getAttribute('data-role')));
      expect(ours).toEqual(expect.arrayContaining(['deal_value', 'deal_term']));
      const others = await page.$$eval('.article mark.other-figure', (m) => m.map((x) => x.getAttribute('data-role')));
      expect(others.length).toBeGreaterThan(0);
      expect(others).not.toContain('deal_value');
      expect(await page.isVisible('.article mark.evidence')).toBe(true);
      expect(await page.$$eval('table.reports tbody tr', (r) => r.length)).toBe(deal.reports);
      expect(await page.$$eval('section.report', (r) => r.length)).toBe(deal.reports);
      expect(await page.$$eval('table.history tbody tr', (r) => r.length)).toBeGreaterThan(0);
    });
    const [hostile] = (await (await fetch(`${server.origin}/api/deals?q=onerror`)).json()).deals;
    await visit(`/deals/${hostile.id}`, 'deal-hostile', async (page) => {
      expect(await page.textContent('table.fields td')).toBe(HOSTILE_BUYER);
      expect(await page.$$eval('a[href^="javascript:"]', (a) => a.length)).toBe(0);
    });
  });

  it('opens the company, figures, pipeline and API pages', async () => {
    await visit('/companies/amazon-web-services', 'company', async (page) => {
      await expectChartsDrawn(page, ['chart-company-months']);
      expect(await page.$$eval('#as-provider table.deals tbody tr', (r) => r.length)).toBeGreaterThan(0);
    });
    await visit('/figures', 'figures', async (page) => {
      expect(await page.$$eval('table.roles tbody tr', (r) => r.length)).toBeGreaterThan(1);
      await Promise.all([page.waitForURL(/role=revenue/), page.click('table.roles a[href*="role=revenue"]')]);
      const roles = await page.$$eval('table.figures tbody tr td:nth-child(3)', (c) => c.map((x) => x.textContent));
      expect(new Set(roles)).toEqual(new Set(['revenue']));
    });
    await visit('/pipeline', 'pipeline', async (page) => {
      expect(await page.textContent('table.failures')).toContain("<script>window.__pwned='failure'</script>");
    });
    await visit('/api', 'api', async (page) => {
      expect(await page.$$eval('a[href^="/api/"]', (a) => a.length)).toBeGreaterThan(1);
    });
  });
});
