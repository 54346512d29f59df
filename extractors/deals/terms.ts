// A deal's value, term and capacity: the first fitting figure in the sentences that state the
// deal, then in the sentences that point back at it ("the contract runs through 2031").
import { sameCompany, type DealContext, type Party } from './context';
import { CLAUSE_CHAR, DEAL_NOUN, DEAL_REFERENCE, INVESTOR_PART, RECALL, REPORTED_BACKSHIFT, SEPARATE, VALUE_WITHHELD } from './cues';
import type { Candidate } from './detect';
import type { Frame } from './frames';
import { mentionsPastDate } from './story-time';
import type { FigureCue } from './figure-roles';
import type { DurationMention, MoneyMention, PowerMention, QuantityMention } from '../types';

export interface Terms {
  value: MoneyMention | null;
  duration: DurationMention | null;
  capacity: PowerMention | null;
  /** Later figures restating the value ("approximately US$2.9 billion" in a filing). */
  restated: MoneyMention[];
  /** Figures repeating the value exactly. */
  repeats: MoneyMention[];
  sentences: number[];
  valueSameSentence: boolean;
  /** "$4 billion to $5 billion": the high end of a value stated as a range of two amounts. */
  valueHigh: MoneyMention | null;
}

const FOLLOW_SENTENCES = 6;
const FOLLOW_PARAGRAPHS = 2;
/** A sentence whose subject is the deal: its figures are the deal's, whatever topic words surround them. */
const DEAL_SUBJECT = new RegExp(
  String.raw`^(?:(?:Under|As part of) (?:the|this|that|its|their|an?) |(?:The|This|That|Its|Their|Each|Both) )(?:new |expanded |revised |two |[\d.]+-year |[A-Z][\w-]* ){0,2}(?:${DEAL_NOUN})\b`,
);
/** Between a company and its amount, no verb of its own: "and Microsoft up to $5 billion". */
const GAPPED = /^[\s,]*(?:(?:up to|about|around|roughly|nearly|some|another|a further|more than|as much as)\s+)?$/i;

/** Every deal the story tells, and which of them are its news. */
export interface StoryDeals {
  all: Candidate[];
  news: ReadonlySet<Candidate>;
}

/** The sentences that state a deal or point back at it, in reading order. */
export function dealSentences(ctx: DealContext, cand: Candidate, story: StoryDeals): number[] {
  const anchors = [...new Set(cand.frames.concat(cand.supporting).map((f) => f.sentence))].sort((x, y) => x - y);
  const first = anchors[0];
  const out = new Set(anchors);
  const lastParagraph = ctx.sentences[first].paragraph + FOLLOW_PARAGRAPHS;
  for (let s = first + 1; s < ctx.sentences.length && s <= first + FOLLOW_SENTENCES; s++) {
    const info = ctx.sentences[s];
    if (info.paragraph > lastParagraph) break;
    if (out.has(s) || !pointsBack(ctx, s)) continue;
    if (dealsSpeakingOf(ctx, s, story).includes(cand)) out.add(s);
  }
  return [...out].sort((x, y) => x - y);
}

function pointsBack(ctx: DealContext, s: number): boolean {
  // "said it had signed the agreement": reported speech, no recall (as in detect.ts).
  const text = ctx.sentences[s].sentence.text.replace(REPORTED_BACKSHIFT, '$1has ');
  if (SEPARATE.test(text) || mentionsPastDate(ctx.now, text)) return false;
  // "Under a letter of intent signed last week, Caprock will deliver 450 MW": a sentence whose subject is
  // the deal dates the deal itself; recall words elsewhere speak of another.
  if (DEAL_SUBJECT.test(text)) return true;
  if (RECALL.test(text)) return false;
  return DEAL_REFERENCE.test(text) || ctx.sentences[s].parties.length > 0 || /^(?:The|Under|As part)\b/.test(text);
}

/**
 * Which deals a sentence speaks of: those stated in it (the news ones first), else those whose
 * companies it names, else the latest. Deals that are not the news count too: "The agreement
 * covers 320 MW" is that agreement's, whether or not the story's news.
 */
