// /api: the endpoints, with links that work on this database.
import { html, type Html } from '../html';

const ENDPOINTS: { path: string; says: string }[] = [
  { path: '/api/deals', says: 'deals matching the Deals page filters (buyer, provider, kind, status, from, to, min, q, sort, dir, page, size): {total, page, size, deals: [...]}' },
  { path: '/api/deals/ID', says: 'one deal as `dealdb deals show ID --json` prints it (history, deal_reports), each report with evidence_span, confidence_reasons and the figures of its article' },
  { path: '/api/companies/ID', says: 'one company (gazetteer id) with aliases, totals and USD by month as buyer and as provider, deals on each side' },
  { path: '/api/figures', says: 'figures with role, kind, page, size: {total, page, size, roles, figures: [...]}' },
];

export function apiPage(): Html {
  return html`<p>Every answer is JSON; a bad parameter is a 400 with <code>{"error": "..."}</code>. A deal has the shape of <code>dealdb deals --json</code> plus <code>buyer_id</code> and <code>provider_id</code>.</p>
<table><tbody>${ENDPOINTS.map((e) => html`<tr><td>${e.path.includes('ID') ? html`<code>${e.path}</code>` : html`<a href="${e.path}">${e.path}</a>`}</td><td>${e.says}</td></tr>`)}</tbody></table>`;
}
