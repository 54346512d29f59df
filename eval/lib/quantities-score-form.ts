// The form the scorers read quantity mentions in. A money range is one mention for the database
// ("$10-15 billion": amount 10e9, amount_high 15e9, qualifier range_low), while the gold of both
// eval sets counts a range as two figures ("A range gives two mentions"); so a range is scored
// as its low and its high end. Vague mentions (no value) have nothing to score and are left out.
// A vague count ("several weeks") carries only an estimate (three units): the peers' suites read
// it so and score it, while the deal corpus annotates stated figures only; `estimates` says which.
import type { QuantityMention } from '../../extractors/types';

export type ScoredItem =
  | { kind: 'money'; text: string; amount: number; currency: string | null }
  | { kind: 'duration'; text: string; months?: number; days?: number }
  | { kind: 'power'; text: string; mw: number };

export function toScoredItems(mentions: QuantityMention[], options: { estimates: boolean }): ScoredItem[] {
  const items: ScoredItem[] = [];
  for (const m of mentions) {
    if (m.kind === 'money' && m.amount !== null) {
      items.push({ kind: 'money', text: m.text, amount: m.amount, currency: m.currency });
      if (m.amount_high !== undefined) items.push({ kind: 'money', text: m.text, amount: m.amount_high, currency: m.currency });
    } else if (m.kind === 'duration' && (m.months !== undefined || m.days !== undefined)) {
      items.push({ kind: 'duration', text: m.text, months: m.months, days: m.days });
    } else if (m.kind === 'duration' && options.estimates && (m.estimated_months !== undefined || m.estimated_days !== undefined)) {
      items.push({ kind: 'duration', text: m.text, months: m.estimated_months, days: m.estimated_days });
    } else if (m.kind === 'power' && m.mw !== null) {
      items.push({ kind: 'power', text: m.text, mw: m.mw });
    }
  }
  return items;
}
