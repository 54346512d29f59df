// Companies a story names without their name: a short form of a name it gave in full
// ("Vestkraft" after "Vestkraft Energi"), a description ("the startup", "the Denver-based
// data-centre developer") and a sentence-opening "It". Each is resolved as a reader resolves it,
// to the company it denotes, so that deal frames can use it like a name.
import { isTradeWord, withoutLegalForm, type OrganizationKind } from '../orgs';
import type { Party } from './context';

/** What a description's head noun (and the words before it) allows its company to be. */
interface Head {
  re: RegExp;
  /** Null: any kind (a generic "the company"). */
  kinds: readonly OrganizationKind[] | null;
}

const CLOUD: readonly OrganizationKind[] = ['cloud', 'neo_cloud', 'hyperscaler', 'data_center'];
const SITES: readonly OrganizationKind[] = ['data_center', 'neo_cloud', 'cloud', 'energy'];
const POWER: readonly OrganizationKind[] = ['utility', 'energy'];
const CHIPS: readonly OrganizationKind[] = ['chip_maker', 'network'];
const MONEY: readonly OrganizationKind[] = ['investor', 'sovereign'];
const LABS: readonly OrganizationKind[] = ['lab', 'other'];

// Modifiers first: "the bitcoin miner", "the reactor designer", "the cloud provider".
const HEADS: readonly Head[] = [
  { re: /\b(?:cloud|gpu|compute|ai cloud|neocloud)\s+(?:provider|operator|company|firm|group|unit|business|specialist)$/i, kinds: CLOUD },
  // A neocloud is the GPU cloud that is not a hyperscaler: "the neocloud" never denotes Microsoft.
  { re: /\bneocloud$/i, kinds: ['neo_cloud', 'data_center'] },
  { re: /\b(?:hyperscaler|miner|bitcoin miner|host|cloud)$/i, kinds: CLOUD },
  { re: /\b(?:data[- ]cent(?:re|er)|colocation|campus)\s+(?:developer|operator|company|firm|group|owner|landlord|provider|specialist)$/i, kinds: SITES },
  { re: /\blandlord$/i, kinds: SITES },
  { re: /\b(?:reactor|nuclear|power|energy|electricity|hydropower|solar|wind|geothermal|gas)\s+(?:designer|developer|producer|company|firm|group|supplier|provider|generator|operator|startup|start-up)$/i, kinds: POWER },
  { re: /\b(?:utility|power producer|generator)$/i, kinds: POWER },
  { re: /\b(?:chip|chips|semiconductor|memory|processor|gpu|server)\s+(?:maker|designer|giant|company|firm|group|supplier|manufacturer)$/i, kinds: CHIPS },
  { re: /\bchipmaker$/i, kinds: CHIPS },
  { re: /\b(?:investor|fund|wealth fund|asset manager|investment firm|investment group|lender|bank|private equity firm|buyout firm)$/i, kinds: MONEY },
  { re: /\b(?:startup|start-up|lab|ai company|ai firm|ai developer|model developer|model maker|ai group)$/i, kinds: LABS },
  // "the search company", "the software maker", "the social media group": a big technology company.
  { re: /\b(?:search|software|tech|technology|internet|e-commerce|social media|online retail)\s+(?:giant|company|firm|group|maker|major|titan)$/i, kinds: ['hyperscaler', 'cloud'] },
  { re: /\bcloud\s+giant$/i, kinds: ['hyperscaler', 'cloud'] },
  { re: /\bgovernment$/i, kinds: ['sovereign'] },
  // Not "business": "the mobile-network business" is a market, not a company.
  { re: /\b(?:company|firm|group|concern|operator|developer|provider|supplier|manufacturer|designer|maker)$/i, kinds: null },
];

const HEAD_WORDS =
  'government|venture|company|firm|group|concern|startup|start-up|lab|developer|designer|maker|chipmaker|giant|miner|provider|operator|producer|supplier|manufacturer|utility|generator|landlord|investor|fund|lender|bank|hyperscaler|neocloud|host|partner|unit|specialist|cloud';
