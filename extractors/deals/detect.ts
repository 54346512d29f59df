// From frames to deal candidates: drop frames that recall earlier or other deals, merge the
// frames that describe one deal (same pair, same nature), and keep the ones the story reports.
// A guarantee of one party's obligations becomes a deal with that party's counterparty.
import { sameCompany, type DealContext, type Party } from './context';
import { CALLED_OFF, CLOSED_RELATIVE, COMPARED, CREDITED_TO, SCRUTINIZED, NEW_TRANCHE, REPORTED_BACKSHIFT, OTHER_RECENT, RECALL, SINCE_EVENT } from './cues';
import { mentionsPastDate } from './story-time';
import { findFrames, POINTED_BACK, type Frame } from './frames';

export interface Candidate {
  /** The two companies in the order first seen. */
  a: Party;
  b: Party;
  investment: boolean;
  /** Frames that state this deal as the story's news, in reading order; the first is the anchor. */
  frames: Frame[];
  /** Frames naming a product brand ("Nvidia's systems") that add terms to a deal, never make one. */
  supporting: Frame[];
  /** Frames of the same pair that recall or cite a deal (earlier, separate, called off). */
  recalled: Frame[];
  /** Opened by "In a separate agreement, ...": a second deal of a pair already joined, kept apart from the first. */
  separate?: boolean;
}

/**
 * Every pair of companies joined by deal language, grouped by pair and nature. A candidate whose
 * frames all recall a deal keeps them as its frames too, so that the decision can weigh it.
 */
export function detectDeals(ctx: DealContext, headline: Frame[] = []): Candidate[] {
  const candidates: Candidate[] = [];
  const recalled: Frame[] = [];
  const brandFrames: Frame[] = [];
  const guarantees: Frame[] = [];
  for (const info of ctx.sentences) {
    for (const frame of findFrames(ctx, info)) {
      if (isBackground(ctx, frame)) recalled.push(frame);
      else if (frame.cls === 'guarantee') guarantees.push(frame);
      else if (frame.a.brand || frame.b.brand) brandFrames.push(frame);
      else addFrame(candidates, frame, ctx);
    }
  }
  for (const frame of brandFrames) {
    const host = candidates.find((c) => samePair(c, frame.a, frame.b));
    // "Orion will buy AMD accelerators, and AMD will invest in Orion": buying the investor's chips is a deal of its own.
    const circular = host?.investment && !isInvestment(frame) && frame.buyer === frame.a && !frame.a.brand && PURCHASE.test(frame.trigger) && !candidates.some((c) => samePair(c, frame.a, frame.b) && !c.investment);
    if (circular) addFrame(candidates, frame);
    else if (host) host.supporting.push(frame);
    else if (!candidates.some((c) => (involves(c, frame.a) || involves(c, frame.b)) && (!ownPurchase(frame) || sellsInClause(ctx, c, frame)))) addFrame(candidates, frame);
  }
  for (const frame of guarantees) addGuarantee(candidates, frame);
  // A pair the headline joins and no body sentence does: the headline's deal.
  for (const frame of headline) {
    if (!candidates.some((c) => samePair(c, frame.a, frame.b))) addFrame(candidates, frame);
  }
  const recalledOnly: Candidate[] = [];
  for (const frame of recalled) {
    if (frame.cls === 'guarantee' || frame.a.brand || frame.b.brand) continue;
    const host = candidates.find((c) => samePair(c, frame.a, frame.b) && c.investment === isInvestment(frame));
    if (host) host.recalled.push(frame);
    else addFrame(recalledOnly, frame);
  }
  for (const c of recalledOnly) c.recalled = [...c.frames];
  return [...candidates, ...recalledOnly];
}

/** A guarantor backs what the obligor owes under its deal: the guarantee is a deal with the obligor's counterparty. */
function addGuarantee(candidates: Candidate[], frame: Frame): void {
  const owed = candidates.find((c) => !c.investment && involves(c, frame.b) && !involves(c, frame.a));
  if (!owed) return;
  const beneficiary = sameCompany(owed.a, frame.b) ? owed.b : owed.a;
  const resolved: Frame = { ...frame, b: beneficiary, buyer: frame.a, provider: beneficiary };
  const same = candidates.find((c) => c.frames.every((f) => f.cls === 'guarantee') && samePair(c, frame.a, beneficiary));
  if (same) same.frames.push(resolved);
  else candidates.push({ a: frame.a, b: beneficiary, investment: false, frames: [resolved], supporting: [], recalled: [] });
}

