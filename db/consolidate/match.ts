// Which deal reports tell of one transaction: a pure function of the reports (no I/O, no clock),
// so the incremental path, `consolidate --rebuild` and any arrival order give the same deals.
//
// Reports are grouped by pair (buyer family > provider family); within a pair, two reports are
// one deal when their kinds agree, they fall within the window of each other, and their value,
// term and capacity do not contradict (within a tolerance, or one side unknown). An expansion is
// never a duplicate of the deal it enlarges: it is a deal of its own that points at it.

/** What matching and derivation read of one current deal report. */
export interface ReportFacts {
  id: number;
  articleId: number;
  url: string;
  outlet: string;
  buyerName: string;
  providerName: string;
  buyerId: string | null;
  providerId: string | null;
  pairKey: string;
  kind: string;
  /** Exact decimals as text, as stored. */
  amount: string | null;
  amountHigh: string | null;
  currency: string | null;
  qualifier: string | null;
  per: string | null;
  amountUsd: string | null;
  durationMonths: string | null;
  capacityMw: string | null;
  status: string;
  /** YYYY-MM-DD, or null when the article has no date. */
  announcedOn: string | null;
  evidenceStart: number;
  /** An analyst's override (`deals merge|split`): reports with one group key are one deal. */
  groupKey: string | null;
}

/** Reports this many days apart or fewer may tell of one deal (a setting: DEALDB_DEAL_WINDOW_DAYS). */
export const DEFAULT_MATCH_WINDOW_DAYS = 120;

export interface MatchOptions {
  windowDays: number;
}

export interface Cluster {
  reports: ReportFacts[];
  /** Index (in the returned list) of the deal this one expands, or null. */
  expands: number | null;
}

/** How far two stated amounts may differ and still be one figure ("$10 billion" vs "$10.2 billion"). */
export const AMOUNT_TOLERANCE = 0.05;
/** The spread an "about" amount stands for. */
const ABOUT_SPREAD = 0.1;
/** Amounts in two currencies compare in US dollars, whose monthly rates add their own spread. */
const CROSS_CURRENCY_TOLERANCE = 0.1;
const CAPACITY_TOLERANCE = 0.15;
const DURATION_TOLERANCE = 0.1;

const CORPORATE_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'group', 'holdings',
  'sa', 'ag', 'se', 'nv', 'bv', 'gmbh', 'spa', 'ab', 'asa', 'oyj', 'kk', 'pte', 'the',
]);

/** "Nebius Group N.V." and "nebius" are one name where the gazetteer does not know the company. */
export function normalizeName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\./g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const kept = words.filter((w) => !CORPORATE_SUFFIXES.has(w));
  return (kept.length ? kept : words).join(' ');
}

/** The family a party belongs to: its gazetteer root (AWS -> Amazon), else its normalized name. */
export function familyKey(rootOrganizationId: string | null, name: string): string {
  return rootOrganizationId ? `org:${rootOrganizationId}` : `name:${normalizeName(name)}`;
}

export function pairKey(buyerFamily: string, providerFamily: string): string {
  return `${buyerFamily}>${providerFamily}`;
}

