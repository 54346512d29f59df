// Exact decimal arithmetic on BigInt: value = n / 10^s. Amounts are never multiplied as floats
// (0.1 * 3 !== 0.3), so "$1.5tn" is exactly "1500000000000".

export interface Decimal {
  n: bigint;
  s: number;
}

/** "1,250.75" -> 1250.75 (grouping commas dropped). Returns null for anything but digits with one optional point. */
export function parseDecimal(text: string): Decimal | null {
  const plain = text.replace(/,/g, '');
  const dot = plain.indexOf('.');
  const intPart = dot < 0 ? plain : plain.slice(0, dot);
  const fracPart = dot < 0 ? '' : plain.slice(dot + 1);
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fracPart) || intPart.length + fracPart.length === 0) return null;
  return { n: BigInt(intPart + fracPart || '0'), s: fracPart.length };
}

export function fromInt(value: number | bigint): Decimal {
  return { n: BigInt(value), s: 0 };
}

/** 10^exp for exp >= 0, or its inverse for exp < 0. */
export function pow10(exp: number): Decimal {
  return exp >= 0 ? { n: 10n ** BigInt(exp), s: 0 } : { n: 1n, s: -exp };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { n: a.n * b.n, s: a.s + b.s };
}

export function add(a: Decimal, b: Decimal): Decimal {
  const s = Math.max(a.s, b.s);
  return { n: a.n * 10n ** BigInt(s - a.s) + b.n * 10n ** BigInt(s - b.s), s };
}

export function isInteger(d: Decimal): boolean {
  return d.n % 10n ** BigInt(d.s) === 0n;
}

export function compare(a: Decimal, b: Decimal): number {
  const s = Math.max(a.s, b.s);
  const x = a.n * 10n ** BigInt(s - a.s);
  const y = b.n * 10n ** BigInt(s - b.s);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Canonical text: no exponent, no trailing fractional zeros ("38000000000", "1.25", "0.023"). */
export function formatDecimal(d: Decimal): string {
  const negative = d.n < 0n;
  let digits = (negative ? -d.n : d.n).toString();
  if (d.s > 0) {
    digits = digits.padStart(d.s + 1, '0');
    const cut = digits.length - d.s;
    const frac = digits.slice(cut).replace(/0+$/, '');
    digits = frac ? `${digits.slice(0, cut)}.${frac}` : digits.slice(0, cut);
  }
  return negative ? `-${digits}` : digits;
}

export function toNumber(d: Decimal): number {
  return Number(formatDecimal(d));
}
