// Gazetteer names in a text: longest alias match at each token, corporate suffixes written after
// it ("NVIDIA Corp.") taken into the mention, and common-word aliases ("Lambda", "Stack") kept
// only where the text shows they name the company.
import { matchAliasAt } from './alias-trie';
import { hasCompanyApposition, hasCueAfter, hasDealVerbAfter, hasDescriptorBefore, isCounterparty } from './context-cues';
import { isCorporateSuffix, type Organization } from './gazetteer';
import type { Token } from './tokens';
import { CUE_AFTER, FIRST_NAMES, STOP_WORDS, STRONG_SUFFIXES, UNIT_SUFFIXES } from './word-lists';

export interface NameMatch {
  /** Token range, end exclusive. */
  from: number;
  to: number;
  /** null for a news outlet (matched only so no other rule takes it for a company). */
  org: Organization | null;
}

interface Candidate extends NameMatch {
  ambiguous: boolean;
  /** A fuller alias or a context cue confirmed this one. */
  cued: boolean;
  glued: boolean;
}

/** End of the corporate suffixes after a name: "Nvidia Corp.", "Nebius Group N.V.", "Acme, Inc.". */
function absorbSuffixes(tokens: Token[], to: number): number {
  for (;;) {
    let k = to;
    if (tokens[k]?.key === ',') k++;
    const first = tokens[k];
    if (!first?.word || !first.spaced || !(first.capitalized || first.key === 'plc')) return to;
    let e = k + 1;
    while (e < tokens.length && tokens[e].joined && (tokens[e].word || tokens[e].key === '.')) e++;
    const written = tokens.slice(k, e).map((t) => t.text).join('');
    if (!isCorporateSuffix(written) || written.toLowerCase() === 'company') return to;
    to = e;
  }
}

const isNameWord = (t: Token | undefined): boolean => !!t && t.word && t.capitalized && !STOP_WORDS.has(t.key);

/** Part of a longer capitalized name: "AWS Lambda", "Robinson Crusoe", "Stack Overflow". */
function isGlued(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from].spaced && isNameWord(tokens[from - 1]);
  const next = tokens[to];
  const after = !!next?.spaced && isNameWord(next) && !CUE_AFTER.has(next.key);
  return before || after;
}

/** "Michael Dell": a one-word name after a given name is a surname. */
function isSurname(tokens: Token[], m: NameMatch): boolean {
  const prev = tokens[m.from - 1];
  return m.to - m.from === 1 && tokens[m.from].spaced && !!prev?.capitalized && FIRST_NAMES.has(prev.key);
}

/**
 * "Malaysia signed", "the UAE will invest", "a pact with India": a country acting as a party, here.
 * Not a country that modifies a noun: "jets from the U.S. plane-maker".
 */
function actsAsParty(tokens: Token[], from: number, to: number): boolean {
  const next = tokens[to];
  const endsPhrase = !next?.word || STOP_WORDS.has(next.key);
  return hasDealVerbAfter(tokens, to, true) || (endsPhrase && isCounterparty(tokens, from, true)) || coordinatedWithActor(tokens, to);
}

/** "The UAE and France signed": a country joined by "and" to a country that acts shares its verb. */
function coordinatedWithActor(tokens: Token[], to: number): boolean {
  let k = to;
  if (tokens[k]?.key !== 'and') return false;
  k++;
  if (tokens[k]?.key === 'the') k++;
  const m = matchAliasAt(tokens, k);
  return !!m && m.entry.country && hasDealVerbAfter(tokens, m.to, true);
}

function toCandidate(tokens: Token[], from: number, aliasEnd: number, org: Organization | null, ambiguous: boolean): Candidate {
  const to = org ? absorbSuffixes(tokens, aliasEnd) : aliasEnd;
  const glued = ambiguous && isGlued(tokens, from, to);
  const cued =
    !ambiguous ||
    (!glued &&
      (to > aliasEnd ||
        hasDescriptorBefore(tokens, from) ||
        hasCueAfter(tokens, to) ||
        hasCompanyApposition(tokens, to)));
  return { from, to, org, ambiguous, cued, glued };
}

/**
 * "NTPC Green Energy", "Tata Power Renewable Energy", "Google Ventures": a company's unit, named by
 * its parent and its trade, is a company of its own (the unknown-name finder reads it whole).
 */
function namesUnit(tokens: Token[], to: number): boolean {
  let k = to;
  while (k < to + 3 && isNameWord(tokens[k]) && tokens[k].spaced) k++;
  const last = tokens[k - 1];
  if (k === to || tokens[k]?.key === "'" || !UNIT_SUFFIXES.has(last.key)) return false;
  return k - to >= 2 || STRONG_SUFFIXES.has(last.key);
}

/**
 * Every gazetteer name and outlet in the tokens, in order, non-overlapping. A common-word alias
 * counts when any mention of the same company in the text is cued (one sense per text).
 */
export function findKnownNames(tokens: Token[]): NameMatch[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = matchAliasAt(tokens, i);
    if (!m) {
      i++;
      continue;
    }
    // A country elsewhere is a place: it takes no tokens and confirms nothing.
    if (m.entry.country && !actsAsParty(tokens, i, m.to)) {
      i = m.to;
      continue;
    }
    if (m.entry.org && namesUnit(tokens, m.to)) {
      i = m.to;
      continue;
    }
    const c = toCandidate(tokens, i, m.to, m.entry.org, m.entry.ambiguous);
    candidates.push(c);
    i = c.to;
  }
  const confirmed = new Set(candidates.filter((c) => c.org && c.cued).map((c) => c.org!.id));
  return candidates
    .filter((c) => !c.ambiguous || (!c.glued && confirmed.has(c.org!.id)))
    .filter((c) => !isSurname(tokens, c))
    .map(({ from, to, org }) => ({ from, to, org }));
}
