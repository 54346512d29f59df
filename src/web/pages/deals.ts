// Deals: the transactions (one row however many articles report it), the filter form (plain GET),
// a table sortable by every column (header links), paging, and CSV / JSON Lines downloads of the
// same filter.
import { dealKinds, dealStatuses } from '../../../db/schema';
import type { DealRow } from '../../../db/deals';
import type { DealSort } from '../../../db/web-queries';
import { formatDealValue } from '../../cli/deal-rows';
import { companyLink, dealUsd, num } from '../format';
import { html, type Html } from '../html';
import { dealQueryString, type DealQuery } from '../params';

const COLUMNS: { sort: DealSort; label: string; numeric?: boolean }[] = [
  { sort: 'date', label: 'first reported' },
  { sort: 'buyer', label: 'buyer' },
  { sort: 'provider', label: 'provider' },
  { sort: 'kind', label: 'kind' },
  { sort: 'value', label: 'value', numeric: true },
  { sort: 'usd', label: 'in USD', numeric: true },
  { sort: 'months', label: 'months', numeric: true },
  { sort: 'mw', label: 'MW', numeric: true },
  { sort: 'status', label: 'status' },
  { sort: 'reports', label: 'reports', numeric: true },
  { sort: 'outlets', label: 'outlets', numeric: true },
];

function select(name: string, value: string | undefined, options: readonly string[]): Html {
  return html`<select name="${name}" id="f-${name}"><option value="">any</option>${options.map(
    (o) => html`<option value="${o}"${o === value ? html` selected` : ''}>${o}</option>`,
  )}</select>`;
}

function filterForm({ filter: f }: DealQuery): Html {
  const input = (name: string, label: string, value: string | undefined, type = 'text') =>
    html`<label>${label} <input type="${type}" name="${name}" id="f-${name}" value="${value ?? ''}"></label>`;
  return html`<form class="filters" method="get" action="/deals">
${input('q', 'search names', f.q, 'search')}${input('buyer', 'buyer', f.buyer)}${input('provider', 'provider', f.provider)}
<label>kind ${select('kind', f.kind, dealKinds)}</label><label>status ${select('status', f.status, dealStatuses)}</label>
${input('from', 'from', f.from, 'date')}${input('to', 'to', f.to, 'date')}${input('min', 'min USD', f.minUsd)}
<button type="submit">filter</button> <a href="/deals">clear</a>
</form>`;
}

function header(query: DealQuery): Html {
  const { sort, dir } = query.page;
  return html`<tr>${COLUMNS.map((c) => {
    const next = c.sort === sort && dir === 'desc' ? 'asc' : 'desc';
    const arrow = c.sort === sort ? (dir === 'desc' ? ' ▼' : ' ▲') : '';
    const href = `/deals${dealQueryString(query.filter, { ...query.page, sort: c.sort, dir: next, page: 1 })}`;
    return html`<th${c.numeric ? html` class="n"` : ''}${c.sort === sort ? html` aria-sort="${dir === 'desc' ? 'descending' : 'ascending'}"` : ''}><a href="${href}" data-sort="${c.sort}">${c.label}${arrow}</a></th>`;
  })}<th></th></tr>`;
}

export function dealRow(d: DealRow): Html {
  return html`<tr data-id="${d.id}"><td>${d.first_reported_on ?? ''}</td><td>${companyLink(d.buyer, d.buyer_id, 'buyer')}</td>
<td>${companyLink(d.provider, d.provider_id, 'provider')}</td><td>${d.kind}</td><td class="n">${formatDealValue(d)}</td>
<td class="n">${dealUsd(d)}</td><td class="n">${num(d.duration_months)}</td><td class="n">${num(d.capacity_mw)}</td><td>${d.status}</td>
<td class="n">${d.reports}</td><td class="n">${d.outlets}</td><td><a href="/deals/${d.id}">details</a></td></tr>`;
}

export function dealsTable(query: DealQuery | null, deals: DealRow[]): Html {
  const head = query
    ? header(query)
    : html`<tr>${COLUMNS.map((c) => html`<th${c.numeric ? html` class="n"` : ''}>${c.label}</th>`)}<th></th></tr>`;
  return html`<table class="deals"><thead>${head}</thead><tbody>${deals.map(dealRow)}</tbody></table>`;
}

export function dealsPage(query: DealQuery, result: { total: number; deals: DealRow[] }): Html {
  const { page, size } = query.page;
  const pages = Math.max(1, Math.ceil(result.total / size));
  const link = (p: number, text: string) => html`<a href="/deals${dealQueryString(query.filter, { ...query.page, page: p })}" rel="${text}">${text}</a>`;
  const downloads = dealQueryString(query.filter, { sort: query.page.sort, dir: query.page.dir });
  return html`${filterForm(query)}
<p class="summary"><span id="total">${result.total}</span> deals match · page ${page} of ${pages}
· download <a href="/deals.csv${downloads}" id="download-csv">CSV</a>, <a href="/deals.jsonl${downloads}" id="download-json">JSON Lines</a></p>
${dealsTable(query, result.deals)}
<p class="paging">${page > 1 ? link(page - 1, 'prev') : ''} ${page < pages ? link(page + 1, 'next') : ''}</p>`;
}
