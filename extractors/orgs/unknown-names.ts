// Companies the gazetteer does not list: capitalized runs that a corporate suffix, an apposition,
// a descriptor ("chip startup X") or a deal verb ("X signed", "a deal with X") marks as companies.
// Precision first: places, months, people and common words are turned away.
import { hasCompanyApposition, hasCueAfter, hasDealVerbAfter, hasDescriptorBefore, hasPersonTitleBefore, isCounterparty, isPowerSource, isWordIn } from './context-cues';
import { normalizeWords } from './gazetteer';
import type { NameMatch } from './known-names';
import type { Token } from './tokens';
import {
  COMPANY_NOUNS, COMPANY_POSSESSIONS, DAYS, DEMONYMS, FIRST_NAMES, GENERIC_WORDS, LEGAL_FORMS, MONTHS,
  GOVERNMENT_BODIES, ORG_HEADS, PERSON_TITLES, PLACES, STOP_WORDS, STRONG_SUFFIXES, WEAK_SUFFIXES,
} from './word-lists';

export interface UnknownName {
  from: number;
  to: number;
  /** The full name an acronym stands for ("EWEC" -> "Emirates Water and Electricity Company"). */
  name?: string;
}

interface Run extends UnknownName {
  key: string;
  /** Written after a place and "-based" ("Munich-based Tessel AI"): a company's introduction. */
  based: boolean;
  /** Followed by a legal form ("Lumavik AB"), which marks the company; the mention spans it as written. */
  legal: boolean;
}

/** What the rest of the text tells about its words. */
export interface TextContext {
  tokens: Token[];
  /** Tokens already taken by gazetteer names or outlets (non-zero). */
  taken: Uint8Array;
  /** Whether token i belongs to a gazetteer company's name. */
  isOrg: (i: number) => boolean;
  /** Whether token i sits in a heading-like (title-case) sentence. */
  inHeading: (i: number) => boolean;
  /** Whether token i opens its sentence. */
  startsSentence: (i: number) => boolean;
  /** Whether tokens [from, to) hold a gazetteer name glued into a longer name ("Larchmont Digital Realty", "Samsung SDS"). */
  holdsListedName: (from: number, to: number) => boolean;
}

const NO_WORDS: ReadonlySet<string> = new Set();
const ABBREVIATED = new Set(['inc', 'corp', 'ltd', 'co', 'bv', 'nv', 'sa']);
const isOpener = (key: string): boolean => STOP_WORDS.has(key) || MONTHS.has(key) || DAYS.has(key);
const isNonName = (key: string): boolean =>
  STOP_WORDS.has(key) || MONTHS.has(key) || DAYS.has(key) || PLACES.has(key) || DEMONYMS.has(key);

/** After initials that lead to a name ("Mary E. Lovely", "Coach P.J. Fleck"), from token k; else 0. */
function initialsEnd(tokens: Token[], k: number): number {
  let e = k;
  while (tokens[e]?.text.length === 1 && tokens[e].capitalized && tokens[e + 1]?.key === '.' && tokens[e + 1].joined && (e === k || tokens[e].joined)) e += 2;
  return e > k && tokens[e]?.word && tokens[e].capitalized && tokens[e].spaced ? e : 0;
}

/** The capitalized run starting at token i ("Bank of America", "Rolls-Royce", "S.A."), end exclusive. */
function readRun(ctx: TextContext, i: number): number {
  const { tokens, taken } = ctx;
  let end = i + 1;
  // Where a government body's name would start: "The Ministry of ...".
  const body = isOpener(tokens[i].key) ? i + 1 : i;
  for (;;) {
    const t = tokens[end];
    const after = tokens[end + 1];
    if (!t || taken[end]) break;
    if (t.word && t.capitalized && t.spaced) end = initialsEnd(tokens, end) || end + 1;
    else if ((t.key === '&' || t.key === 'of') && after?.capitalized && after.spaced && !taken[end + 1]) end += 2;
    // "Emirates Water and Electricity Company (EWEC)", "Ministry of Electronics and Information
    // Technology": "and" joins a name only when its acronym follows or a government body's name it is.
    else if (t.key === 'and' && after?.capitalized && after.spaced && !taken[end + 1] && (acronymEnd(tokens, end + 1) > 0 || isBodyOf(tokens, body) || endsInOrgHead(tokens, end + 1))) end += 2;
    // "Ministry of Economy, Trade and Industry": a government body's remit listed with commas.
    else if (t.key === ',' && isBodyOf(tokens, body) && remitEnd(ctx, end + 1) > 0) end = remitEnd(ctx, end + 1);
    else if ((t.key === '-' || t.key === '.') && t.joined && after?.word && after.joined && !taken[end + 1]) end += 2;
    else break;
  }
  const last = tokens[end - 1];
  if (ABBREVIATED.has(last.key) && tokens[end]?.key === '.' && tokens[end].joined) end++;
  return end;
}

