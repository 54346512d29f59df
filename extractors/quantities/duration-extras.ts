// Durations without a unit: end dates ("through 2032", "until at least 2054", "through
// December 2031") and vague terms ("multiyear").
//
// An end date becomes 12 x (YEAR - publication year) months, the deal corpus convention; the
// month is not used. Without a publication year an end date is skipped: a duration with no
// length is of no use to a reader of the database, and the date itself stays in the text.
import type { DurationMention, Sentence } from '../types';
import { spanOf } from './spans';
import { DASHES, isSym, isWord, type Token } from './tokens';

const END_WORDS = new Set(['through', 'thru', 'until', 'till', 'til']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const VAGUE = new Set(['multiyear', 'multidecade']);
const VAGUE_UNITS = new Set(['year', 'decade']);

export interface ExtraMatch {
  mention: DurationMention;
  next: number;
}

function yearAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  if (!t || t.kind !== 'num' || !/^(?:19|20|21)\d\d$/.test(t.text)) return null;
  // "through 2030-31" or "through 2030 to 2032" name a span of years, not an end
  if (isSym(tokens, i + 1, DASHES) && tokens[i + 2]?.kind === 'num') return null;
  return Number(t.text);
}

/** "through 2032", "until at least 2054", "through the end of 2030", "until December 14, 2031". */
export function findEndDate(text: string, tokens: Token[], i: number, publishedYear: number | null, sentences: Sentence[]): ExtraMatch | null {
  if (!isWord(tokens, i, END_WORDS) || publishedYear === null) return null;
  if (tokens[i - 1]?.kind === 'num') return null; // "2025 through 2030": a range of years
  let j = i + 1;
  if (isWord(tokens, j, 'at') && isWord(tokens, j + 1, 'least')) j += 2;
  if (isWord(tokens, j, 'the') && isWord(tokens, j + 1, 'end') && isWord(tokens, j + 2, 'of')) j += 3;
  else if (isWord(tokens, j, 'end') && isWord(tokens, j + 1, 'of')) j += 2;
  if (isWord(tokens, j, MONTHS)) {
    j++;
    if (isSym(tokens, j, '.') && !tokens[j].spaced) j++;
    if (tokens[j]?.kind === 'num' && tokens[j].text.length <= 2) j++;
    if (isSym(tokens, j, ',')) j++;
  }
  const year = yearAt(tokens, j);
  if (year === null || year <= publishedYear) return null;
  const span = spanOf(text, tokens, i, j + 1, sentences);
  return { mention: { kind: 'duration', ...span, months: 12 * (year - publishedYear), from_end_date: true }, next: j + 1 };
}

/** "multiyear", "multi-year", "multi-decade": a term of unstated length. */
export function findVagueDuration(text: string, tokens: Token[], i: number, sentences: Sentence[]): ExtraMatch | null {
  let next = -1;
  if (isWord(tokens, i, VAGUE)) next = i + 1;
  else if (isWord(tokens, i, 'multi') && isSym(tokens, i + 1, DASHES) && isWord(tokens, i + 2, VAGUE_UNITS)) next = i + 3;
  if (next < 0) return null;
  return { mention: { kind: 'duration', ...spanOf(text, tokens, i, next, sentences), vague: true }, next };
}
