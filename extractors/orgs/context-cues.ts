// Context around a capitalized name that says it names a company (or a person).
import type { Token } from './tokens';
import { COMPANY_NOUNS, CUE_AFTER, LIST_HEADS, PERSON_TITLES } from './word-lists';

/** Whether the word ending at token k, or its hyphenated compound ("start-up", "co-founder"), is in `keys`. */
export function isWordIn(tokens: Token[], k: number, keys: ReadonlySet<string>): boolean {
  const t = tokens[k];
  if (!t?.word) return false;
  if (keys.has(t.key)) return true;
  const dash = tokens[k - 1];
  return !!dash && dash.key === '-' && t.joined && dash.joined && keys.has(`${tokens[k - 2]?.key}-${t.key}`);
}

/** "cloud provider Lambda", "the developer Crusoe", "start-ups such as Cursor", "investors, including Aker". */
export function hasDescriptorBefore(tokens: Token[], from: number): boolean {
  if (!tokens[from].spaced) return false;
  if (isWordIn(tokens, from - 1, COMPANY_NOUNS)) return true;
  let k = from - 1;
  if (tokens[k]?.key === 'including') k--;
  else if (tokens[k]?.key === 'as' && tokens[k - 1]?.key === 'such') k -= 2;
  else return false;
  if (tokens[k]?.key === ',') k--;
  return isWordIn(tokens, k, LIST_HEADS);
}

/** "Lambda's", "Lambda said", "Stack CEO ...". */
export function hasCueAfter(tokens: Token[], to: number): boolean {
  const next = tokens[to];
  if (!next) return false;
  if (next.key === "'" && next.joined) return true;
  return next.spaced && isWordIn(tokens, to, CUE_AFTER);
}

const APPOSITION_STOP = new Set([',', '.', ';', ':', '(', ')', 'that', 'which', 'who', 'whose', 'with', 'in', 'and']);

/**
 * "X, the Texas-based data-centre operator," / "X, a former bitcoin miner": true when the first
 * telling noun of the apposition is a company noun, false when it is a person's title
 * ("X, the company's chief executive"), or a class of companies ("X, one of the largest miners").
 */
export function hasCompanyApposition(tokens: Token[], to: number): boolean {
  if (tokens[to]?.key !== ',') return false;
  // "X, one of the smaller GPU clouds": a member of a class of companies.
  const member = tokens[to + 1]?.key === 'one' && tokens[to + 2]?.key === 'of';
  if (!member && !['the', 'a', 'an'].includes(tokens[to + 1]?.key ?? '')) return false;
  const nouns = member ? LIST_HEADS : COMPANY_NOUNS;
  for (let k = to + (member ? 3 : 2); k < Math.min(tokens.length, to + 12); k++) {
    const t = tokens[k];
    if (APPOSITION_STOP.has(t.key)) return false;
    const possessed = tokens[k + 1]?.key === "'";
    if (!possessed && isWordIn(tokens, k, PERSON_TITLES)) return false;
    if (!possessed && isWordIn(tokens, k, nouns)) return true;
  }
  return false;
}

/** "CEO Sam Altman", "minister Eric Lombard", "Mr. Smith". */
export function hasPersonTitleBefore(tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.key === '.') k--;
  return isWordIn(tokens, k, PERSON_TITLES);
}