const PURCHASE = /^(?:buy|bought|purchas|order)/;

/** "placed an order for $700 million of Nvidia systems": buying a maker's products is buying from the maker. */
const ownPurchase = (frame: Frame): boolean => frame.cls === 'buy' && PURCHASE.test(frame.trigger.toLowerCase()) && frame.buyer === frame.a;

/**
 * Another deal's seller named inside a brand frame's clause sells the maker's products ("buy Nvidia GPUs from Dell",
 * "rent Nvidia capacity from Nebius"); one named in a clause of its own ("..., and signed a lease from DataBank") does not.
 */
function sellsInClause(ctx: DealContext, c: Candidate, frame: Frame): boolean {
  // "... has ordered $1.6 billion of servers built around Nvidia's chips. The order was placed with Dell": the seller named next.
  if (c.frames.some((f) => f.trigger === POINTED_BACK && f.sentence === frame.sentence)) return true;
  const other = involves(c, frame.a) ? (sameCompany(c.a, frame.a) ? c.b : c.a) : sameCompany(c.a, frame.b) ? c.b : c.a;
  const { sentence } = ctx.sentences[frame.sentence];
  // A deal of another sentence ("Kestrel will pay Helio ... Helio said it had ordered AMD's accelerators") sells nothing of these.
  if (other.mention.start < sentence.start || other.mention.start >= sentence.end) return false;
  const brand = frame.b.mention;
  if (other.mention.start < brand.end) return other.mention.start >= frame.start;
  return !/[,;]|\band\b/.test(ctx.body.slice(brand.end, other.mention.start));
}

function isInvestment(frame: Frame): boolean {
  return frame.cls === 'invest' || frame.cls === 'funding';
}

// "In a separate agreement, Meta will also take capacity at Arcadia's Paris site": the sentence opens another deal of the pair.
const ANOTHER_OF_PAIR = /^(?:In|Under)\s+(?:a|another)\s+(?:(?:second|third|separate|parallel|new)\s+)?(?:deal|agreement|contract|transaction)\b/;

function addFrame(candidates: Candidate[], frame: Frame, ctx?: DealContext): void {
  const investment = isInvestment(frame);
  const another = ctx !== undefined && ANOTHER_OF_PAIR.test(ctx.sentences[frame.sentence].sentence.text);
  const same = another ? [] : candidates.filter((c) => samePair(c, frame.a, frame.b) && !c.separate);
  // A pair with one kind of frame so far takes a symmetric frame whatever its nature.
  const host =
    same.find((c) => c.investment === investment && (frame.cls !== 'symmetric' || !investment)) ??
    (frame.cls === 'symmetric' ? same[0] : undefined);
  // "X signed an agreement with Y under which Y will invest ...": the agreement of that sentence is the investment.
  const agreement = investment && !host ? same.find((c) => !c.investment && c.frames.every((f) => f.cls === 'symmetric' && f.sentence === frame.sentence)) : undefined;
  if (agreement) agreement.investment = true;
  const into = host ?? agreement;
  if (into) into.frames.push(frame);
  else candidates.push({ a: frame.a, b: frame.b, investment, frames: [frame], supporting: [], recalled: [], ...(another ? { separate: true } : {}) });
}

function samePair(c: Candidate, x: Party, y: Party): boolean {
  return (sameCompany(c.a, x) && sameCompany(c.b, y)) || (sameCompany(c.a, y) && sameCompany(c.b, x));
}

function involves(c: Candidate, p: Party): boolean {
  return sameCompany(c.a, p) || sameCompany(c.b, p);
}

// "invest $1 billion in Anthropic on top of the $2 billion it invested last year": what follows is the earlier deal, with its date.
// "adding 80 MW to the 60 MW it contracted in 2023": what is added to is the earlier deal.
const EARLIER_ADDED = /\b(?:on top of|in addition to|adding (?:[^,;]{0,30}? )?to|besides|beyond|building on|after|following)\b/i;
// After the object, a recall word speaks of the frame only within its own clause ("..., adding a customer list that already includes ...").
const CLAUSE_AFTER_OBJECT = new RegExp(String.raw`[,;:(]|\s(?:and|but|while|which|who|that|as)\s|${EARLIER_ADDED.source}`, 'i');

function ownClauseEnd(ctx: DealContext, frame: Frame): number {
  const rest = ctx.body.slice(frame.b.mention.end, frame.end);
  const stop = rest.search(CLAUSE_AFTER_OBJECT);
  return stop === -1 ? frame.end : frame.b.mention.end + stop;
}

