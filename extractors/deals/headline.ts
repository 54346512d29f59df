// Deals the headline states: "Poolside taps CoreWeave for 40,000-GPU cluster", "Meta signs up
// Vistra, TerraPower and Oklo". A headline is the story's own summary of its news, often with the
// only verb that joins the two companies; the body then gives the detail without restating it.
// A headline frame counts only between companies the body names too, and is anchored in the
// body where the second of them first appears, so that its terms come from the body's sentences.
import { buildContext, sameCompany, type DealContext, type Party } from './context';
import { findFrames, type Frame } from './frames';
import type { OrganizationMention, Sentence } from '../types';

export interface Headline {
  text: string;
  sentences: Sentence[];
  mentions: OrganizationMention[];
}

/** The headline's frames, moved onto the body's companies and sentences. */
export function headlineFrames(ctx: DealContext, headline: Headline | null): Frame[] {
  if (!headline) return [];
  const mentions = withBodyNames(ctx, headline);
  const title = buildContext({ title: null, body: headline.text, published: null, sentences: headline.sentences, mentions });
  const frames: Frame[] = [];
  for (const info of title.sentences) {
    for (const f of findFrames(title, info)) {
      const a = firstInBody(ctx, f.a);
      const b = firstInBody(ctx, f.b);
      if (!a || !b || sameCompany(a.party, b.party)) continue;
      const anchor = ctx.sentences[Math.max(a.sentence, b.sentence)];
      // "Microsoft signs Nscale" (a supplier) and "CoreWeave signs OpenAI" (a customer) read alike:
      // a headline's "signs" gives no direction; the body and the companies' kinds decide.
      const ambiguous = f.cls === 'sign_object';
      const moved = (p: Party | null) => (ambiguous ? null : p === f.a ? a.party : p === f.b ? b.party : null);
      frames.push({
        ...f,
        cls: ambiguous ? 'symmetric' : f.cls,
        a: a.party,
        b: b.party,
        buyer: moved(f.buyer),
        provider: moved(f.provider),
        sentence: anchor.sentence.index,
        start: anchor.sentence.start,
        end: anchor.sentence.end,
        headline: true,
      });
    }
  }
  return frames;
}

/** The body's first mention of a headline company (not as a product's brand). */
function firstInBody(ctx: DealContext, p: Party): { party: Party; sentence: number } | null {
  for (const [i, info] of ctx.sentences.entries()) {
    const party = info.parties.find((q) => !q.brand && sameCompany(q, p));
    if (party) return { party, sentence: i };
  }
  return null;
}

/**
 * The headline's companies: those the finder sees in it, and the names the body has established
 * ("Poolside taps CoreWeave": a headline gives no cue that "Poolside" is a company; the body does).
 */
function withBodyNames(ctx: DealContext, headline: Headline): OrganizationMention[] {
  const found = [...headline.mentions];
  const names = new Map<string, OrganizationMention>();
  for (const info of ctx.sentences) for (const p of info.parties) if (!p.reference) names.set(p.mention.text, p.mention);
  for (const [text, m] of names) {
    const re = new RegExp(`(?<![\\w-])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g');
    for (const hit of headline.text.matchAll(re)) {
      const start = hit.index;
      const end = start + text.length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const sentence = headline.sentences.find((x) => start >= x.start && start < x.end)?.index ?? 0;
      found.push({ ...m, start, end, sentence });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}
