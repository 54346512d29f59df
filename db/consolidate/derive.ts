// A deal's fields from its reports, by one documented rule (README "Deals and deal reports"):
// - the parties and kind come from the most authoritative report: the parties' own statement
//   (signed, announced, expanded) over a sourced media report (reported) over talks (rumored);
//   among equals the most recent;
// - each term (value, duration, capacity) from the most authoritative report that states it;
// - status is the furthest any report reached; the history keeps each step with its report;
// - announced_on (the month the value converts at) is the first day the top authority spoke.
// Pure: no I/O, no clock.
import { compareReports, type ReportFacts } from './match';

const AUTHORITY: Record<string, number> = { signed: 3, announced: 3, expanded: 3, reported: 2, rumored: 1 };
/** How far a deal has gone: talks, then a report, then the announcement, the expansion, the signing. */
const STAGE: Record<string, number> = { rumored: 1, reported: 2, announced: 3, expanded: 4, signed: 5 };

/** The report fields a deal takes over (from its lead report, or the report stating each term). */
type DealTerms = 'pairKey' | 'buyerName' | 'providerName' | 'buyerId' | 'providerId' | 'kind' | 'amount' | 'amountHigh'
  | 'currency' | 'qualifier' | 'per' | 'durationMonths' | 'capacityMw' | 'status' | 'announcedOn';

export interface DerivedDeal extends Pick<ReportFacts, DealTerms> {
  firstReportedOn: string | null;
  lastReportedOn: string | null;
  reportCount: number;
  outletCount: number;
  history: { status: string; reportedOn: string | null; reportId: number }[];
}

/** Most authoritative first; among equals the most recent, then content order. */
function byAuthority(a: ReportFacts, b: ReportFacts): number {
  return (
    (AUTHORITY[b.status] ?? 0) - (AUTHORITY[a.status] ?? 0) ||
    (b.announcedOn ?? '').localeCompare(a.announcedOn ?? '') ||
    compareReports(a, b)
  );
}

export function deriveDeal(reports: readonly ReportFacts[]): DerivedDeal {
  if (reports.length === 0) throw new Error('a deal needs at least one report');
  const ranked = [...reports].sort(byAuthority);
  const lead = ranked[0]!;
  const valued = ranked.find((r) => r.amount !== null);
  const dated = reports.map((r) => r.announcedOn).filter((d): d is string => d !== null).sort();
  const history = statusHistory(reports);
  const topAuthority = AUTHORITY[lead.status] ?? 0;
  const announced = ranked
    .filter((r) => (AUTHORITY[r.status] ?? 0) === topAuthority && r.announcedOn !== null)
    .map((r) => r.announcedOn!)
    .sort()[0];
  return {
    pairKey: lead.pairKey,
    buyerName: lead.buyerName,
    providerName: lead.providerName,
    buyerId: lead.buyerId,
    providerId: lead.providerId,
    kind: lead.kind,
    amount: valued?.amount ?? null,
    amountHigh: valued?.amountHigh ?? null,
    currency: valued?.currency ?? null,
    qualifier: valued?.qualifier ?? null,
    per: valued?.per ?? null,
    durationMonths: ranked.find((r) => r.durationMonths !== null)?.durationMonths ?? null,
    capacityMw: ranked.find((r) => r.capacityMw !== null)?.capacityMw ?? null,
    status: history.at(-1)!.status,
    announcedOn: announced ?? dated[0] ?? null,
    firstReportedOn: dated[0] ?? null,
    lastReportedOn: dated.at(-1) ?? null,
    reportCount: reports.length,
    outletCount: new Set(reports.map((r) => r.outlet)).size,
    history,
  };
}

/** Each status the deal moved to, in the order the reports told it. */
export function statusHistory(reports: readonly ReportFacts[]): DerivedDeal['history'] {
  const steps: DerivedDeal['history'] = [];
  let reached = 0;
  for (const r of [...reports].sort(compareReports)) {
    const stage = STAGE[r.status] ?? 0;
    if (stage <= reached) continue;
    reached = stage;
    steps.push({ status: r.status, reportedOn: r.announcedOn, reportId: r.id });
  }
  return steps;
}

/**
 * Which existing deal row each new deal keeps, so ids stay put while their reports stay: the row
 * sharing the most reports (by article and kind, which outlive re-extraction), lowest id on ties.
 */
export function keepDealIds(
  clusters: readonly (readonly ReportFacts[])[],
  existing: readonly { id: number; memberKeys: readonly string[] }[],
): (number | null)[] {
  const claimed = new Set<number>();
  return clusters.map((reports) => {
    const keys = new Set(reports.map(reportKey));
    let best: { id: number; shared: number } | null = null;
    for (const deal of existing) {
      if (claimed.has(deal.id)) continue;
      const shared = deal.memberKeys.filter((k) => keys.has(k)).length;
      if (shared > 0 && (!best || shared > best.shared || (shared === best.shared && deal.id < best.id))) best = { id: deal.id, shared };
    }
    if (best) claimed.add(best.id);
    return best?.id ?? null;
  });
}

export const reportKey = (r: Pick<ReportFacts, 'articleId' | 'kind'>) => `${r.articleId}|${r.kind}`;
