// The deal as `dealdb deals` prints it (--json, --csv, table value), shared with the web app's API and downloads.
import type { CurrentDealRow } from '../../db/deals';

/** numeric columns come back as "38000000000.000000": drop the zero fraction. */
export function plainNumber(value: string | null): string | null {
  if (value === null) return null;
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

const QUALIFIER_WORDS: Record<string, string> = { about: 'about ', up_to: 'up to ', at_least: 'at least ', more_than: 'more than ', less_than: 'less than ' };

export function formatDealValue(r: CurrentDealRow): string {
  const amount = plainNumber(r.amount);
  if (amount === null) return '';
  const [whole, fraction] = amount.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
  const high = plainNumber(r.amount_high);
  return `${QUALIFIER_WORDS[r.qualifier ?? ''] ?? ''}${r.currency ?? ''} ${grouped}${high ? `-${high}` : ''}${r.per ? `/${r.per}` : ''}`;
}

export function dealJson(r: CurrentDealRow): Record<string, unknown> {
  const amount = plainNumber(r.amount);
  const high = plainNumber(r.amount_high);
  const months = plainNumber(r.duration_months);
  const mw = plainNumber(r.capacity_mw);
  return {
    buyer: r.buyer,
    provider: r.provider,
    kind: r.kind,
    value:
      amount === null
        ? null
        : {
            amount: Number(amount),
            amount_exact: amount,
            currency: r.currency,
            qualifier: r.qualifier,
            ...(high ? { amount_high: Number(high) } : {}),
            ...(r.per ? { per: r.per } : {}),
          },
    duration_months: months === null ? null : Number(months),
    capacity_mw: mw === null ? null : Number(mw),
    status: r.status,
    url: r.url,
    published: r.published,
    title: r.title,
    evidence: r.evidence,
    confidence: r.confidence,
  };
}

/** One row of `dealdb deals --csv` (and the web app's CSV download). */
export function dealCsvRow(r: CurrentDealRow): Record<string, unknown> {
  return {
    buyer: r.buyer,
    provider: r.provider,
    kind: r.kind,
    value: plainNumber(r.amount),
    currency: r.currency,
    qualifier: r.qualifier,
    months: plainNumber(r.duration_months),
    mw: plainNumber(r.capacity_mw),
    status: r.status,
    published: r.published,
    confidence: r.confidence,
    url: r.url,
    evidence: r.evidence,
  };
}

export const DEAL_CSV_FIELDS = ['buyer', 'provider', 'kind', 'value', 'currency', 'qualifier', 'months', 'mw', 'status', 'published', 'confidence', 'url', 'evidence'];
