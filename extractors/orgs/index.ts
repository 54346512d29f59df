// Companies in a text: gazetteer names (resolved to their canonical organization) and companies
// the gazetteer does not list (by suffix, apposition, descriptor or deal verb). Parts:
//   gazetteer.json / gazetteer.ts  the organizations, outlets and name resolution
//   tokens.ts                      the word tokens everything walks over
//   alias-trie.ts, known-names.ts  longest gazetteer match per position, common-word aliases gated
//   unknown-names.ts               unlisted companies; context-cues.ts, word-lists.ts serve both
import type { OrganizationMention, Sentence } from '../types';
import { findKnownNames } from './known-names';
import { tokenize, type Token } from './tokens';
import { acronymAfter, actsAsCompany, findUnknownNames, gluedToNameBefore, gluedToTradeWordAfter } from './unknown-names';
import { LEGAL_FORMS, STOP_WORDS, STRONG_SUFFIXES, WEAK_SUFFIXES } from './word-lists';

export {
  ORGANIZATIONS,
  getOrganization,
  normalizeName,
  resolveOrganization,
  type Organization,
  type OrganizationKind,
} from './gazetteer';

/** "energy", "capital", "compute": a word a company's name may end with, which makes it a name in full. */
export const isTradeWord = (word: string): boolean => STRONG_SUFFIXES.has(word.toLowerCase()) || WEAK_SUFFIXES.has(word.toLowerCase());

/** "Kallax Data AB" -> "Kallax Data": a name without a foreign legal form written after it. */
export function withoutLegalForm(name: string): string {
  const last = /\s+(\S+)$/.exec(name);
  return last && LEGAL_FORMS.has(last[1]) ? name.slice(0, last.index) : name;
}

/** Title-case without closing punctuation: a subhead ("Strategic Diversification Beyond Microsoft"). */
function isHeading(sentence: Sentence): boolean {
  const text = sentence.text.trim();
  if (/[.!?:;"”']$/.test(text)) return false;
  const content = text.match(/[\p{L}][\p{L}'’-]{2,}/gu)?.filter((w) => !STOP_WORDS.has(w.toLowerCase())) ?? [];
  const capitalized = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return content.length >= 2 && capitalized >= 0.75 * content.length;
}

/** For each token, the position in `sentences` of the sentence holding its start (one sweep). */
function sentencePositions(tokens: Token[], sentences: Sentence[]): number[] {
  let k = 0;
  return tokens.map((t) => {
    while (k + 1 < sentences.length && sentences[k + 1].start <= t.start) k++;
    return k;
  });
}

/** Organization mentions in `text`, sorted by start, non-overlapping (the longest name wins). */
export function findOrganizations(text: string, sentences: Sentence[]): OrganizationMention[] {
  const tokens = tokenize(text);
  const position = sentencePositions(tokens, sentences);
  const startsSentence = (i: number) => i === 0 || position[i - 1] !== position[i];
  const matches = findKnownNames(tokens);
  // "Larchmont Digital Realty", "Samsung SDS", "Helion AI": a listed name glued into a longer name is another company's, read whole below.
  // An acronym after the name joins it only where the compound acts as a company somewhere in the text (one sense per text).
  const units = new Map(matches.map((m) => [m, acronymAfter(tokens, matches, m)]));
  const actingUnits = new Set(matches.filter((m) => units.get(m) && actsAsCompany(tokens, m.to + 1)).map((m) => units.get(m)));
  // Not in a heading: the unlisted-name finder reads none, so the listed name would be lost.
  const headings = sentences.map(isHeading);
  const inHeading = (i: number) => headings[position[i]] ?? false;
  const glued = matches.filter(
    (m) => !inHeading(m.from) && (gluedToNameBefore(tokens, matches, m, startsSentence) || gluedToTradeWordAfter(tokens, matches, m) || actingUnits.has(units.get(m) ?? null)),
  );
  const known = matches.filter((m) => !glued.includes(m));
  const taken = new Uint8Array(tokens.length);
  for (const m of known) taken.fill(m.org ? 2 : 1, m.from, m.to);

  const unknown = findUnknownNames({
    tokens,
    taken,
    isOrg: (i) => taken[i] === 2,
    inHeading,
    startsSentence,
    holdsListedName: (from, to) => glued.some((m) => m.from >= from && m.to <= to && to - from > m.to - m.from),
  });

  const mention = (from: number, to: number, name: string | null, orgId: string | null): OrganizationMention => {
    const start = tokens[from].start;
    const end = tokens[to - 1].end;
    const written = text.slice(start, end);
    return {
      kind: 'organization',
      text: written,
      start,
      end,
      sentence: sentences[position[from]]?.index ?? 0,
      name: name ?? written,
      org_id: orgId,
    };
  };
  return [
    ...known.filter((m) => m.org).map((m) => mention(m.from, m.to, m.org!.name, m.org!.id)),
    // "Kallax Data AB": written with its legal form, named without it.
    ...unknown.map((m) => mention(m.from, m.to, m.name ?? withoutLegalForm(text.slice(tokens[m.from].start, tokens[m.to - 1].end)), null)),
  ].sort((a, b) => a.start - b.start);
}