/**
 * After "Ministry of Economy,": where "Trade and Industry" (capitalized words, commas, then "and" and a word) ends; else 0.
 * The last item of the list may take its article: "Information, Communications and the Digital Economy". A listed
 * company ("Ministry of Energy, Nvidia and ...") makes it a list of parties instead.
 */
function remitEnd(ctx: TextContext, k: number): number {
  const { tokens, taken } = ctx;
  for (let e = k; e < k + 8 && tokens[e]; e++) {
    const t = tokens[e];
    if (taken[e]) return 0;
    if (t.key === 'and') {
      const item = tokens[e + 1]?.key === 'the' ? e + 2 : e + 1;
      return tokens[item]?.word && tokens[item].capitalized && !taken[item] ? item + 1 : 0;
    }
    if (!(t.key === ',' || (t.word && t.capitalized))) return 0;
  }
  return 0;
}

/** "Water and Electricity Company": capitalized words from k that close with an organization's head noun. */
function endsInOrgHead(tokens: Token[], k: number): boolean {
  for (let e = k; e < k + 3 && tokens[e]?.word && tokens[e].capitalized && tokens[e].spaced; e++) if (NAME_HEADS.has(tokens[e].key)) return true;
  return false;
}

/** Head nouns that end a company's or public body's full name: "Emirates Water and Electricity Company". */
const NAME_HEADS = new Set(['company', 'corporation', 'authority', 'utility', 'cooperative', 'bank']);

/** "Ministry of ...", "Department of ...": a government body named by what it governs. */
const isBodyOf = (tokens: Token[], i: number): boolean => GOVERNMENT_BODIES.has(tokens[i].key) && tokens[i + 1]?.key === 'of';

/** Where the capitalized words from k end, when "(ACRONYM)" follows them; else 0. */
function acronymEnd(tokens: Token[], k: number): number {
  let e = k;
  while (tokens[e]?.word && tokens[e].capitalized && (e === k || tokens[e].spaced)) e++;
  return e > k && tokens[e]?.key === '(' && tokens[e + 1]?.word && tokens[e + 2]?.key === ')' ? e : 0;
}

/** "Northern Grid Authority (NGA)", "Securities and Exchange Board of India (Sebi)": initials spelled in brackets after an organization noun. */
function hasOwnAcronym(tokens: Token[], run: UnknownName): boolean {
  const ws = words(tokens, run);
  if (tokens[run.to]?.key !== '(' || tokens[run.to + 2]?.key !== ')' || !ORG_HEADS.has(ws[ws.length - 1].key)) return false;
  const acronym = tokens[run.to + 1].text;
  const initials = ws.filter((t) => t.capitalized).map((t) => t.text[0]).join('');
  return /\p{Lu}{2}/u.test(acronym) || /^\p{Lu}\p{Ll}+$/u.test(acronym) ? initials.toLowerCase() === acronym.toLowerCase() : false;
}

/**
 * "Norsk Forskningsberegning (NFB)": a name of two or more capitalized words followed by an
 * acronym in brackets that opens with their initials (a compound word may give two letters).
 */
function definesAcronym(tokens: Token[], run: UnknownName): boolean {
  if (tokens[run.to]?.key !== '(' || tokens[run.to + 2]?.key !== ')' || !tokens[run.to + 1].word) return false;
  const acronym = tokens[run.to + 1].text;
  const initials = words(tokens, run).filter((t) => t.capitalized).map((t) => t.text[0]).join('');
  return initials.length >= 2 && /^\p{Lu}{2,6}$/u.test(acronym) && acronym.startsWith(initials);
}

/** Where an apposition after the name would start: past its bracketed acronym ("X (NFB), the state agency"). */
const appositionAt = (tokens: Token[], run: UnknownName): number => (definesAcronym(tokens, run) ? run.to + 3 : run.to);

