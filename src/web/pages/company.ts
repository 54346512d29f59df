// Company: aliases, parent, its totals in US dollars and per month as buyer and as provider, and its deals on each side.
import type { CompanyDetail, CompanyTotal } from '../../../db/web-queries';
import { usd } from '../format';
import { html, jsonData, type Html } from '../html';
import type { ChartSpec } from './charts';
import { dealsTable } from './deals';

export function companyCharts(c: CompanyDetail): ChartSpec[] {
  const x = c.months.map((m) => m.month);
  return [
    {
      id: 'chart-company-months',
      type: 'stacked',
      unit: 'USD',
      x,
      series: [
        { name: 'as buyer', values: c.months.map((m) => m.as_buyer_usd) },
        { name: 'as provider', values: c.months.map((m) => m.as_provider_usd) },
      ],
    },
  ];
}

export function companyPage(c: CompanyDetail): Html {
  const total = (t: CompanyTotal) =>
    `${t.fx_estimated ? '~' : ''}${usd(t.total_usd)} in ${t.deals} deal${t.deals === 1 ? '' : 's'}${t.valued_deals < t.deals ? ` (${t.valued_deals} with a value)` : ''}`;
  const q = (side: string) => `/deals?${new URLSearchParams({ [side]: c.name }).toString()}`;
  return html`<table class="fields">
<tr><th>kind</th><td>${c.kind}</td></tr>
<tr><th>aliases</th><td>${c.aliases.length ? c.aliases.join(', ') : 'none'}</td></tr>
<tr><th>part of</th><td>${c.parent ? html`<a href="/companies/${c.parent.id}">${c.parent.name}</a>` : '—'}</td></tr>
<tr><th>committed as buyer</th><td id="total-as-buyer">${total(c.totals.as_buyer)}</td></tr>
<tr><th>sold as provider</th><td id="total-as-provider">${total(c.totals.as_provider)}</td></tr>
</table>
${jsonData('chart-data', companyCharts(c))}
<section><h2>USD by month</h2><div class="chart" id="chart-company-months"></div>
<table><thead><tr><th>month</th><th class="n">as buyer</th><th class="n">as provider</th><th class="n">deals</th></tr></thead><tbody>${c.months.map(
    (m) => html`<tr><td>${m.month}</td><td class="n">${usd(m.as_buyer_usd)}</td><td class="n">${usd(m.as_provider_usd)}</td><td class="n">${m.deals}</td></tr>`,
  )}</tbody></table></section>
<section id="as-buyer"><h2>As buyer (${c.asBuyer.length})</h2>${dealsTable(null, c.asBuyer)}<p><a href="${q('buyer')}">all its deals as buyer</a></p></section>
<section id="as-provider"><h2>As provider (${c.asProvider.length})</h2>${dealsTable(null, c.asProvider)}<p><a href="${q('provider')}">all its deals as provider</a></p></section>`;
}
