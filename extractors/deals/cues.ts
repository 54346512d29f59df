// Word families that deal rules share. Each is one alternation without nested quantifiers,
// so matching stays linear.

/** One character of a clause: anything but a clause's end, where "." may still be a decimal point ("$1.5 billion"). */
export const CLAUSE_CHAR = String.raw`(?:[^.;]|\.(?=\d))`;

/** Nouns that name a transaction. */
export const DEAL_NOUN =
  "deals?|agreements?|contracts?|pacts?|partnerships?|collaborations?|leases?|arrangements?|ppas?|power purchase agreements?|tie-ups?|memorandum of understanding|mou|term sheet|letter of intent|commitments?|orders?|investments?|accords?";

/** "the contract", "this agreement", "the IREN deal": a later sentence pointing back at a deal. */
export const DEAL_REFERENCE = new RegExp(
  `\\b(?:the|this|that|its|their)\\s+(?:new\\s+|expanded\\s+|[\\d.-]+-year\\s+|[A-Z][\\w-]*\\s+){0,2}(?:${DEAL_NOUN}|deployment|purchase)\\b`,
);

/** Said of something that happened before this story, or background to it. */
export const RECALL =
  /\b(?:earlier|previously|already|historically|last (?:year|month|week|quarter)|(?:a|one|two|three|several) (?:days?|weeks?|months?|years?) (?:ago|after|before|earlier)|days (?:earlier|later|after)|weeks (?:earlier|later|after)|since (?:then|\d{4})|(?:in|over|during) the (?:past|last) (?:(?:two|three|four|five|six|several|few|\d+) )?(?:years?|months|quarters?|decade)|(?:has|have|had) since|until now|when it was signed|first (?:invested|round|commitment)|has (?:invested|put|backed)|had (?:invested|put|signed|agreed)|which (?:has |had )?(?:invested|agreed|signed|expanded)|as early as)\b/i;

/** "since its $13 billion investment in the company": the deal is the start of something that has run since. */
export const SINCE_EVENT = new RegExp(`\\bsince (?:its|their|his|her|the|a|an)\\b[^.,;]{0,40}\\b(?:${DEAL_NOUN})\\b`, 'i');

/** ", which has raised $5 billion over the past year,": a relative clause closed by its comma, describing a company. */
export const CLOSED_RELATIVE = /,\s+(?:which|who)\b[^,;]*,/g;

/** "revenue rose 80%, helped by its contract with X": a result credited to a deal presupposes the deal. */
export const CREDITED_TO = new RegExp(`\\b(?:helped|boosted|driven|lifted|buoyed|fuell?ed|powered|propelled) by (?:its|their|the|a|an)\\b[^.,;]{0,40}\\b(?:${DEAL_NOUN})\\b|\\bthanks (?:in part |largely |partly )?to (?:its|their|the)\\b[^.,;]{0,40}\\b(?:${DEAL_NOUN})\\b`, 'i');

/** "The FTC is examining Quorra's $10 billion agreement with Veldt": a deal under scrutiny is already made; the scrutiny is the news. */
export const SCRUTINIZED = new RegExp(String.raw`\b(?:examin(?:e|es|ed|ing)|investigat(?:e|es|ed|ing)|prob(?:e|es|ed|ing)|scrutini[sz](?:e|es|ed|ing)|review(?:s|ed|ing)?|looking into|look into|challeng(?:e|es|ed|ing)|su(?:e|es|ed|ing) over|inquiry into|investigation into|probe into|review of)\s+(?:the\s+|its\s+|their\s+|(?:[\w.&-]+\s+){0,3}?[\w.&-]+['’]s?\s+)[^.;]{0,60}?\b(?:${DEAL_NOUN})\b`, 'i');

/** "The arrangement resembles one X struck with Y": a deal held up for comparison is background. */
export const COMPARED = /\b(?:resembl(?:es|ed|ing)|mirrors|mirrored|echoes|echoed|similar to|modell?ed on|akin to|like the one)\b/i;

/** A deal denied, abandoned or rejected, or talks that failed ("Talks between X and Y over ... have collapsed"): no transaction to report. */
export const CALLED_OFF =
  /\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)? (?:as|the report|a report|reports?)|no (?:active |current )?plans? to|walk(?:s|ed|ing)? away|pull(?:s|ed|ing)? out of|call(?:s|ed|ing)? off|scrap(?:s|ped|ping)|abandon(?:s|ed|ing)|voted (?:down|against)|reject(?:s|ed|ing)|terminat(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|ended (?:talks|negotiations)|(?:talks|negotiations|discussions)\b[^.;]{0,100}?\b(?:(?:have|has|had) )?(?:collapsed|broken? down|fell (?:through|apart)|fallen (?:through|apart)|stalled|failed)|talks ended)\b/i;

/** "said it had invested a further $2.75 billion": new money told in reported speech, not a recalled deal. */
export const NEW_TRANCHE = /\b(?:has|have|had) (?:invested|put|agreed|signed)\s+(?:in\s+)?(?:a further|another|an additional|a new)\b/gi;

/**
 * "said on Friday it had agreed to supply", "said that it had enlarged", "also said Oracle had agreed to lease": reported
 * speech shifts "has agreed" back; it is the news, no recall. The reported subject is a pronoun or a name.
 */
export const REPORTED_BACKSHIFT = /\b((?:said|says|announced|confirmed|disclosed)\b[^.;]{0,30}?\b(?:it|they|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})\s+)had\s+(?=[a-z]+ed\b)/g;

// "Separately, ...", "In a second agreement, ...": the sentence turns to another deal.
const ANOTHER_DEAL = String.raw`separately|in (?:a|another) (?:second|third|separate|parallel) (?:deal|agreement|contract|transaction)|in (?:another|a separate) (?:deal|agreement|contract|transaction)`;

