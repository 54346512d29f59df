// How far along the deal is, as the story tells it. Talks beat everything (nothing is agreed);
// unnamed sources make it reported even if "signed" (unless a party confirms it); letters of intent, term sheets and plans
// make it announced; otherwise the parties' signing verbs or an agreement noun make it signed.
import type { DealStatus } from '../types';
import { EXPANSION, INTENT_DOCUMENT, MEDIA_REPORT, PARTY_CONFIRMED, PLAN, SIGNED_VERB, TALKS, UNNAMED_SOURCES } from './cues';

export interface StatusEvidence {
  /** The sentences that state the deal. */
  anchor: string;
  /** The frames' own clauses (subject to the object's clause end): where the deal's modal verb sits. */
  clause: string;
  /** The anchor and the few sentences after it that still speak of it. */
  nearby: string;
  /** The headline, when it names one of the parties. */
  headline: string;
  investment: boolean;
  /** A value or term of the deal stated in the sentences that state it. */
  termsStated: boolean;
}

const AGREEMENT_NOUN = /\b(?:agreements?|contracts?|pacts?|deals?|leases?|ppas?)\b/i;
// "X will sell power to Y. The 15-year agreement covers 150 MW": the next sentence tells the agreement as a fact.
const AGREEMENT_TOLD = /\b(?:the|this)\s+(?:[\w$.,-]+\s+){0,3}?(?:agreement|contract|deal|lease|ppa)\s+(?:covers|runs|is worth|was signed|includes|calls for|takes effect|starts|begins|spans)\b/i;
// "Poolside taps CoreWeave": a present-tense headline verb tells a deal done, selection verbs included.
const SIGNED_HEADLINE = /\b(?:signs?|inks?|strikes?|seals?|lands?|wins?|clinch(?:es)?|agrees?|taps|picks|selects|chooses)\b/i;

export function classifyStatus(e: StatusEvidence): { status: DealStatus; reason: string } {
  if (TALKS.test(e.anchor)) return { status: 'rumored', reason: 'talks, not agreed' };
  const sourced = UNNAMED_SOURCES.test(e.anchor) || MEDIA_REPORT.test(e.anchor);
  if (sourced && !PARTY_CONFIRMED.test(e.nearby)) return { status: 'reported', reason: 'reported by unnamed sources' };
  if (EXPANSION.test(e.anchor)) return { status: 'expanded', reason: 'expansion of an existing deal' };
  if (INTENT_DOCUMENT.test(e.nearby)) return { status: 'announced', reason: 'letter of intent, term sheet or memorandum' };
  // "X is investing $1.5 billion in Y, and Y will run ...": another clause's "will" does not make this one a plan.
  const future = /\b(?:will|would)\b/i.test(e.clause);
  const plan = PLAN.test(e.anchor) || (e.investment && future);
  // "Orion agreed to buy AMD chips, and AMD will invest in Orion": the signing verb is the other deal's.
  // "reached an agreement under which the government will invest": the investment is the agreement's term.
  if (e.investment && future && !SIGNED_VERB.test(e.clause) && !/\b(?:under which|whereby)\b/i.test(e.anchor)) return { status: 'announced', reason: 'investment planned in its own clause' };
  if (SIGNED_VERB.test(e.anchor)) return { status: 'signed', reason: 'deal verb in sentence' };
  if (!plan && AGREEMENT_NOUN.test(e.anchor)) return { status: 'signed', reason: 'agreement stated' };
  if (!plan && AGREEMENT_TOLD.test(e.nearby)) return { status: 'signed', reason: 'agreement told as existing' };
  if (SIGNED_HEADLINE.test(e.headline)) return { status: 'signed', reason: 'signed per headline' };
  // "Nebius will provide Microsoft with capacity worth $17.4 billion through 2031": a contract's terms, told by what it will do.
  if (future && !plan && !e.investment && e.termsStated) return { status: 'signed', reason: 'contract terms stated' };
  if (plan || future) return { status: 'announced', reason: 'planned or committed' };
  // "X and Y have announced a 1 GW project": a plan made public, with no agreement stated.
  if (/\bannounc(?:e|es|ed|ing)\b/i.test(e.anchor)) return { status: 'announced', reason: 'announced, no agreement stated' };
  return { status: 'signed', reason: 'stated as done' };
}
