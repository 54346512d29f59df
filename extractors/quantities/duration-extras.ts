// Durations without a stated length: end dates ("through 2032", "until at least 2054", "through
// December 2031"), vague terms ("multiyear") and vague counts ("several weeks", "a few months").
//
// An end date becomes 12 x (YEAR - publication year) months, the deal corpus convention; the
// month is not used. Without a publication year an end date is skipped: a duration with no
// length is of no use to a reader of the database, and the date itself stays in the text.
import type { DurationMention, Sentence } from '../types';
import { OFFSET_WORDS } from './periods';
import { spanOf } from './spans';
import { DASHES, isSym, isWord, type Token } from './tokens';

const END_WORDS = new Set(['through', 'thru', 'until', 'till', 'til']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
const VAGUE = new Set(['multiyear', 'multidecade']);
const VAGUE_UNITS = new Set(['year', 'decade']);
/** Words for a small unstated count; read as three, as peers' parsers and dictionaries do. */
const VAGUE_COUNTS = new Set(['several', 'few', 'some']);
const VAGUE_COUNT_ESTIMATE = 3;
/** Plural units only: "some day" means "one day in the future", not a length. */
const PLURAL_UNITS: Record<string, { field: 'estimated_months' | 'estimated_days'; size: number }> = {
  decades: { field: 'estimated_months', size: 120 }, years: { field: 'estimated_months', size: 12 },
  quarters: { field: 'estimated_months', size: 3 }, months: { field: 'estimated_months', size: 1 },
  weeks: { field: 'estimated_days', size: 7 }, days: { field: 'estimated_days', size: 1 },
};

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

/** "multiyear", "multi-year", "multi-decade", "several weeks", "a few months": a term of unstated length. */
export function findVagueDuration(text: string, tokens: Token[], i: number, sentences: Sentence[]): ExtraMatch | null {
  let next = -1;
  if (isWord(tokens, i, VAGUE)) next = i + 1;
  else if (isWord(tokens, i, 'multi') && isSym(tokens, i + 1, DASHES) && isWord(tokens, i + 2, VAGUE_UNITS)) next = i + 3;
  if (next >= 0) return { mention: { kind: 'duration', ...spanOf(text, tokens, i, next, sentences), vague: true }, next };
  return findVagueCount(text, tokens, i, sentences);
}

/** "several weeks", "a few months", "some days": vague, with the conventional estimate of three units. */
function findVagueCount(text: string, tokens: Token[], i: number, sentences: Sentence[]): ExtraMatch | null {
  const countAt = isWord(tokens, i, 'a') && isWord(tokens, i + 1, 'few') ? i + 1 : i;
  if (!isWord(tokens, countAt, VAGUE_COUNTS) || (countAt === i && isWord(tokens, i - 1, 'a'))) return null;
  const unit = tokens[countAt + 1];
  if (!unit || unit.kind !== 'word' || !Object.hasOwn(PLURAL_UNITS, unit.lower) || isWord(tokens, countAt + 2, OFFSET_WORDS)) return null;
  const { field, size } = PLURAL_UNITS[unit.lower];
  const span = spanOf(text, tokens, i, countAt + 2, sentences);
  return { mention: { kind: 'duration', ...span, vague: true, [field]: VAGUE_COUNT_ESTIMATE * size }, next: countAt + 2 };
}
