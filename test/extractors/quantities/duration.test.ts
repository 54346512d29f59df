import { describe, expect, it } from 'vitest';
import { findDurations } from '../../../extractors/quantities';
import { splitSentences } from '../../../extractors/text/sentences';

const durations = (text: string, year: number | null = 2025) => findDurations(text, splitSentences(text), year);

// One row per phrasing family: text, the duration as written, expected value fields.
const rows: [string, string, Record<string, unknown>][] = [
  ['signed a seven-year deal', 'seven-year', { months: 84 }],
  ['a 7-year pact', '7-year', { months: 84 }],
  ['a 15-year lease', '15-year', { months: 180 }],
  ['a five year contract', 'five year', { months: 60 }],
  ['over seven years', 'seven years', { months: 84 }],
  ['within 18 months', '18 months', { months: 18 }],
  ['for another two decades', 'two decades', { months: 240 }],
  ['in the four decades it has operated', 'four decades', { months: 480 }],
  ['for about a decade', 'a decade', { months: 120 }],
  ['over 3 quarters', '3 quarters', { months: 9 }],
  ['lasted 3.5 years', '3.5 years', { months: 42 }],
  ['it took one and a half years', 'one and a half years', { months: 18 }],
  ['half a year', 'half a year', { months: 6 }],
  ['a month and a half', 'a month and a half', { months: 1.5 }],
  ['2 years, 3 months', '2 years, 3 months', { months: 27 }],
  ['seven weeks', 'seven weeks', { days: 49 }],
  ['for a couple of days', 'a couple of days', { days: 2 }],
  ['one week three days', 'one week three days', { days: 10 }],
  ['sales fell all week', 'all week', { days: 7 }],
  ['in the 17-year history of the unit', '17-year', { months: 204 }],
  ['the contract runs through 2032', 'through 2032', { months: 84, from_end_date: true }],
  ['runs through December 2031', 'through December 2031', { months: 72, from_end_date: true }],
  ['until December 14, 2031', 'until December 14, 2031', { months: 72, from_end_date: true }],
  ['keep running until at least 2054', 'until at least 2054', { months: 348, from_end_date: true }],
  ['through the end of 2030', 'through the end of 2030', { months: 60, from_end_date: true }],
  ['I will be away for a year and a quarter', 'a year and a quarter', { months: 15 }],
  ['two years and three quarters', 'two years and three quarters', { months: 33 }],
  ['It lasted two and a half years', 'two and a half years', { months: 30 }],
  ['a two-and-a-half-year deal', 'two-and-a-half-year', { months: 30 }],
  ['a one-and-a-half-year pilot', 'one-and-a-half-year', { months: 18 }],
  ['a decade and a half of work', 'a decade and a half', { months: 180 }],
  ['gone for a couple weeks', 'a couple weeks', { days: 14 }],
  ['away for couple of days', 'couple of days', { days: 2 }],
  ['out for 1/2 day', '1/2 day', { days: 0.5 }],
  ['it needs 2 more weeks', '2 more weeks', { days: 14 }],
  ['two additional months of work', 'two additional months', { months: 2 }],
  ['within 10 business days', '10 business days', { days: 10 }],
  ['out for the whole day', 'whole day', { days: 1 }],
  ['It took several weeks', 'several weeks', { vague: true, estimated_days: 21 }],
  ['It will take a few months', 'a few months', { vague: true, estimated_months: 3 }],
  ['for some days', 'some days', { vague: true, estimated_days: 3 }],
  ['over several years', 'several years', { vague: true, estimated_months: 36 }],
  ['a multiyear agreement', 'multiyear', { vague: true }],
  ['a multi-year collaboration', 'multi-year', { vague: true }],
];

describe('findDurations', () => {
  it.each(rows)('%s', (text, written, value) => {
    const found = durations(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'duration', text: written, ...value });
    expect(text.slice(found[0].start, found[0].end)).toBe(written);
  });

  it('gives a range two durations, the low end taking the unit of the high end', () => {
    expect(durations('two to three years').map((d) => [d.text, d.months])).toEqual([['two', 24], ['three years', 36]]);
    expect(durations('3-5 years').map((d) => d.months)).toEqual([36, 60]);
  });

  it('gives a vague count an estimate, never a stated length', () => {
    const [d] = durations('for several weeks and a few months');
    expect(d.days).toBeUndefined();
    expect(d.months).toBeUndefined();
  });

  it('skips end dates without a publication year', () => {
    expect(durations('through 2032', null)).toEqual([]);
  });

  it.each([
    ['offsets', 'two weeks after Nvidia said; a year earlier; three years ago'],
    ['ages', 'a 17-year-old founder'],
    ['rates', 'revenue of $10 billion a year, twice a week'],
    ['fractions', 'three quarters of revenue'],
    ['ordinal quarters', 'third-quarter results for the second quarter'],
    ['year ranges', 'between 2023 and 2027, from 2025 through 2030'],
    ['past end dates', 'until 2019'],
    ['fiscal years', 'full-year revenue for the full year'],
    ['a whole period named, not spanned', 'the whole year was hard; 24/7 coverage'],
    ['coming periods', 'in the coming weeks, for some time'],
    ['vague offsets', 'several years ago; a few days later; some day'],
    ['percentages and dates', 'up 32% on March 3, 2025'],
  ])('finds nothing in %s', (_family, text) => {
    expect(durations(text)).toEqual([]);
  });
});
