// Context around a capitalized name that says it names a company (or a person).
import type { Token } from './tokens';
import {
  BASE_DEAL_VERBS, BUILT_BY_VERBS, COMPANY_NOUNS, CUE_AFTER, DEAL_NOUNS, DEAL_VERBS, DIRECT_OBJECT_VERBS, FUNDING_NOUNS, LIST_HEADS, NEW_ENTITY_NOUNS,
  OBJECT_DEAL_VERBS, ORG_ONLY_NOUNS, PERSON_TITLES, STAKE_WORDS, SUPPLY_TO_VERBS, VERB_FILLERS,
} from './word-lists';

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
  if (tokens[from - 1]?.key === ',' && isWordIn(tokens, from - 2, NEW_ENTITY_NOUNS)) return true;
  let k = from - 1;
  if (tokens[k]?.key === 'including') k--;
  else if (tokens[k]?.key === 'as' && tokens[k - 1]?.key === 'such') k -= 2;
  else return false;
  if (tokens[k]?.key === ',') k--;
  return isWordIn(tokens, k, LIST_HEADS);
}

const POWER_UNITS = new Set(['mw', 'gw', 'megawatt', 'megawatts', 'gigawatt', 'gigawatts']);

/**
 * "buy 250 MW of geothermal power from X", "take 200 MW from X": whoever megawatts come from is a company, never a
 * person; not a name owning the source ("from Madurai's Vaigai Power": a place).
 */
export function isPowerSource(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from - 1]?.key !== 'from' || tokens[to]?.key === "'") return false;
  for (let k = from - 2; k >= Math.max(0, from - 7); k--) {
    if (tokens[k].key === '.' || tokens[k].key === ';') return false;
    if (POWER_UNITS.has(tokens[k].key)) return true;
  }
  return false;
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
 * `strict`, for a name that reads as a person's: only a noun no person is called ("Viktor Usov,
 * the cat's original owner"), ending the apposition ("With Sonos Move, the company created ...").
 */
export function hasCompanyApposition(tokens: Token[], to: number, strict = false): boolean {
  if (tokens[to]?.key !== ',') return false;
  // "X, one of the smaller GPU clouds": a member of a class of companies.
  const member = tokens[to + 1]?.key === 'one' && tokens[to + 2]?.key === 'of';
  if (!member && !['the', 'a', 'an'].includes(tokens[to + 1]?.key ?? '')) return false;
  const nouns = member ? LIST_HEADS : strict ? ORG_ONLY_NOUNS : COMPANY_NOUNS;
  for (let k = to + (member ? 3 : 2); k < Math.min(tokens.length, to + 12); k++) {
    const t = tokens[k];
    if (APPOSITION_STOP.has(t.key)) return false;
    const possessed = tokens[k + 1]?.key === "'";
    if (!possessed && isWordIn(tokens, k, PERSON_TITLES)) return false;
    if (!possessed && isWordIn(tokens, k, nouns)) return !strict || !tokens[k + 1]?.word || APPOSITION_STOP.has(tokens[k + 1].key);
  }
  return false;
}

/** "CEO Sam Altman", "minister Eric Lombard", "Mr. Smith". */
export function hasPersonTitleBefore(tokens: Token[], from: number): boolean {
  let k = from - 1;
  if (tokens[k]?.key === '.') k--;
  return isWordIn(tokens, k, PERSON_TITLES);
}

/** Words that may follow a deal verb's object: "pay Calder $9.7 billion", "signed Zentrix as", "supply Fjellnet with". */
const OBJECT_FOLLOWERS = new Set(['as', 'with', 'for', 'to', 'under', 'in', 'on', 'over', 'from', 'a', 'an', 'the', 'and', 'about', 'up', 'more']);

const FINITE_DEAL_VERBS = new Set(['signed', 'signs', 'agreed', 'agrees', 'struck', 'strikes', 'inked', 'inks']);
const OBJECT_OPENERS = new Set(['a', 'an', 'the', 'its', 'their']);

/** "raised $500 million", "led a round": an object right after the verb at k, which makes it finite. */
const objectFollows = (tokens: Token[], k: number): boolean => {
  const next = tokens[k + 1];
  return !!next?.word && (OBJECT_OPENERS.has(next.text) || /^\d/.test(next.text));
};

/**
 * "X signed", "X on Monday agreed", "X will invest". After a lone opening word ("Sites built
 * ...") a past participle is too weak: only a verb that cannot be one, an auxiliary, or a verb
 * with its object ("Quillon raised $500 million") counts.
 */
export function hasDealVerbAfter(tokens: Token[], to: number, strict: boolean): boolean {
  for (let k = to; k < Math.min(tokens.length, to + 4); k++) {
    // Verbs in lower case only: "Last Chance to Buy" is a heading, not a purchase.
    if (!tokens[k].word || tokens[k].text !== tokens[k].key) return false;
    if (OBJECT_DEAL_VERBS.has(tokens[k].key)) return objectFollows(tokens, k);
    if (DEAL_VERBS.has(tokens[k].key)) return !strict || k > to || FINITE_DEAL_VERBS.has(tokens[k].key) || objectFollows(tokens, k);
    if (BASE_DEAL_VERBS.has(tokens[k].key)) return k > to;
    if (!VERB_FILLERS.has(tokens[k].key)) return false;
  }
  return false;
}

/**
 * "a deal with X", "leasing from X", "a stake in X": a deal word shortly before the preposition.
 * A place (`place`) is a party "with" or "between", and "from" only for money: "power from
 * Ohio" is a route, "a commitment from Saudi Arabia" a party.
 */
export function isCounterparty(tokens: Token[], from: number, place = false): boolean {
  if (place && tokens[from - 1]?.key === 'the') from--;
  const prep = tokens[from - 1]?.key;
  // "pay Calder $9.7 billion", "signed Zentrix as its anchor tenant": a deal verb's direct object, ending its noun
  // phrase (not "paying Zentrix subscribers"), and no deal noun ("signs MoU") or sum ("pay R1.2 billion").
  if (!place && prep && DIRECT_OBJECT_VERBS.has(prep) && tokens[from - 1].text === prep && tokens[from].spaced && !DEAL_NOUNS.has(tokens[from].key) && !/\d/.test(tokens[from].text)) {
    let end = from + 1;
    while (tokens[end]?.word && tokens[end].capitalized) end++;
    const next = tokens[end];
    return !next?.word || OBJECT_FOLLOWERS.has(next.key) || /^\d/.test(next.text);
  }
  let cues: ReadonlySet<string> | null = null;
  if (prep === 'with' || prep === 'between') cues = DEAL_NOUNS;
  // "supply 300 MW to Zentrix": the receiving side (a place is a route: "power to Texas").
  else if (prep === 'to' && !place) cues = SUPPLY_TO_VERBS;
  else if (prep === 'from') cues = place ? FUNDING_NOUNS : DEAL_NOUNS;
  else if (prep === 'in' && !place) cues = STAKE_WORDS;
  else if (prep === 'by' && !place) return isWordIn(tokens, from - 2, BUILT_BY_VERBS);
  if (!cues) return false;
  for (let k = from - 2; k >= Math.max(0, from - 7); k--) {
    if (tokens[k].key === '.' || tokens[k].key === ';') return false;
    // Lower case only: "to Buy from Hold" is a rating, not a purchase.
    if (cues.has(tokens[k].key) && tokens[k].text === tokens[k].key) return true;
  }
  return false;
}
