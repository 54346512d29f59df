// Durations: a length of time with a number ("seven-year", "18 months", "two decades",
// "a month and a half", "a year and a quarter", "2 years, 3 months"), an end date ("through 2032" = 12 x (2032 - year
// of publication) months), or a vague "multiyear". Offsets ("two weeks after", "a year earlier"),
// ages ("17-year-old") and rates ("$3 billion a year") are not durations.
import type { DurationMention, Sentence } from '../types';
import { add, compare, type Decimal, fromInt, multiply, toNumber } from './decimal';
import { parseNumberAt } from './numbers';
import { OFFSET_WORDS } from './periods';
import { findEndDate, findVagueDuration } from './duration-extras';
import { spanOf } from './spans';
import { DASHES, isSym, isWord, type Token, tokenize } from './tokens';

type Measure = 'months' | 'days';
interface Unit {
  name: string;
  measure: Measure;
  size: number;
}
const UNITS: Record<string, Unit> = {};
function unit(names: string, measure: Measure, size: number): void {
  const name = names.split('|')[0];
  for (const n of names.split('|')) UNITS[n] = { name, measure, size };
}
unit('century|centuries', 'months', 1200);
unit('decade|decades', 'months', 120);
unit('year|years|yr|yrs|ys', 'months', 12);
unit('quarter|quarters', 'months', 3);
unit('month|months', 'months', 1);
unit('fortnight|fortnights', 'days', 14);
unit('week|weeks|wk|wks', 'days', 7);
unit('day|days|night|nights', 'days', 1);
/** The unit a compound may continue with: "2 years, 3 months", "one week three days". */
const NEXT_SMALLER: Record<string, string> = { century: 'decade', decade: 'year', year: 'month', quarter: 'month', fortnight: 'day', week: 'day' };

/** Words that may stand between a count and its unit: "two more years", "three extra days". */
const COUNT_MODIFIERS = new Set(['more', 'additional', 'extra', 'further', 'fewer', 'less', 'straight', 'consecutive', 'calendar', 'business', 'working']);
/** Words after which an article stands for "one": "for a year", "in a day", "about a decade". */
const ARTICLE_CONTEXT = new Set(['for', 'in', 'over', 'within', 'about', 'around', 'nearly', 'almost', 'roughly', 'approximately', 'than', 'least', 'to', 'under', 'lasting', 'spanning', 'another']);
const WHOLE_WORDS = new Set(['all', 'full', 'whole', 'entire']);
const ARTICLES = new Set(['a', 'an']);
const HALF: Decimal = { n: 5n, s: 1 };
const QUARTER: Decimal = { n: 25n, s: 2 };

interface Part {
  value: Decimal;
  unit: Unit;
  next: number;
}

function unitAt(tokens: Token[], i: number): { unit: Unit; next: number } | null {
  const t = tokens[i];
  return t && t.kind === 'word' && Object.hasOwn(UNITS, t.lower) ? { unit: UNITS[t.lower], next: i + 1 } : null;
}

/** "seven-year", "7 years", "3day", "half a year", "a month and a half". */
function parsePart(tokens: Token[], i: number): Part | null {
  let value: Decimal;
  let j: number;
  if (isWord(tokens, i, 'half')) {
    value = HALF;
    j = isWord(tokens, i + 1, ARTICLES) ? i + 2 : i + 1;
  } else {
    const num = parseNumberAt(tokens, i);
    if (!num) return null;
    if (num.form === 'article' && !isWord(tokens, i, 'another') && !articleMayCount(tokens, i)) return null;
    value = num.value;
    j = num.next;
    const fraction = num.form === 'digits' ? slashFractionAt(tokens, i) : null;
    if (fraction) [value, j] = [fraction.value, fraction.next];
  }
  if (isSym(tokens, j, DASHES) && !tokens[j].spaced && tokens[j + 1] && !tokens[j + 1].spaced) j++;
  if (isWord(tokens, j, COUNT_MODIFIERS) && unitAt(tokens, j + 1)) j++; // "two more years", "10 business days"
  const u = unitAt(tokens, j);
  if (!u) return null;
  const fraction = unitFractionAt(tokens, u.next);
  return fraction ? { value: add(value, fraction.value), unit: u.unit, next: fraction.next } : { value, unit: u.unit, next: u.next };
}

/** "1/2 day", "3/4 year": a half or quarters written with a slash. */
function slashFractionAt(tokens: Token[], i: number): { value: Decimal; next: number } | null {
  const [num, slash, den] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!isSym(tokens, i + 1, '/') || slash.spaced || !den || den.spaced || den.kind !== 'num') return null;
  const n = Number(num.text);
  const d = den.text === '2' ? HALF : den.text === '4' ? QUARTER : null;
  return d && Number.isInteger(n) && n >= 1 && n < Number(den.text) ? { value: multiply(fromInt(n), d), next: i + 3 } : null;
}

/** "a year and a half", "a month and half", "a year and a quarter", "two years and three quarters". */
function unitFractionAt(tokens: Token[], i: number): { value: Decimal; next: number } | null {
  if (!isWord(tokens, i, 'and')) return null;
  let j = isWord(tokens, i + 1, 'a') ? i + 2 : i + 1;
  let value: Decimal;
  if (isWord(tokens, j, 'half')) value = HALF;
  else if (isWord(tokens, j, 'quarter')) value = QUARTER;
  else if (j === i + 1 && isWord(tokens, j, 'three') && isWord(tokens, j + 1, 'quarters')) {
    value = { n: 75n, s: 2 };
    j++;
  } else return null;
  return { value, next: j + 1 };
}