/** Content order, never arrival order: ids depend on which article came first. */
export function compareReports(a: ReportFacts, b: ReportFacts): number {
  return (
    cmp(a.announcedOn ?? '9999-12-31', b.announcedOn ?? '9999-12-31') ||
    cmp(a.url, b.url) ||
    a.evidenceStart - b.evidenceStart ||
    cmp(a.kind, b.kind) ||
    a.id - b.id
  );
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isExpansion = (r: ReportFacts) => r.status === 'expanded';

/** Groups one pair's reports into deals. The result depends only on the set of reports. */
export function clusterReports(reports: readonly ReportFacts[], options: MatchOptions): Cluster[] {
  const sorted = [...reports].sort(compareReports);
  const groups: { reports: ReportFacts[]; closed: boolean }[] = [];
  const byOverride = new Map<string, ReportFacts[]>();
  for (const r of sorted) if (r.groupKey !== null) byOverride.set(r.groupKey, [...(byOverride.get(r.groupKey) ?? []), r]);
  for (const key of [...byOverride.keys()].sort()) {
    groups.push({ reports: byOverride.get(key)!, closed: key.startsWith('split:') });
  }
  for (const r of sorted) {
    if (r.groupKey !== null) continue;
    let best: { group: (typeof groups)[number]; distance: number } | null = null;
    for (const group of groups) {
      if (group.closed || !group.reports.every((m) => compatible(r, m))) continue;
      const distance = Math.min(...group.reports.map((m) => daysApart(r, m)));
      if (distance > options.windowDays) continue;
      if (!best || distance < best.distance) best = { group, distance };
    }
    if (best) best.group.reports.push(r);
    else groups.push({ reports: [r], closed: false });
  }
  const clusters = groups.map((g) => ({ reports: [...g.reports].sort(compareReports), expands: null as number | null }));
  clusters.sort((a, b) => compareReports(a.reports[0]!, b.reports[0]!));
  for (const [i, cluster] of clusters.entries()) {
    if (cluster.reports.some(isExpansion)) cluster.expands = enlargedDeal(clusters, i);
  }
  return clusters;
}

/** The latest earlier deal that is not itself an expansion, of the same kind when there is one. */
function enlargedDeal(clusters: readonly Cluster[], index: number): number | null {
  const own = clusters[index]!.reports[0]!;
  let sameKind: number | null = null;
  let anyKind: number | null = null;
  for (let i = 0; i < index; i++) {
    const first = clusters[i]!.reports[0]!;
    if (clusters[i]!.reports.some(isExpansion)) continue;
    anyKind = i;
    if (first.kind === own.kind) sameKind = i;
  }
  return sameKind ?? anyKind;
}

/** Two reports can tell of one deal: nothing they both state disagrees. */
export function compatible(a: ReportFacts, b: ReportFacts): boolean {
  if (a.kind !== b.kind) return false;
  if (isExpansion(a) !== isExpansion(b)) return false;
  return amountsAgree(a, b) && within(a.durationMonths, b.durationMonths, DURATION_TOLERANCE, 1) && within(a.capacityMw, b.capacityMw, CAPACITY_TOLERANCE, 0);
}

/** Days between two reports; a report without a date is near every other. */
export function daysApart(a: ReportFacts, b: ReportFacts): number {
  if (!a.announcedOn || !b.announcedOn) return 0;
  return Math.abs(Date.parse(a.announcedOn) - Date.parse(b.announcedOn)) / 86_400_000;
}

function amountsAgree(a: ReportFacts, b: ReportFacts): boolean {
  if (a.amount === null || b.amount === null) return true;
  // "$1 billion a year" and "$5 billion" are different measures, not a contradiction.
  if ((a.per ?? null) !== (b.per ?? null)) return true;
  if (a.currency === b.currency) return overlaps(interval(a, a.amount, a.amountHigh), interval(b, b.amount, b.amountHigh), AMOUNT_TOLERANCE);
  if (a.amountUsd === null || b.amountUsd === null) return true;
  const scale = (r: ReportFacts, v: string | null) => (v === null ? null : String((Number(v) * Number(r.amountUsd)) / Number(r.amount)));
  return overlaps(
    interval(a, a.amountUsd, scale(a, a.amountHigh)),
    interval(b, b.amountUsd, scale(b, b.amountHigh)),
    CROSS_CURRENCY_TOLERANCE,
  );
}

/** The values a stated amount allows: "about $10 billion" is 9 to 11, "up to $5 billion" 0 to 5. */
function interval(r: ReportFacts, amount: string, high: string | null): [number, number] {
  const low = Number(amount);
  if (high !== null) return [low, Number(high)];
  switch (r.qualifier) {
    case 'about':
      return [low * (1 - ABOUT_SPREAD), low * (1 + ABOUT_SPREAD)];
    case 'up_to':
    case 'less_than':
      return [0, low];
    case 'at_least':
    case 'more_than':
      return [low, Infinity];
    default:
      return [low, low];
  }
}

function overlaps([lo1, hi1]: [number, number], [lo2, hi2]: [number, number], tolerance: number): boolean {
  return lo1 <= hi2 * (1 + tolerance) && lo2 <= hi1 * (1 + tolerance);
}

function within(a: string | null, b: string | null, tolerance: number, slack: number): boolean {
  if (a === null || b === null) return true;
  const x = Number(a);
  const y = Number(b);
  return Math.abs(x - y) <= Math.max(slack, tolerance * Math.max(x, y));
}
