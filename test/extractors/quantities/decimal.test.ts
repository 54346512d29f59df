import { describe, expect, it } from 'vitest';
import { add, formatDecimal, multiply, parseDecimal, pow10 } from '../../../extractors/quantities/decimal';

const dec = (s: string) => {
  const d = parseDecimal(s);
  if (!d) throw new Error(`not a decimal: ${s}`);
  return d;
};

describe('exact decimals', () => {
  it.each([
    ['1.5', 12, '1500000000000'],
    ['0.1', 1, '1'],
    ['5,500,000,000', 0, '5500000000'],
    ['23', -3, '0.023'],
    ['226.71', 0, '226.71'],
    ['0.3', 9, '300000000'],
  ])('%s x 10^%i = %s', (value, exp, expected) => {
    expect(formatDecimal(multiply(dec(value), pow10(exp)))).toBe(expected);
  });

  it('adds without float error', () => {
    expect(formatDecimal(add(add(dec('0.1'), dec('0.1')), dec('0.1')))).toBe('0.3');
  });

  it.each(['', '.', '1.2.3', 'abc', '1e5'])('rejects %j', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});
