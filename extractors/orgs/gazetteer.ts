// The company gazetteer: canonical organizations with the aliases news writes them by,
// loaded from gazetteer.json, and name resolution tolerant of corporate suffixes.
import data from './gazetteer.json';
import { LEGAL_FORMS } from './word-lists';

export type OrganizationKind =
  | 'lab'
  | 'hyperscaler'
  | 'cloud'
  | 'chip_maker'
  | 'neo_cloud'
  | 'data_center'
  | 'utility'
  | 'energy'
  | 'investor'
  | 'sovereign'
  | 'network'
  | 'other';

export interface Organization {
  /** Stable slug, e.g. "amazon-web-services". */
  id: string;
  /** Canonical name. */
  name: string;
  kind: OrganizationKind;
  /** Id of the parent organization (Amazon for AWS). */
  parent: string | null;
  /** Every name news uses for it, the canonical name included. */
  aliases: string[];
}

interface GazetteerEntry extends Organization {
  /** Aliases that are common words ("Lambda", "Stack"): matched only with a context cue. */
  ambiguous?: string[];
}

const CORPORATE_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'plc', 'nv', 'sa',
  'ag', 'se', 'asa', 'gmbh', 'bv', 'holdings', 'holding', 'group', 'pbc', 'lp', 'llp',
]);

/** Foreign legal forms ("Kallax Data AB", "Nordkraft AS"): one company with or without them. */
const LEGAL_FORM_KEYS = new Set([...LEGAL_FORMS].map((form) => form.toLowerCase()));

/** Lower-case, without a leading "the", a possessive, punctuation or trailing corporate suffixes. */
export function normalizeName(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s?$/, '')
    .replace(/[.,]/g, '')
    .split(/\s+/)
    .filter(Boolean);
  return normalizeWords(words);
}

/** normalizeName for a name already in lower-case words without punctuation (word tokens' keys). */
export function normalizeWords(words: readonly string[]): string {
  const from = words[0] === 'the' && words.length > 1 ? 1 : 0;
  let to = words.length;
  while (to - from > 1 && (CORPORATE_SUFFIXES.has(words[to - 1]) || LEGAL_FORM_KEYS.has(words[to - 1]))) to--;
  return words.slice(from, to).join(' ');
}

interface CountryEntry {
  name: string;
  demonym: string;
  /** Other names of the country ("UAE", "Britain"). */
  aliases?: string[];
  /** Id of the organization listed for its government; else one is made ("Norwegian government"). */
  government?: string;
}

const countryEntries = data.countries as CountryEntry[];
const listed = data.organizations as GazetteerEntry[];
const entries: GazetteerEntry[] = [...listed, ...countryEntries.filter((c) => !c.government).map(governmentOf)];

/** The government a country entry implies: "Norwegian government", "Government of Norway", "Norway's government". */
function governmentOf(c: CountryEntry): GazetteerEntry {
  const name = `${c.demonym} government`;
  return { id: name.toLowerCase().replace(/\s+/g, '-'), name, kind: 'sovereign', parent: null, aliases: [name] };
}

/** The ways news writes a country's government, beyond the demonym form. */
function governmentAliases(c: CountryEntry): string[] {
  return [c.name, ...(c.aliases ?? [])].flatMap((n) => [`government of ${n}`, `${n}'s government`, `${n} government`]);
}

const governments = new Map(countryEntries.map((c) => [c.name, c.government ?? governmentOf(c).id]));
for (const c of countryEntries) {
  const org = entries.find((e) => e.id === governments.get(c.name));
  if (!org) throw new Error(`gazetteer.json: country ${c.name} names government ${c.government}, which is not listed`);
  const own = new Set(org.aliases.map(normalizeName));
  for (const alias of governmentAliases(c)) {
    if (!own.has(normalizeName(alias))) org.aliases = [...org.aliases, alias];
    own.add(normalizeName(alias));
  }
}

export const ORGANIZATIONS: readonly Organization[] = entries.map(({ id, name, kind, parent, aliases }) => ({
  id,
  name,
  kind,
  parent,
  aliases,
}));

/**
 * Country names and the government each stands for. A country is a party only where the text
 * makes it act ("Malaysia signed", "a pact with the UAE"): elsewhere it is a place.
 */
export const COUNTRIES: readonly { names: string[]; government: string }[] = countryEntries.map((c) => ({
  names: [c.name, ...(c.aliases ?? [])],
  government: governments.get(c.name)!,
}));

/** Aliases (per org id) that need a context cue or the fuller name in the same text. */
export const AMBIGUOUS_ALIASES: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  entries.filter((e) => e.ambiguous).map((e) => [e.id, new Set(e.ambiguous)]),
);

/** News outlets: recognized so they are never taken for a party, but not reported as companies. */
export const OUTLETS: readonly string[] = data.outlets;

export function isCorporateSuffix(word: string): boolean {
  return CORPORATE_SUFFIXES.has(word.toLowerCase().replace(/\./g, ''));
}

const byId = new Map(ORGANIZATIONS.map((o) => [o.id, o]));
const byName = new Map<string, Organization>();
for (const org of ORGANIZATIONS) {
  for (const alias of org.aliases) {
    const key = normalizeName(alias);
    if (!byName.has(key)) byName.set(key, org);
  }
}

export function getOrganization(id: string): Organization | null {
  return byId.get(id) ?? null;
}

/**
 * The organization a name denotes, or null. Case-insensitive; ignores a leading "the", a
 * possessive and corporate suffixes. In "Microsoft Corp's Azure" the possessed name wins.
 */
export function resolveOrganization(name: string): Organization | null {
  const direct = byName.get(normalizeName(name));
  if (direct) return direct;
  const possessive = /^(.+?)['’]s\s+(.+)$/.exec(name.trim());
  return possessive ? (byName.get(normalizeName(possessive[2])) ?? null) : null;
}
