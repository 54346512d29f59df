// Random and adversarial text through every text extractor: each must return, quickly, and
// keep its contract (spans inside the text, sentences partitioning it). A seeded generator
// keeps the runs repeatable.
import { describe, expect, it } from 'vitest';
import { findDurations, findMoney, findPower, findQuantities } from '../../extractors/quantities';
import type { QuantityMention, Sentence } from '../../extractors/types';
import { splitSentences } from '../../extractors/text/sentences';

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['$', '€', '£', 'US', 'C$', '1', '5,500', '.', ',', '-', '–', ' ', '\n', 'billion', 'bn', 'a', 'year', 'years', 'seven', '-year',
  'through', '2032', 'GW', 'megawatts', 'gigawatt', 'to', 'and', 'between', '(', ')', 'about', 'Inc.', 'U.S.', 'Mr.', '"', '…', 'of', 'dollars',
  'half', 'multi', 'tens', 'cents', '%', '元', '😀', 'é', '\u00a0'];

function randomText(rand: () => number, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    const piece = rand() < 0.1 ? String.fromCodePoint(Math.floor(rand() * 0x2ffff)) : PIECES[Math.floor(rand() * PIECES.length)];
    parts.push(piece, rand() < 0.5 ? ' ' : '');
    size += piece.length + 1;
  }
  return parts.join('');
}

const KB = 1 << 10;
const SIZE = 128 * KB;
const ADVERSARIAL: [string, string][] = [
  ['a long digit run', '1'.repeat(SIZE)],
  ['repeated separators', ',,,,.'.repeat(SIZE / 5)],
  ['repeated dollar signs', '$'.repeat(SIZE)],
  ['dollars and digits', '$1 '.repeat(SIZE / 3)],
  ['digit groups', '1,000,'.repeat(SIZE / 6)],
  ['periods and letters', 'a.'.repeat(SIZE / 2)],
  ['ranges', '$1-2-3-4 to 5 to '.repeat(SIZE / 17)],
  ['spaces then a period', `${' '.repeat(SIZE)}.`],
  ['exclamations', '! '.repeat(SIZE / 2)],
  ['a one-megabyte line of figures', 'the seven-year $38 billion 1 gigawatt deal through 2032 '.repeat((8 * SIZE) / 56)],
];
/** Generous: linear code takes well under a second here even on a busy machine. */
const BUDGET_MS = 15_000;

function expectPartition(text: string, sentences: Sentence[]): void {
  let pos = 0;
  for (const s of sentences) {
    expect(s.start).toBe(pos);
    pos = s.end;
  }
  expect(pos).toBe(text.length);
}

function expectSpans(text: string, found: QuantityMention[]): void {
  for (const m of found) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.text).toBe(text.slice(m.start, m.end));
  }
}

describe('fuzz', () => {
  it('keeps the contracts on random text', () => {
    const rand = seeded(20251103);
    for (let n = 0; n < 200; n++) {
      const text = randomText(rand, 1 + Math.floor(rand() * 400));
      const sentences = splitSentences(text);
      expectPartition(text, sentences);
      for (const found of [findMoney(text, sentences), findDurations(text, sentences, 2025), findPower(text, sentences)]) expectSpans(text, found);
    }
  });

  it.each(ADVERSARIAL)('returns within the time budget on %s', (_name, text) => {
    const started = performance.now();
    const sentences = splitSentences(text);
    const found = findQuantities(text, { sentences, publishedYear: 2025 });
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    expectPartition(text, sentences);
    expectSpans(text, found);
  }, 60_000);
});
