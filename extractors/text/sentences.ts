// Sentence spans for article bodies (one paragraph per line). The spans partition the text:
// each sentence runs to the start of the next, so trailing spaces and the line break belong to
// the sentence they follow. One left-to-right pass; abbreviations are looked up, never searched.
import type { Sentence } from '../types';

/** Never end a sentence: titles and the like are always followed by more of the sentence. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt', 'rev', 'hon', 'messrs', 'mt', 'ft', 'vs', 'v', 'cf', 'approx', 'est', 'fig', 'vol', 'nos', 'pp', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** End a sentence only when a typical sentence opener follows ("... Broadcom Inc. The company"). */
const SUFFIXES = new Set(['inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'pte', 'pty', 'bhd', 'sdn', 'bros', 'no', 'etc', 'al', 'ave', 'blvd', 'dept', 'univ', 'assn']);
const OPENERS = new Set(['the', 'a', 'an', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'but', 'and', 'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'there', 'his', 'her', 'their', 'our', 'shares', 'analysts', 'however', 'meanwhile', 'still', 'yet', 'so']);
const CLOSERS = '"\'”’)]»';
const TERMINATORS = '.!?…';
/** TERMINATORS by char code: the main loop asks this of every character. */
const isTerminatorCode = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
/** Abbreviations and openers are short: look no further (keeps the pass linear). */
const MAX_WORD = 12;

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0';
const isUpper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLetter = (ch: string | undefined) => !!ch && ch.toLowerCase() !== ch.toUpperCase();

/** The word (letters and inner dots, e.g. "U.S") that ends just before position `dot`. */
function wordBefore(text: string, dot: number): string {
  let k = dot;
  const stop = Math.max(0, dot - MAX_WORD);
  while (k > stop && (isLetter(text[k - 1]) || (text[k - 1] === '.' && isLetter(text[k - 2])))) k--;
  return text.slice(k, dot);
}

function wordAt(text: string, i: number): string {
  let k = i;
  const stop = Math.min(text.length, i + MAX_WORD);
  while (k < stop && isLetter(text[k])) k++;
  return text.slice(i, k).toLowerCase();
}

/** Whether the period at `dot`, followed by `next` (first non-space char, at `nextAt`), ends a sentence. */
function periodEnds(text: string, dot: number, nextAt: number): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  if (/^\d/.test(text[nextAt]) && (lower === 'no' || lower === 'nos')) return false; // "No. 3"
  if (TITLES.has(lower)) return false;
  const initial = word.length === 1 && isUpper(word);
  const dotted = word.includes('.'); // "U.S", "U.K"
  if (initial || dotted || SUFFIXES.has(lower)) return OPENERS.has(wordAt(text, nextAt));
  return true;
}

/** Position after the sentence-final punctuation run at i (e.g. '."' or '...'), or -1 if none ends here. */
function boundaryAfter(text: string, i: number): number {
  let j = i;
  while (j < text.length && TERMINATORS.includes(text[j])) j++;
  while (j < text.length && CLOSERS.includes(text[j])) j++;
  if (j < text.length && !isSpace(text[j]) && text[j] !== '\n') return -1;
  let k = j;
  while (isSpace(text[k])) k++;
  if (k >= text.length || text[k] === '\n') return j;
  const next = text[k];
  if (!(isUpper(next) || /[\d"'“‘(\[«]/.test(next))) return -1;
  const singlePeriod = text[i] === '.' && !TERMINATORS.includes(text[i + 1]);
  if (singlePeriod && !periodEnds(text, i, k)) return -1;
  return j;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const close = (end: number) => {
    if (end <= start) return;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
    start = end;
  };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) {
      let k = i + 1;
      while (k < text.length && (text[k] === '\n' || isSpace(text[k]))) k++;
      close(k);
      i = k;
      continue;
    }
    if (isTerminatorCode(code) && (i === 0 || !isTerminatorCode(text.charCodeAt(i - 1)))) {
      const end = boundaryAfter(text, i);
      if (end > 0) {
        let k = end;
        while (isSpace(text[k])) k++;
        if (text[k] === '\n') {
          i = k; // the line break closes it, keeping the break in this sentence
          continue;
        }
        close(k);
        i = k;
        continue;
      }
    }
    i++;
  }
  close(text.length);
  return sentences;
}
