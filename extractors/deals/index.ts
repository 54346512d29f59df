// Deals from an article's sentences and mentions: candidates first, then a decision on each,
// then the terms of those kept. Parts:
//   context.ts       sentences, paragraphs, companies with their gazetteer kind and the story's date
//   references.ts    short forms, descriptions ("the startup") and "It" resolved to their company
//   frames.ts        deal language joining two companies, with direction where the verb gives it
//   headline.ts      frames the headline states, moved onto the body's companies
//   detect.ts        frames -> candidates, each frame marked when it recalls or cites a deal
//   story-time.ts    dates against the publication date: recalled or this week's news
//   features.ts      what a reader weighs: headline, lead, story subject and kind, talks, lists...
//   decide.ts        recalled and called-off deals ruled out; the rest weighed by a fitted model
//   roles.ts         buyer and provider
//   terms.ts         value, term and capacity from the deal's sentences
//   figure-roles.ts  what every other figure is (revenue, loss, target, tranche, ...)
//   kind.ts, status.ts
import { buildContext, type DealContext, type Party } from './context';
import { DEAL_LANGUAGE, RECALL, SINCE_EVENT } from './cues';
import { detectDeals, type Candidate } from './detect';
import { headlineFrames, type Headline } from './headline';
import { mentionsPastDate } from './story-time';
import { cueRole, type FigureCue } from './figure-roles';
import { classifyKind } from './kind';
import { resolveDirection } from './roles';
import { classifyStatus } from './status';
import { collectTerms, dealSentences, type Terms } from './terms';
import { decide, type Decision } from './decide';
import type { Features } from './features';
import type { Deal, DealKind, DealValue, FigureRole, Mention, MoneyMention, QuantityMention, Sentence } from '../types';

export interface FindDealsInput {
  title: string | null;
  /** The headline's sentences and companies, for deals only the headline states. */
  headline?: Headline | null;
  body: string;
  published: string | null;
  sentences: Sentence[];
  mentions: Mention[];
}

export interface CandidateReport {
  /** The two companies in the order first seen (not yet buyer and provider). */
  a: string;
  b: string;
  investment: boolean;
  kept: boolean;
  probability: number;
  features: Features;
  reasons: string[];
  evidence: string;
}

export function findDeals(input: FindDealsInput): { deals: Deal[]; mentions: Mention[] } {
  const { deals, mentions } = explainDeals(input);
  return { deals, mentions };
}

/** The deals and mentions, and every candidate deal of the page, kept or dropped, with the features that decided it. */
export function explainDeals(input: FindDealsInput): { deals: Deal[]; mentions: Mention[]; candidates: CandidateReport[] } {
  const ctx = buildContext(input);
  const all = detectDeals(ctx, headlineFrames(ctx, input.headline ?? null));
  const decisions = new Map(all.map((c) => [c, decide(ctx, c, all)] as const));
  const kept = all.filter((c) => decisions.get(c)!.keep).map(newsOnly);
  const story = { all: all.map((c) => kept.find((k) => k.source === c) ?? c), news: new Set<Candidate>(kept) };
  const cues = new Map(ctx.quantities.map((q) => [q, cueRole(ctx, q)] as const));
  const taken = new Set<QuantityMention>();
  const roles = new Map<QuantityMention, FigureRole>();
  const deals: Deal[] = [];
  for (const cand of kept) {
    const sentences = dealSentences(ctx, cand, story);
    const terms = collectTerms(ctx, cand, sentences, cues, taken, story);
    recordTermRoles(terms, taken, roles);
    deals.push(assembleDeal(ctx, cand, terms, decisions.get(cand.source)!, story.all));
  }
  // Figures in sentences that recall or cite a deal (or state one not kept) are that deal's, not the news deal's.
  const backgroundSentences = new Set(all.flatMap((c) => (decisions.get(c)!.keep ? c.recalled : c.frames)).map((f) => f.sentence));
  for (const q of ctx.quantities) {
    if (!roles.has(q)) roles.set(q, otherRole(ctx, q, cues.get(q) ?? null, backgroundSentences));
  }
  const mentions = input.mentions.map((m) => (m.kind === 'organization' ? { ...m } : { ...m, role: roles.get(m) ?? 'other' }));
  const candidates = all.map((c) => {
    const d = decisions.get(c)!;
    const first = ctx.sentences[c.frames[0].sentence].sentence;
    return { a: c.a.text, b: c.b.text, investment: c.investment, kept: d.keep, probability: round(d.probability), features: d.features, reasons: d.reasons, evidence: first.text };
  });
  return { deals, mentions, candidates };
}