function datedUpTo(ctx: DealContext, frame: Frame): number {
  const rest = ctx.body.slice(frame.b.mention.end, frame.end);
  const stop = rest.search(EARLIER_ADDED);
  return stop === -1 ? frame.end : frame.b.mention.end + stop;
}

const DATED_PARTICIPLE =
  /^(?:['’]s?)?\s*,\s+(?:signed|agreed|struck|inked|announced|reached|sealed)\s+(?:in\s+)?(?:last (?:year|month|quarter|spring|summer|autumn|fall|winter)|earlier this year|(?:a|one|two|three|four|five|six|several|\d+) (?:months?|years?) (?:ago|earlier))\b/i;

const EXPANDED = /\b(?:has|have)\s+(?:expanded|extended|enlarged|increased|widened|upsized)\b/i;

const NEW_ENTITY_WHICH = /(\b(?:form(?:s|ed|ing)?|creat(?:e|es|ed|ing)|launch(?:es|ed|ing)?|set(?:ting)? up|establish(?:es|ed|ing)?)\s+(?:a|an)\s+(?:new\s+)?(?:joint\s+)?(?:venture|subsidiary|entity|vehicle|company)\b,?\s+[^,;]{1,60},)\s+which\b/gi;

const REPORTED_THAT = /\b(?:said|says|announced|announces|confirmed|confirms|disclosed|discloses|reported|reports|told|stated|wrote|added)\b[^.;]{0,25}\bthat\s+$/i;

/** "At the same time, ...": the sentence keeps the time of the one before. */
const SAME_TIME = /^\s*(?:At the same time|At that time|At the time|That same (?:day|week|month)|The same (?:day|week|month)|On the same day)\b/i;

/** Earlier, recalled or background deals: dated before publication, in a relative clause, or flagged. */

export function isBackground(ctx: DealContext, frame: Frame): boolean {
  const info = ctx.sentences[frame.sentence];
  // Recall words speak of the frame within its own clause; a date anywhere up to its end dates it ("X's investment in Y, agreed in 2023,").
  // "Quorra, which has raised $5 billion over the past year, signed ...": a relative clause closed before the
  // frame's end describes a company, not this deal.
  // "formed a joint venture, Aster Kestrel Data, which signed a lease with X": what a company just formed does is news.
  const region = ctx.body.slice(info.sentence.start, ownClauseEnd(ctx, frame)).replace(NEW_TRANCHE, 'adds').replace(REPORTED_BACKSHIFT, '$1has ').replace(CLOSED_RELATIVE, ',').replace(NEW_ENTITY_WHICH, '$1 it');
  if (RECALL.test(region) || COMPARED.test(region) || SINCE_EVENT.test(region) || CREDITED_TO.test(region) || SCRUTINIZED.test(region) || OTHER_RECENT.test(region) || CALLED_OFF.test(region)) return true;
  // "X has expanded its contract with Y by $1.4 billion, lifting the value of the agreement signed in 2025 ...": the
  // date after the clause is the original deal's; the expansion told in the clause is the news.
  const dated = EXPANDED.test(region) ? ownClauseEnd(ctx, frame) : datedUpTo(ctx, frame);
  if (mentionsPastDate(ctx.now, ctx.body.slice(info.sentence.start, dated))) return true;
  // "Nvidia agreed to the investment in September. At the same time, Volta signed ...": the time told before.
  const prev = ctx.sentences[frame.sentence - 1];
  if (prev && SAME_TIME.test(info.sentence.text) && mentionsPastDate(ctx.now, prev.sentence.text)) return true;
  // "a $1.3 billion agreement with Mistral AI, signed last year": a participle after the object dates the deal.
  // A week back is still this story's news ("Under a second agreement, signed last week, ...").
  if (DATED_PARTICIPLE.test(ctx.body.slice(frame.b.mention.end, frame.end))) return true;
  const beforeA = ctx.body.slice(Math.max(info.sentence.start, frame.a.mention.start - 40), frame.a.mention.start);
  // "X said on Thursday that Y has expanded ...": the reported statement is the news, not a relative clause.
  if (REPORTED_THAT.test(beforeA)) return false;
  // "a deal that Y signed" recalls another deal; "an agreement under which Y will" states this one's terms.
  return /(?<!\b(?:under|by|in|through)\s+)\b(?:that|which|who)\s+$/i.test(beforeA);
}
