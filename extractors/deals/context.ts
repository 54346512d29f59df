// What every deal rule reads: sentences with their mentions, paragraphs, the companies
// (with their gazetteer kind) and the publication date, built once per article.
import { getOrganization, normalizeName, resolveOrganization, type OrganizationKind } from '../orgs';
import { findReferences, linkShortForms } from './references';
import { parseStoryDate, type StoryDate } from './story-time';
import type { Mention, OrganizationMention, QuantityMention, Sentence } from '../types';

export interface Party {
  mention: OrganizationMention;
  /** The name as the article writes it (possessive dropped). */
  text: string;
  /** Stable key for "same company": gazetteer id or the lower-cased name. */
  key: string;
  /** Gazetteer ids of the company and its parents, to tell AWS and Amazon apart from rivals. */
  family: string[];
  kind: OrganizationKind | null;
  /** "Nvidia GPUs", "AMD's Instinct processors": named as the maker of a product. */
  brand: boolean;
  /** The description or pronoun written in place of the name ("the startup", "It"), for a party resolved from one. */
  reference?: string;
}

export interface SentenceInfo {
  sentence: Sentence;
  paragraph: number;
  parties: Party[];
  quantities: QuantityMention[];
}

export interface DealContext {
  title: string;
  body: string;
  /** The publication date: the story's "now". */
  now: StoryDate | null;
  sentences: SentenceInfo[];
  quantities: QuantityMention[];
}

/** "the ChatGPT maker", "the Claude developer": a descriptor; the deal names the company instead. */
const DESCRIPTOR = /\b(?:maker|developer|owner|parent|creator|company|firm|start-up|startup)\b/i;
// "Nvidia's latest GB300 systems" (possessive: modifiers, no preposition or verb) or "Nvidia GB300 GPUs", "Nvidia graphics
// processors" (product names and a few product modifiers only): a verb between name and noun ("Microsoft has agreed to
// buy GPU capacity") is a subject, not a brand.
const PRODUCT_NOUN = '(?:[Cc]hips?|GPUs?|gpus?|TPUs?|[Pp]rocessors?|[Aa]ccelerators?|[Ss]ystems?|[Hh]ardware|[Pp]latform|[Ss]uperchips?|[Rr]acks?|[Ss]ervers?)\\b';
// "Nvidia GB300 capacity", "Nvidia H100 clusters": a model number between name and noun marks the maker's product.
const PRODUCT_AFTER = new RegExp(`^(?:['’]s\\s+(?:(?!(?:with|to|for|from|of|in|on|at|by|has|have|had|will|would|is|are|was)\\b)[\\w-]+\\s+){0,5}?|\\s+(?:(?:[A-Z0-9][\\w-]*|graphics|data[- ]cent(?:er|re)|custom|advanced|latest|next-generation|flagship)\\s+){0,3}?)${PRODUCT_NOUN}|^\\s+[A-Z]+\\d[\\w-]*\\s+(?:[\\w-]+\\s+)?(?:capacity|clusters?|instances|compute)\\b`);

export function buildContext(input: {
  title: string | null;
  body: string;
  published: string | null;
  sentences: Sentence[];
  mentions: Mention[];
}): DealContext {
  const { body, sentences } = input;
  const named = input.mentions
    .filter((m): m is OrganizationMention => m.kind === 'organization')
    .map((m) => toParty(m, body));
  linkShortForms(named);
  const orgs = [...named, ...findReferences({ body, sentences, parties: named })].sort((a, b) => a.mention.start - b.mention.start);
  const quantities = input.mentions.filter((m): m is QuantityMention => m.kind !== 'organization');
  const infos = sentences.map((sentence) => ({
    sentence,
    paragraph: countNewlines(body, sentence.start),
    parties: orgs.filter((o) => o.mention.start >= sentence.start && o.mention.start < sentence.end),
    quantities: quantities.filter((q) => q.start >= sentence.start && q.start < sentence.end),
  }));
  return {
    title: input.title ?? '',
    body,
    now: parseStoryDate(input.published),
    sentences: infos,
    quantities,
  };
}

function toParty(mention: OrganizationMention, body: string): Party {
  const resolved = (mention.org_id ? getOrganization(mention.org_id) : null) ?? resolveOrganization(mention.name);
  const id = resolved?.id ?? mention.org_id ?? null;
  const family = id ? familyOf(id, resolved?.parent ?? null) : [];
  return {
    mention,
    text: partyName(mention, id),
    key: id ?? normalizeName(mention.name),
    family,
    kind: resolved?.kind ?? kindFromName(mention.name),
    brand: PRODUCT_AFTER.test(body.slice(mention.end, mention.end + 60)),
  };
}

/**
 * The company's name as the article writes it, without a trailing possessive and without an
 * owner in front ("Elon Musk's xAI" -> "xAI", "Saudi Arabia's Public Investment Fund" ->
 * "Public Investment Fund") when the rest still names the same company.
 */
function partyName(mention: OrganizationMention, id: string | null): string {
  if (DESCRIPTOR.test(mention.text)) return mention.name;
  const text = mention.text.replace(/['’]s?$/, '');
  const owned = /^.+?['’]s\s+(.+)$/.exec(text);
  return owned && id && resolveOrganization(owned[1]!)?.id === id ? owned[1]! : text;
}

// A company the gazetteer does not list often says what it does in its name ("XGS Energy", "Blue Owl Capital").
const NAME_KINDS: readonly [RegExp, OrganizationKind][] = [
  [/\b(?:Energy|Power|Solar|Wind|Nuclear|Renewables?|Electric|Utilities|Geothermal|Fusion|Hydro|Grid)\b/, 'energy'],
  [/\b(?:Data ?Cent(?:er|re)s?|Datacenters?|Digital Infrastructure)\b/, 'data_center'],
  [/\b(?:Capital|Ventures|Partners|Investments?|Asset Management|Equity)\b/, 'investor'],
  [/\b(?:Semiconductors?|Chips|Silicon|Microsystems|Foundry)\b/, 'chip_maker'],
  [/\b(?:Telecom|Telekom|Telco|Communications|Networks)\b/, 'network'],
];

// "Veldt Cloud", "Ardent Compute": an unlisted name that says it sells compute; "Quorra AI", "Halvard Labs": one that
// says it builds AI, and so buys compute, space and power. They weigh direction and what is bought, but are no kinds:
// a kind also decides what "the startup" may refer to, which a name alone cannot tell.
export const namedAsCloud = (p: Party): boolean => p.kind === null && /\b(?:Cloud|Compute)$/.test(p.mention.name);
export const namedAsAiBuilder = (p: Party): boolean => p.kind === null && /\b(?:AI|Labs?)$/.test(p.mention.name);

function kindFromName(name: string): OrganizationKind | null {
  return NAME_KINDS.find(([re]) => re.test(name))?.[1] ?? null;
}

function familyOf(id: string, parent: string | null): string[] {
  return parent ? [id, parent] : [id];
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** AWS and Amazon, Google and Google Cloud: one company for pairing purposes. */
export function sameCompany(a: Party, b: Party): boolean {
  if (a.key === b.key) return true;
  return a.family.some((id) => b.family.includes(id));
}
