// Keeps `deals` in step with the current deal reports. Called inside the transaction that saves
// an extraction (so readers never see reports without their deal), by `consolidate --rebuild`
// and by the analysts' merge and split. Every path recomputes whole pairs with the pure
// clusterReports, so the deals depend only on the current reports and the overrides, never on the
// order they came in. Concurrency: a transaction takes an advisory lock per pair (in key order, so
// two never wait on each other) before it reads a pair's reports; the second of two workers saving
// reports of one deal waits, then reads the first one's committed reports and joins its deal.
import { sql } from 'drizzle-orm';
import type { Tx } from '../client';
import { deriveDeal, keepDealIds } from './derive';
import { clusterReports, familyKey, pairKey, type MatchOptions, type ReportFacts } from './match';

// Any fixed number: held shared by every write of deals, exclusively by a rebuild.
export const SAVE_LOCK_KEY = 74_202_613;

/** A current report with its parties' gazetteer families, as a rebuild keys it. */
interface FamilyReport extends Record<string, unknown> {
  id: number | string;
  buyer_name: string;
  provider_name: string;
  buyer_family: string | null;
  provider_family: string | null;
}

/**
 * Links the reports of the extraction just saved (stored with their pair keys), and recomputes
 * the pairs of those it replaced. The save statement already holds the lock every write of deals
 * holds (lockForSave) and the locks of these pairs.
 */
export async function consolidateExtraction(
  tx: Tx,
  input: { reports: readonly KeyedReport[]; replacedPairs: readonly string[] },
  options: MatchOptions,
): Promise<void> {
  const pairs = [...input.reports.map((r) => r.pair_key), ...input.replacedPairs];
  if (pairs.length) await recomputePairs(tx, pairs, options, [], { locked: true });
}

/** Every write of deals but a rebuild holds this: it waits for a rebuild, and a rebuild for it. */
export async function lockForSave(tx: Tx): Promise<void> {
  await tx.rows(sql`SELECT pg_advisory_xact_lock_shared(${SAVE_LOCK_KEY})`, 'dealdb_rebuild_lock_shared');
}

/**
 * Recomputes every deal from the current reports, as if they had all arrived at once (pair keys
 * too, so a changed gazetteer regroups them). A deal keeps its id while it keeps its reports.
 */
export async function rebuildDeals(tx: Tx, options: MatchOptions): Promise<{ deals: number; reports: number }> {
  await tx.rows(sql`SELECT pg_advisory_xact_lock(${SAVE_LOCK_KEY})`);
  const keyed = await keyCurrentReports(tx);
  const pairs = [...new Set(keyed.map((r) => r.pair_key))];
  await tx.rows(sql`DELETE FROM deals WHERE pair_key <> ALL(${pgArray(pairs)}::text[])`);
  await recomputePairs(tx, pairs, options, keyed, { rewriteAll: true });
  const [counts] = await tx.rows<{ deals: number; reports: number }>(
    sql`SELECT (SELECT count(*)::int FROM deals) AS deals, (SELECT count(*)::int FROM current_deal_reports) AS reports`,
  );
  return counts!;
}

/**
 * Locks the pairs, then makes their deals what clusterReports says of their current reports.
 * A deal that keeps exactly its reports and the deal it expands is left as stored (a save
 * touches one article's deals, not every deal of a busy pair: rewriting them all cost a pair's
 * size in rows and dead tuples per save); `rewriteAll` (a rebuild) writes every deal again.
 */
export async function recomputePairs(
  tx: Tx,
  pairs: readonly string[],
  options: MatchOptions,
  keyed: readonly KeyedReport[] = [],
  { rewriteAll = false, locked = false }: { rewriteAll?: boolean; locked?: boolean } = {},
): Promise<void> {
  const keys = [...new Set(pairs)].sort();
  if (!locked) await lockPairs(tx, keys, keyed);
  await readAndWritePairs(tx, keys, options, rewriteAll);
}

/**
 * Takes the pairs' locks in key order (the caller holds lockForSave's); `keyed` (a rebuild's new
 * pair keys, with the dollar amounts) is written in the same statement. The pairs are read in the
 * next, so the read sees whatever the last holder of a lock committed.
 */