// "the Denver-based data-centre developer", "the Japanese group", "the startup": up to four words before the head.
// "the Columbus, Ohio-based utility": a place with its state before "-based"; "the Bellevue, Washington, neocloud":
// a city and its state or country set off by commas.
// Not across a preposition: "the centre of the mobile-network business" describes no company.
const DESCRIPTION = new RegExp(String.raw`\b[Tt]he\s+((?:(?:[A-Z][\w.'’&-]*,\s+)?[A-Z][\w.'’&-]*-based\s+|[A-Z][\w.'’&-]*,\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)?,\s+|(?!(?:of|for|in|on|at|with|from|to|by|and|or)\s)[\w.'’-]+\s+){0,4}?)(${HEAD_WORDS})\b(?!['’]?\s*(?:[A-Z]|-))(?!\s+(?:${HEAD_WORDS})\b)`, 'g');
// "Nvidia would buy $1 billion of its stock", "Nvidia agreed to buy $6.3 billion of its unsold cloud capacity": what is
// bought is another company's, the one named before the buyer.
const ITS_SHARES = /\b(?:of|in)\s+(its)\s+(?:[\w-]+\s+){0,3}?(?:stock|shares|equity|capacity|output|compute|chips|GPUs|servers|services)\b/g;
// Heads a description can carry that name no company here: "the group of investors", "the customer base".
const NOT_A_COMPANY_AFTER = /^\s+(?:of|base|list|said to|count)\b/i;
/** Sentences back that a description or pronoun may reach. */
const REACH = 3;

export interface ReferenceInput {
  body: string;
  sentences: { start: number; end: number; index: number }[];
  /** Named parties in reading order. */
  parties: Party[];
}

/**
 * Links short forms to the full name they abbreviate (same `key`) and gives every party the
 * fullest name the story uses for its company (`text`).
 */
export function linkShortForms(parties: Party[]): void {
  const unlisted = parties.filter((p) => p.family.length === 0);
  const words = (p: Party) => p.key.split(' ');
  for (const p of unlisted) {
    const own = words(p);
    // "Varuna Green Energy" is a name in full (it ends in its trade): "Varuna Green Energy Twelve" is another company, its project's.
    if (isTradeWord(own[own.length - 1])) continue;
    const longer = unlisted.filter((q) => q.key !== p.key && startsWith(words(q), own));
    const keys = new Set(longer.map((q) => q.key));
    // Only an unambiguous abbreviation: "Vestkraft" for "Vestkraft Energi", not for two Vestkraft companies.
    if (keys.size === 1) p.key = longer[0].key;
  }
  const fullest = new Map<string, string>();
  // A legal form adds no length: "Vestkraft Energi" first and "Vestkraft Energi AS" in the boilerplate keep the first.
  const length = (text: string) => withoutLegalForm(text).length;
  for (const p of parties) {
    const best = fullest.get(p.key);
    if (best === undefined || length(p.text) > length(best)) fullest.set(p.key, p.text);
  }
  // A deal names each company as the article first writes it in full: "Fervo Energy", not a later "Fervo";
  // "Kallax Data AB" where the story opens with its legal form.
  for (const p of parties) p.text = fullest.get(p.key) ?? p.text;
}

function startsWith(long: string[], short: string[]): boolean {
  return short.length < long.length && short.every((w, i) => long[i] === w);
}

