// Deal: the transaction's fields, its status history, and every report (outlet, date, link) with its
// evidence inside its article's text, the deal's figures marked apart from the others by role.
import type { WebDealDetail, WebReport } from '../../../db/web-queries';
import { evidenceExcerpt, figureLegend, markedArticle } from '../evidence';
import { formatDealValue } from '../../cli/deal-rows';
import { companyLink, dealUsd, externalLink, label, num } from '../format';
import { html, type Html } from '../html';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function report(r: WebReport, open: boolean): Html {
  const evidence = { start: r.evidence_start, end: r.evidence_end, amount: r.amount, months: r.duration_months, mw: r.capacity_mw };
  return html`<section class="report" id="report-${r.id}"><h3>${r.outlet}, ${r.published ?? 'undated'}: ${externalLink(r.url, r.title ?? r.url)}</h3>
<p class="note">report ${r.id} · ${r.status} · ${formatDealValue(r) || 'no value'} · confidence ${r.confidence.toFixed(2)} (${r.confidence_reasons.join(', ')})</p>
${evidenceExcerpt(r.body, r.mentions, evidence)}
<details${open ? html` open` : ''}><summary>In the article: figures the extractor found, each labelled with its role; the evidence is highlighted</summary>
${markedArticle(r.body, r.mentions, evidence)}
<p>Figures: ${r.mentions.length ? r.mentions.map((m, i) => html`${i ? ', ' : ''}<a href="/figures?role=${m.role ?? 'unassigned'}">${m.text}</a> (${label(m.role ?? 'unassigned')})`) : 'none'}</p></details></section>`;
}

export function dealPage({ deal: d, history, reports }: WebDealDetail): Html {
  const field = (name: string, value: Html | string | number | null) => html`<tr><th>${name}</th><td>${value ?? ''}</td></tr>`;
  return html`<table class="fields">
${field('buyer', html`${companyLink(d.buyer, d.buyer_id, 'buyer')}${d.buyer_name !== d.buyer ? html` <small>(written "${d.buyer_name}")</small>` : ''}`)}
${field('provider', html`${companyLink(d.provider, d.provider_id, 'provider')}${d.provider_name !== d.provider ? html` <small>(written "${d.provider_name}")</small>` : ''}`)}
${field('kind', d.kind)}${field('value', formatDealValue(d))}${field('in US dollars', dealUsd(d))}
${field('term (months)', num(d.duration_months))}${field('capacity (MW)', num(d.capacity_mw))}
${field('status', d.status)}${field('announced', d.announced_on)}
${field('reported', `${d.first_reported_on ?? '?'} to ${d.last_reported_on ?? '?'}: ${plural(d.reports, 'report')} from ${plural(d.outlets, 'outlet')}`)}
${d.expands_deal_id === null ? '' : field('expands', html`<a href="/deals/${d.expands_deal_id}">deal ${d.expands_deal_id}</a>`)}
</table>
<section><h2>Status history</h2>
<table class="history"><thead><tr><th>date</th><th>status</th><th>first said by</th></tr></thead><tbody>${history.map(
    (h) => html`<tr><td>${h.reported_on ?? 'undated'}</td><td>${h.status}</td><td><a href="#report-${h.report_id}">report ${h.report_id}</a></td></tr>`,
  )}</tbody></table></section>
<section><h2>Reports</h2>
<table class="reports"><thead><tr><th>date</th><th>outlet</th><th>status</th><th>value</th><th>article</th></tr></thead><tbody>${reports.map(
    (r) => html`<tr><td>${r.published ?? ''}</td><td>${r.outlet}</td><td>${r.status}</td><td>${formatDealValue(r)}</td>
<td>${externalLink(r.url, r.title ?? r.url)} · <a href="#report-${r.id}">its evidence</a></td></tr>`,
  )}</tbody></table></section>
<section><h2>Evidence</h2>${figureLegend()}${reports.map((r, i) => report(r, i === 0))}</section>`;
}
