import { describe, expect, it } from 'vitest';
import { findPower } from '../../../extractors/quantities';
import { splitSentences } from '../../../extractors/text/sentences';

const power = (text: string) => findPower(text, splitSentences(text));

// One row per phrasing family: text, the figure as written, megawatts, extra fields.
const rows: [string, string, number | null, Record<string, unknown>?][] = [
  ['at least 10GW of systems', '10GW', 10000],
  ['a 1.2GW campus', '1.2GW', 1200],
  ['about 500 megawatts of power', '500 megawatts', 500],
  ['about 4.5 gigawatts of capacity', '4.5 gigawatts', 4500],
  ['a 4.5-gigawatt buildout', '4.5-gigawatt', 4500],
  ['a 240-megawatt campus', '240-megawatt', 240],
  ['well over a gigawatt of capacity', 'a gigawatt', 1000],
  ['A gigawatt costs money', 'A gigawatt', 1000],
  ['one gigawatt of compute', 'one gigawatt', 1000],
  ['six gigawatts of chips', 'six gigawatts', 6000],
  ['reaching 1,920 MW by 2032', '1,920 MW', 1920],
  ['each chip draws 23 kW', '23 kW', 0.023],
  ['about 23 kilowatts per chip', '23 kilowatts', 0.023],
  ['a 2 TW grid', '2 TW', 2000000],
  ['adding 1 gigawatt of new capacity weekly', '1 gigawatt', 1000, { per: 'week' }],
  ['a gigawatt a week', 'a gigawatt', 1000, { per: 'week' }],
  ['gigawatt-scale campuses', 'gigawatt-scale', null, { vague: true }],
  ['multi-gigawatt plans', 'multi-gigawatt', null, { vague: true }],
];

describe('findPower', () => {
  it.each(rows)('%s', (text, written, mw, extra = {}) => {
    const found = power(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'power', text: written, mw, ...extra });
    expect(text.slice(found[0].start, found[0].end)).toBe(written);
  });

  it('gives a range two figures, the low end taking the unit of the high end', () => {
    expect(power('from 300 to 480 MW').map((p) => p.mw)).toEqual([300, 480]);
    expect(power('raise the load 300 to 480 MW').map((p) => [p.text, p.mw])).toEqual([['300', 300], ['480 MW', 480]]);
    expect(power('between 840 MW and 1,200 MW').map((p) => p.mw)).toEqual([840, 1200]);
    expect(power('a 1-4 GW request').map((p) => p.mw)).toEqual([1000, 4000]);
  });

  it.each([
    ['a unit without a number', 'as each gigawatt is switched on, $35bn per gigawatt'],
    ['energy', '5 GWh of storage and 100 megawatt-hours'],
    ['the initial unit', 'the initial gigawatt is deployed'],
  ])('finds nothing for %s', (_family, text) => {
    expect(power(text)).toEqual([]);
  });
});
