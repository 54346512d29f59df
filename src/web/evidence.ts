// The article text with the evidence span and every figure marked: the deal's own figures (a deal
// role inside its evidence) apart from the others, each labelled with its role, so a reader sees
// why a number is or is not the deal's.
import type { MentionRow } from '../../db/web-queries';
import { html, type Html } from './html';
import { label } from './format';

const DEAL_ROLES = new Set(['deal_value', 'deal_term', 'deal_capacity']);

/** The deal as the marking needs it: its evidence span and the figures it took. */
export interface EvidenceSpan {
  start: number;
  end: number;
  amount: string | null;
  months: string | null;
  mw: string | null;
}

const same = (a: string | null, b: string | null) => a !== null && b !== null && Number(a) === Number(b);

/** A deal role, and inside the evidence or the very value the deal took (a term stated in the next sentence). */
function isDealFigure(m: MentionRow, evidence: EvidenceSpan): boolean {
  if (!DEAL_ROLES.has(m.role ?? '')) return false;
  if (m.start_offset >= evidence.start && m.end_offset <= evidence.end) return true;
  return same(m.amount, evidence.amount) || same(m.months, evidence.months) || same(m.mw, evidence.mw);
}

function figure(text: string, m: MentionRow, evidence: EvidenceSpan): Html {
  const role = m.role ?? 'unassigned';
  if (isDealFigure(m, evidence)) {
    return html`<mark class="fig deal-figure" data-role="${role}" title="the deal's ${label(role.replace(/^deal_/, ''))}">${text}<sup>${label(role)}</sup></mark>`;
  }
  return html`<mark class="fig other-figure role-${role}" data-role="${role}" title="${label(role)}">${text}<sup>${label(role)}</sup></mark>`;
}

/** Text of [from, to) with the figures that lie wholly inside it marked. */
function marked(body: string, from: number, to: number, mentions: MentionRow[], evidence: EvidenceSpan): Html[] {
  const out: Html[] = [];
  let at = from;
  for (const m of mentions) {
    if (m.start_offset < at || m.end_offset > to) continue;
    out.push(html`${body.slice(at, m.start_offset)}`, figure(body.slice(m.start_offset, m.end_offset), m, evidence));
    at = m.end_offset;
  }
  out.push(html`${body.slice(at, to)}`);
  return out;
}

/** One stretch of text, the evidence inside it (clipped to it) wrapped in a mark. */
function stretch(body: string, from: number, to: number, mentions: MentionRow[], evidence: EvidenceSpan): Html[] {
  const es = Math.max(from, Math.min(evidence.start, to));
  const ee = Math.max(es, Math.min(evidence.end, to));
  if (es === ee) return marked(body, from, to, mentions, evidence);
  return [
    ...marked(body, from, es, mentions, evidence),
    html`<mark class="evidence">${marked(body, es, ee, mentions, evidence)}</mark>`,
    ...marked(body, ee, to, mentions, evidence),
  ];
}

/** The evidence sentence(s) alone, marked. */
export function evidenceExcerpt(body: string, mentions: MentionRow[], evidence: EvidenceSpan): Html {
  return html`<blockquote class="excerpt">${marked(body, evidence.start, evidence.end, mentions, evidence)}</blockquote>`;
}

/** The whole article, one paragraph per line of the body. */
export function markedArticle(body: string, mentions: MentionRow[], evidence: EvidenceSpan): Html {
  const paragraphs: Html[] = [];
  let start = 0;
  for (const line of body.split('\n')) {
    const end = start + line.length;
    if (line.trim()) paragraphs.push(html`<p>${stretch(body, start, end, mentions, evidence)}</p>`);
    start = end + 1;
  }
  return html`<div class="article">${paragraphs}</div>`;
}

export function figureLegend(): Html {
  return html`<p class="legend"><mark class="fig deal-figure">the deal's figures</mark> <mark class="fig other-figure">other figures, labelled by role</mark> <mark class="evidence">evidence</mark></p>`;
}
