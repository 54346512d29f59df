// Candidate reach: the pair a reader sees joined by a deal is among the candidates the decision weighs,
// whatever the decision then keeps. One row per class of phrasing.
import { describe, expect, it } from 'vitest';
import { explainText } from '../../../extractors';

const pairs = (text: string) => explainText(text, { published: '2025-10-21' }).candidates.map((c) => [c.a, c.b]);

describe('deal candidates reach the pair', () => {
  it.each([
    // "took N MW from Y": a purchase in the past tense, no deal noun.
    ['Amazon took 150 MW of capacity from Solvik Energi under a 10-year contract signed on Monday.', ['Amazon', 'Solvik Energi']],
    // Megawatts bought from a company whose name reads like a person's.
    ['Microsoft agreed to buy 250 MW of geothermal power from Tarrow Heat, a Nevada developer, for 15 years.', ['Microsoft', 'Tarrow Heat']],
    ['Google will take 200 MW from Kestrel Wind under a 12-year arrangement.', ['Google', 'Kestrel Wind']],
    // A company whose name extends a gazetteer alias ("Helion" for Helion Energy) with another trade word.
    ['Quarry Hill Data Centers has agreed to lease a 300-megawatt campus to Helion AI for 15 years.', ['Quarry Hill Data Centers', 'Helion AI']],
    // A region's government as a party.
    ['The Johor state government has signed a deal with Vantage Data Centers for a 300 MW campus.', ['Johor state government', 'Vantage Data Centers']],
    // "receive $N from Y": money received funds the receiver.
    ['Sakura Internet will receive 50 billion yen from the Japanese government to buy Nvidia chips.', ['Sakura Internet', 'Japanese government']],
    ['Iris Compute received an investment of Rs 500 crore from Temasek.', ['Iris Compute', 'Temasek']],
    // "tied up with": a partnership verb of Indian and British news.
    ['Reliance Jio has tied up with Nvidia to build AI infrastructure in India.', ['Reliance Jio', 'Nvidia']],
    // "backed X with $N": backing with money is an investment.
    ['SoftBank backed Kairos Cloud with $300 million in new funding.', ['SoftBank', 'Kairos Cloud']],
    ['Temasek is backing Lumora Compute with a $150 million investment.', ['Temasek', 'Lumora Compute']],
  ])('%s', (text, pair) => {
    expect(pairs(text)).toContainEqual(pair);
  });

  // Counter-cases: backing that is support, not money.
  it.each([
    ["Microsoft backed OpenAI's plan with public statements."],
    ['Nvidia has backed CoreWeave with its public support.'],
    // Receiving what is no sum: a visit, praise.
    ['Microsoft received a visit from Nvidia executives.'],
  ])('no candidate in: %s', (text) => {
    expect(pairs(text)).toEqual([]);
  });
});
