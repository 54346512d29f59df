import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../extractors/orgs/tokens';

const brief = (text: string) =>
  tokenize(text).map((t) => [t.text, t.key, t.start, t.word, t.capitalized, t.spaced, t.joined]);

// The scanner classifies characters by hand; these rows pin the cases where that could part from
// "letters and digits by Unicode property": accents, astral letters, lone surrogates, odd spaces.
describe('tokenize', () => {
  it.each([
    ["Nvidia's", [['Nvidia', 'nvidia', 0, true, true, false, false], ["'", "'", 6, false, false, false, true], ['s', 's', 7, true, false, false, true]]],
    ['Acme’s', [['Acme', 'acme', 0, true, true, false, false], ['’', "'", 4, false, false, false, true], ['s', 's', 5, true, false, false, true]]],
    ['Élan \u00a0\tSA', [['Élan', 'élan', 0, true, true, false, false], ['SA', 'sa', 7, true, true, true, false]]],
    ['PG&E\nX-energy', [['PG', 'pg', 0, true, true, false, false], ['&', '&', 2, false, false, false, true], ['E', 'e', 3, true, true, false, true], ['X', 'x', 5, true, true, false, false], ['-', '-', 6, false, false, false, true], ['energy', 'energy', 7, true, false, false, true]]],
    ['“Acme” 5G', [['Acme', 'acme', 1, true, true, false, false], ['5G', '5g', 7, true, false, false, false]]],
    ['𝐀bc \ud800 x²', [['𝐀bc', '𝐀bc', 0, true, true, false, false], ['x²', 'x²', 7, true, false, false, false]]],
    ['ǅemal — ß', [['ǅemal', 'ǆemal', 0, true, false, false, false], ['ß', 'ß', 8, true, false, false, false]]],
  ])('%j', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});