async function lockPairs(tx: Tx, keys: readonly string[], keyed: readonly KeyedReport[]): Promise<void> {
  await tx.rows(
    sql`WITH keyed AS (
          UPDATE deal_reports r SET pair_key = x.pair_key,
            (amount_usd, fx_rate, fx_month, fx_estimated) = (SELECT * FROM dealdb_usd(r.amount, r.currency, r.announced_on))
          FROM jsonb_to_recordset(${JSON.stringify(keyed)}::jsonb) AS x(id bigint, pair_key text)
          WHERE r.id = x.id
          RETURNING 1
        )
        SELECT (SELECT count(*) FROM keyed) AS keyed, count(pg_advisory_xact_lock(hashtextextended(k, 0))) AS locked
        FROM (SELECT k FROM unnest(${pgArray(keys)}::text[]) AS k ORDER BY k) AS sorted`,
    'dealdb_lock_pairs',
  );
}

async function readAndWritePairs(tx: Tx, keys: readonly string[], options: MatchOptions, rewriteAll: boolean): Promise<void> {
  const [read] = await tx.rows<{ reports: Record<string, unknown>[] | null; deals: StoredDeal[] | null }>(
    sql`SELECT
          (SELECT json_agg(row_to_json(x)) FROM (
             SELECT c.id, c.article_id, c.url, c.outlet, c.buyer_name, c.provider_name, c.buyer_id, c.provider_id, c.pair_key, c.kind,
                    c.amount::text AS amount, c.amount_high::text AS amount_high, c.currency, c.qualifier, c.per,
                    c.amount_usd::text AS amount_usd, c.duration_months::text AS duration_months, c.capacity_mw::text AS capacity_mw,
                    c.status, c.announced_on::text AS announced_on, c.evidence_start, o.group_key
             FROM current_deal_reports c
             LEFT JOIN deal_overrides o ON o.article_id = c.article_id AND o.pair_key = c.pair_key AND o.kind = c.kind
             WHERE c.pair_key = ANY(${pgArray(keys)}::text[])) AS x) AS reports,
          (SELECT json_agg(row_to_json(y)) FROM (
             SELECT d.id, d.pair_key, d.expands_deal_id,
                    coalesce(array_agg(e.article_id || '|' || r.kind) FILTER (WHERE r.id IS NOT NULL), '{}') AS member_keys,
                    coalesce(array_agg(r.id) FILTER (WHERE r.id IS NOT NULL), '{}') AS member_ids
             FROM deals d
             LEFT JOIN deal_reports r ON r.deal_id = d.id
             LEFT JOIN extractions e ON e.id = r.extraction_id
             WHERE d.pair_key = ANY(${pgArray(keys)}::text[])
             GROUP BY d.id) AS y) AS deals`,
    'dealdb_read_pairs',
  );
  const reports = (read?.reports ?? []).map(reportFacts);
  const existing = read?.deals ?? [];

  const byPair = new Map<string, ReportFacts[]>();
  for (const r of reports) byPair.set(r.pairKey, [...(byPair.get(r.pairKey) ?? []), r]);
  const planned: PlannedDeal[] = [];
  for (const pair of keys) {
    const clusters = clusterReports(byPair.get(pair) ?? [], options);
    const ids = keepDealIds(
      clusters.map((c) => c.reports),
      existing.filter((d) => d.pair_key === pair).map((d) => ({ id: Number(d.id), memberKeys: d.member_keys })),
    );
    const offset = planned.length;
    clusters.forEach((c, i) => planned.push({ id: ids[i]!, reports: c.reports, expands: c.expands === null ? null : offset + c.expands }));
  }
  const stored = new Map(existing.map((d) => [Number(d.id), d]));
  const unchanged = (p: PlannedDeal): boolean => {
    const d = p.id === null ? undefined : stored.get(p.id);
    if (!d || p.reports.length !== d.member_ids.length) return false;
    const expands = p.expands === null ? null : planned[p.expands]!.id;
    if (p.expands !== null && expands === null) return false; // it now expands a new deal
    const members = new Set(d.member_ids.map(Number));
    return (d.expands_deal_id === null ? null : Number(d.expands_deal_id)) === expands && p.reports.every((r) => members.has(r.id));
  };
  const dropped = existing.some((d) => !planned.some((p) => p.id === Number(d.id)));
  await writeDeals(tx, keys, planned, rewriteAll ? planned : planned.filter((p) => !unchanged(p)), dropped);
}

interface StoredDeal {
  id: number | string;
  pair_key: string;
  expands_deal_id: number | string | null;
  member_keys: string[];
  member_ids: (number | string)[];
}

interface PlannedDeal {
  /** Null: a new deal, numbered by the statement that writes it. */
  id: number | null;
  reports: ReportFacts[];
  /** Index in the plan of the deal this one expands. */
  expands: number | null;
}