const words = (tokens: Token[], run: UnknownName): Token[] => tokens.slice(run.from, run.to).filter((t) => t.word);

function isPerson(tokens: Token[], run: UnknownName, surnames: ReadonlySet<string>): boolean {
  const ws = words(tokens, run);
  if (ws.length === 1) return surnames.has(ws[0].key);
  return FIRST_NAMES.has(ws[0].key) || hasPersonTitleBefore(tokens, run.from);
}

function hasSuffix(ws: Token[], lowerWords: ReadonlySet<string>): boolean {
  const last = ws[ws.length - 1].key;
  const head = ws.slice(0, ws[ws.length - 2]?.key === 'data' ? -2 : -1);
  const named = head.filter((t) => !isNonName(t.key) && !GENERIC_WORDS.has(t.key) && !lowerWords.has(t.key));
  if (head.length === 0 || named.length === 0) return false;
  if (STRONG_SUFFIXES.has(last)) return true;
  if ((last === 'centers' || last === 'centres') && ws.length - head.length !== 2) return false;
  return WEAK_SUFFIXES.has(last);
}

/** "Vaigai Power" after "Madurai's": capitalized words from k closing with a company's suffix (not "East Anglia Three wind farm"). */
function ownsCompanyName(tokens: Token[], k: number): boolean {
  let e = k;
  while (e < k + 4 && tokens[e]?.word && tokens[e].capitalized) e++;
  const last = tokens[e - 1];
  return e > k + 1 && (STRONG_SUFFIXES.has(last.key) || WEAK_SUFFIXES.has(last.key));
}

/** "Acme's shares", "Acme's chief executive". */
function hasCompanyPossession(tokens: Token[], to: number): boolean {
  return tokens[to]?.key === "'" && tokens[to + 1]?.key === 's' && COMPANY_POSSESSIONS.has(tokens[to + 2]?.key ?? '');
}

/**
 * "Caprock said on Tuesday": a lone name saying something, not right after a quotation. A person
 * is introduced by a full name first (its surname then counts as a person's), and the speaker
 * after a quotation ("...,” Esper said") is a person far more often than a company.
 */
function isSpeakerOutsideQuote(tokens: Token[], run: UnknownName): boolean {
  if (tokens[run.to]?.key !== 'said' || !tokens[run.to].spaced) return false;
  // "the DRHP said": a document speaks with an article; "Disease Control and Prevention said": the
  // end of a longer name this finder did not join.
  return run.from === 0 || (tokens[run.from].spaced && !['the', 'and', 'of', 'for', '&'].includes(tokens[run.from - 1].key));
}

/** "Microsoft, Oracle and Acme": a name listed next to a gazetteer company. */
function isListedWithCompany(ctx: TextContext, run: UnknownName): boolean {
  const { tokens, isOrg } = ctx;
  const link = (k: number) => tokens[k]?.key === ',' || tokens[k]?.key === 'and';
  // "built in Bergen, and Nvidia will invest": a comma before "and" joins clauses, unless a list runs before the name.
  const serial = tokens[run.from - 1]?.key === ',';
  const after = link(run.to) && (isOrg(run.to + 1) || (tokens[run.to + 1]?.key === 'and' && serial && isOrg(run.to + 2)));
  const before = link(run.from - 1) && (isOrg(run.from - 2) || (tokens[run.from - 2]?.key === ',' && isOrg(run.from - 3)));
  return after || before;
}

/** "Nvidia GB300", "Amazon's Trainium", "Financial Times News": a product or part of the name before. */
function followsKnownName(ctx: TextContext, from: number): boolean {
  const { tokens, taken } = ctx;
  if (tokens[from].spaced && taken[from - 1]) return true;
  return tokens[from - 1]?.key === 's' && tokens[from - 2]?.key === "'" && !!taken[from - 3];
}

/** "Hugh McPherson", "Viktor Usov": two or three plain capitalized words read as a person; one hyphenated word ("Hydro-Quebec") does not. */
function looksLikePerson(ws: Token[]): boolean {
  return ws.length >= 2 && ws.length <= 3 && !ws.slice(1).every((t) => t.joined) && ws.every((t) => /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?$/u.test(t.text) && !GENERIC_WORDS.has(t.key));
}

