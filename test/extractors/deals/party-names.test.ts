// Deal parties are named as the article names the company, without an owner in front of it.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../extractors';

describe('deal party names', () => {
  it.each([
    ["Nvidia will invest $2 billion in Elon Musk's xAI, people familiar with the matter said.", ['Nvidia', 'xAI']],
    ["Saudi Arabia's Public Investment Fund signed an agreement to invest $5 billion in Anthropic.", ['Public Investment Fund', 'Anthropic']],
    ["Microsoft's Azure will supply OpenAI with $250 billion of computing services under a new agreement.", ['OpenAI', 'Azure']],
    // The name as the story first writes it in full: with its legal form where it opens with one, not with one added later.
    ['Brattli Kraft AS signed a 15-year power purchase agreement to supply 200 MW to Norhall Data AS. Brattli will build the wind farm.', ['Norhall Data AS', 'Brattli Kraft AS']],
    ['Brattli Kraft signed a 15-year power purchase agreement to supply 200 MW to Norhall Data. Brattli Kraft AS is owned by three towns.', ['Norhall Data', 'Brattli Kraft']],
  ])('%s', (text, [buyer, provider]) => {
    const { deals } = extractText(text, { published: '2025-05-02' });
    expect(deals.map((d) => [d.buyer, d.provider])).toEqual([[buyer, provider]]);
  });
});
