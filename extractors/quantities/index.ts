// Money, duration and power mentions of a text, sorted by position. The three finders share
// one tokenization; each walks it once with bounded look-ahead, so the whole is linear.
import { splitSentences } from '../text/sentences';
import type { QuantityMention, Sentence, Span } from '../types';
import { findDurations } from './duration';
import { findMoney } from './money';
import { findPower } from './power';
import { tokenize } from './tokens';

export { findDurations } from './duration';
export { findMoney } from './money';
export { findPower } from './power';

export interface FindQuantitiesOptions {
  /** The sentences of `text` (from splitSentences); computed when absent. */
  sentences?: Sentence[];
  /** Year of publication, for end dates ("through 2032"); end dates are skipped without it. */
  publishedYear?: number | null;
}

export function findQuantities(text: string, options: FindQuantitiesOptions = {}): QuantityMention[] {
  const sentences = options.sentences ?? splitSentences(text);
  const tokens = tokenize(text);
  const figures = [...findMoney(text, sentences, tokens), ...findPower(text, sentences, tokens)].sort(byPosition);
  const durations = withoutOverlaps(findDurations(text, sentences, options.publishedYear, tokens), figures);
  return [...figures, ...durations].sort(byPosition);
}

const byPosition = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

/** Drops candidates that overlap a kept span (both lists sorted by start): one merge pass. */
function withoutOverlaps<T extends Span>(candidates: T[], kept: Span[]): T[] {
  const out: T[] = [];
  let k = 0;
  for (const c of candidates) {
    while (k < kept.length && kept[k].end <= c.start) k++;
    if (k < kept.length && kept[k].start < c.end) continue;
    out.push(c);
  }
  return out;
}
