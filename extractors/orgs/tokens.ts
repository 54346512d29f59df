// Word and punctuation tokens of a text, the unit both alias matching and unknown-company
// detection walk over. One regex pass: linear in the text.

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
const TOKEN = /[\p{L}\p{N}]+|[.&'’,\-;:()]/gu;
const UPPER = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const raw = m[0];
    const gap = prevEnd < 0 ? '' : text.slice(prevEnd, start);
    tokens.push({
      text: raw,
      key: raw === '’' ? "'" : raw.toLowerCase(),
      start,
      end: start + raw.length,
      word: /^[\p{L}\p{N}]/u.test(raw),
      capitalized: UPPER.test(raw),
      spaced: prevEnd >= 0 && gap.length > 0 && /^[ \t\u00a0]+$/.test(gap),
      joined: prevEnd >= 0 && gap.length === 0,
    });
    prevEnd = start + raw.length;
  }
  return tokens;
}