function isCompany(ctx: TextContext, run: Run, lowerWords: ReadonlySet<string>): boolean {
  const { tokens } = ctx;
  const ws = words(tokens, run);
  if (ws.every((t) => isNonName(t.key) || t.text.length === 1)) return false;
  if (followsKnownName(ctx, run.from)) return false;
  if (run.legal || ctx.holdsListedName(run.from, run.to)) return true;
  // "Ministry of Finance", "the Energy Ministry": a government body, whatever its other words.
  if (ws.length > 1 && (isBodyOf(tokens, run.from) || ['ministry', 'department'].includes(ws[ws.length - 1].key))) return true;
  if (ws.length > 1 && (hasSuffix(ws, lowerWords) || hasOwnAcronym(tokens, run))) return true;
  if (ws.length > 2 && NAME_HEADS.has(ws[ws.length - 1].key)) return true;
  // "hydropower producer Solberg Kraft", "Vallby Kommunkraft, a public power agency": a company noun
  // before or in apposition outweighs a person-like look.
  if (hasDescriptorBefore(tokens, run.from) || (ws.length > 1 && hasCompanyApposition(tokens, appositionAt(tokens, run), looksLikePerson(ws)))) return true;
  // "Utrecht-based Nimbus Render": a place and "-based" introduce a company; people get a role between ("London-based analyst Jo Reyes").
  if (run.based) return true;
  // Megawatts from a name of two words or more (a lone word may name the plant: "1,121 MW from Clinton").
  if (ws.length > 1 && isPowerSource(tokens, run.from, run.to)) return true;
  // Weaker cues fit people as well as companies: a name that reads as a person's needs a suffix.
  if (looksLikePerson(ws)) return false;
  const single = ws.length === 1 ? ws[0] : null;
  if (single && (lowerWords.has(single.key) || isNonName(single.key))) return false;
  // "from Madurai's Vaigai Power": a lone word owning a capitalized name is its place or owner, not the party.
  if (single && tokens[run.to]?.key === "'" && tokens[run.to + 1]?.key === 's' && ownsCompanyName(tokens, run.to + 2)) return false;
  // "Scottish operator DataVita": a word before a company noun describes the name that follows.
  if (single && isWordIn(tokens, run.to, COMPANY_NOUNS)) return false;
  // "Separately, a Texas firm ...": a lone opening word is an adverb or verb form more often than a name.
  const opening = !!single && ctx.startsSentence(run.from);
  if (opening && /(?:ly|ing|ed)$/.test(single.key)) return false;
  // "Teams won the bid", "Startups raised $5 billion": an opening plural is a common noun more often than a name.
  if (opening && /[^su]s$/.test(single.key) && !/\p{Lu}/u.test(single.text.slice(1))) return false;
  return (
    hasCompanyApposition(tokens, run.to) ||
    hasDealVerbAfter(tokens, run.to, opening) ||
    isCounterparty(tokens, run.from) ||
    hasCompanyPossession(tokens, run.to) ||
    isSpeakerOutsideQuote(tokens, run) ||
    (!opening && isListedWithCompany(ctx, run))
  );
}

/** After the last "-based" in a run ("Munich-based Tessel AI" -> "Tessel AI"), or 0. */
function basedPrefixEnd(tokens: Token[], from: number, to: number): number {
  for (let k = to - 1; k > from; k--) if (tokens[k].key === 'based' && tokens[k - 1].key === '-') return k + 1;
  return 0;
}

function hasTitleIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (PERSON_TITLES.has(tokens[k].key)) return true;
  return false;
}

