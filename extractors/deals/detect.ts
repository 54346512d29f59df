// From frames to deal candidates: drop frames that recall earlier or other deals, merge the
// frames that describe one deal (same pair, same nature), and keep the ones the story reports.
// A guarantee of one party's obligations becomes a deal with that party's counterparty.
import { sameCompany, type DealContext, type Party } from './context';
import { CALLED_OFF, MONTHS, NEW_TRANCHE, RECALL, SEPARATE } from './cues';
import { findFrames, type Frame } from './frames';

export interface Candidate {
  /** The two companies in the order first seen. */
  a: Party;
  b: Party;
  investment: boolean;
  /** Frames that state this deal, in reading order; the first is the anchor. */
  frames: Frame[];
  /** Frames naming a product brand ("Nvidia's systems") that add terms to a deal, never make one. */
  supporting: Frame[];
}

export interface Detection {
  candidates: Candidate[];
  /** Frames about deals the story only recalls or cites: their figures are earlier/other deals. */
  background: Frame[];
}

export function detectDeals(ctx: DealContext): Detection {
  const candidates: Candidate[] = [];
  const background: Frame[] = [];
  const brandFrames: Frame[] = [];
  const guarantees: Frame[] = [];
  for (const info of ctx.sentences) {
    for (const frame of findFrames(ctx, info)) {
      if (isBackground(ctx, frame)) background.push(frame);
      else if (frame.cls === 'guarantee') guarantees.push(frame);
      else if (frame.a.brand || frame.b.brand) brandFrames.push(frame);
      else addFrame(candidates, frame);
    }
  }
  for (const frame of brandFrames) {
    const host = candidates.find((c) => samePair(c, frame.a, frame.b));
    if (host) host.supporting.push(frame);
    else if (!candidates.some((c) => involves(c, frame.a) || involves(c, frame.b))) addFrame(candidates, frame);
  }
  for (const frame of guarantees) addGuarantee(candidates, frame);
  return { candidates, background };
}

/** A guarantor backs what the obligor owes under its deal: the guarantee is a deal with the obligor's counterparty. */
function addGuarantee(candidates: Candidate[], frame: Frame): void {
  const owed = candidates.find((c) => !c.investment && involves(c, frame.b) && !involves(c, frame.a));
  if (!owed) return;
  const beneficiary = sameCompany(owed.a, frame.b) ? owed.b : owed.a;
  const resolved: Frame = { ...frame, b: beneficiary, buyer: frame.a, provider: beneficiary };
  candidates.push({ a: frame.a, b: beneficiary, investment: false, frames: [resolved], supporting: [] });
}

function isInvestment(frame: Frame): boolean {
  return frame.cls === 'invest' || frame.cls === 'funding';
}

function addFrame(candidates: Candidate[], frame: Frame): void {
  const investment = isInvestment(frame);
  const same = candidates.filter((c) => samePair(c, frame.a, frame.b));
  // A pair with one kind of frame so far takes a symmetric frame whatever its nature.
  const host =
    same.find((c) => c.investment === investment && (frame.cls !== 'symmetric' || !investment)) ??
    (frame.cls === 'symmetric' ? same[0] : undefined);
  if (host) host.frames.push(frame);
  else candidates.push({ a: frame.a, b: frame.b, investment, frames: [frame], supporting: [] });
}

function samePair(c: Candidate, x: Party, y: Party): boolean {
  return (sameCompany(c.a, x) && sameCompany(c.b, y)) || (sameCompany(c.a, y) && sameCompany(c.b, x));
}

function involves(c: Candidate, p: Party): boolean {
  return sameCompany(c.a, p) || sameCompany(c.b, p);
}

/** Earlier, recalled or background deals: dated before publication, in a relative clause, or flagged. */
export function isBackground(ctx: DealContext, frame: Frame): boolean {
  const info = ctx.sentences[frame.sentence];
  const region = ctx.body.slice(info.sentence.start, frame.end).replace(NEW_TRANCHE, 'adds');
  if (RECALL.test(region) || SEPARATE.test(region) || CALLED_OFF.test(region)) return true;
  if (mentionsPastDate(ctx, region)) return true;
  const beforeA = ctx.body.slice(Math.max(info.sentence.start, frame.a.mention.start - 22), frame.a.mention.start);
  // "a deal that Y signed" recalls another deal; "an agreement under which Y will" states this one's terms.
  return /(?<!\b(?:under|by|in|through)\s+)\b(?:that|which|who)\s+$/i.test(beforeA);
}

/** "In July", "in September 2024", "Talen's 2024 sale": a time before the story. */
export function mentionsPastDate(ctx: DealContext, text: string): boolean {
  const { publishedYear, publishedMonth } = ctx;
  if (publishedYear === null) return false;
  // The first year of a range that runs on ("between 2023 and 2027") is not in the past.
  const years = text.match(/\b(?:19|20)\d\d\b(?!\s*(?:and|to|-|–)\s*(?:19|20)\d\d)/g) ?? [];
  if (years.some((y) => Number(y) < publishedYear)) return true;
  if (publishedMonth === null) return false;
  const months = text.match(/\b[Ii]n (?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+\d)/g) ?? [];
  return months.some((m) => MONTHS.indexOf(m.split(' ').pop()!.toLowerCase()) + 1 < publishedMonth);
}
