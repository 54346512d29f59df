import { describe, expect, it } from 'vitest';
import { findMoney } from '../../../extractors/quantities';
import { splitSentences } from '../../../extractors/text/sentences';

const money = (text: string) => findMoney(text, splitSentences(text));

// One row per phrasing family: text, the figure as written, exact amount, currency, extra fields.
const rows: [string, string, string | null, string | null, Record<string, unknown>?][] = [
  ['a seven-year, $38 billion deal', '$38 billion', '38000000000', 'USD'],
  ['commitments of US$1.5tn so far', 'US$1.5tn', '1500000000000', 'USD'],
  ['a €5bn fund', '€5bn', '5000000000', 'EUR'],
  ['shares closed at 70,400 won', '70,400 won', '70400', 'KRW'],
  ['a 20 trillion won plant', '20 trillion won', '20000000000000', 'KRW'],
  ['a £500m plant', '£500m', '500000000', 'GBP'],
  ['a total of $5,500,000,000 over the term', '$5,500,000,000', '5500000000', 'USD'],
  ['warrants priced at $0.01 per share', '$0.01', '0.01', 'USD'],
  ['shares closed at $226.71 a share', '$226.71', '226.71', 'USD'],
  ['Amazon invested four billion dollars', 'four billion dollars', '4000000000', 'USD'],
  ['pledges of a trillion dollars', 'a trillion dollars', '1000000000000', 'USD'],
  ['twenty-five million euros were raised', 'twenty-five million euros', '25000000', 'EUR'],
  ['It spent C$19 billion in Canada', 'C$19 billion', '19000000000', 'CAD'],
  ['deals worth HK$3.2bn', 'HK$3.2bn', '3200000000', 'HKD'],
  ['a loan of us $ 150 million', 'us $ 150 million', '150000000', 'USD'],
  ['CHF 300 million in bonds', 'CHF 300 million', '300000000', 'CHF'],
  ['spending of ¥1.5 trillion', '¥1.5 trillion', '1500000000000', 'JPY'],
  ['₩2 trillion in chips', '₩2 trillion', '2000000000000', 'KRW'],
  ['an outlay of Rs 5 lakh crore', 'Rs 5 lakh crore', '5000000000000', 'INR'],
  ['a contract worth KSh 12 billion', 'KSh 12 billion', '12000000000', 'KES'],
  ['raised Ksh1.2bn from banks', 'Ksh1.2bn', '1200000000', 'KES'],
  ['₹500 crore for data centres', '₹500 crore', '5000000000', 'INR'],
  ['sales of 3 billion yuan', '3 billion yuan', '3000000000', 'CNY'],
  ['a bid of 470 pence a share', '470 pence', '4.7', 'GBP'],
  ['the contract rose 1.20 cents', '1.20 cents', '0.012', 'USD'],
  ['it only cost 20 dollars 43 cents', '20 dollars 43 cents', '20.43', 'USD'],
  ['a $10k grant', '$10k', '10000', 'USD'],
  ['raised US$7.5B of equity', 'US$7.5B', '7500000000', 'USD'],
  ['an increase to 120 MEUR', '120 MEUR', '120000000', 'EUR'],
  ['the price is 75 USD million', '75 USD million', '75000000', 'USD'],
  ['sales of 20 billion francs', '20 billion francs', '20000000000', null],
  ['capex of $10-15 billion', '$10-15 billion', '10000000000', 'USD', { qualifier: 'range_low', amount_high_exact: '15000000000' }],
  ['expenses of $10 to $15 billion', '$10 to $15 billion', '10000000000', 'USD', { qualifier: 'range_low', amount_high: 15e9 }],
  ['worth some $300 billion', '$300 billion', '300000000000', 'USD', { qualifier: 'about' }],
  ['invest as much as $100bn', '$100bn', '100000000000', 'USD', { qualifier: 'up_to' }],
  ['worth more than $10 billion', '$10 billion', '10000000000', 'USD', { qualifier: 'more_than' }],
  ['at least $20 billion in data centres', '$20 billion', '20000000000', 'USD', { qualifier: 'at_least' }],
  ['less than $5m', '$5m', '5000000', 'USD', { qualifier: 'less_than' }],
  ['it pays $367 million a year', '$367 million', '367000000', 'USD', { per: 'year' }],
  ['about $10 billion of revenue a year', '$10 billion', '10000000000', 'USD', { per: 'year' }],
  ['burning $1 billion per month', '$1 billion', '1000000000', 'USD', { per: 'month' }],
  ['a dividend of $0.5 quarterly', '$0.5', '0.5', 'USD', { per: 'quarter' }],
  ['it cost half a million dollars', 'half a million dollars', '500000', 'USD'],
  ['it costs one point five million dollars', 'one point five million dollars', '1500000', 'USD'],
  ['a quarter of a million dollars', 'a quarter of a million dollars', '250000', 'USD'],
  // South Asian digit grouping (lakh, crore)
  ['The deal is worth Rs 1,23,45,678 in all', 'Rs 1,23,45,678', '12345678', 'INR'],
  ['a budget of 1,00,000 rupees', '1,00,000 rupees', '100000', 'INR'],
  ['He paid ₹12,34,567.50 for it', '₹12,34,567.50', '1234567.5', 'INR'],
  // codes and symbols glued to numbers or to a sign
  ['USD5bn in new debt', 'USD5bn', '5000000000', 'USD'],
  ['a USD 5 billion loan', 'USD 5 billion', '5000000000', 'USD'],
  // an article before a currency word that leads its number is no "one rupee"
  ['signed a Rs 4,800 crore agreement', 'Rs 4,800 crore', '48000000000', 'INR'],
  ['a Rs 500 fee', 'Rs 500', '500', 'INR'],
  ['EUR 3 billion of bonds', 'EUR 3 billion', '3000000000', 'EUR'],
  ['a cheque for $US5 million', '$US5 million', '5000000', 'USD'],
  ['a J$ 5 million grant', 'J$ 5 million', '5000000', 'JMD'],
  ['it paid RMB¥100 for it', 'RMB¥100', '100', 'CNY'],
  ['a R1.2bn plant in Johannesburg', 'R1.2bn', '1200000000', 'ZAR'],
  // rarer signs and local currency names
  ['he paid ৳ 2,000 for it', '৳ 2,000', '2000', 'BDT'],
  ['a fare of ฿ 300', '฿ 300', '300', 'THB'],
  ['worth 500 zł today', '500 zł', '500', 'PLN'],
  ['a tip of ₨ 500', '₨ 500', '500', null],
  ['Rp 10,000 per night', 'Rp 10,000', '10000', 'IDR'],
  ['20 billion Swedish kronor in bonds', '20 billion Swedish kronor', '20000000000', 'SEK'],
  // Wire copy writes the Scandinavian currencies in English: "Swedish crowns", "Danish crowns".
  ['pay 4.5 billion Swedish crowns for the capacity', '4.5 billion Swedish crowns', '4500000000', 'SEK'],
  ['a 900 million Norwegian crown contract', '900 million Norwegian crown', '900000000', 'NOK'],
  ['a 10 billion Kenyan shillings budget', '10 billion Kenyan shillings', '10000000000', 'KES'],
  ['it cost 10 jamaican dollars', '10 jamaican dollars', '10', 'JMD'],
  ['a fare of 10 HK dollars', '10 HK dollars', '10', 'HKD'],
  ['a tip of 5 US cents', '5 US cents', '0.05', 'USD'],
  ['a 50 billion taka budget', '50 billion taka', '50000000000', 'BDT'],
  ['2 billion forints of aid', '2 billion forints', '2000000000', 'HUF'],
  ['1,000 Vietnamese dong each', '1,000 Vietnamese dong', '1000', 'VND'],
  // minor units
  ['It costs a dollar and two.', 'a dollar and two', '1.02', 'USD'],
  ['It costs one dollar and two and one point of credit.', 'one dollar and two', '1.02', 'USD'],
  ['a 12-cent dividend', '12-cent', '0.12', 'USD'],
  ['the 12-cent-a-share payout', '12-cent', '0.12', 'USD'],
  ['a five-dollar bill', 'five-dollar', '5', 'USD'],
  ['it cost $20 43', '$20 43', '20.43', 'USD'],
  ['a DM 10 million grant', 'DM 10 million', '10000000', 'DEM'],
  ['It may need one kuai and five mao five.', 'one kuai and five mao five', '1.55', 'CNY'],
  ['tens of billions of dollars', 'tens of billions of dollars', null, 'USD', { vague: true, amount: null }],
  ['a multibillion-dollar agreement', 'multibillion-dollar', null, 'USD', { vague: true }],
];

