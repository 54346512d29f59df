// JSON answers of /api/: a deal is the object `dealdb deals --json` prints, with its id; a figure
// is the mention object `dealdb extract` prints, with the article it came from.
import type { CompanyDetail, DealDetail, FigureRow, FiguresResult, MentionRow, WebDealRow } from '../../db/web-queries';
import { dealJson, plainNumber } from '../cli/deal-rows';

export const dealApiJson = (d: WebDealRow) => ({ id: d.id, ...dealJson(d), buyer_id: d.buyer_id, provider_id: d.provider_id });

const n = (v: string | null) => (v === null ? undefined : Number(plainNumber(v)));

export function mentionJson(m: MentionRow): Record<string, unknown> {
  const base = { kind: m.kind, text: m.text, start: m.start_offset, end: m.end_offset, sentence: m.sentence_index, role: m.role };
  const extra = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null));
  if (m.kind === 'money') {
    const exact = plainNumber(m.amount);
    return {
      ...base,
      amount: exact === null ? null : Number(exact),
      amount_exact: exact,
      currency: m.currency,
      qualifier: m.qualifier,
      ...extra({ amount_high: n(m.amount_high), amount_high_exact: plainNumber(m.amount_high), per: m.per, vague: m.vague || undefined }),
    };
  }
  if (m.kind === 'duration') return { ...base, ...extra({ months: n(m.months), days: n(m.days), vague: m.vague || undefined }) };
  return { ...base, mw: n(m.mw) ?? null, ...extra({ per: m.per, vague: m.vague || undefined }) };
}

export function dealDetailJson({ deal, mentions, reports }: DealDetail) {
  return {
    ...dealApiJson(deal),
    evidence_span: { start: deal.evidence_start, end: deal.evidence_end },
    confidence_reasons: deal.confidence_reasons,
    reports: reports.map(dealApiJson),
    figures: mentions.map(mentionJson),
  };
}

export function companyJson(c: CompanyDetail) {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    parent: c.parent,
    aliases: c.aliases,
    months: c.months,
    as_buyer: c.asBuyer.map(dealApiJson),
    as_provider: c.asProvider.map(dealApiJson),
  };
}

const figureJson = (f: FigureRow) => ({
  ...mentionJson(f),
  sentence_text: f.sentence,
  url: f.url,
  title: f.title,
  published: f.published,
});

export function figuresJson(r: FiguresResult, page: { page: number; size: number }) {
  return { total: r.total, page: page.page, size: page.size, roles: r.roles, figures: r.figures.map(figureJson) };
}
