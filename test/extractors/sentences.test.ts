import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../extractors/text/sentences';

const texts = (text: string) => splitSentences(text).map((s) => s.text.trim());

// One row per phrasing family: a text and the sentences it holds.
const rows: [string, string, string[]][] = [
  ['plain sentences', 'Deals grew. Prices fell! Why? Nobody knows.', ['Deals grew.', 'Prices fell!', 'Why?', 'Nobody knows.']],
  ['"U.S." inside a sentence', 'The U.S. Treasury agreed. It paid.', ['The U.S. Treasury agreed.', 'It paid.']],
  ['"U.S." at the end', 'It builds in the U.S. The plan is big.', ['It builds in the U.S.', 'The plan is big.']],
  ['company suffixes', 'Broadcom Inc. (NASDAQ: AVGO) said so. Nvidia Corp. shares rose.', ['Broadcom Inc. (NASDAQ: AVGO) said so.', 'Nvidia Corp. shares rose.']],
  ['a suffix ending a sentence', 'It signed with Broadcom Inc. The deal is large.', ['It signed with Broadcom Inc.', 'The deal is large.']],
  ['Asian legal forms', 'Straits Data Centres Pte. Ltd. ("SDC") said so. Tenaga Nasional Bhd. agreed.', ['Straits Data Centres Pte. Ltd. ("SDC") said so.', 'Tenaga Nasional Bhd. agreed.']],
  ['titles', 'Mr. Altman and Dr. Su met. They agreed.', ['Mr. Altman and Dr. Su met.', 'They agreed.']],
  ['numbers after "No."', 'It is the No. 2 cloud. Microsoft leads.', ['It is the No. 2 cloud.', 'Microsoft leads.']],
  ['an abbreviated scale', 'It is worth $1.5 bn. The shares rose.', ['It is worth $1.5 bn.', 'The shares rose.']],
  ['decimals', 'Revenue was $1.25 billion. Costs were 3.5% higher.', ['Revenue was $1.25 billion.', 'Costs were 3.5% higher.']],
  ['initials', 'J. P. Morgan and John F. Kennedy. Then more.', ['J. P. Morgan and John F. Kennedy.', 'Then more.']],
  ['ellipses', 'Wait... then go. Stop… Now.', ['Wait... then go.', 'Stop…', 'Now.']],
  ['quotes after periods', 'He said "we signed." The market cheered.', ['He said "we signed."', 'The market cheered.']],
  ['datelines', 'NEW YORK (Wire) — OpenAI signed a deal. It is big.', ['NEW YORK (Wire) — OpenAI signed a deal.', 'It is big.']],
  ['dated datelines', 'WASHINGTON, Oct. 3 (Wire) - Talks began. They ended.', ['WASHINGTON, Oct. 3 (Wire) - Talks began.', 'They ended.']],
  ['lines', 'A subhead\nA paragraph without a period\nLast one.', ['A subhead', 'A paragraph without a period', 'Last one.']],
  ['lowercase after a period', 'It grew approx. twenty times, e.g. in Texas.', ['It grew approx. twenty times, e.g. in Texas.']],
];

describe('splitSentences', () => {
  it.each(rows)('%s', (_family, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each(rows.map(([family, text]) => [family, text] as const))('partitions the text: %s', (_family, text) => {
    const sentences = splitSentences(text);
    let pos = 0;
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(s.start).toBe(pos);
      expect(s.text).toBe(text.slice(s.start, s.end));
      pos = s.end;
    });
    expect(pos).toBe(text.length);
  });

  it('keeps blank lines and spaces inside the sentence they follow', () => {
    expect(splitSentences('One.\n\n  Two.').map((s) => s.text)).toEqual(['One.\n\n  ', 'Two.']);
  });

  it('returns no sentence for empty text', () => {
    expect(splitSentences('')).toEqual([]);
  });
});
