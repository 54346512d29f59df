// Overview: counts, committed USD by month and kind, contracted MW by month, the largest buyers,
// providers and buyer -> provider flows. Charts draw from the JSON beside them; the tables below
// carry the same numbers without JavaScript.
import type { OverviewData, TopCompany } from '../../../db/web-queries';
import { companyLink, usd } from '../format';
import { html, jsonData, type Html } from '../html';
import type { ChartSpec } from './charts';

function topTable(rows: TopCompany[], side: 'buyer' | 'provider'): Html {
  return html`<table><thead><tr><th>${side}</th><th class="n">USD</th><th class="n">deals</th></tr></thead><tbody>${rows.map(
    (r) => html`<tr><td>${companyLink(r.name, r.id, side)}</td><td class="n">${usd(r.usd)}</td><td class="n">${r.deals}</td></tr>`,
  )}</tbody></table>`;
}

export function overviewCharts(d: OverviewData): ChartSpec[] {
  const months = [...new Set(d.usdByMonth.map((r) => r.month))].sort();
  const kinds = [...new Set(d.usdByMonth.map((r) => r.kind))].sort();
  const buyers = [...new Set(d.flows.map((f) => f.buyer))];
  const providers = [...new Set(d.flows.map((f) => f.provider))];
  return [
    {
      id: 'chart-usd-by-month',
      type: 'stacked',
      unit: 'USD',
      x: months,
      series: kinds.map((kind) => ({
        name: kind,
        values: months.map((m) => d.usdByMonth.find((r) => r.month === m && r.kind === kind)?.usd ?? 0),
      })),
    },
    { id: 'chart-mw-by-month', type: 'bars', unit: 'MW', x: d.mwByMonth.map((r) => r.month), values: d.mwByMonth.map((r) => r.mw) },
    { id: 'chart-top-buyers', type: 'ranking', unit: 'USD', x: d.topBuyers.map((r) => r.name), values: d.topBuyers.map((r) => r.usd) },
    { id: 'chart-top-providers', type: 'ranking', unit: 'USD', x: d.topProviders.map((r) => r.name), values: d.topProviders.map((r) => r.usd) },
    {
      id: 'chart-flows',
      type: 'matrix',
      unit: 'USD',
      rows: buyers,
      cols: providers,
      cells: d.flows.map((f) => [providers.indexOf(f.provider), buyers.indexOf(f.buyer), f.usd]),
    },
  ];
}

export function overviewPage(d: OverviewData): Html {
  const c = d.counts;
  return html`
<ul class="counts">
  <li><a href="/deals"><b>${c.deals}</b> deals</a></li>
  <li><a href="/deals"><b>${c.reports}</b> reports</a></li>
  <li><a href="/pipeline"><b>${c.articles}</b> articles</a></li>
  <li><a href="/pipeline"><b>${c.failures}</b> failures</a></li>
</ul>
${jsonData('chart-data', overviewCharts(d))}
<section><h2>Committed USD by month, by kind</h2><div class="chart" id="chart-usd-by-month"></div>
<p class="note">Each deal once, in US dollars at its month's rate, by the month it was first reported.</p></section>
<section><h2>Contracted MW by month</h2><div class="chart" id="chart-mw-by-month"></div></section>
<div class="two">
<section><h2>Largest buyers</h2><div class="chart tall" id="chart-top-buyers"></div>${topTable(d.topBuyers, 'buyer')}</section>
<section><h2>Largest providers</h2><div class="chart tall" id="chart-top-providers"></div>${topTable(d.topProviders, 'provider')}</section>
</div>
<section><h2>Largest flows, buyer to provider</h2><div class="chart tall" id="chart-flows"></div>
<table><thead><tr><th>buyer</th><th>provider</th><th class="n">USD</th><th class="n">deals</th></tr></thead><tbody>${d.flows.map(
    (f) => html`<tr><td>${companyLink(f.buyer, f.buyer_id, 'buyer')}</td><td>${companyLink(f.provider, f.provider_id, 'provider')}</td>
<td class="n"><a href="/deals?${new URLSearchParams({ buyer: f.buyer, provider: f.provider }).toString()}">${usd(f.usd)}</a></td><td class="n">${f.deals}</td></tr>`,
  )}</tbody></table></section>`;
}
