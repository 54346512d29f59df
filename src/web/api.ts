// JSON answers of /api/: a deal is the object `dealdb deals --json` prints, with its parties'
// gazetteer ids; one deal is what `dealdb deals show ID --json` prints, each report with its
// evidence span and its article's figures; a figure is the mention object `dealdb extract` prints.
import type { DealRow } from '../../db/deals';
import type { CompanyDetail, FigureRow, FiguresResult, MentionRow, WebDealDetail } from '../../db/web-queries';
import { dealJson, detailJson, plainNumber } from '../cli/deal-rows';

export const dealApiJson = (d: DealRow) => ({ ...dealJson(d), buyer_id: d.buyer_id, provider_id: d.provider_id });

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

export function dealDetailJson(detail: WebDealDetail) {
  const { deal_reports: reports, ...deal } = detailJson(detail) as { deal_reports: Record<string, unknown>[] };
  return {
    ...deal,
    buyer_id: detail.deal.buyer_id,
    provider_id: detail.deal.provider_id,
    deal_reports: detail.reports.map((r, i) => ({
      ...reports[i],
      evidence_span: { start: r.evidence_start, end: r.evidence_end },
      confidence_reasons: r.confidence_reasons,
      figures: r.mentions.map(mentionJson),
    })),
  };
}

export function companyJson(c: CompanyDetail) {
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    parent: c.parent,
    aliases: c.aliases,
    totals: c.totals,
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
