// Word and punctuation tokens of a text, the unit both alias matching and unknown-company
// detection walk over. One hand-written left-to-right pass: linear in the text, and nothing
// allocated but the tokens (a regex pass made a match array per token, a fifth of this
// finder's garbage).

export interface Token {
  /** The token as written. */
  text: string;
  /** Lower-cased, curly apostrophe folded: the key aliases are looked up by. */
  key: string;
  start: number;
  end: number;
  /** A run of letters/digits (as opposed to a punctuation mark). */
  word: boolean;
  /** Starts with an upper-case letter. */
  capitalized: boolean;
  /** Nothing but spaces separates it from the previous token (no newline, no other mark). */
  spaced: boolean;
  /** Directly attached to the previous token ("Amazon.com", "X-energy"). */
  joined: boolean;
}

// Punctuation that can sit inside or right after a name: "Amazon.com", "PG&E", "X-energy",
// "Nvidia's", "Acme, Inc.". Everything else (quotes, brackets, newlines) only separates.
function isPunctuation(code: number): boolean {
  switch (code) {
    case 0x2e: case 0x26: case 0x27: case 0x2019: case 0x2c: case 0x2d: case 0x3b: case 0x3a: case 0x28: case 0x29: // . & ' ’ , - ; : ( )
      return true;
    default:
      return false;
  }
}
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}$/u;

/** Per code point below 0x10000: 0 not yet seen, else 1 + (letter or digit) + 2 * (upper case). */
const classes = new Uint8Array(0x10000);

function classOf(cp: number): number {
  if (cp < 0x80) {
    if (cp >= 0x61 && cp <= 0x7a) return 2; // a-z
    if (cp >= 0x41 && cp <= 0x5a) return 4; // A-Z
    return cp >= 0x30 && cp <= 0x39 ? 2 : 1;
  }
  if (cp < 0x10000 && classes[cp]) return classes[cp];
  const ch = String.fromCodePoint(cp);
  const c = 1 + (LETTER_OR_DIGIT.test(ch) ? 1 : 0) + (UPPER.test(ch) ? 2 : 0);
  if (cp < 0x10000) classes[cp] = c;
  return c;
}

const isWordClass = (c: number): boolean => c !== 1;
const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0xa0;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let first = true;
  /** Since the previous token: nothing skipped (joined), only spaces skipped (spaced). */
  let gapEmpty = true;
  let gapSpaces = true;
  let i = 0;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    const c = classOf(cp);
    let end = i;
    /** Only a-z and digits: the token is its own key (saves a toLowerCase per word). */
    let lower = c === 2 && cp < 0x80;
    if (isWordClass(c)) {
      end = i + size;
      while (end < text.length) {
        const next = text.codePointAt(end)!;
        const nextClass = classOf(next);
        if (!isWordClass(nextClass)) break;
        if (nextClass !== 2 || next >= 0x80) lower = false;
        end += next > 0xffff ? 2 : 1;
      }
    } else if (isPunctuation(cp)) {
      end = i + 1;
      lower = cp !== 0x2019;
    } else {
      gapEmpty = false;
      if (!isSpace(cp)) gapSpaces = false;
      i += size;
      continue;
    }
    const raw = text.slice(i, end);
    tokens.push({
      text: raw,
      key: lower ? raw : raw === '’' ? "'" : raw.toLowerCase(),
      start: i,
      end,
      word: isWordClass(c),
      capitalized: c >= 4,
      spaced: !first && !gapEmpty && gapSpaces,
      joined: !first && gapEmpty,
    });
    first = false;
    gapEmpty = true;
    gapSpaces = true;
    i = end;
  }
  return tokens;
}
