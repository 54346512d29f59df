// Numbers as news writes them: digits ("5,500,000,000", "1.25"), words ("twenty-five",
// "one hundred and five", "one point five"), articles ("a billion", "an hour"), fractions ("half a year",
// "three quarters billion", "one and a half"). All values are exact decimals.
import { add, type Decimal, fromInt, parseDecimal } from './decimal';
import { DASHES, isSym, isWord, MAX_NUMBER_DIGITS, type Token } from './tokens';

export type NumberForm = 'digits' | 'words' | 'article';

export interface ParsedNumber {
  value: Decimal;
  /** Index of the first token after the number. */
  next: number;
  form: NumberForm;
}

// Maps, not object literals: a lookup is one hash probe, and words like "constructor" are plain misses.
const UNITS = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
}));
const TENS = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));
const HALF: Decimal = { n: 5n, s: 1 };
const QUARTER: Decimal = { n: 25n, s: 2 };
const ARTICLES = new Set(['a', 'an']);
/** Words after which "quarter(s)" is a fraction ("quarter million") rather than a fiscal quarter. */
const FRACTION_SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'lakh', 'crore']);
/** Every word a number in words can start with; parseNumberAt skips all other words at once. */
const NUMBER_STARTS = new Set([...UNITS.keys(), ...TENS.keys(), ...ARTICLES, 'half', 'quarter', 'dozen', 'couple', 'another']);

/** "twenty", "twenty-five", "twenty five", "seven": a number below 100 written in words. */
function parseBelow100(tokens: Token[], i: number): { value: number; next: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const units = UNITS.get(t.lower);
  if (units !== undefined) return { value: units, next: i + 1 };
  const tens = TENS.get(t.lower);
  if (tens === undefined) return null;
  const hyphen = isSym(tokens, i + 1, DASHES) && !tokens[i + 1].spaced && tokens[i + 2] && !tokens[i + 2].spaced;
  const unitAt = hyphen ? i + 2 : i + 1;
  const unit = tokens[unitAt];
  const unitValue = unit && unit.kind === 'word' && (hyphen || unit.spaced) ? UNITS.get(unit.lower) : undefined;
  if (unitValue !== undefined && unitValue >= 1 && unitValue <= 9) return { value: tens + unitValue, next: unitAt + 1 };
  return { value: tens, next: i + 1 };
}

/** Words up to 999: "one hundred and five", "a hundred", "forty-two". */
function parseWordNumber(tokens: Token[], i: number): ParsedNumber | null {
  let head = parseBelow100(tokens, i);
  if (!head && isWord(tokens, i, ARTICLES) && isWord(tokens, i + 1, 'hundred')) head = { value: 1, next: i + 1 };
  if (!head) return null;
  let value = head.value;
  let next = head.next;
  if (isWord(tokens, next, 'hundred') && value >= 1 && value <= 9) {
    value *= 100;
    next++;
    const andAt = isWord(tokens, next, 'and') ? next + 1 : next;
    const rest = parseBelow100(tokens, andAt);
    if (rest && rest.value > 0) {
      value += rest.value;
      next = rest.next;
    }
  }
  return { value: fromInt(value), next, form: 'words' };
}

/**
 * "half", "a half", "quarter", "three quarters", "half a", "a quarter of a": only before a scale
 * word ("half million", "half a billion dollars", "three quarters of a million").
 */
function parseFraction(tokens: Token[], i: number): ParsedNumber | null {
  let j = isWord(tokens, i, ARTICLES) ? i + 1 : i;
  let value: Decimal | null = null;
  if (isWord(tokens, j, 'half')) value = HALF;
  else if (isWord(tokens, j, 'quarter')) value = QUARTER;
  else if (isWord(tokens, j, 'three') && isWord(tokens, j + 1, 'quarters')) {
    value = { n: 75n, s: 2 };
    j++;
  }
  if (!value) return null;
  let k = j + 1;
  const of = isWord(tokens, k, 'of');
  if (of) k++;
  const article = isWord(tokens, k, ARTICLES);
  if (article) k++;
  if ((of && !article) || !isWord(tokens, k, FRACTION_SCALES)) return null; // not "half of the billion"
  return { value, next: k, form: 'words' };
}