/** A kept candidate reads its terms from the frames that state it as news, when it has any. */
function newsOnly(c: Candidate): Candidate & { source: Candidate } {
  const news = c.frames.filter((f) => !c.recalled.includes(f));
  return { ...c, frames: news.length ? news : c.frames, source: c };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function recordTermRoles(terms: Terms, taken: Set<QuantityMention>, roles: Map<QuantityMention, FigureRole>): void {
  const mark = (q: QuantityMention | null, role: FigureRole) => {
    if (!q) return;
    taken.add(q);
    roles.set(q, role);
  };
  mark(terms.value, 'deal_value');
  mark(terms.valueHigh, 'deal_value');
  mark(terms.duration, 'deal_term');
  mark(terms.capacity, 'deal_capacity');
  for (const q of terms.repeats) mark(q, 'deal_value');
  for (const q of terms.restated) mark(q, 'restatement');
}

function assembleDeal(ctx: DealContext, cand: Candidate & { source?: Candidate }, terms: Terms, decision: Decision, all: Candidate[]): Deal {
  const direction = resolveDirection(ctx, cand, terms.sentences);
  const anchorIds = [...new Set(cand.frames.map((f) => f.sentence))];
  const anchorText = anchorIds.map((s) => ctx.sentences[s].sentence.text).join(' ');
  const nearby = terms.sentences.filter((s) => s <= anchorIds[0] + 4).map((s) => ctx.sentences[s].sentence.text).join(' ');
  const inHeadline = namesParty(ctx.title, direction.buyer) || namesParty(ctx.title, direction.provider);
  const { status, reason } = classifyStatus({
    anchor: anchorText,
    clause: ownClauses(ctx, cand),
    nearby,
    headline: inHeadline ? ctx.title : '',
    investment: cand.investment,
    termsStated: [terms.value, terms.duration].some((q) => q !== null && anchorIds.includes(q.sentence)),
  });
  const first = ctx.sentences[anchorIds[0]].sentence;
  const last = ctx.sentences[Math.max(...anchorIds)].sentence;
  return {
    buyer: direction.buyer.text,
    provider: direction.provider.text,
    buyer_org_id: direction.buyer.family[0] ?? null,
    provider_org_id: direction.provider.family[0] ?? null,
    kind: dealKind(ctx, cand, anchorText, all, direction.provider),
    value: toValue(terms.value, terms.valueHigh),
    duration_months: terms.duration ? durationMonths(terms.duration) : null,
    capacity_mw: terms.capacity?.mw ?? null,
    status,
    evidence: ctx.body.slice(first.start, last.end),
    evidence_span: { start: first.start, end: last.end },
    confidence: round(decision.probability),
    confidence_reasons: [...decision.reasons, reason, ...direction.reasons],
  };
}

/**
 * The words that say what a deal buys: its sentences, or only its own clauses where a sentence also states another
 * deal ("will lease 120 MW from Helios, in an arrangement in which Telefónica will buy a stake in the developer").
 */
function dealKind(ctx: DealContext, cand: Candidate & { source?: Candidate }, anchorText: string, all: Candidate[], provider: Party): DealKind {
  const read = (text: string) => classifyKind(cand.investment, text, provider);
  const own = new Map(cand.frames.map((f) => [f.sentence, f.trigger] as const));
  // Subjects sharing one verb ("Nscale and Aker have been chosen by OpenAI to build ...") share its words too.
  const another = all.some((c) => c !== cand && c !== cand.source && c.frames.some((f) => own.has(f.sentence) && own.get(f.sentence) !== f.trigger));
  const kind = another ? read(ownClauses(ctx, cand)) : 'other';
  // Clauses that name nothing bought ("Halvard Labs will take ... under an agreement with Orbis") leave the sentence to say it.
  return kind !== 'other' ? kind : read(anchorText);
}

const ownClauses = (ctx: DealContext, cand: Candidate): string => cand.frames.map((f) => ctx.body.slice(f.start, f.end)).join(' ');

function durationMonths(d: { months?: number; days?: number }): number | null {
  if (d.months !== undefined) return d.months;
  return d.days !== undefined ? Math.round(d.days / 30.4375) : null;
}

function toValue(m: MoneyMention | null, high: MoneyMention | null): DealValue | null {
  if (!m || m.amount === null || m.amount_exact === null || m.currency === null) return null;
  const value: DealValue = { amount: m.amount, amount_exact: m.amount_exact, currency: m.currency, qualifier: m.qualifier };
  if (m.amount_high !== undefined) value.amount_high = m.amount_high;
  if (m.amount_high_exact !== undefined) value.amount_high_exact = m.amount_high_exact;
  if (high?.amount != null && high.amount_exact !== null) {
    value.qualifier = 'range_low';
    value.amount_high = high.amount;
    value.amount_high_exact = high.amount_exact;
  }
  if (m.per !== undefined) value.per = m.per;
  return value;
}

function namesParty(title: string, p: Party): boolean {
  if (!title) return false;
  const names = [p.text, p.mention.name].filter((n) => n.length >= 2);
  return names.some((n) => title.toLowerCase().includes(n.toLowerCase()));
}

const DEAL_NOUN_AFTER = /^\s*(?:investment|stake|deal|contract|agreement|arrangement|commitment|order)\b/i;

// Roles that describe a thing (a site's size, a goal) rather than a company's finances.
const DESCRIPTIVE = new Set<FigureRole>(['site_capacity', 'target']);

/**
 * A figure no deal uses: its cue, else the earlier or other deal its sentence recalls, else "other".
 * In a sentence recalling a deal, a topical cue ("an 835-megawatt unit") describes that deal.
 */
function otherRole(ctx: DealContext, q: QuantityMention, cue: FigureCue | null, backgroundSentences: Set<number>): FigureRole {
  const text = ctx.sentences[q.sentence]?.sentence.text ?? '';
  const recalled = RECALL.test(text) || SINCE_EVENT.test(text) || mentionsPastDate(ctx.now, text);
  const recalledDeal = recalled && DEAL_LANGUAGE.test(text);
  if (cue && !(recalledDeal && DESCRIPTIVE.has(cue.role))) return cue.role;
  if (recalledDeal) return 'earlier_deal';
  // "a multibillion-dollar deal": an undisclosed amount, not a figure of another deal.
  if (q.kind === 'money' && q.amount === null && !backgroundSentences.has(q.sentence)) return 'other';
  if (backgroundSentences.has(q.sentence)) return recalled ? 'earlier_deal' : 'other_deal';
  if (recalled && (q.kind === 'money' || DEAL_NOUN_AFTER.test(ctx.body.slice(q.end, q.end + 30)))) return 'earlier_deal';
  if (q.kind === 'money' && DEAL_NOUN_AFTER.test(ctx.body.slice(q.end, q.end + 30))) return 'earlier_deal';
  return 'other';
}