/** Capitalized runs, leading stop words and titles trimmed; a titled run is a person's name. */
function readRuns(ctx: TextContext): { runs: Run[]; surnames: Set<string> } {
  const { tokens, taken } = ctx;
  const runs: Run[] = [];
  const surnames = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i];
    if (taken[i] || !t.word || !t.capitalized || ctx.inHeading(i)) {
      i++;
      continue;
    }
    const end = readRun(ctx, i);
    const based = basedPrefixEnd(tokens, i, end);
    let from = based || i;
    while (from < end && (isOpener(tokens[from].key) || !tokens[from].word)) from++;
    const titled = from < end && PERSON_TITLES.has(tokens[from].key);
    while (from < end && PERSON_TITLES.has(tokens[from].key)) from++;
    // "White House Press Secretary Stephanie Grisham": a title inside ends the name before it.
    if (hasTitleIn(tokens, from, end)) {
      surnames.add(tokens[end - 1].key);
      i = end;
      continue;
    }
    // "Vestkraft Energi AS" and "Vestkraft Energi" are one company: its key and cues are read without the form.
    const legal = end - from >= 2 && tokens[end - 1].spaced && LEGAL_FORMS.has(tokens[end - 1].text);
    const to = legal ? end - 1 : end;
    if (from < to) {
      const run = { from, to };
      const ws = words(tokens, run);
      const companyLike = () =>
        legal || based > 0 || ctx.holdsListedName(from, to) || hasSuffix(ws, NO_WORDS) || (ws.length > 2 && NAME_HEADS.has(ws[ws.length - 1].key)) ||
        hasDescriptorBefore(tokens, from) || hasCompanyApposition(tokens, appositionAt(tokens, run), true) || isPowerSource(tokens, from, to);
      const personal = ws.length > 1 && (isPerson(tokens, run, surnames) || (looksLikePerson(ws) && !companyLike()));
      if (titled || personal) surnames.add(ws[ws.length - 1].key);
      else runs.push({ from, to, key: normalizeWords(ws.map((w) => w.key)), based: based > 0, legal });
    }
    i = end;
  }
  return { runs, surnames };
}

/**
 * "Vestkraft" after "Vestkraft Energi": the first word of exactly one confirmed longer name, when
 * it is a name of its own (not a place, a generic or a lower-case word of the text).
 */
function shortForms(confirmed: ReadonlySet<string>, lowerWords: ReadonlySet<string>): Set<string> {
  const owners = new Map<string, number>();
  for (const key of confirmed) {
    const [head, ...rest] = key.split(' ');
    if (rest.length) owners.set(head, (owners.get(head) ?? 0) + 1);
  }
  const short = new Set<string>();
  for (const [head, n] of owners) {
    if (n === 1 && head.length > 2 && !isNonName(head) && !GENERIC_WORDS.has(head) && !lowerWords.has(head)) short.add(head);
  }
  return short;
}

/**
 * "from Larchmont Digital Realty": a capitalized word right before a gazetteer company's name that
 * is no place, title, descriptor, common word or other listed name belongs to a longer name, of
 * another company. At a sentence start the word may be a descriptor ("Landlord Digital Realty"):
 * there it counts only when the text writes it again as a name ("Larchmont was founded ...").
 */
export function gluedToNameBefore(tokens: Token[], matches: readonly NameMatch[], m: NameMatch, startsSentence: (i: number) => boolean): boolean {
  const k = m.from - 1;
  const w = tokens[k];
  if (!m.org || m.org.kind === 'sovereign' || !w?.word || !w.capitalized || !tokens[m.from].spaced) return false;
  // "Nvidia Larchmont Digital Realty": a name after a listed one is read as that one's product or part, so no longer name here.
  if (matches.some((o) => o.from <= k && o.to >= k)) return false;
  const key = w.key;
  if (isNonName(key) || PERSON_TITLES.has(key) || FIRST_NAMES.has(key) || GENERIC_WORDS.has(key) || COMPANY_NOUNS.has(key) || w.text.length < 3) return false;
  if (tokens.some((t) => t.word && t.key === key && t.text === key)) return false;
  return !startsSentence(k) || tokens.some((t, j) => j !== k && t.key === key && t.capitalized);
}

/**
 * "Samsung SDS", "LG CNS": a gazetteer name with a capitalized acronym after it may name a unit of
 * its own, or a product line ("Nvidia DGX"). The compound's key, to be read as one name where the
 * text makes it act as a company (`actsAsCompany`); else null.
 */
export function acronymAfter(tokens: Token[], matches: readonly NameMatch[], m: NameMatch): string | null {
  const t = tokens[m.to];
  if (!m.org || m.org.kind === 'sovereign' || !t?.word || !t.spaced || !/^\p{Lu}{2,5}$/u.test(t.text) || STOP_WORDS.has(t.key)) return null;
  return matches.some((o) => o.from === m.to) ? null : `${m.org.id} ${t.key}`;
}

/**
 * "Helion AI" where the gazetteer knows "Helion" as short for "Helion Energy": a short alias followed by
 * a trade word its company's full name does not hold names another company sharing the first word.
 */
