// Rates after a figure ("$3 billion a year", "1 gigawatt of new capacity weekly") and the words
// that turn "a year" into a point in time ("a year earlier") rather than a rate or a length.
import type { Period } from '../types';
import { isSym, isWord, type Token } from './tokens';

const PERIOD_NOUNS: Record<string, Period> = {
  year: 'year', annum: 'year', quarter: 'quarter', month: 'month', week: 'week', day: 'day',
};
const PERIOD_ADVERBS: Record<string, Period> = {
  annually: 'year', yearly: 'year', quarterly: 'quarter', monthly: 'month', weekly: 'week', daily: 'day',
};
const RATE_WORDS = new Set(['a', 'an', 'per', 'each', 'every']);
/** After a length of time these make it an offset from some moment: "two weeks after", "a year earlier". */
export const OFFSET_WORDS = new Set(['ago', 'earlier', 'later', 'before', 'after', 'prior', 'hence', 'old', 'older', 'younger']);
/** Words a rate's "of ..." phrase may run through: "$10 billion of revenue a year". */
const MAX_OF_PHRASE_WORDS = 4;

export interface PerMatch {
  per: Period;
  /** Index of the first token after the rate. */
  next: number;
}

/** A rate starting at token i ("a year", "per week", "annually"), optionally after an "of ..." phrase. */
export function matchPer(tokens: Token[], i: number): PerMatch | null {
  const direct = matchRate(tokens, i);
  if (direct || !isWord(tokens, i, 'of')) return direct;
  for (let j = i + 1, n = 0; n < MAX_OF_PHRASE_WORDS && tokens[j]?.kind === 'word'; j++, n++) {
    const rate = matchRate(tokens, j + 1);
    if (rate) return rate;
  }
  return null;
}

function matchRate(tokens: Token[], i: number): PerMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (Object.hasOwn(PERIOD_ADVERBS, t.lower)) return { per: PERIOD_ADVERBS[t.lower], next: i + 1 };
  if (!RATE_WORDS.has(t.lower)) return null;
  const noun = tokens[i + 1];
  if (!noun || noun.kind !== 'word' || !Object.hasOwn(PERIOD_NOUNS, noun.lower)) return null;
  // "a year earlier", "a year-earlier quarter": a moment, not a rate
  if (isWord(tokens, i + 2, OFFSET_WORDS) || (isSym(tokens, i + 2, '-') && !tokens[i + 2].spaced)) return null;
  return { per: PERIOD_NOUNS[noun.lower], next: i + 2 };
}
