// The evidence for and against a candidate being a deal the story reports as its news, as
// numbers a fitted model weighs (decide.ts). Each feature is a question a reader asks: is it in
// the headline and the lead, is the story about one of its parties, is it dated weeks back, is it
// told as talks, as a list of someone's commitments, in an explainer or a results story?
import { CALLED_OFF, DEAL_NOUN, SEPARATELY, TALKS, UNNAMED_SOURCES } from './cues';
import type { DealContext, Party } from './context';
import type { Candidate } from './detect';
import type { Frame } from './frames';
import { mentionsRecentTime } from './story-time';

export const FEATURE_NAMES = [
  'recalled_only',
  'headline_both',
  'headline_one',
  'story_subject',
  'lead_paragraph',
  'first_sentence',
  'position',
  'frames',
  'directional',
  'value_in_clause',
  'deal_noun',
  'recent_time',
  'called_off',
  'separately',
  'talks',
  'unnamed_sources',
  'hypothetical',
  'explainer_story',
  'results_story',
  'roundup_story',
  'page_candidates',
  'shared_subject_list',
  'listed_object',
  'by_reference',
  'headline_only',
  'recalled_elsewhere',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export type Features = Record<FeatureName, number>;

const DEAL_NOUN_RE = new RegExp(`\\b(?:${DEAL_NOUN})\\b`, 'i');
const DEAL_NOUN_ONLY = new RegExp(`^(?:${DEAL_NOUN}|services|capacity)$`, 'i');
const HYPOTHETICAL = /\b(?:could|might|may|would)\s+(?!also\b)(?:\w+\s+){0,2}?(?:sign|buy|rent|invest|take|pay|supply|provide|build|lease|be)\b|\bif\b/i;
// Stories that explain, grade or comment on deals rather than report one.
const EXPLAINER_TITLE =
  /\b(?:explainer|explained|analysis|how to|how (?:the|a|an)\b|what (?:the|a|an|it)\b[^:]{0,40}\bmeans?\b|why\b|guide|lessons?|report card|opinion|column|commentary|review|outlook|preview|q&a|interview|podcast|profile|inside\b|a look at|by the numbers|the case (?:for|against)|ranked|scorecard)\b/i;
const RESULTS_TITLE =
  /\b(?:results?|earnings|quarter(?:ly)?|q[1-4]|revenue|sales|profits?|loss(?:es)?|guidance|forecasts?|capex|spending|outlook|shares?|stocks?|backlog|valuation|ipo|market)\b/i;
const ROUNDUP_TITLE = /\b(?:roundup|round-up|weekly|digest|briefing|the week|this week|newsletter|in brief|recap|wrap|live|updates)\b|[,;].+[,;]/i;

export function candidateFeatures(ctx: DealContext, cand: Candidate, all: Candidate[]): Features {
  const news = cand.frames.filter((f) => !cand.recalled.includes(f));
  const frames = news.length ? news : cand.frames;
  const first = frames[0];
  const firstInfo = ctx.sentences[first.sentence];
  const regions = frames.map((f) => frameRegion(ctx, f));
  const anchorText = [...new Set(frames.map((f) => ctx.sentences[f.sentence].sentence.text))].join(' ');
  const title = ctx.title;
  const inTitle = (p: Party) => namedIn(title, ctx, p);
  const subject = storySubject(ctx);
  const listed = frames.some((f) => sharesSubjectInList(ctx, f, all));
  const total = Math.max(1, ctx.sentences.length);
  return {
    recalled_only: news.length === 0 ? 1 : 0,
    headline_both: inTitle(cand.a) && inTitle(cand.b) ? 1 : 0,
    headline_one: inTitle(cand.a) !== inTitle(cand.b) ? 1 : 0,
    story_subject: subject !== null && (cand.a.key === subject || cand.b.key === subject) ? 1 : 0,
    lead_paragraph: firstInfo.paragraph === ctx.sentences[0].paragraph ? 1 : 0,
    first_sentence: first.sentence <= 1 ? 1 : 0,
    position: first.sentence / total,
    frames: Math.log1p(frames.length),
    directional: frames.some((f) => f.buyer !== null) ? 1 : 0,
    value_in_clause: frames.some((f) => ctx.sentences[f.sentence].quantities.some((q) => q.kind === 'money' && q.amount !== null && q.start >= f.start && q.start < f.end)) ? 1 : 0,
    deal_noun: regions.some((r) => DEAL_NOUN_RE.test(r)) ? 1 : 0,
    recent_time: mentionsRecentTime(ctx.now, anchorText) ? 1 : 0,
    called_off: CALLED_OFF.test(anchorText) ? 1 : 0,
    separately: regions.every((r) => SEPARATELY.test(r)) ? 1 : 0,
    talks: TALKS.test(anchorText) ? 1 : 0,
    unnamed_sources: UNNAMED_SOURCES.test(anchorText) ? 1 : 0,
    hypothetical: regions.every((r) => HYPOTHETICAL.test(r)) ? 1 : 0,
    explainer_story: EXPLAINER_TITLE.test(title) ? 1 : 0,
    results_story: RESULTS_TITLE.test(title) ? 1 : 0,
    roundup_story: ROUNDUP_TITLE.test(title) ? 1 : 0,
    page_candidates: Math.log1p(all.length),
    shared_subject_list: listed ? 1 : 0,
    listed_object: frames.every((f) => f.listed) ? 1 : 0,
    by_reference: frames.some((f) => f.a.reference !== undefined || f.b.reference !== undefined) ? 1 : 0,
    headline_only: frames.every((f) => f.headline) ? 1 : 0,
    recalled_elsewhere: news.length > 0 && cand.recalled.length > 0 ? 1 : 0,
  };
}

/** From the sentence's start to the frame's end: where time words and recall cues about it sit. */
function frameRegion(ctx: DealContext, f: Frame): string {
  return ctx.body.slice(ctx.sentences[f.sentence].sentence.start, f.end);
}

/** Whether the title names the party: any name or description the story uses for its company. */
function namedIn(title: string, ctx: DealContext, p: Party): boolean {
  if (!title) return false;
  const lower = title.toLowerCase();
  for (const info of ctx.sentences) {
    for (const q of info.parties) {
      if (q.key !== p.key || q.reference !== undefined) continue;
      const names = [q.text, q.mention.name, q.mention.text.replace(/['’]s?$/, '')].filter((n) => n.length >= 2);
      if (names.some((n) => lower.includes(n.toLowerCase()))) return true;
    }
  }
  return false;
}

/** The company the story is about: the one its headline names first, else the one named most. */
function storySubject(ctx: DealContext): string | null {
  const counts = new Map<string, number>();
  let headline: { key: string; at: number } | null = null;
  const lower = ctx.title.toLowerCase();
  for (const info of ctx.sentences) {
    for (const p of info.parties) {
      counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
      if (p.reference !== undefined) continue;
      const at = lower.indexOf(p.text.toLowerCase());
      if (at >= 0 && (!headline || at < headline.at)) headline = { key: p.key, at };
    }
  }
  if (headline) return headline.key;
  let best: string | null = null;
  for (const [key, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = key;
  return best;
}

/**
 * "a contract with X, services from Y and an agreement with Z": one subject's commitments
 * enumerated as nouns in one sentence (not objects sharing one verb, "signed with X, Y and Z").
 */
function sharesSubjectInList(ctx: DealContext, f: Frame, all: Candidate[]): boolean {
  if (f.listed || !DEAL_NOUN_ONLY.test(f.trigger)) return false;
  const sameSentence = all.flatMap((c) => c.frames).filter((g) => g.sentence === f.sentence && g !== f && !g.listed);
  return sameSentence.some((g) => g.a.key === f.a.key && g.b.key !== f.b.key) && ctx.sentences[f.sentence].parties.length >= 3;
}