/** Another deal set beside this one: a sentence about it never speaks of the deal before it. */
export const SEPARATE = new RegExp(String.raw`\b(?:${ANOTHER_DEAL}|other recent)\b`, 'i');

/** "Other recent deals": cited, not this story's news. ("Separately" alone may introduce news: weighed, not ruled.) */
export const OTHER_RECENT = /\bother recent\b/i;
export const SEPARATELY = new RegExp(String.raw`\b(?:${ANOTHER_DEAL})\b`, 'i');

/** Words of dealing, to tell a recalled deal from other recalled facts. */
export const DEAL_LANGUAGE = new RegExp(`\\b(?:${DEAL_NOUN}|signed|agreed|struck|inked|chosen|selected|awarded|backed by)\\b`, 'i');

/** Unnamed sources: the parties have not confirmed it. */
export const UNNAMED_SOURCES =
  /\b(?:people|persons?|sources?|someone) (?:familiar|close|briefed|with knowledge)\b|\baccording to (?:a |an )?(?:report|people|sources?|a person)\b|\b(?:was|were) reported to\b|\breportedly\b|\b(?:reported|reports) (?:on \w+ )?(?:that|,)|\bthe (?:[A-Z][\w.]* ){1,4}reported\b|\bfirst reported by\b|\b(?:two|three|several|multiple) (?:people|sources|persons)\b/i;

/** ", Bloomberg reported.": a named outlet's report closing the sentence (case matters: not "the company reported"). */
export const MEDIA_REPORT = /,\s+(?:[A-Z][\w.]*\s+){1,3}reported(?:\s+on\s+[A-Z]\w+)?\.(?:\s|$)/;

/** "Quorra confirmed the agreement in a statement": a party owns the report, which is no longer only a report. */
export const PARTY_CONFIRMED = new RegExp(String.raw`(?<!\b(?:not|never|to|declined to|would not|did not|didn't|wouldn't)\s)\b(?:confirmed|confirms)\s+(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:${DEAL_NOUN}|report)\b`, 'i');

export const TALKS =
  /\b(?:in (?:advanced |early |exclusive |preliminary )?talks|talks (?:with|over|on|about)|negotiating|negotiations?|discussing|in discussions|exploring a deal|(?:nearing|close to) (?:a |an )?(?:deal|agreement)|(?:could|may|might) sign|(?:is|are) (?:set|poised|expected) to sign)\b/i;

export const EXPANSION = /\b(?:expan(?:sion|ding|ds?|ded)\s+(?:of|its|their|the)|agreed to expand|expands?\s+(?:its|their)\s+(?:deal|contract|agreement|partnership)|(?:an|the|its|their) expanded (?:deal|contract|agreement|partnership|pact)|(?:amend|extend)(?:s|ed|ing)?\s+(?:its|their|the|an?)\s+(?:existing\s+)?(?:[\w-]+\s+){0,2}?(?:deal|contract|agreement|lease|partnership|pact|ppa)s?|(?:increas|enlarg|upsiz)(?:e|es|ed|ing)\s+(?:its|their|the)\s+(?:existing\s+)?(?:[\w-]+\s+){0,3}?(?:deal|contract|agreement|lease|loan|facility|commitment)s?|top(?:s|ped|ping)? up\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:loan|facility|commitment|investment)s?)\b/i;

export const INTENT_DOCUMENT = /\b(?:letters? of intent|term sheets?|memorand(?:um|a) of understanding|\bmous?\b|non-binding)\b/i;

// "selected ... as preferred bidder": chosen, with the contract still to be negotiated.
export const PLAN =
  /\b(?:preferred bidder|plans? to|planning to|intends? to|aims? to|would (?:spend|invest|buy|take)|will invest|will spend|will put|to invest|commit(?:s|ted)? to|has committed|pledge[sd]?|is expected to|are expected to|expects to)\b/i;

// Not "expected to be signed", "yet to be finalized": a signing still to come.
export const SIGNED_VERB =
  /(?<!\b(?:to be|to get|yet to be|not yet|not been|be)\s)\b(?:signed|signs|signing|agreed|agrees|struck|strikes|inked|inks|sealed|seals|entered into|enters into|reached|finali[sz]ed|closed|won|wins|landed|lands|secured|secures|clinched|concluded|concludes|bagged|bags)\b/i;

/** The value is withheld: later figures cannot be its value. */
export const VALUE_WITHHELD =
  /\b(?:financial terms|terms of the (?:deal|agreement))\b[^.]{0,40}\b(?:not|undisclosed)\b|\bterms\s+(?:were|was|are|have|has)\s+not\s+(?:been\s+)?(?:disclosed|released|made public)\b|\bundisclosed (?:terms|sum|amount)\b|\b(?:did not|didn't|declined to|would not|neither\b[^.]{0,30}) (?:disclose|put a (?:dollar )?(?:figure|price|value)|give a (?:precise )?number|say how much|reveal)|\bdid not disclose the (?:value|price)\b/i;

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** "to supply ...", "to build ...": verbs whose infinitive makes its subject (or object) the one who provides. */
export const SUPPLY_INFINITIVE = 'supply|provide|deliver|host|build|develop|power|serve';

/** "with Nvidia committing $250 million", "Nvidia will put in $10 billion": an investor's own part of a raise. */
export const INVESTOR_PART = String.raw`commit(?:s|ted|ting)?|contribut(?:e|es|ed|ing)|invest(?:s|ed|ing)?|put(?:s|ting)? in|chip(?:s|ped|ping)? in`;
