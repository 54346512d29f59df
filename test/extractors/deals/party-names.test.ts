// Deal parties are named as the article names the company, without an owner in front of it.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../extractors';

describe('deal party names', () => {
  it.each([
    ["Nvidia will invest $2 billion in Elon Musk's xAI, people familiar with the matter said.", ['Nvidia', 'xAI']],
    ["Saudi Arabia's Public Investment Fund signed an agreement to invest $5 billion in Anthropic.", ['Public Investment Fund', 'Anthropic']],
    ["Microsoft's Azure will supply OpenAI with $250 billion of computing services under a new agreement.", ['OpenAI', 'Azure']],
  ])('%s', (text, [buyer, provider]) => {
    const { deals } = extractText(text, { published: '2025-05-02' });
    expect(deals.map((d) => [d.buyer, d.provider])).toEqual([[buyer, provider]]);
  });
});
