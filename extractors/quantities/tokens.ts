// A one-pass tokenizer shared by the quantity finders. Finders walk tokens with bounded
// look-ahead instead of running large regexes, so every finder stays linear in the text.

export type TokenKind = 'num' | 'word' | 'sym';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Lower-cased text (words are matched case-insensitively unless a rule says otherwise). */
  lower: string;
  start: number;
  end: number;
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
}

/** Longer digit runs are identifiers or noise, never amounts. */
export const MAX_NUMBER_DIGITS = 24;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\r' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009';
const LETTER = /\p{L}/u;
/** Letters of other scripts that are currency signs ("100元"). */
const SIGN_LETTERS = '元円';

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 128 || SIGN_LETTERS.includes(text[i])) return false;
  return LETTER.test(text[i]);
}

/**
 * South Asian grouping: one or two digits, ",dd" groups, a final ",ddd" ("1,23,45,678" = 12345678,
 * "1,00,000" = one lakh). Only the whole pattern counts, so "1,23" stays two numbers.
 */
const SOUTH_ASIAN_GROUPS = /\d{1,2}(?:,\d\d)+,\d{3}(?![\d]|,\d)/y;

/** Digits, then ",ddd" groups (or South Asian groups), then one ".d+" fraction: "5,500,000,000", "1.25", "1,920". */
function scanNumber(text: string, i: number): number {
  let j = i;
  while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  if (text[j] === ',' && j - i <= 2) {
    SOUTH_ASIAN_GROUPS.lastIndex = i;
    if (SOUTH_ASIAN_GROUPS.test(text)) j = SOUTH_ASIAN_GROUPS.lastIndex;
  }
  for (;;) {
    const groupEnd = j + 4;
    if (text[j] === ',' && groupEnd <= text.length && allDigits(text, j + 1, groupEnd) && !isDigit(text.charCodeAt(groupEnd))) j = groupEnd;
    else break;
  }
  if (text[j] === '.' && isDigit(text.charCodeAt(j + 1))) {
    j++;
    while (j < text.length && isDigit(text.charCodeAt(j))) j++;
  }
  return j;
}

function allDigits(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isDigit(text.charCodeAt(k))) return false;
  return true;
}

/** Newlines become their own "\n" symbol token, so no pattern ever joins two paragraphs. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let spaced = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (isSpace(ch)) {
      spaced = true;
      i++;
      continue;
    }
    let end: number;
    let kind: TokenKind;
    // Digits, ASCII symbols and words of a-z only are their own lower case: most tokens skip toLowerCase.
    let caseless = true;
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      kind = 'num';
      end = scanNumber(text, i);
    } else if (isLetterAt(text, i)) {
      kind = 'word';
      end = i;
      do {
        const l = text.charCodeAt(end);
        if (l < 97 || l > 122) caseless = false;
        end++;
      } while (end < text.length && isLetterAt(text, end));
    } else {
      kind = 'sym';
      end = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1;
      caseless = c < 128;
    }
    const t = text.slice(i, end);
    tokens.push({ kind, text: t, lower: caseless ? t : t.toLowerCase(), start: i, end, spaced });
    spaced = false;
    i = end;
  }
  return tokens;
}

/** True when tokens[i] exists, is a word and its lower-cased text is one of `words`. */
export function isWord(tokens: Token[], i: number, words: ReadonlySet<string> | string): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return false;
  return typeof words === 'string' ? t.lower === words : words.has(t.lower);
}

export function isSym(tokens: Token[], i: number, chars: string): boolean {
  const t = tokens[i];
  return !!t && t.kind === 'sym' && chars.includes(t.text);
}

/** Hyphen-like joiners used in "seven-year", "$10-15 billion". */
export const DASHES = '-‐‑–—';