/** `planned`: every deal the pairs keep; `changed`: those to write; `dropped`: whether a stored deal of the pairs is kept by none. */
async function writeDeals(tx: Tx, pairs: readonly string[], planned: readonly PlannedDeal[], changed: readonly PlannedDeal[], dropped: boolean) {
  const storedIds = changed.flatMap((p) => (p.id === null ? [] : [p.id]));
  // Each changed deal by its place among the changed (ref): a new deal gets its id in the
  // statement below, and its reports, history and expansions find it by ref.
  const refOf = new Map(changed.map((p, ref) => [p, ref]));
  const rows = changed.map((p, ref) => {
    const d = deriveDeal(p.reports);
    const expanded = p.expands === null ? null : planned[p.expands]!;
    return {
      ref, id: p.id, pair_key: d.pairKey, buyer_name: d.buyerName, provider_name: d.providerName, buyer_id: d.buyerId, provider_id: d.providerId,
      kind: d.kind, amount: d.amount, amount_high: d.amountHigh, currency: d.currency, qualifier: d.qualifier, per: d.per,
      duration_months: d.durationMonths, capacity_mw: d.capacityMw, status: d.status, announced_on: d.announcedOn,
      first_reported_on: d.firstReportedOn, last_reported_on: d.lastReportedOn, report_count: d.reportCount, outlet_count: d.outletCount,
      // A new deal is always changed, so an expanded deal without an id has a ref.
      expands_deal_id: expanded?.id ?? null,
      expands_ref: expanded && expanded.id === null ? refOf.get(expanded)! : null,
      history: d.history,
    };
  });
  const links = changed.flatMap((p, ref) => p.reports.map((r) => ({ id: r.id, ref })));
  const history = rows.flatMap((r) => r.history.map((h) => ({ ref: r.ref, status: h.status, reported_on: h.reportedOn, report_id: h.reportId })))
    .map((h, n) => ({ n, ...h }));
  const dealRows = JSON.stringify(rows.map(({ history: _, ...row }) => row));
  // Deals that lost every report go first (their history with them, their reports unlinked by
  // the foreign key); then the kept rows are rewritten in place and the new ones inserted.
  if (dropped) {
    const kept = planned.flatMap((p) => (p.id === null ? [] : [p.id]));
    await tx.rows(sql`DELETE FROM deals WHERE pair_key = ANY(${pgArray(pairs)}::text[]) AND id <> ALL(${pgArray(kept)}::bigint[])`, 'dealdb_drop_deals');
  }
  if (changed.length === 0) return;
  // The rest in one statement: the touched rows are disjoint, and the foreign keys (reports and
  // history to deals, deals to the deals they expand) are checked once the statement is done.
  await tx.rows(
    sql`WITH unlinked AS (
          UPDATE deal_reports SET deal_id = NULL WHERE deal_id = ANY(${pgArray(storedIds)}::bigint[]) AND id <> ALL(${pgArray(links.map((l) => l.id))}::bigint[])
        ), old_history AS (
          DELETE FROM deal_status_history WHERE deal_id = ANY(${pgArray(storedIds)}::bigint[])
        ), given AS (
          SELECT * FROM jsonb_to_recordset(${dealRows}::jsonb) AS x(ref int, id bigint, pair_key text, buyer_name text, provider_name text,
            buyer_id text, provider_id text, kind text, amount numeric, amount_high numeric, currency text, qualifier text, per text,
            duration_months numeric, capacity_mw numeric, status text, announced_on date, first_reported_on date, last_reported_on date,
            report_count int, outlet_count int, expands_deal_id bigint, expands_ref int)
        ), ids AS (
          -- nextval makes this CTE volatile: evaluated once, so every reference sees one id per new deal.
          SELECT ref, coalesce(id, nextval(pg_get_serial_sequence('deals', 'id'))) AS id FROM given
        ), x AS (
          SELECT ids.id, g.pair_key, g.buyer_name, g.provider_name, g.buyer_id, g.provider_id, g.kind, g.amount, g.amount_high,
                 g.currency, g.qualifier, g.per, g.duration_months, g.capacity_mw, g.status, g.announced_on, g.first_reported_on,
                 g.last_reported_on, g.report_count, g.outlet_count, coalesce(g.expands_deal_id, e.id) AS expands_deal_id
          FROM given g JOIN ids ON ids.ref = g.ref LEFT JOIN ids e ON e.ref = g.expands_ref
        ), written AS (
          INSERT INTO deals (id, pair_key, buyer_name, provider_name, buyer_id, provider_id, kind, amount, amount_high, currency, qualifier,
                             per, duration_months, capacity_mw, status, announced_on, first_reported_on, last_reported_on, report_count,
                             outlet_count, expands_deal_id, amount_usd, fx_rate, fx_month, fx_estimated)
          OVERRIDING SYSTEM VALUE
          SELECT x.id, x.pair_key, x.buyer_name, x.provider_name, x.buyer_id, x.provider_id, x.kind, x.amount, x.amount_high, x.currency,
                 x.qualifier, x.per, x.duration_months, x.capacity_mw, x.status, x.announced_on, x.first_reported_on, x.last_reported_on,
                 x.report_count, x.outlet_count, x.expands_deal_id, usd.amount_usd, usd.fx_rate, usd.fx_month, usd.fx_estimated
          FROM x, dealdb_usd(x.amount, x.currency, x.announced_on) AS usd
          ON CONFLICT (id) DO UPDATE SET
            buyer_name = excluded.buyer_name, provider_name = excluded.provider_name, buyer_id = excluded.buyer_id,
            provider_id = excluded.provider_id, kind = excluded.kind, amount = excluded.amount, amount_high = excluded.amount_high,
            currency = excluded.currency, qualifier = excluded.qualifier, per = excluded.per, duration_months = excluded.duration_months,
            capacity_mw = excluded.capacity_mw, status = excluded.status, announced_on = excluded.announced_on,
            first_reported_on = excluded.first_reported_on, last_reported_on = excluded.last_reported_on,
            report_count = excluded.report_count, outlet_count = excluded.outlet_count, expands_deal_id = excluded.expands_deal_id,
            amount_usd = excluded.amount_usd, fx_rate = excluded.fx_rate, fx_month = excluded.fx_month, fx_estimated = excluded.fx_estimated
        ), linked AS (
          UPDATE deal_reports r SET deal_id = ids.id
          FROM jsonb_to_recordset(${JSON.stringify(links)}::jsonb) AS l(id bigint, ref int) JOIN ids ON ids.ref = l.ref
          WHERE r.id = l.id AND r.deal_id IS DISTINCT FROM ids.id
        )
        INSERT INTO deal_status_history (deal_id, status, reported_on, report_id)
        SELECT ids.id, h.status, h.reported_on, h.report_id
        FROM jsonb_to_recordset(${JSON.stringify(history)}::jsonb) AS h(n int, ref int, status text, reported_on date, report_id bigint)
        JOIN ids ON ids.ref = h.ref
        ORDER BY h.n -- history ids follow each deal's steps, as readers order them`,
    'dealdb_write_deals',
  );
}

