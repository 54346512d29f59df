// Analysts' corrections: `deals merge` and `deals split` store which reports belong together
// (deal_overrides, keyed by article, pair and kind so they outlive re-extraction and rebuilds),
// then recompute the pair as every other path does.
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../client';
import { DealOverrideError } from '../errors';
import type { MatchOptions } from './match';
import { lockForSave, recomputePairs } from './store';

/** Makes the deals one; returns the id of the deal that holds their reports now. */
export async function mergeDeals(database: Database, dealIds: readonly number[], options: MatchOptions): Promise<number> {
  const ids = [...new Set(dealIds)].sort((a, b) => a - b);
  if (ids.length < 2) throw new DealOverrideError('merge needs two deal ids or more: dealdb deals merge ID ID...');
  return database.transaction(async (tx) => {
    await lockForSave(tx);
    const deals = await tx.rows<{ id: number | string; pair_key: string }>(sql`SELECT id, pair_key FROM deals WHERE id IN ${ids}`);
    const missing = ids.filter((id) => !deals.some((d) => Number(d.id) === id));
    if (missing.length) throw new DealOverrideError(`no deal ${missing.join(', ')}: list them with dealdb deals`);
    const pairs = new Set(deals.map((d) => d.pair_key));
    if (pairs.size > 1) {
      throw new DealOverrideError(`deals ${ids.join(', ')} have different buyers or providers; merge joins deals of one buyer and one provider`);
    }
    const group = `merge:${ids[0]}:${Date.now().toString(36)}`;
    await setGroup(tx, group, sql`deal_id IN ${ids}`);
    await recomputePairs(tx, [...pairs], options);
    return dealOfFirstReport(tx, group);
  });
}

/** Takes one report out of its deal into a deal of its own; returns that deal's id. */
export async function splitDeal(database: Database, dealId: number, reportId: number, options: MatchOptions): Promise<number> {
  return database.transaction(async (tx) => {
    await lockForSave(tx);
    const [report] = await tx.rows<{ deal_id: number | string | null; pair_key: string }>(
      sql`SELECT c.deal_id, r.pair_key FROM current_deal_reports c JOIN deal_reports r ON r.id = c.id WHERE c.id = ${reportId}`,
    );
    if (!report || report.deal_id === null || Number(report.deal_id) !== dealId) {
      throw new DealOverrideError(`report ${reportId} is not a current report of deal ${dealId}: see its reports with dealdb deals show ${dealId}`);
    }
    const [{ n }] = (await tx.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM current_deal_reports WHERE deal_id = ${dealId}`)) as [{ n: number }];
    if (n < 2) throw new DealOverrideError(`deal ${dealId} has one report only: there is nothing to split`);
    const group = `split:${reportId}:${Date.now().toString(36)}`;
    await setGroup(tx, group, sql`id = ${reportId}`);
    await recomputePairs(tx, [report.pair_key], options);
    return dealOfFirstReport(tx, group);
  });
}

/** Puts the current reports `where` selects into the override group. */
async function setGroup(tx: Tx, group: string, where: ReturnType<typeof sql>): Promise<void> {
  await tx.rows(
    sql`INSERT INTO deal_overrides (article_id, pair_key, kind, group_key)
        SELECT DISTINCT c.article_id, r.pair_key, c.kind, ${group}
        FROM current_deal_reports c JOIN deal_reports r ON r.id = c.id
        WHERE c.id IN (SELECT id FROM current_deal_reports WHERE ${where})
        ON CONFLICT (article_id, pair_key, kind) DO UPDATE SET group_key = excluded.group_key, created_at = now()`,
  );
}

async function dealOfFirstReport(tx: Tx, group: string): Promise<number> {
  const [row] = await tx.rows<{ deal_id: number | string }>(
    sql`SELECT min(c.deal_id) AS deal_id FROM current_deal_reports c JOIN deal_reports r ON r.id = c.id
        JOIN deal_overrides o ON o.article_id = c.article_id AND o.pair_key = r.pair_key AND o.kind = c.kind
        WHERE o.group_key = ${group}`,
  );
  return Number(row!.deal_id);
}
