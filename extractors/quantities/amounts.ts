// A number with its scale words: "1.5tn", "4 billion", "5 lakh crore", "$10-15 billion" (a range
// whose low end borrows the scale of the high end). Shared by money and power.
import { compare, type Decimal, multiply, pow10 } from './decimal';
import { type NumberForm, parseNumberAt } from './numbers';
import { DASHES, isSym, isWord, type Token } from './tokens';

/** Scale words that may stand apart from the number ("4 billion", "$1.5 bn"). */
const SCALE_WORDS: Record<string, number> = {
  thousand: 3, million: 6, billion: 9, trillion: 12, crore: 7, crores: 7, lakh: 5, lakhs: 5, lac: 5, lacs: 5,
  bn: 9, bln: 9, mn: 6, mln: 6, tn: 12, trn: 12,
};
/** Letters that scale a number only when written against it ("$10k", "£500m", "US$7.5B"). */
const SCALE_SUFFIXES: Record<string, number> = { k: 3, K: 3, m: 6, M: 6, mm: 6, MM: 6, b: 9, B: 9, T: 12, cr: 7 };
const PERCENT_WORDS = new Set(['percent', 'pct']);

export interface Amount {
  value: Decimal;
  /** Index of the first token after the amount. */
  next: number;
  form: NumberForm;
  scaled: boolean;
  high?: Decimal;
}

/** The scale (power of ten) of the token at i, given whether it touches the number. */
function scaleAt(tokens: Token[], i: number): { exp: number; next: number } | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'sym' && DASHES.includes(t.text) && !t.spaced) {
    // "$5-billion deal"
    const w = tokens[i + 1];
    return w && !w.spaced && w.kind === 'word' && Object.hasOwn(SCALE_WORDS, w.lower) && w.lower.length > 3 ? { exp: SCALE_WORDS[w.lower], next: i + 2 } : null;
  }
  if (t.kind !== 'word') return null;
  if (!t.spaced && Object.hasOwn(SCALE_SUFFIXES, t.text)) return { exp: SCALE_SUFFIXES[t.text], next: i + 1 };
  if (Object.hasOwn(SCALE_WORDS, t.lower)) return { exp: SCALE_WORDS[t.lower], next: i + 1 };
  return null;
}

/** Up to two scale words: "5 lakh crore" = 5 x 10^12. */
function applyScales(tokens: Token[], value: Decimal, i: number): { value: Decimal; next: number; scaled: boolean; exp: number } {
  let next = i;
  let exp = 0;
  let scaled = false;
  for (let n = 0; n < 2; n++) {
    const s = scaleAt(tokens, next);
    if (!s) break;
    exp += s.exp;
    next = s.next;
    scaled = true;
  }
  return { value: multiply(value, pow10(exp)), next, scaled, exp };
}

export function isPercentAt(tokens: Token[], i: number): boolean {
  return isSym(tokens, i, '%') || isWord(tokens, i, PERCENT_WORDS) || (isWord(tokens, i, 'per') && isWord(tokens, i + 1, 'cent'));
}

export interface AmountOptions {
  /** Lets the high end of a range repeat the currency symbol ("$10 billion to $15 billion"). */
  symbol?: string;
  /** Read "X to Y" / "X-Y" as one range (default true; "from X to Y" is a change, not a range). */
  range?: boolean;
}

/** The amount at token i. An article ("a billion") counts only when a scale follows. */
export function parseAmount(tokens: Token[], i: number, options: AmountOptions = {}): Amount | null {
  const num = parseNumberAt(tokens, i);
  if (!num) return null;
  const low = applyScales(tokens, num.value, num.next);
  if (num.form === 'article' && !low.scaled) return null;
  if (isPercentAt(tokens, low.next)) return null;
  const amount: Amount = { value: low.value, next: low.next, form: num.form, scaled: low.scaled };
  if (options.range === false) return amount;
  return extendRange(tokens, amount, num.value, options.symbol) ?? amount;
}

/**
 * "10-15 billion", "$10 to 15 billion", "$20–25bn": one amount with a high end, since the low end
 * borrows the high end's scale. A low end written in full ("$114 billion to $118 billion") is an
 * amount of its own: each written amount is its own mention.
 */
function extendRange(tokens: Token[], low: Amount, lowNumber: Decimal, symbol?: string): Amount | null {
  const joiner = tokens[low.next];
  if (!joiner || !(isSym(tokens, low.next, DASHES) || isWord(tokens, low.next, 'to'))) return null;
  if (low.scaled) return null;
  let j = low.next + 1;
  if (symbol && isSym(tokens, j, symbol)) j++;
  const num = parseNumberAt(tokens, j);
  if (!num || num.form !== 'digits' || low.form !== 'digits') return null;
  const high = applyScales(tokens, num.value, num.next);
  if (isPercentAt(tokens, high.next)) return null;
  const lowValue = multiply(lowNumber, pow10(high.exp));
  if (compare(lowValue, high.value) >= 0) return null;
  return { value: lowValue, next: high.next, form: low.form, scaled: high.scaled, high: high.value };
}

