// Reads for analysts, the `deals` command and the web app: deals (the current_deals view, one row
// per transaction) and deal reports (current_deal_reports, one row per article's account).
import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database, type ReadRows } from './client';

export interface DealFilter {
  buyer?: string;
  provider?: string;
  /** YYYY-MM-DD: deals first reported (reports: announced) on or after this day. */
  since?: string;
}

/** What a deal and a report both state: parties, kind, value as reported, terms, status. */
interface DealTermsRow {
  id: number;
  buyer: string;
  provider: string;
  /** The parties as written, and their gazetteer ids when it knows them. */
  buyer_name: string;
  provider_name: string;
  buyer_id: string | null;
  provider_id: string | null;
  kind: string;
  amount: string | null;
  amount_high: string | null;
  currency: string | null;
  qualifier: string | null;
  per: string | null;
  amount_usd: string | null;
  fx_estimated: boolean;
  duration_months: string | null;
  capacity_mw: string | null;
  status: string;
  announced_on: string | null;
}

export interface DealRow extends DealTermsRow {
  first_reported_on: string | null;
  last_reported_on: string | null;
  reports: number;
  outlets: number;
  expands_deal_id: number | null;
}

export interface DealReportRow extends DealTermsRow {
  deal_id: number | null;
  outlet: string;
  evidence: string;
  confidence: number;
  url: string;
  title: string | null;
  published: string | null;
}

export interface DealDetail {
  deal: DealRow;
  history: { status: string; reported_on: string | null; report_id: number }[];
  reports: DealReportRow[];
}

const TERMS = sql.raw(`id, buyer, provider, buyer_name, provider_name, buyer_id, provider_id, kind, amount::text AS amount, amount_high::text AS amount_high, currency, qualifier, per,
  amount_usd::text AS amount_usd, fx_estimated, duration_months::text AS duration_months, capacity_mw::text AS capacity_mw, status,
  announced_on::text AS announced_on`);
/** The columns of DealRow, from current_deals (the web app's queries select them too). */
export const DEAL_COLUMNS = sql`${TERMS}, first_reported_on::text AS first_reported_on, last_reported_on::text AS last_reported_on,
  reports::int AS reports, outlets::int AS outlets, expands_deal_id`;
/** The columns of DealReportRow, from current_deal_reports. */
export const REPORT_COLUMNS = sql`${TERMS}, deal_id, outlet, evidence, confidence, url, title, published::text AS published`;

export async function listDeals(database: Database, filter: DealFilter = {}): Promise<DealRow[]> {
  const rows = await read(database, sql`SELECT ${DEAL_COLUMNS} FROM current_deals ${where(filter, 'first_reported_on')}
    ORDER BY first_reported_on DESC NULLS LAST, id`);
  return rows.map(dealRow);
}

export async function listDealReports(database: Database, filter: DealFilter = {}): Promise<DealReportRow[]> {
  const rows = await read(database, sql`SELECT ${REPORT_COLUMNS} FROM current_deal_reports ${where(filter, 'announced_on')}
    ORDER BY announced_on DESC NULLS LAST, id`);
  return rows.map(reportRow);
}

/** A deal with its status history and every current report, oldest first; undefined if there is none. */
export function getDeal(database: Database, id: number): Promise<DealDetail | undefined> {
  return database.exclusive(() => readDeal((query) => selectRows(database.db, query), id));
}

/** getDeal's reads through any runner: the web app passes its READ ONLY transaction's. */
export async function readDeal(rows: ReadRows, id: number): Promise<DealDetail | undefined> {
  const [deal] = await rows(sql`SELECT ${DEAL_COLUMNS} FROM current_deals WHERE id = ${id}`);
  if (!deal) return undefined;
  const history = await rows(sql`SELECT status, reported_on::text AS reported_on, report_id FROM deal_status_history
    WHERE deal_id = ${id} ORDER BY reported_on NULLS LAST, id`);
  const reports = await rows(sql`SELECT ${REPORT_COLUMNS} FROM current_deal_reports WHERE deal_id = ${id}
    ORDER BY announced_on NULLS LAST, url, id`);
  return {
    deal: dealRow(deal),
    history: history.map((h) => ({ status: String(h.status), reported_on: h.reported_on as string | null, report_id: Number(h.report_id) })),
    reports: reports.map(reportRow),
  };
}

function read(database: Database, query: SQL): Promise<Record<string, unknown>[]> {
  return database.exclusive(() => selectRows<Record<string, unknown>>(database.db, query));
}

function where(filter: DealFilter, dayColumn: string): SQL {
  const clauses: SQL[] = [];
  if (filter.buyer) clauses.push(nameMatches('buyer', filter.buyer));
  if (filter.provider) clauses.push(nameMatches('provider', filter.provider));
  if (filter.since) clauses.push(sql`${sql.raw(dayColumn)} >= ${filter.since}`);
  return clauses.length ? sql`WHERE ${sql.join(clauses, sql` AND `)}` : sql``;
}

/** Names match the resolved name or the name as written, case-insensitively, so "AWS" finds Amazon Web Services deals. */
export function nameMatches(column: 'buyer' | 'provider', value: string): SQL {
  const written = sql.raw(`${column}_name`);
  const id = sql.raw(`${column}_id`);
  return sql`(lower(${sql.raw(column)}) = lower(${value}) OR lower(${written}) = lower(${value})
    OR ${id} IN (SELECT organization_id FROM organization_aliases WHERE lower(alias) = lower(${value})))`;
}

export const dealRow = (r: Record<string, unknown>) =>
  ({ ...r, id: Number(r.id), expands_deal_id: r.expands_deal_id === null ? null : Number(r.expands_deal_id) }) as DealRow;
export const reportRow = (r: Record<string, unknown>) =>
  ({ ...r, id: Number(r.id), deal_id: r.deal_id === null ? null : Number(r.deal_id) }) as DealReportRow;