/** Pair keys of every current report, again (a rebuild: the gazetteer may have changed). */
async function keyCurrentReports(tx: Tx): Promise<KeyedReport[]> {
  const rows = await tx.rows<FamilyReport>(
    sql`SELECT r.id, r.buyer_name, r.provider_name, bf.family_id AS buyer_family, pf.family_id AS provider_family
        FROM deal_reports r
        JOIN extractions e ON e.id = r.extraction_id AND e.is_current
        LEFT JOIN organization_families bf ON bf.id = r.buyer_id
        LEFT JOIN organization_families pf ON pf.id = r.provider_id`,
  );
  return keyReports(rows);
}

export interface KeyedReport {
  id: number;
  pair_key: string;
}

/** Each report's pair key, from its parties' families. */
function keyReports(reports: readonly FamilyReport[]): KeyedReport[] {
  return reports.map((r) => ({
    id: Number(r.id),
    pair_key: pairKey(familyKey(r.buyer_family, r.buyer_name), familyKey(r.provider_family, r.provider_name)),
  }));
}

/** An array as one parameter, in PostgreSQL's array syntax (Drizzle spreads a JS array into a list). */
function pgArray(values: readonly (string | number)[]): string {
  return `{${values.map((v) => (typeof v === 'number' ? String(v) : `"${v.replace(/[\\"]/g, (c) => `\\${c}`)}"`)).join(',')}}`;
}

function reportFacts(r: Record<string, unknown>): ReportFacts {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: Number(r.id),
    articleId: Number(r.article_id),
    url: String(r.url),
    outlet: String(r.outlet),
    buyerName: String(r.buyer_name),
    providerName: String(r.provider_name),
    buyerId: text(r.buyer_id),
    providerId: text(r.provider_id),
    pairKey: String(r.pair_key),
    kind: String(r.kind),
    amount: text(r.amount),
    amountHigh: text(r.amount_high),
    currency: text(r.currency),
    qualifier: text(r.qualifier),
    per: text(r.per),
    amountUsd: text(r.amount_usd),
    durationMonths: text(r.duration_months),
    capacityMw: text(r.capacity_mw),
    status: String(r.status),
    announcedOn: text(r.announced_on),
    evidenceStart: Number(r.evidence_start),
    groupKey: text(r.group_key),
  };
}

