// Helpers that turn token ranges into mention spans.
import type { Sentence } from '../types';
import type { Token } from './tokens';

/** Index of the sentence holding `pos` (sentences partition the text, sorted by start). */
export function sentenceIndexAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo]?.index ?? 0;
}

export interface TokenSpan {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

/** The span of tokens [from, to) in the text. */
export function spanOf(text: string, tokens: Token[], from: number, to: number, sentences: Sentence[]): TokenSpan {
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  return { start, end, text: text.slice(start, end), sentence: sentenceIndexAt(sentences, start) };
}
