// Reads for analysts and the `deals` command: current deals only (the current_deals view).
import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Database } from './client';

export interface DealFilter {
  buyer?: string;
  provider?: string;
  /** YYYY-MM-DD: deals announced on or after this day. */
  since?: string;
}

export interface CurrentDealRow {
  id: number;
  buyer: string;
  provider: string;
  kind: string;
  amount: string | null;
  amount_high: string | null;
  currency: string | null;
  qualifier: string | null;
  per: string | null;
  duration_months: string | null;
  capacity_mw: string | null;
  status: string;
  announced_on: string | null;
  evidence: string;
  confidence: number;
  url: string;
  title: string | null;
  published: string | null;
}

export async function listCurrentDeals(database: Database, filter: DealFilter = {}): Promise<CurrentDealRow[]> {
  const where: SQL[] = [];
  // Names match the resolved name or the name as written, case-insensitively, so "AWS" finds Amazon Web Services deals.
  const nameMatches = (column: 'buyer' | 'provider', value: string) => {
    const written = sql.raw(`${column}_name`);
    const id = sql.raw(`${column}_id`);
    return sql`(lower(${sql.raw(column)}) = lower(${value}) OR lower(${written}) = lower(${value})
      OR ${id} IN (SELECT organization_id FROM organization_aliases WHERE lower(alias) = lower(${value})))`;
  };
  if (filter.buyer) where.push(nameMatches('buyer', filter.buyer));
  if (filter.provider) where.push(nameMatches('provider', filter.provider));
  if (filter.since) where.push(sql`announced_on >= ${filter.since}`);
  const clause = where.length ? sql`WHERE ${sql.join(where, sql` AND `)}` : sql``;
  return database.exclusive(async () => {
    const rows = await selectRows<Record<string, unknown>>(
      database.db,
      sql`SELECT id, buyer, provider, kind, amount::text AS amount, amount_high::text AS amount_high, currency, qualifier, per,
                 duration_months::text AS duration_months, capacity_mw::text AS capacity_mw, status,
                 announced_on::text AS announced_on, evidence, confidence, url, title, published::text AS published
          FROM current_deal_reports ${clause}
          ORDER BY announced_on DESC NULLS LAST, id`,
    );
    return rows.map((r) => ({ ...r, id: Number(r.id) }) as CurrentDealRow);
  });
}