function dealsSpeakingOf(ctx: DealContext, s: number, story: StoryDeals): Candidate[] {
  const stated = story.all.filter((c) => c.frames.concat(c.supporting).some((f) => f.sentence === s));
  const statedNews = stated.filter((c) => story.news.has(c));
  if (statedNews.length) return statedNews;
  if (stated.length) return stated;
  const started = story.all.filter((c) => c.frames[0].sentence <= s);
  const parties = ctx.sentences[s].parties;
  const named = started.filter((c) => parties.some((p) => involves(c, p)));
  // "The agreement covers 320 MW, whose output Amazon will buy": a definite deal subject is the deal told last.
  if (named.length > 1 && DEAL_SUBJECT.test(ctx.sentences[s].sentence.text)) return [latestOf(named)!];
  if (named.length) return named;
  const latest = latestOf(started);
  return latest ? [latest] : [];
}

function latestOf(cands: Candidate[]): Candidate | null {
  return cands.reduce<Candidate | null>((x, c) => (!x || c.frames[0].sentence > x.frames[0].sentence ? c : x), null);
}

function involves(c: Candidate, p: Party): boolean {
  return sameCompany(c.a, p) || sameCompany(c.b, p);
}

export function collectTerms(
  ctx: DealContext,
  cand: Candidate,
  sentences: number[],
  cues: Map<QuantityMention, FigureCue | null>,
  taken: Set<QuantityMention>,
  story: StoryDeals,
): Terms {
  const terms: Terms = { value: null, duration: null, capacity: null, restated: [], repeats: [], sentences, valueSameSentence: false, valueHigh: null };
  const anchorSentences = new Set(cand.frames.map((f) => f.sentence));
  let withheld = false;
  for (const s of sentences) {
    const anchor = anchorSentences.has(s);
    // "Neither side put a price on the order. Bloom's shares rose to $24": from there on, no figure is the value.
    const text = ctx.sentences[s].sentence.text;
    const held = anchor ? null : VALUE_WITHHELD.exec(text);
    // "did not disclose terms, but people familiar with the matter put the value at $700 million": a value given after all.
    const givenFrom = held ? butAfter(text, held.index + held[0].length) : -1;
    if (held && givenFrom === -1) withheld = true;
    // "The agreements cover 200 MW and represent $3.7 billion of contracted revenue": the deal is the subject.
    const aboutDeal = DEAL_SUBJECT.test(ctx.sentences[s].sentence.text);
    for (const q of ctx.sentences[s].quantities) {
      if (taken.has(q) || q === terms.valueHigh) continue;
      const inFrame = aboutDeal || inOwnFrame(cand.frames.concat(cand.supporting), q);
      // An investment has no term of its own: a lease the money pays for ("rent them for five years") is another contract.
      const termHere = !cand.investment || inOwnFrame(cand.frames, q);
      const cue = cues.get(q) ?? null;
      // A deal's lifetime revenue ("over its term it will generate $X") is its value wherever the story tells it.
      const own = cue !== null && (inOwnFrame(cand.frames, q) || cue.role === 'revenue') && isDealsOwn(ctx, q, cue);
      if (cue && (cue.strong || !inFrame) && !own) continue;
      if (!belongsTo(ctx, q, cand, story, s)) continue;
      const heldHere = withheld || (held !== null && q.start < ctx.sentences[s].sentence.start + givenFrom);
      take(terms, q, { anchor, inFrame, termHere, withheld: heldHere, s });
      if (terms.value === q) terms.valueHigh = rangeHigh(ctx, q);
    }
    if (VALUE_WITHHELD.test(text)) withheld = true;
  }
  // The round an investor leads, stated where the deal is, outranks a figure told sentences later (a credit line),
  // unless that figure is the investor's own part ("SoftBank will put in $30 billion of the total").
  if (cand.investment && !terms.valueSameSentence && !(terms.value && isOwnPart(ctx, cand, terms.value))) {
    const round = roundLed(ctx, cand, cues, taken);
    if (round) [terms.value, terms.valueSameSentence] = [round, true];
  }
  return terms;
}

