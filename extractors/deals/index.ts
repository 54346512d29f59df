// Deals from an article's sentences and mentions. Parts:
//   context.ts       sentences, paragraphs, companies with their gazetteer kind
//   frames.ts        deal language joining two companies, with direction where the verb gives it
//   detect.ts        frames -> deal candidates (recalled and background deals set aside)
//   roles.ts         buyer and provider
//   terms.ts         value, term and capacity from the deal's sentences
//   figure-roles.ts  what every other figure is (revenue, loss, target, tranche, ...)
//   kind.ts, status.ts, confidence.ts
import { buildContext, type DealContext, type Party } from './context';
import { DEAL_LANGUAGE, RECALL, UNNAMED_SOURCES } from './cues';
import { detectDeals, mentionsPastDate, type Candidate } from './detect';
import { cueRole, type FigureCue } from './figure-roles';
import { classifyKind } from './kind';
import { resolveDirection } from './roles';
import { classifyStatus } from './status';
import { collectTerms, dealSentences, type Terms } from './terms';
import { scoreConfidence } from './confidence';
import type { Frame } from './frames';
import type { Deal, DealValue, FigureRole, Mention, MoneyMention, QuantityMention, Sentence } from '../types';

export interface FindDealsInput {
  title: string | null;
  body: string;
  published: string | null;
  sentences: Sentence[];
  mentions: Mention[];
}

export function findDeals(input: FindDealsInput): { deals: Deal[]; mentions: Mention[] } {
  const ctx = buildContext(input);
  const { candidates, background } = detectDeals(ctx);
  const cues = new Map(ctx.quantities.map((q) => [q, cueRole(ctx, q)] as const));
  const taken = new Set<QuantityMention>();
  const roles = new Map<QuantityMention, FigureRole>();
  const deals: Deal[] = [];
  for (const cand of candidates) {
    const sentences = dealSentences(ctx, cand, candidates);
    const terms = collectTerms(ctx, cand, sentences, cues, taken, candidates);
    recordTermRoles(terms, taken, roles);
    deals.push(assembleDeal(ctx, cand, terms));
  }
  const backgroundSentences = new Set(background.map((f: Frame) => f.sentence));
  for (const q of ctx.quantities) {
    if (!roles.has(q)) roles.set(q, otherRole(ctx, q, cues.get(q) ?? null, backgroundSentences));
  }
  const mentions = input.mentions.map((m) => (m.kind === 'organization' ? { ...m } : { ...m, role: roles.get(m) ?? 'other' }));
  return { deals, mentions };
}

function recordTermRoles(terms: Terms, taken: Set<QuantityMention>, roles: Map<QuantityMention, FigureRole>): void {
  const mark = (q: QuantityMention | null, role: FigureRole) => {
    if (!q) return;
    taken.add(q);
    roles.set(q, role);
  };
  mark(terms.value, 'deal_value');
  mark(terms.duration, 'deal_term');
  mark(terms.capacity, 'deal_capacity');
  for (const q of terms.repeats) mark(q, 'deal_value');
  for (const q of terms.restated) mark(q, 'restatement');
}

function assembleDeal(ctx: DealContext, cand: Candidate, terms: Terms): Deal {
  const direction = resolveDirection(ctx, cand, terms.sentences);
  const anchorIds = [...new Set(cand.frames.map((f) => f.sentence))];
  const anchorText = anchorIds.map((s) => ctx.sentences[s].sentence.text).join(' ');
  const nearby = terms.sentences.filter((s) => s <= anchorIds[0] + 4).map((s) => ctx.sentences[s].sentence.text).join(' ');
  const inHeadline = namesParty(ctx.title, direction.buyer) || namesParty(ctx.title, direction.provider);
  const { status, reason } = classifyStatus({
    anchor: anchorText,
    clause: cand.frames.map((f) => ctx.body.slice(f.start, f.end)).join(' '),
    nearby,
    headline: inHeadline ? ctx.title : '',
    investment: cand.investment,
  });
  const first = ctx.sentences[anchorIds[0]].sentence;
  const last = ctx.sentences[Math.max(...anchorIds)].sentence;
  const { confidence, reasons } = scoreConfidence({
    directional: cand.frames.some((f) => f.buyer !== null),
    inHeadline: namesParty(ctx.title, direction.buyer) && namesParty(ctx.title, direction.provider),
    inLead: ctx.sentences[anchorIds[0]].paragraph === ctx.sentences[0].paragraph,
    valueSameSentence: terms.valueSameSentence,
    resolved: direction.buyer.kind !== null && direction.provider.kind !== null,
    unnamedSources: UNNAMED_SOURCES.test(anchorText),
    rumored: status === 'rumored',
  });
  return {
    buyer: direction.buyer.text,
    provider: direction.provider.text,
    buyer_org_id: direction.buyer.family[0] ?? null,
    provider_org_id: direction.provider.family[0] ?? null,
    kind: classifyKind(cand.investment, anchorText, direction.provider),
    value: toValue(terms.value),
    duration_months: terms.duration ? durationMonths(terms.duration) : null,
    capacity_mw: terms.capacity?.mw ?? null,
    status,
    evidence: ctx.body.slice(first.start, last.end),
    evidence_span: { start: first.start, end: last.end },
    confidence,
    confidence_reasons: [...reasons, reason, ...direction.reasons],
  };
}

function durationMonths(d: { months?: number; days?: number }): number | null {
  if (d.months !== undefined) return d.months;
  return d.days !== undefined ? Math.round(d.days / 30.4375) : null;
}

function toValue(m: MoneyMention | null): DealValue | null {
  if (!m || m.amount === null || m.amount_exact === null || m.currency === null) return null;
  const value: DealValue = { amount: m.amount, amount_exact: m.amount_exact, currency: m.currency, qualifier: m.qualifier };
  if (m.amount_high !== undefined) value.amount_high = m.amount_high;
  if (m.amount_high_exact !== undefined) value.amount_high_exact = m.amount_high_exact;
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
  const recalled = RECALL.test(text) || mentionsPastDate(ctx, text);
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
