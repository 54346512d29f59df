import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../../extractors/quantities';
import { splitSentences } from '../../../extractors/text/sentences';

const STORY =
  'OpenAI has signed a seven-year, $38 billion deal with Amazon Web Services. ' +
  'It targets 1 gigawatt of new capacity weekly and keeps rights through 2032.\n' +
  'It earns about $10 billion of revenue a year.';

describe('findQuantities', () => {
  it('returns every kind in reading order with sentence indexes', () => {
    const found = findQuantities(STORY, { publishedYear: 2025 });
    expect(found.map((m) => [m.kind, m.text, m.sentence])).toEqual([
      ['duration', 'seven-year', 0],
      ['money', '$38 billion', 0],
      ['power', '1 gigawatt', 1],
      ['duration', 'through 2032', 1],
      ['money', '$10 billion', 2],
    ]);
  });

  it('uses the sentences it is given', () => {
    const sentences = splitSentences(STORY);
    expect(findQuantities(STORY, { sentences, publishedYear: 2025 })).toEqual(findQuantities(STORY, { publishedYear: 2025 }));
  });

  it('does not count a rate as a duration', () => {
    expect(findQuantities('It pays $3 billion per year.').map((m) => m.kind)).toEqual(['money']);
  });
});