export function gluedToTradeWordAfter(tokens: Token[], matches: readonly NameMatch[], m: NameMatch): boolean {
  const t = tokens[m.to];
  if (!m.org || m.org.kind === 'sovereign' || !t?.word || !t.capitalized || !t.spaced || !WEAK_SUFFIXES.has(t.key)) return false;
  if (matches.some((o) => o.from === m.to)) return false;
  const own = normalizeWords(m.org.name.split(/\s+/).map((w) => w.toLowerCase()));
  const written = normalizeWords(tokens.slice(m.from, m.to).map((w) => w.key));
  return own !== written && own.startsWith(`${written} `) && !own.split(' ').includes(t.key);
}

/** "Samsung SDS shares rose", "Samsung SDS signed": a name acting as a company. */
export const actsAsCompany = (tokens: Token[], to: number): boolean => hasCueAfter(tokens, to) || hasDealVerbAfter(tokens, to, false);

/** Unknown company names, in order; a name confirmed once counts wherever it recurs. */
export function findUnknownNames(ctx: TextContext): UnknownName[] {
  const lowerWords = new Set<string>();
  for (const t of ctx.tokens) if (t.word && t.text === t.key) lowerWords.add(t.key);
  const { runs, surnames } = readRuns(ctx);
  const candidates = runs.filter((r) => !isPerson(ctx.tokens, r, surnames));
  const confirmed = new Set(candidates.filter((r) => isCompany(ctx, r, lowerWords)).map((r) => r.key));
  for (const r of coordinatedWithConfirmed(ctx.tokens, candidates, confirmed, lowerWords)) confirmed.add(r.key);
  const short = shortForms(confirmed, lowerWords);
  const { fullNames, brackets } = acronyms(ctx.tokens, candidates.filter((r) => confirmed.has(r.key)));
  const names: UnknownName[] = [];
  for (const { from, to, key, legal } of candidates) {
    if (brackets.has(from)) continue;
    const full = to - from === 1 ? fullNames.get(key) : undefined;
    const government = governmentEnd(ctx.tokens, to);
    if (government) names.push({ from, to: government });
    else if (full) names.push({ from, to, name: full });
    else if (confirmed.has(key) || short.has(key)) names.push({ from, to: legal ? to + 1 : to });
  }
  return names;
}

const GOVERNMENT_LEVELS = new Set(['state', 'provincial', 'regional', 'city', 'municipal', 'county', 'local', 'federal']);

/** "the Johor state government", "the Alberta government": a region's government is a party; where its name ends, else 0. */
function governmentEnd(tokens: Token[], to: number): number {
  const level = tokens[to]?.text !== undefined && GOVERNMENT_LEVELS.has(tokens[to].text) ? 1 : 0;
  const head = tokens[to + level];
  return head?.text === 'government' && head.spaced && tokens[to].spaced ? to + level + 1 : 0;
}

/** "Korvex and Tenzan Power formed a venture": a lone name joined by "and" to a confirmed company is a company too. */
function coordinatedWithConfirmed(tokens: Token[], runs: Run[], confirmed: ReadonlySet<string>, lowerWords: ReadonlySet<string>): Run[] {
  const startingAt = new Map(runs.map((r) => [r.from, r]));
  const endingAt = new Map(runs.map((r) => [r.to, r]));
  const isConfirmed = (r: Run | undefined) => !!r && confirmed.has(r.key);
  return runs.filter((r) => {
    const key = tokens[r.from].key;
    if (r.to - r.from !== 1 || confirmed.has(r.key) || lowerWords.has(key) || isNonName(key) || GENERIC_WORDS.has(key)) return false;
    return (tokens[r.to]?.key === 'and' && isConfirmed(startingAt.get(r.to + 1))) || (tokens[r.from - 1]?.key === 'and' && isConfirmed(endingAt.get(r.from - 1)));
  });
}

/**
 * Acronyms the text defines ("the Emirates Water and Electricity Company (EWEC)"): each stands for
 * its full name wherever it recurs; the bracketed definition itself is no second mention.
 */
function acronyms(tokens: Token[], confirmed: Run[]): { fullNames: Map<string, string>; brackets: Set<number> } {
  const fullNames = new Map<string, string>();
  const brackets = new Set<number>();
  for (const r of confirmed) {
    if (!hasOwnAcronym(tokens, r) && !definesAcronym(tokens, r)) continue;
    brackets.add(r.to + 1);
    fullNames.set(tokens[r.to + 1].key, tokens.slice(r.from, r.to).map((t) => (t.spaced ? ' ' : '') + t.text).join('').trim());
  }
  return { fullNames, brackets };
}