/** Parties a description or an opening "It" denotes, in reading order; each copies its company's identity. */
export function findReferences(input: ReferenceInput): Party[] {
  const { body, sentences, parties } = input;
  const found: Party[] = [];
  for (const s of sentences) {
    const text = body.slice(s.start, s.end);
    DESCRIPTION.lastIndex = 0;
    for (let m = DESCRIPTION.exec(text); m; m = DESCRIPTION.exec(text)) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (parties.some((p) => p.mention.start < end && p.mention.end > start)) continue;
      // "Oklo, the advanced-nuclear company backed by ...": an apposition describes the name before it, no second mention.
      if (parties.some((p) => /^(?:['’]s)?,\s*$/.test(body.slice(p.mention.end, start)))) continue;
      if (NOT_A_COMPANY_AFTER.test(body.slice(end, end + 12))) continue;
      // "the campus's operator": the company whose site it is, when the story named it; else no reading.
      if (SITE_DESCRIPTION.test(m[0])) {
        const owner = siteOwner(body, parties, start);
        if (owner) found.push(referTo(owner, start, end, m[0], s.index));
        continue;
      }
      const venture = m[2] === 'venture';
      const kinds = venture ? null : headKinds(`${m[1]}${m[2]}`);
      if (kinds === undefined) continue;
      const antecedent = venture ? namedVenture(body, parties, start) : resolve(body, parties, sentences, s, start, kinds);
      if (antecedent) found.push(referTo(antecedent, start, end, m[0], s.index));
    }
    ITS_SHARES.lastIndex = 0;
    for (let m = ITS_SHARES.exec(text); m; m = ITS_SHARES.exec(text)) {
      const start = s.start + m.index + m[0].indexOf('its');
      const before = [...parties, ...found].filter((p) => p.mention.end <= start && p.mention.start >= s.start && !p.brand).sort((a, b) => a.mention.start - b.mention.start);
      const buyer = before[before.length - 1];
      const owner = buyer && [...before].reverse().find((p) => p.key !== buyer.key);
      if (owner) found.push(referTo(owner, start, start + 3, 'its', s.index));
    }
    SITE_POSSESSIVE.lastIndex = 0;
    for (let m = SITE_POSSESSIVE.exec(text); m; m = SITE_POSSESSIVE.exec(text)) {
      const start = s.start + m.index;
      if (found.some((p) => p.mention.start === start)) continue;
      const owner = siteOwner(body, parties, start);
      if (owner) found.push(referTo(owner, start, start + m[1].length, m[1], s.index));
    }
    // Not the "It" of "It is the largest ...", "It was unclear ...": only a company doing something.
    const it = /^(?:["“'‘(]\s*)?It\s+(?!(?:is|was|has been|remains|seems|means|would be|will be)\s+(?:the|a|an|not|also|one|unclear|clear|likely|unlikely|possible|hard|difficult|easy|worth|too|still the|now the|understood|thought|expected that)\b|(?:seems|means|remains)\b)/.exec(text);
    if (it) {
      const antecedent = previousSubject(parties, sentences, s.index);
      if (antecedent) {
        const start = s.start + it[0].indexOf('It');
        found.push(referTo(antecedent, start, start + 2, 'It', s.index));
      }
    }
  }
  return found;
}

// "lease the campus's first building": a site owned by a company, standing for its owner where a deal's object is its space.
const SITE = String.raw`(?:campus|site|facility|data[- ]cent(?:er|re))`;
const SITE_DESCRIPTION = new RegExp(String.raw`^[Tt]he\s+${SITE}['’]s\s`);
const SITE_POSSESSIVE = new RegExp(String.raw`\b([Tt]he\s+${SITE})['’]s\b`, 'g');
// "Halvane Digital's planned AI campus", "the campus being developed by Halvane Digital": the site's owner, as the story named it.
const OWNS_SITE_AFTER = new RegExp(String.raw`^['’]s\s+(?:[\w-]+\s+){0,4}?${SITE}\b`, 'i');
const BUILDS_SITE_BEFORE = new RegExp(String.raw`\b${SITE}\s+(?:(?:being|is|was|to be|that is)\s+)?(?:[\w-]+\s+)?(?:developed|built|owned|operated|run)\s+by\s+$`, 'i');

// "Kessel Data Partners, the company Vantor set up to own its Milan campus": an apposition gives the company its site.
const SET_UP_FOR_SITE = new RegExp(String.raw`^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:company|venture|vehicle|entity|subsidiary)\b[^.;]{0,60}?\bto\s+(?:own|build|develop|operate|run)\s+(?:its|the|a|their)\s+(?:[\w-]+\s+){0,3}?${SITE}\b`, 'i');

/** The company the story last named as a site's owner before `at`, or null. */
function siteOwner(body: string, parties: Party[], at: number): Party | null {
  const owners = parties.filter((p) => {
    if (p.mention.end > at || p.brand) return false;
    const after = body.slice(p.mention.end - (/['’]s$/.test(p.mention.text) ? 2 : 0), p.mention.end + 120);
    return OWNS_SITE_AFTER.test(after) || SET_UP_FOR_SITE.test(after) || BUILDS_SITE_BEFORE.test(body.slice(Math.max(0, p.mention.start - 60), p.mention.start));
  });
  return owners[owners.length - 1] ?? null;
}

function headKinds(description: string): readonly OrganizationKind[] | null | undefined {
  const words = description.replace(/\s+/g, ' ').trim();
  for (const h of HEADS) if (h.re.test(words)) return h.kinds;
  return undefined;
}

// "formed a joint venture, Tata Kaveri AI Parks,", "Tata Kaveri AI Parks, their new joint venture,": a venture's name.
const VENTURE_BEFORE = /\bventure,?\s+(?:called\s+|named\s+)?$/i;
const VENTURE_AFTER = /^,\s+(?:a|the|their|its)\s+(?:new\s+)?(?:joint\s+)?venture\b/i;

/** "the venture", "the joint venture": the venture the story named before, however far back. */
function namedVenture(body: string, parties: Party[], at: number): Party | null {
  const named = parties.filter((p) => p.mention.end <= at && !p.brand && (VENTURE_BEFORE.test(body.slice(Math.max(0, p.mention.start - 30), p.mention.start)) || VENTURE_AFTER.test(body.slice(p.mention.end, p.mention.end + 40))));
  return named[named.length - 1] ?? null;
}

// A clause boundary between a company and a later description: a comma, a semicolon or a conjunction.
const CLAUSE_BREAK = /[,;:]|\b(?:and|but|while|which|who|that|whose|after|before|because)\b/i;

/**
 * "AMD will invest $200 million in the company": a description in a clause never denotes that
 * clause's own subject (the company named before it with no clause break between).
 */
function clauseSubject(body: string, parties: Party[], sentence: ReferenceInput['sentences'][number], at: number): Party | null {
  const before = parties.filter((p) => p.mention.start >= sentence.start && p.mention.end <= at && !p.brand);
  const last = before[before.length - 1];
  return last && !CLAUSE_BREAK.test(body.slice(last.mention.end, at)) ? last : null;
}

/** The most recent company the description can denote, within REACH sentences, its kind allowing. */
function resolve(body: string, all: Party[], sentences: ReferenceInput['sentences'], sentence: ReferenceInput['sentences'][number], at: number, kinds: readonly OrganizationKind[] | null): Party | null {
  const s = sentence.index;
  const subject = clauseSubject(body, all, sentence, at);
  const parties = subject ? all.filter((p) => p.key !== subject.key) : all;
  // A story has one government as it has one headline company: "the government" reaches back across it.
  const earliest = kinds?.length === 1 && kinds[0] === 'sovereign' ? 0 : sentences[Math.max(0, s - REACH)].start;
  const before = parties.filter((p) => p.mention.end <= at && p.mention.start >= earliest && !p.brand);
  if (kinds === null) return previousSubject(parties, sentences, s) ?? before[before.length - 1] ?? null;
  const fits = before.filter((p) => p.kind !== null && kinds.includes(p.kind));
  if (fits.length) return fits[fits.length - 1];
  // "Germany's largest AMD GPU cluster ..., the chipmaker said": a maker named only on its product is still the one near.
  const makers = parties.filter((p) => p.brand && p.mention.end <= at && p.mention.start >= sentence.start && p.kind !== null && kinds.includes(p.kind));
  if (makers.length && new Set(makers.map((p) => p.key)).size === 1 && !before.some((p) => p.kind === null && tradeNamed(p, kinds))) return { ...makers[0], brand: false };
  // A company the gazetteer does not list has no kind: it fits a description when it is the only one near.
  const unknown = before.filter((p) => p.kind === null);
  if (new Set(unknown.map((p) => p.key)).size === 1) return unknown[unknown.length - 1];
  // Several: the one whose name says the trade the description says ("Verdant Cloud" for "the neocloud", not "Fernhill Data").
  const named = unknown.filter((p) => tradeNamed(p, kinds));
  return new Set(named.map((p) => p.key)).size === 1 ? named[named.length - 1] : null;
}

const tradeNamed = (p: Party, kinds: readonly OrganizationKind[]): boolean => TRADE_IN_NAME.find(([k]) => kinds.includes(k))?.[1].test(p.text) ?? false;

/** The words a company of each kind carries in its name, for a description to tell unlisted companies apart. */
const TRADE_IN_NAME: readonly [OrganizationKind, RegExp][] = [
  ['neo_cloud', /\b(?:Cloud|Compute|GPU|AI Cloud)\b/],
  ['utility', /\b(?:Energy|Power|Electric|Kraft|Solar|Renewables|Utilities)\b/],
  ['chip_maker', /\b(?:Semiconductors?|Chips|Microsystems|Silicon)\b/],
];

/** The subject (first named company) of the nearest sentence before `s` that names one, within REACH. */
function previousSubject(parties: Party[], sentences: ReferenceInput['sentences'], s: number): Party | null {
  for (let k = s - 1; k >= Math.max(0, s - REACH); k--) {
    const first = parties.find((p) => p.mention.start >= sentences[k].start && p.mention.start < sentences[k].end && !p.brand);
    if (first) return first;
  }
  return null;
}

function referTo(antecedent: Party, start: number, end: number, written: string, sentence: number): Party {
  return {
    ...antecedent,
    mention: { ...antecedent.mention, text: written, start, end, sentence },
    brand: false,
    reference: written,
  };
}
