// Deal: its fields, status over its reports, every report with outlet, date and link, and the
// evidence inside the article text with the deal's figures and the others marked.
import type { DealDetail } from '../../../db/web-queries';
import { evidenceExcerpt, figureLegend, markedArticle } from '../evidence';
import { formatDealValue } from '../../cli/deal-rows';
import { companyLink, externalLink, label, num, outlet } from '../format';
import { html, type Html } from '../html';

export function dealPage({ deal: d, body, mentions, reports }: DealDetail): Html {
  const evidence = { start: d.evidence_start, end: d.evidence_end, amount: d.amount, months: d.duration_months, mw: d.capacity_mw };
  const field = (name: string, value: Html | string | null) => html`<tr><th>${name}</th><td>${value ?? ''}</td></tr>`;
  return html`<table class="fields">
${field('buyer', html`${companyLink(d.buyer, d.buyer_id, 'buyer')}${d.buyer_name !== d.buyer ? html` <small>(written "${d.buyer_name}")</small>` : ''}`)}
${field('provider', html`${companyLink(d.provider, d.provider_id, 'provider')}${d.provider_name !== d.provider ? html` <small>(written "${d.provider_name}")</small>` : ''}`)}
${field('kind', d.kind)}${field('value', formatDealValue(d))}${field('term (months)', num(d.duration_months))}${field('capacity (MW)', num(d.capacity_mw))}
${field('status', d.status)}${field('announced', d.announced_on)}${field('confidence', `${d.confidence.toFixed(2)} (${d.confidence_reasons.join(', ')})`)}
</table>
<section><h2>Reports and status history</h2>
<table class="reports"><thead><tr><th>date</th><th>outlet</th><th>status</th><th>value</th><th>article</th></tr></thead><tbody>${reports.map(
    (r) => html`<tr${r.id === d.id ? html` class="this"` : ''}><td>${r.published ?? ''}</td><td>${outlet(r)}</td><td>${r.status}</td><td>${formatDealValue(r)}</td>
<td>${externalLink(r.url, r.title ?? r.url)}${r.id === d.id ? ' (this report)' : html` · <a href="/deals/${r.id}">its evidence</a>`}</td></tr>`,
  )}</tbody></table></section>
<section><h2>Evidence</h2>${figureLegend()}${evidenceExcerpt(body, mentions, evidence)}</section>
<section><h2>In the article</h2><p class="note">Figures the extractor found, each labelled with its role; the evidence is highlighted.</p>
${markedArticle(body, mentions, evidence)}
<p>Figures: ${mentions.length ? mentions.map((m, i) => html`${i ? ', ' : ''}<a href="/figures?role=${m.role ?? 'unassigned'}">${m.text}</a> (${label(m.role ?? 'unassigned')})`) : 'none'}</p></section>`;
}