/** Index of the token after i, stepping over a hyphen that joins words ("two-and-a-half-year"). */
function afterJoiner(tokens: Token[], i: number, hyphenated: boolean): number {
  return hyphenated && isSym(tokens, i + 1, DASHES) && !tokens[i + 1].spaced && tokens[i + 2] && !tokens[i + 2].spaced ? i + 2 : i + 1;
}

/** "and a half" / "and a quarter" / "and half" after a number, when a unit word follows ("-and-a-half-" too). */
function parseFractionSuffix(tokens: Token[], i: number): { value: Decimal; next: number } | null {
  const hyphenated = isSym(tokens, i, DASHES) && !tokens[i].spaced && isWord(tokens, i + 1, 'and') && !tokens[i + 1].spaced;
  const andAt = hyphenated ? i + 1 : i;
  if (!isWord(tokens, andAt, 'and')) return null;
  let j = afterJoiner(tokens, andAt, hyphenated);
  if (isWord(tokens, j, ARTICLES)) j = afterJoiner(tokens, j, hyphenated);
  const value = isWord(tokens, j, 'half') ? HALF : isWord(tokens, j, 'quarter') ? QUARTER : null;
  const afterAt = afterJoiner(tokens, j, hyphenated);
  const after = tokens[afterAt];
  if (!value || !after || after.kind !== 'word' || after.lower === 'of' || after.lower === 'and') return null;
  return { value, next: j + 1 };
}

/** "one point five", "two point seven five": digits named one by one after "point". */
function withSpokenDecimals(tokens: Token[], num: ParsedNumber): ParsedNumber {
  if (!isWord(tokens, num.next, 'point')) return num;
  let digits = '';
  let j = num.next + 1;
  for (let d; tokens[j]?.kind === 'word' && (d = UNITS.get(tokens[j].lower)) !== undefined && d <= 9; j++) digits += d;
  return digits ? { value: add(num.value, { n: BigInt(digits), s: digits.length }), next: j, form: 'words' } : num;
}

function parseDigits(tokens: Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  if (!t || t.kind !== 'num' || t.text.length > MAX_NUMBER_DIGITS + 8) return null;
  const value = parseDecimal(t.text);
  return value ? { value, next: i + 1, form: 'digits' } : null;
}

/**
 * The number starting at token i, if any. Articles count as one ("a gigawatt"), "a couple (of)"
 * as two, "a dozen" as twelve; callers decide where an article may stand for a number.
 */
export function parseNumberAt(tokens: Token[], i: number): ParsedNumber | null {
  const t = tokens[i];
  // Called at nearly every token: symbols start no number, digits only digits, most words none.
  if (!t || t.kind === 'sym' || (t.kind === 'word' && !NUMBER_STARTS.has(t.lower))) return null;
  const base = t.kind === 'num' ? parseDigits(tokens, i) : parseWords(tokens, i);
  if (!base) return null;
  const suffix = parseFractionSuffix(tokens, base.next);
  return suffix ? { value: add(base.value, suffix.value), next: suffix.next, form: base.form } : base;
}

function parseWords(tokens: Token[], i: number): ParsedNumber | null {
  const words = parseWordNumber(tokens, i);
  return parseFraction(tokens, i) ?? (words && withSpokenDecimals(tokens, words)) ?? parseArticleNumber(tokens, i);
}

function parseArticleNumber(tokens: Token[], i: number): ParsedNumber | null {
  if (isWord(tokens, i, ARTICLES)) {
    if (isWord(tokens, i + 1, 'couple')) return { value: fromInt(2), next: isWord(tokens, i + 2, 'of') ? i + 3 : i + 2, form: 'words' };
    if (isWord(tokens, i + 1, 'dozen')) return { value: fromInt(12), next: i + 2, form: 'words' };
    return { value: fromInt(1), next: i + 1, form: 'article' };
  }
  if (isWord(tokens, i, 'dozen')) return { value: fromInt(12), next: i + 1, form: 'words' };
  if (isWord(tokens, i, 'couple') && isWord(tokens, i + 1, 'of')) return { value: fromInt(2), next: i + 2, form: 'words' };
  if (isWord(tokens, i, 'another')) return { value: fromInt(1), next: i + 1, form: 'article' };
  return null;
}

