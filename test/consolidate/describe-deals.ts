// The deals as a reader sees them, without ids (they depend on arrival order): each deal named
// by its reports' URLs, its expansion target by that target's name.
import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../db/client';

export async function describeDeals(database: Database) {
  const rows = await database.exclusive(() =>
    selectRows<Record<string, any>>(
      database.db,
      sql`SELECT d.id::text AS id, d.expands_deal_id::text AS expands_id, d.buyer, d.provider, d.kind, d.amount::text AS amount, d.currency,
                 d.duration_months::text AS duration_months, d.status, d.first_reported_on::text AS first_reported_on,
                 d.last_reported_on::text AS last_reported_on, d.reports::int AS reports, d.outlets::int AS outlets,
                 d.amount_usd::text AS amount_usd, d.fx_estimated,
                 (SELECT string_agg(r.url, ' ' ORDER BY r.url) FROM current_deal_reports r WHERE r.deal_id = d.id) AS key,
                 (SELECT json_agg(json_build_array(h.status, h.reported_on::text, r.url) ORDER BY h.reported_on, h.id)
                  FROM deal_status_history h JOIN deal_reports dr ON dr.id = h.report_id
                  JOIN current_deal_reports r ON r.id = dr.id WHERE h.deal_id = d.id) AS history
          FROM current_deals d`,
    ),
  );
  const keyOf = new Map(rows.map((r) => [r.id, r.key]));
  return rows
    .map(({ id: _id, expands_id, ...r }): Record<string, any> => ({ ...r, expands: expands_id === null ? null : (keyOf.get(expands_id) ?? 'missing') }))
    .sort((a, b) => (a.first_reported_on ?? '').localeCompare(b.first_reported_on ?? '') || a.key.localeCompare(b.key));
}
