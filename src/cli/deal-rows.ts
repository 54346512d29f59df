// The deal and the deal report as dealdb prints them: `dealdb deals` (--json, --csv, table) and the
// web app's API and downloads. One home for these shapes, so the CLI and the web app cannot drift.
import type { DealDetail, DealReportRow, DealRow } from '../../db/deals';

type Terms = DealRow | DealReportRow;

/** numeric columns come back as "38000000000.000000": drop the zero fraction. */
export function plainNumber(value: string | null): string | null {
  if (value === null) return null;
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

const QUALIFIER_WORDS: Record<string, string> = { about: 'about ', up_to: 'up to ', at_least: 'at least ', more_than: 'more than ', less_than: 'less than ' };

function grouped(amount: string): string {
  const [whole, fraction] = amount.split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

/** "about USD 10,000,000,000": the value as reported, in its own currency. */
export function formatDealValue(r: Terms): string {
  const amount = plainNumber(r.amount);
  if (amount === null) return '';
  const high = plainNumber(r.amount_high);
  return `${QUALIFIER_WORDS[r.qualifier ?? ''] ?? ''}${r.currency ?? ''} ${grouped(amount)}${high ? `-${high}` : ''}${r.per ? `/${r.per}` : ''}`;
}

/** Whole dollars; "~" marks a month past the rates, converted at the latest one. Empty for a USD value (it says it already). */
export function formatUsd(r: Terms): string {
  if (r.amount_usd === null || r.currency === 'USD') return '';
  return `${r.fx_estimated ? '~' : ''}USD ${grouped(Number(r.amount_usd).toFixed(0))}`;
}

function valueCells(r: Terms, format: 'csv' | 'table') {
  return format === 'csv'
    ? { amount: plainNumber(r.amount), currency: r.currency, qualifier: r.qualifier, amount_usd: plainNumber(r.amount_usd), fx_estimated: r.fx_estimated }
    : { value: formatDealValue(r), usd: formatUsd(r) };
}

/** One row of `dealdb deals` as a table or CSV (and the web app's CSV download). */
export function dealCells(r: DealRow, format: 'csv' | 'table'): Record<string, unknown> {
  return {
    id: r.id,
    buyer: r.buyer,
    provider: r.provider,
    kind: r.kind,
    ...valueCells(r, format),
    months: plainNumber(r.duration_months),
    mw: plainNumber(r.capacity_mw),
    status: r.status,
    first: r.first_reported_on,
    last: r.last_reported_on,
    reports: r.reports,
    outlets: r.outlets,
    expands: r.expands_deal_id,
  };
}

/** One row of `dealdb deals --reports` as a table or CSV. */
export function reportCells(r: DealReportRow, format: 'csv' | 'table'): Record<string, unknown> {
  return {
    id: r.id,
    deal: r.deal_id,
    buyer: r.buyer,
    provider: r.provider,
    kind: r.kind,
    ...valueCells(r, format),
    status: r.status,
    published: r.published,
    outlet: r.outlet,
    ...(format === 'csv' ? { confidence: r.confidence, url: r.url, evidence: r.evidence } : { title: r.title }),
  };
}

const VALUE_FIELDS = { csv: ['amount', 'currency', 'qualifier', 'amount_usd', 'fx_estimated'], table: ['value', 'usd'] };

/** The header of dealCells / reportCells: also when there is no row to take it from. */
export function dealFields(format: 'csv' | 'table'): string[] {
  return ['id', 'buyer', 'provider', 'kind', ...VALUE_FIELDS[format], 'months', 'mw', 'status', 'first', 'last', 'reports', 'outlets', 'expands'];
}

export function reportFields(format: 'csv' | 'table'): string[] {
  return ['id', 'deal', 'buyer', 'provider', 'kind', ...VALUE_FIELDS[format], 'status', 'published', 'outlet', ...(format === 'csv' ? ['confidence', 'url', 'evidence'] : ['title'])];
}

const numberOrNull = (value: string | null) => (value === null ? null : Number(plainNumber(value)));

function valueJson(r: Terms) {
  const amount = plainNumber(r.amount);
  const high = plainNumber(r.amount_high);
  if (amount === null) return null;
  return {
    amount: Number(amount),
    amount_exact: amount,
    currency: r.currency,
    qualifier: r.qualifier,
    ...(high ? { amount_high: Number(high) } : {}),
    ...(r.per ? { per: r.per } : {}),
  };
}

/** `dealdb deals --json`: exactly the keys README and `--help` promise, in that order. */
export function dealJson(r: DealRow): Record<string, unknown> {
  return {
    id: r.id,
    buyer: r.buyer,
    provider: r.provider,
    kind: r.kind,
    value: valueJson(r),
    amount_usd: numberOrNull(r.amount_usd),
    duration_months: numberOrNull(r.duration_months),
    capacity_mw: numberOrNull(r.capacity_mw),
    status: r.status,
    first_reported_on: r.first_reported_on,
    last_reported_on: r.last_reported_on,
    reports: r.reports,
    outlets: r.outlets,
    expands_deal_id: r.expands_deal_id,
  };
}

/** `dealdb deals --reports --json`: the report as `dealdb deals --json` printed it before deals were consolidated, plus its id and deal. */
export function reportJson(r: DealReportRow): Record<string, unknown> {
  return {
    id: r.id,
    deal_id: r.deal_id,
    buyer: r.buyer,
    provider: r.provider,
    kind: r.kind,
    value: valueJson(r),
    duration_months: numberOrNull(r.duration_months),
    capacity_mw: numberOrNull(r.capacity_mw),
    status: r.status,
    url: r.url,
    published: r.published,
    title: r.title,
    evidence: r.evidence,
    confidence: r.confidence,
  };
}

/** `dealdb deals show ID --json`: the deal, its status history and its reports with their outlets. */
export function detailJson({ deal, history, reports }: DealDetail): Record<string, unknown> {
  return { ...dealJson(deal), history, deal_reports: reports.map((r) => ({ ...reportJson(r), outlet: r.outlet })) };
}