// ", but people familiar with the matter put the value at", "but said the value of the contract was": the deal's value after all, not another figure
// ("but filings put the landlord's investment at").
const VALUE_GIVEN = /,?\s+but\b(?=[^.]{0,80}?\b(?:put (?:the|its|their) (?:deal's |contract's )?(?:value|price)|valu(?:ed|es|ing) (?:it|the (?:deal|contract|agreement|lease|order))|(?:the|its) (?:total |lifetime |full )?value of (?:the|its|their|this) (?:[\w-]+ )?(?:deal|contract|agreement|lease|order)s?|(?:is|was|it's) worth)\b)/i;

/** Where a ", but ..." clause giving the deal's value starts after `from` (-1 when none). */
function butAfter(text: string, from: number): number {
  const m = VALUE_GIVEN.exec(text.slice(from));
  return m ? from + m.index : -1;
}

const OWN_PART_AFTER = new RegExp(String.raw`^\s+(?:will\s+|would\s+|is to\s+|has\s+|had\s+|also\s+)*(?:${INVESTOR_PART})\b`, 'i');

/** The figure's sentence has one of the deal's companies putting money in: its own part. */
function isOwnPart(ctx: DealContext, cand: Candidate, q: QuantityMention): boolean {
  const info = ctx.sentences.find((s) => q.start >= s.sentence.start && q.start < s.sentence.end);
  return !!info && info.parties.some((p) => involves(cand, p) && p.mention.end <= q.start && OWN_PART_AFTER.test(ctx.body.slice(p.mention.end, p.mention.end + 40)));
}

const LEADS = /\b(?:led|leads|leading|co-led|anchor(?:s|ed|ing)?|lead investor|anchor investor)\b/i;

/** An investor whose own part is not stated: the round it leads or anchors is its deal's value. */
function roundLed(ctx: DealContext, cand: Candidate, cues: Map<QuantityMention, FigureCue | null>, taken: Set<QuantityMention>): MoneyMention | null {
  for (const f of cand.frames) {
    const info = ctx.sentences[f.sentence];
    if (!LEADS.test(info.sentence.text)) continue;
    const round = info.quantities.find((q): q is MoneyMention => q.kind === 'money' && !taken.has(q) && cues.get(q)?.role === 'funding_round' && q.amount !== null && !q.vague);
    if (round) return round;
  }
  return null;
}

/** The amount that closes a range the value opens: "$4 billion to $5 billion", "between $66 billion and $72 billion". */
function rangeHigh(ctx: DealContext, low: MoneyMention): MoneyMention | null {
  if (low.amount_high !== undefined) return null;
  const next = ctx.quantities[ctx.quantities.indexOf(low) + 1];
  if (!next || next.kind !== 'money' || next.currency !== low.currency || next.amount === null || low.amount === null || next.amount <= low.amount) return null;
  const gap = ctx.body.slice(low.end, next.start);
  if (/^\s*(?:to|-|–)\s*$/.test(gap)) return next;
  return /^\s*and\s*$/.test(gap) && /\bbetween\s+$/i.test(ctx.body.slice(Math.max(0, low.start - 12), low.start)) ? next : null;
}

interface Place {
  anchor: boolean;
  inFrame: boolean;
  /** Where a duration may be the deal's term. */
  termHere: boolean;
  withheld: boolean;
  s: number;
}

function take(terms: Terms, q: QuantityMention, at: Place): void {
  if (q.kind === 'money') {
    if (q.amount === null || q.currency === null || q.vague) return;
    if (!terms.value) {
      if (at.withheld && !at.anchor) return;
      terms.value = q;
      terms.valueSameSentence = at.anchor;
    } else if (q.currency === terms.value.currency && q.amount === terms.value.amount) terms.repeats.push(q);
    else if (!at.anchor && q.per === undefined && Math.abs(q.amount - (terms.value.amount ?? 0)) <= 0.25 * (terms.value.amount ?? 0)) terms.restated.push(q);
  } else if (q.kind === 'duration') {
    if (terms.duration || q.vague || (q.months === undefined && q.days === undefined)) return;
    if (!at.termHere) return;
    terms.duration = q;
  } else if (q.kind === 'power') {
    if (terms.capacity || q.mw === null || q.vague || q.per !== undefined) return;
    terms.capacity = q;
  }
}

// "build a 500-megawatt data centre for xAI", "the output of the 615-megawatt facility", "lease the entire campus":
// "the sole tenant of a 200-megawatt campus", "a seven-year lease for a 40 MW data center": the facility is what the deal buys, so its size is the contracted capacity.
const FACILITY_AS_OBJECT =
  /\b(?:build|builds|building|develop|develops|developing|construct|lease|leases|leasing|(?:lease|leases|leased) (?:for|of|on)|rent|rents|renting|buy|buys|buying|acquire|acquires|output of|all of|(?:sole|only|single) tenant (?:of|at|for)|(?:every building|all (?:the )?buildings|the whole) (?:on|of|at))\s+(?:the|a|an|its)\s+(?:entire\s+|whole\s+|new\s+)?$/i;
// "four power purchase agreements ... totalling 1.3 gigawatts": the sum of this deal's own agreements.
// "Instinct GPUs totalling 6 gigawatts", "reactors totalling 500 MW": what the deal's verb acts on, summed.
const OWN_AGREEMENTS_TOTAL = new RegExp(String.raw`\b(?:${DEAL_NOUN}|GPUs|chips|accelerators|processors|systems|reactors|capacity)\b${CLAUSE_CHAR}{0,60}\btotal(?:l?ing)?\s+(?:about |some |more than |roughly |around |nearly |up to )?$`, 'i');

// "two leases ... that the landlord expects to bring in about $7 billion of revenue over their life": what the
// contracts themselves earn over their term is their value, not the company's revenue.
// "over its initial term it is expected to generate about $3.8 billion": the same, told from the term.
const LIFETIME_REVENUE_BEFORE = new RegExp(String.raw`\b(?:${DEAL_NOUN}|over (?:its|their|the) (?:initial |full )?(?:term|life|lifetime))\b${CLAUSE_CHAR}{0,100}\b(?:bring in|generate|represent|produce|yield|be worth)\s+(?:about |roughly |some |more than |nearly |around |up to )?$`, 'i');
const LIFETIME_AFTER = new RegExp(String.raw`^${CLAUSE_CHAR}{0,30}\bover (?:their|its|the) (?:life|lives|lifetime|term|duration)\b`, 'i');

/** A cue overruled: the figure sizes what the deal's own verb acts on. */
function isDealsOwn(ctx: DealContext, q: QuantityMention, cue: FigureCue): boolean {
  const before = ctx.body.slice(Math.max(0, q.start - 90), q.start);
  if (cue.role === 'site_capacity') return q.kind === 'power' && FACILITY_AS_OBJECT.test(before);
  if (cue.role === 'aggregate_commitments') return OWN_AGREEMENTS_TOTAL.test(before);
  if (cue.role === 'revenue') return LIFETIME_REVENUE_BEFORE.test(before) || LIFETIME_AFTER.test(ctx.body.slice(q.end, q.end + 60));
  return false;
}

function inOwnFrame(frames: Frame[], q: QuantityMention): boolean {
  return frames.some((f) => q.start >= f.start && q.start < f.end);
}

/** In a sentence stating several deals, a figure goes to the deal whose frame holds it, else the nearest. */
function belongsTo(ctx: DealContext, q: QuantityMention, cand: Candidate, story: StoryDeals, s: number): boolean {
  const here = dealsSpeakingOf(ctx, s, story);
  if (here.length <= 1) return true;
  const holders = here.filter((c) => inOwnFrame(c.frames.concat(c.supporting), q));
  if (holders.length === 1) return holders[0] === cand;
  const pool = holders.length ? holders : here;
  return nearest(ctx, q, pool, s) === cand;
}

/** The deal whose company is named closest before the figure ("Nvidia will put in $10bn and Microsoft $5bn"). */
function nearest(ctx: DealContext, q: QuantityMention, pool: Candidate[], s: number): Candidate {
  const before = ctx.sentences[s].parties.filter((p) => p.mention.end <= q.start);
  const after = ctx.sentences[s].parties.filter((p) => p.mention.start >= q.end);
  const prev = before[before.length - 1];
  const next = after[0];
  const both = pool.find((c) => prev && next && involves(c, prev) && involves(c, next));
  if (both) return both;
  // "... and Microsoft up to $5 billion": a gapped clause shares the verb of the clause before it.
  const gap = ctx.body.slice(prev ? prev.mention.end : q.start, q.start);
  const verbText = GAPPED.test(gap) ? ctx.body.slice(ctx.sentences[s].sentence.start, q.start) : gap;
  const verbClass = /\b(?:invest|put|stake)\w*\b/i.test(verbText);
  const withPrev = pool.filter((c) => prev && involves(c, prev));
  const byVerb = withPrev.find((c) => c.investment === verbClass);
  return byVerb ?? withPrev[0] ?? pool.find((c) => next && involves(c, next)) ?? pool[0];
}