function articleMayCount(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return !prev || (prev.kind === 'sym' && prev.text === '\n') || isWord(tokens, i - 1, ARTICLE_CONTEXT);
}

/** "for another two decades after state support ends" is a length, "two weeks after" an offset. */
const LENGTH_CONTEXT = new Set(['for', 'another', 'over', 'within', 'lasting', 'spanning']);
const CLAUSE_OFFSETS = new Set(['after', 'before', 'prior']);

/** Not a duration: "two weeks after", "17-year-old", "three quarters of revenue", "a year-earlier". */
function isExcludedAfter(tokens: Token[], part: Part, from: number): boolean {
  const t = tokens[part.next];
  if (!t) return false;
  if (t.kind === 'word' && OFFSET_WORDS.has(t.lower)) return !(CLAUSE_OFFSETS.has(t.lower) && isWord(tokens, from - 1, LENGTH_CONTEXT));
  if (part.unit.size === 3 && part.unit.measure === 'months' && t.lower === 'of') return true;
  return isSym(tokens, part.next, DASHES) && !t.spaced && isWord(tokens, part.next + 1, OFFSET_WORDS);
}

/** "for the whole day", "over the entire year": a span; "the full year" is a fiscal year. */
const SPAN_WORDS = new Set(['for', 'over', 'throughout', 'during']);

/** "all week", "full-year", "whole day", "for the whole day": one unit, unless used before a noun ("full-year revenue"). */
function parseWhole(tokens: Token[], i: number): Part | null {
  if (!isWord(tokens, i, WHOLE_WORDS) || (isWord(tokens, i - 1, 'the') && !(tokens[i].lower !== 'full' && isWord(tokens, i - 2, SPAN_WORDS)))) return null;
  const j = isSym(tokens, i + 1, DASHES) && !tokens[i + 1].spaced ? i + 2 : i + 1;
  const u = unitAt(tokens, j);
  if (!u || !tokens[j].lower.match(/^(?:day|week|month|year)$/)) return null;
  const after = tokens[u.next];
  if (after && after.kind === 'word') return null;
  return { value: fromInt(1), unit: u.unit, next: u.next };
}

/**
 * "2 years, 3 months", "one week three days": the next smaller unit may follow, with less than
 * one of the larger ("two decades, 18 months" is a list, not a compound).
 */
function extendCompound(tokens: Token[], part: Part): Part {
  let j = part.next;
  if (isSym(tokens, j, ',') || isWord(tokens, j, 'and')) j++;
  const more = parsePart(tokens, j);
  if (!more || NEXT_SMALLER[part.unit.name] !== more.unit.name) return part;
  const moreSize = multiply(more.value, fromInt(more.unit.size));
  if (compare(moreSize, fromInt(part.unit.size)) >= 0) return part;
  const total = add(multiply(part.value, fromInt(part.unit.size)), moreSize);
  return { value: total, unit: { ...part.unit, size: 1 }, next: more.next };
}

function toDuration(text: string, tokens: Token[], from: number, part: Part, sentences: Sentence[]): DurationMention {
  const amount = toNumber(multiply(part.value, fromInt(part.unit.size)));
  const span = spanOf(text, tokens, from, part.next, sentences);
  return part.unit.measure === 'months' ? { kind: 'duration', ...span, months: amount } : { kind: 'duration', ...span, days: amount };
}

/** "two to three years", "3-5 years": the low end takes the unit of the high end. */
function parseRangeLow(tokens: Token[], i: number): { low: Part; highAt: number } | null {
  const num = parseNumberAt(tokens, i);
  if (!num || num.form === 'article') return null;
  const joiner = num.next;
  const byAnd = isWord(tokens, joiner, 'and') && isWord(tokens, i - 1, 'between');
  if (!(isWord(tokens, joiner, 'to') || byAnd || (isSym(tokens, joiner, DASHES) && num.form === 'digits'))) return null;
  const high = parsePart(tokens, joiner + 1);
  if (!high || isExcludedAfter(tokens, high, i)) return null;
  return { low: { value: num.value, unit: high.unit, next: num.next }, highAt: joiner + 1 };
}

export function findDurations(text: string, sentences: Sentence[], publishedYear?: number | null, tokens: Token[] = tokenize(text)): DurationMention[] {
  const found: DurationMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const range = parseRangeLow(tokens, i);
    if (range) {
      found.push(toDuration(text, tokens, i, range.low, sentences));
      i = range.highAt;
      continue;
    }
    const part = parseWhole(tokens, i) ?? parsePart(tokens, i);
    if (part && !isExcludedAfter(tokens, part, i)) {
      const full = extendCompound(tokens, part);
      found.push(toDuration(text, tokens, i, full, sentences));
      i = full.next;
      continue;
    }
    const extra = findEndDate(text, tokens, i, publishedYear ?? null, sentences) ?? findVagueDuration(text, tokens, i, sentences);
    if (extra) {
      found.push(extra.mention);
      i = extra.next;
      continue;
    }
    i++;
  }
  return found;
}