describe('findMoney', () => {
  it.each(rows)('%s', (text, written, exact, currency, extra = {}) => {
    const [m] = money(text);
    expect(m).toMatchObject({ kind: 'money', text: written, amount_exact: exact, currency, ...extra });
    expect(text.slice(m.start, m.end)).toBe(written);
    if (exact !== null) expect(m.amount).toBe(Number(exact));
  });

  it('keeps a range of two amounts written in full as two amounts', () => {
    const found = money('expenses of $114 billion to $118 billion');
    expect(found.map((m) => [m.text, m.amount_exact, m.amount_high_exact])).toEqual([
      ['$114 billion', '114000000000', undefined],
      ['$118 billion', '118000000000', undefined],
    ]);
  });

  it('keeps a range written with "between ... and" as two amounts', () => {
    const found = money('guiding to between $66 billion and $72 billion');
    expect(found.map((m) => [m.amount_exact, m.qualifier])).toEqual([['66000000000', 'exact'], ['72000000000', 'exact']]);
  });

  it('reads "from X to Y" as a change, not a range', () => {
    expect(money('raised from $5bn to $8bn').map((m) => m.amount)).toEqual([5e9, 8e9]);
  });

  it('marks a conversion in brackets with the start of the amount it converts', () => {
    const text = 'Microsoft will invest £22bn (about $30bn) in Britain';
    const [gbp, usd] = money(text);
    expect(usd).toMatchObject({ currency: 'USD', equivalent_of: gbp.start, qualifier: 'about' });
    expect(gbp.equivalent_of).toBeUndefined();
  });

  it('does not read "a year earlier" as a rate', () => {
    expect(money('revenue of $6 million a year earlier')[0].per).toBeUndefined();
  });

  it.each([
    ['percentages', 'shares rose 4% to a record'],
    ['share counts', 'up to 160 million AMD shares'],
    ['an attributive currency word', 'Neither side put a dollar figure on it'],
    ['a bare scale', 'twenty-five million people'],
    ['"grand" as an adjective', 'a grand jury heard the case'],
    ['"won" as a verb', 'Of the 12 bidders, 3 won contracts'],
    ['years', 'In 2024 the company grew'],
    ['a year before a common word', 'In 2025 won the award; 2024 dong'],
    ['a capital letter before a small number', 'the R2 unit and R 500'],
    ['a hyphenated currency that is attributive', 'a dollar-denominated bond and 3 euro-zone countries'],
    ['a subunit that needs a main amount', 'the 5 Mao portraits'],
  ])('finds nothing in %s', (_family, text) => {
    expect(money(text)).toEqual([]);
  });

  it('computes exactly where floats would not', () => {
    expect(money('$0.3 billion')[0].amount_exact).toBe('300000000');
    expect(money('$1.1 trillion')[0].amount_exact).toBe('1100000000000');
  });
});
