// Deal frames: two companies joined by deal language in one sentence, with the direction
// the verb and preposition give ("X will buy ... from Y", "Y will supply X", "X invests in Y",
// "X signed a deal with Y", "X agreed to act as the anchor customer ..., giving Y", "X will backstop
// $N of Y's lease obligations"). A frame is evidence; deals are assembled from frames in detect.ts.
import { sameCompany, type DealContext, type Party, type SentenceInfo } from './context';
import { CLAUSE_CHAR, DEAL_LANGUAGE, DEAL_NOUN, INVESTOR_PART, SUPPLY_INFINITIVE } from './cues';

export type FrameClass =
  | 'buy' | 'pay' | 'supply' | 'invest' | 'funding' | 'win' | 'award' | 'awarded_by' | 'sign_object' | 'customer' | 'symmetric' | 'guarantee';

export interface Frame {
  cls: FrameClass;
  /** The subject-side company and the object-side company, in reading order. */
  a: Party;
  b: Party;
  /** Null when the frame gives no direction (symmetric). */
  buyer: Party | null;
  provider: Party | null;
  sentence: number;
  /** From the subject to the end of the object's clause: where the deal's own figures sit. */
  start: number;
  end: number;
  trigger: string;
  /** A later member of a list of objects sharing one verb ("with Vistra, TerraPower and Oklo"). */
  listed?: boolean;
  /** Read from the headline (headline.ts), anchored where the body names both companies. */
  headline?: boolean;
}

type Prep = 'with' | 'from' | 'to' | 'for' | 'in' | 'into' | 'on' | 'of' | 'at' | 'through' | 'by' | 'between' | 'direct' | 'other';

interface Trigger {
  cls: FrameClass;
  re: RegExp;
  preps: readonly Prep[];
  /** Only with an owner as object ("deploying OpenAI's technology"), never a bare company ("using Nvidia"). */
  ownerObject?: boolean;
  /** Only with a maker's product as object ("buy AMD accelerators"): the maker supplies it. */
  brandObject?: boolean;
}

const TRIGGERS: readonly Trigger[] = [
  // "round", not "round-the-clock power".
  { cls: 'invest', re: /\b(?:invest(?:s|ed|ing|ment)?|put(?:s|ting)?|inject(?:s|ed|ing)?|pour(?:s|ed|ing)?|stake|round(?!-))\b/gi, preps: ['in', 'into'] },
  { cls: 'funding', re: /\b(?:rais(?:e|es|ed|ing)|funding|financing|round(?!-))\b/gi, preps: ['from', 'by'] },
  // "Sakura will receive 50 billion yen from the government": money received (a sum checked in frameFor) funds the receiver.
  { cls: 'funding', re: /\b(?:receiv(?:e|es|ed|ing)|get(?:s|ting)?|got)\b/gi, preps: ['from'] },
  // "agreed to lease Halvane's first building", "lease the campus's first building": what is leased is its owner's
  // (before the supply verbs: at the same word, this reading wins).
  { cls: 'buy', re: /\b(?:rent(?:s|ed|ing)?|leas(?:e|es|ed|ing))\b/gi, preps: ['direct'], ownerObject: true },
  { cls: 'supply', re: /\b(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|sell(?:s|ing)?|sold|deliver(?:s|ed|ing)?|serv(?:e|es|ed|ing)|host(?:s|ed|ing)?|rent(?:s|ed|ing)?|leas(?:e|es|ed|ing))\b/gi, preps: ['to', 'for', 'direct'] },
  // "Samsung won a contract to manufacture chips for Tesla", "Brookfield will develop 10.5 GW for Microsoft".
  { cls: 'supply', re: /\b(?:build|builds|building|built|operat(?:e|es|ing)|develop(?:s|ed|ing)?|manufactur(?:e|es|ed|ing)|mak(?:e|es|ing)|made|produc(?:e|es|ed|ing)|fabricat(?:e|es|ed|ing))\b/gi, preps: ['for'] },
  { cls: 'buy', re: /\b(?:rent(?:s|ed|ing)?|leas(?:e|es|ed|ing))\b/gi, preps: ['from'] },
  // "lease 90 MW at Galaxy Digital's Helios campus": the site's owner leases it out.
  { cls: 'buy', re: /\b(?:rent(?:s|ed|ing)?|leas(?:e|es|ed|ing)|tak(?:e|es|ing)|took)\b/gi, preps: ['at', 'in'], ownerObject: true },
  // "signed a $610 million contract for capacity in Halvard's New Jersey data center": the site's owner supplies the capacity.
  { cls: 'buy', re: new RegExp(String.raw`\b(?:contracts?|agreements?|deals?|orders?)\b${CLAUSE_CHAR}{0,60}?\bfor\s+(?:[\w$.,-]+\s+){0,4}?capacity\b`, 'gi'), preps: ['at', 'in'], ownerObject: true },
  // "Google has contracted for 300 MW of output from ...",
  // "has contracted 120 megawatts of capacity from Orbis".
  { cls: 'buy', re: /\bcontract(?:s|ed|ing)?\s+for\b|\bcontract(?:ed|ing)\b/gi, preps: ['from'] },
  // "Quorra has increased its commitment to Veldt by $1.2 billion": the subject enlarges what it buys from the object.
  { cls: 'pay', re: /\b(?:increas(?:e|es|ed|ing)|expand(?:s|ed|ing)?|rais(?:e|es|ed|ing)|enlarg(?:e|es|ed|ing)|upsiz(?:e|es|ed|ing)|extend(?:s|ed|ing)?)\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:commitments?|contracts?|orders?|leases?)\s+(?:to|with)\b/gi, preps: ['to'] },
  // "SoftBank backed Kairos with $300 million": backing a company with money is investing in it (the sum checked in frameFor).
  { cls: 'invest', re: /\bback(?:s|ed|ing)\b/gi, preps: ['direct'] },
  // "Prakash lent Rs 250 crore to the startup", "increased its term loan to Vyom": the lender provides, the borrower buys.
  { cls: 'supply', re: /\b(?:lend(?:s|ing)?|lent|loans?|loaned)\b/gi, preps: ['to'] },
  { cls: 'buy', re: /\b(?:buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|use|uses|using|tap(?:s|ping)?|take|takes|taking|took|spend(?:s|ing)?|spent|deploy(?:s|ed|ing)?|access|run workloads)\b/gi, preps: ['from', 'on', 'with', 'of', 'at', 'through', 'to'] },
  // "spend $3 billion a year deploying OpenAI's technology", "license Google's models": the owner supplies what is used.
  { cls: 'buy', re: /\b(?:deploy(?:s|ed|ing)?|us(?:e|es|ing)|licens(?:e|es|ed|ing)|adopt(?:s|ed|ing)?)\b/gi, preps: ['direct'], ownerObject: true },
  // "buy AMD accelerators", "placed an order for $700 million of Dell servers": the maker supplies its products.
  { cls: 'buy', re: /\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|order(?:s|ed|ing)?)\b/gi, preps: ['direct', 'of'], brandObject: true },
  // "G42 will run its AI applications on Microsoft Azure": the workloads' owner uses the cloud.
  { cls: 'buy', re: /\brun(?:s|ning)? (?:its |their )?(?:[\w-]+ ){0,2}?(?:workloads|applications|models|services)\b/gi, preps: ['on'] },
  // "OpenAI tapped CoreWeave for ...", "Anthropic has chosen Fluidstack to build ...": the subject engages the object.
  // Not "hired": companies hire banks and advisers, which is no deal of this kind.
  { cls: 'buy', re: /\b(?:taps|tapped|chose|chosen|choos(?:e|es|ing)|select(?:s|ed)?|pick(?:s|ed)?)\b/gi, preps: ['direct'] },
  // "pay Y", "pay $N to Y", "pay $N a year for a version of Y's model", "pay $N for five years of services from Y".
  { cls: 'pay', re: /\b(?:pay|pays|paying|paid)\b/gi, preps: ['direct', 'to', 'of', 'from'] },
  // Passive: "CoreWeave was awarded a contract by OpenAI", "Oklo was picked by Meta": the agent engages the subject.
  { cls: 'awarded_by', re: /\b(?:was|were|been|being|be|is|are)\s+(?:awarded|chosen|selected|picked|tapped|hired|contracted|engaged|commissioned)\b/gi, preps: ['by'] },
  // "NASA has awarded Crestline a contract", "awarded a $480 million contract ... to Crestline": the awarding side buys.
  // Not the passive ("was awarded a contract by"), read by awarded_by and passiveBuyerFrames.
  { cls: 'award', re: /\b(?<!(?:was|were|been|being|be|is|are)\s)(?:awards|awarded|awarding)\b/gi, preps: ['direct', 'to'] },
  { cls: 'win', re: /\b(?:win|wins|won|land|lands|landed|secur(?:e|es|ed|ing)|clinch(?:es|ed)?|bag(?:s|ged))\b/gi, preps: ['direct', 'from'] },
  { cls: 'sign_object', re: /\b(?:signs|signed)(?: up)?\b/gi, preps: ['direct'] },
  { cls: 'customer', re: /\b(?:customer|tenant|off-?taker)\b/gi, preps: ['for', 'to', 'other', 'direct', 'with', 'at'] },
  // "has become the anchor tenant of Orbis Data Centers' campus": taking on the role is news; being one ("is the
  // customer of Y") or a rank among them ("became the largest customer of Y") is not.
  { cls: 'customer', re: /\b(?:becom(?:e|es|ing)|became|signed on as|join(?:s|ed)? as)\s+(?:the\s+|an?\s+|its\s+)?(?:(?![\w-]*(?:est|biggest|top|main|leading)\b)[\w-]+\s+){0,2}?(?:customer|tenant|off-?taker)\b/gi, preps: ['of'] },
  {
    cls: 'symmetric',
    re: new RegExp(`\\b(?:${DEAL_NOUN}|signed|signs|signing|agreed|agrees|struck|strikes|inked|inks|sealed|reached|concluded|entered into|negotiating|talks|partnered|partnering|teamed up|tied up|ties up|tying up)\\b`, 'gi'),
    preps: ['with', 'between'],
  },
];

// The words skipped after the preposition never cross a relative clause: in "with Microsoft under which the
// software company", the description opens a new clause and is its subject.
const PREP_BEFORE =
  /\b(with|from|to|for|into|in|on|of|at|through|by|between)\s+(?:(?:the|its|a|an|help\s+from)\s+)?(?:(?!(?:with|from|to|for|into|in|on|of|at|through|by|between|which|who|that|under|whereby)\s)[\w.'’-]+\s+){0,3}$/i;
// "picked independent power producer Caprock", "tapped London-based cloud provider Fluidstack": a role
// written before the name, up to three words and no preposition, still leaves the name the verb's object.
const ROLE_BEFORE_NAME = String.raw`(?:(?:the|a|an)\s+)?(?:(?!(?:with|from|to|for|into|in|on|of|at|through|by|between|and|or|as|that|which|its|their|it|they)\b)[\w-]+\s+){0,3}?`;
const DIRECT_VERB_BEFORE = new RegExp(
  String.raw`\b(?:pay|pays|paying|paid|suppl(?:y|ies|ying)|serv(?:e|es|ing)|signs|signed|signed up|wins|won|lands|landed|secures|secured|taps|tapped|chose|chosen|selects|selected|picked|picks)\s+${ROLE_BEFORE_NAME}$`,
  'i',
);
// "agreed to license OpenAI's models", "agreed to lease the campus's first building": "to" marks the verb, not a
// preposition governing the company.
const INFINITIVE_BEFORE = /\bto\s+(?:licen[cs]e|use|deploy|adopt|pay|supply|serve|tap|hire|select|choose|buy|purchase|order|lease|rent)\s+(?:the\s+)?$/i;
const DEBT = /\b(?:loans?|credit (?:facility|facilities|line)|financing facilit(?:y|ies)|debt|notes|bonds)\b/i;
// "is paying €400 million for 30% of Helios", "bought a 20% stake of Brixa": a share of a company bought is an investment in it.
const SHARE_OF_BEFORE = new RegExp(String.raw`\b(?:pay(?:s|ing)?|paid|buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|tak(?:e|es|ing)|took)\b${CLAUSE_CHAR}{0,60}?\b(?:for|of)\s+(?:a\s+|an\s+)?(?:\d+(?:\.\d+)?\s?%|(?:\d+(?:\.\d+)?\s?%\s+|minority\s+|majority\s+|controlling\s+)stake)\s+(?:of|in)\s+$`, 'i');
// "backed Kairos with $300 million", "is backing Lumora with a new investment": money, not support ("backed the plan").
const BACKED_WITH_MONEY = /^\s+with\s+[^.;]{0,40}?(?:\b(?:million|billion|trillion|crore|lakh|investment|funding|financing|capital|equity)\b|[$€£¥₹]\s?\d)/i;
const ENGAGED_TO_PROVIDE = new RegExp(String.raw`^\s*(?:,\s*)?to\s+(?:${SUPPLY_INFINITIVE}|operate|manufacture|make)\b`, 'i');
const ROLE_ONLY = new RegExp(`^\\s*${ROLE_BEFORE_NAME}$`, 'i');
// "buy energy from reactors developed by Kairos Power", "a lease at a campus being developed by Ozark": the maker or
// owner stands in the slot of what is bought or leased ("from Kairos Power").
// "lease the whole of a campus being built in Ishikari, Hokkaido, by Hoppo": a place may come between the participle and "by".
// Not "10 GW of accelerators designed by OpenAI": what a buyer designs, another makes.
const MADE_BY_BEFORE = /\b(?:(?:from|at|in|on)\s+(?:[\w'’-]+\s+){1,10}?(?:developed|built|made|designed|operated|owned|run)|of\s+(?:[\w'’-]+\s+){1,10}?(?:developed|built|constructed|operated|owned))\s+(?:(?:in|near|at|outside|on)\s+[\w'’ -]{1,30}?(?:,\s+[\w'’ -]{1,30}?)?,?\s+)?by\s+$/i;
// "supply 300 MW to a campus that Orrin is building", "lease every building on a campus that Lattice is developing": the
// company building or running what is supplied or bought stands in its slot, as with "developed by".
const OWNER_CLAUSE_BEFORE = /\b(from|to|at|in|for|on)\s+(?:(?!(?:from|to|at|in|for|with|of|by|that|which)\s)[\w'’-]+\s+){1,8}(?:that|which)\s+$/i;
const OWNER_CLAUSE_AFTER =
  /^\s+(?:(?:is|are|was|were|has been|had been)\s+)?(?:building|developing|constructing|operating|running)\b|^\s+(?:plans?|planned|intends?|aims?|expects?|wants?) to (?:build|develop|construct|open|operate|run)\b|^\s+(?:will|would)\s+(?:build|develop|construct|operate|run)\b|^\s+(?:builds|built|operates|operated|owns|owned|runs|develops|developed)\b/i;
const WARRANTS_BEFORE = /\bwarrants?\b[^;]{0,60}$/i;
const NAMED_BEFORE = /\b(?:called|named|dubbed|such as|including|like)\s+(?:[\w-]+\s+){0,1}$/i;
// "a power purchase agreement", "a supply deal": the verb is part of a deal noun and gives no direction.
const NOUN_COMPOUND_AFTER = /^\s+(?:agreements?|contracts?|deals?|pacts?)\b/i;
// "act as the guaranteed customer ..., giving Nscale": the subject is the customer of the company named later.
// Only a role taken on ("act as"), not one described ("became its largest customer").
const CUSTOMER_ROLE = /\b(?:act|acts|acting|serve|serves|serving)\s+as\s+(?:the|its|an?|their)\s+(?:[\w-]+\s+){0,2}?(?:customer|tenant|off-?taker)\b/gi;
// "X will backstop $1.8 billion of Y's lease obligations": X guarantees what Y owes under Y's own deal.
const GUARANTEE = /\b(?:backstop|guarantee)(?:s|d|ing)?\s+(?:\S+\s+){0,4}?of\s+$/i;
const OBLIGATIONS_AFTER = /^(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:obligations|payments|debt|commitments)\b/i;
const TIME_PHRASE =
  /^\w+\s+(?:(?:early|late)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|today|the (?:same )?day|\d{1,2}|\d{4})\b[^A-Z]*$/;
// "a grid connection granted by operator Energinet, and a colocation agreement with X": an agent is no later verb's subject.
const OBJECT_PREPS = new Set<Prep>(['with', 'from', 'to', 'for', 'in', 'into', 'on', 'of', 'at', 'through', 'between', 'by']);
const MAX_SPAN = 220;

/** Every frame of one sentence. */
export function findFrames(ctx: DealContext, info: SentenceInfo): Frame[] {
  const frames: Frame[] = [];
  const parties = info.parties.filter(
    (p) => !isNamedExample(ctx, p) && !(isListMember(ctx, info, p) && !opensList(ctx, info, p)) && !isExchange(ctx, p) && !isModifier(ctx, p) && !isAppositive(ctx, info, p),
  );
  for (const b of parties) {
    const prep = prepBefore(ctx, info, b);
    for (const f of frameFor(ctx, info, parties, b, prep)) frames.push(f, ...listedAfter(ctx, info, f));
  }
  frames.push(...coordinatedSubjects(ctx, info, parties).filter((f) => !coSubjects(frames, f)));
  for (const f of [...passiveBuyerFrames(ctx, info, parties), ...customerRoleFrames(ctx, info, parties), ...investorRoleFrames(ctx, info, parties), ...betweenFrames(ctx, info, parties), ...frontedFrames(ctx, info, parties), ...guaranteeFrames(ctx, info, parties), ...pairReferenceFrames(ctx, info), ...revealedCustomerFrames(ctx, info, parties), ...signedTheDealFrames(ctx, info, parties), ...dealWithFrames(ctx, info, parties)]) {
    if (!frames.some((g) => g.a === f.a && g.b === f.b)) frames.push(f);
  }
  // "Nvidia will invest in OpenAI, in a tie-up under which the ChatGPT developer will build ...": a pair the
  // sentence already joins keeps that reading; the clause only describes the same deal.
  const joined = (f: Frame) => frames.some((g) => (sameCompany(g.a, f.a) && sameCompany(g.b, f.b)) || (sameCompany(g.a, f.b) && sameCompany(g.b, f.a)));
  frames.push(...underWhichFrames(ctx, info, parties).filter((f) => !joined(f)));
  frames.push(...speakerSellerFrames(ctx, info, parties).filter((f) => !joined(f)));
  frames.push(...valuerFrames(ctx, info, parties).filter((f) => !joined(f)));
  frames.push(...announcerFrames(ctx, info, parties).filter((f) => !joined(f)));
  frames.push(...passiveSignedFrames(ctx, info, parties).filter((f) => !joined(f)));
  return frames;
}

function frameFor(ctx: DealContext, info: SentenceInfo, parties: Party[], b: Party, prep: Prep): Frame[] {
  const text = ctx.body;
  const floor = Math.max(info.sentence.start, b.mention.start - MAX_SPAN);
  const window = text.slice(floor, Math.max(floor, slotStart(ctx, info.sentence.start, b)));
  // "Galaxy Digital's campus", "Orbis Data Centers' campus": a possessive owner.
  const owner = /^['’]s\b/.test(text.slice(b.mention.end, b.mention.end + 3)) || (/s$/.test(b.mention.text) && /^['’]\s/.test(text.slice(b.mention.end, b.mention.end + 2)));
  const trigger = lastTrigger(window, prep, owner, b.brand);
  if (!trigger) return [];
  const triggerAt = floor + trigger.index;
  // The object is the first company after its verb or noun: "access to AWS ... dependence on Microsoft".
  const between = info.parties.filter((p) => p.mention.start > triggerAt && p.mention.end <= b.mention.start);
  // A maker named before its product ("rent Nvidia GPU capacity from Nebius") is no object of the verb.
  if (between.some((p) => !sameCompany(p, b) && !isProjectName(ctx, p) && !p.brand && !isModifier(ctx, p))) return [];
  const subjects = subjectsBefore(ctx, parties, b, triggerAt, info.sentence.start);
  // "CoreWeave signed OpenAI" (a customer won), but "Equinix signed Vistra to supply power": the object engaged to provide.
  // "Lambda secured a $500 million financing facility from Macquarie": a borrower gets debt from its lender, no equity.
  const engaged = trigger.cls === 'sign_object' && ENGAGED_TO_PROVIDE.test(text.slice(b.mention.end, b.mention.end + 40));
  const borrowed = (trigger.cls === 'win' || trigger.cls === 'funding') && prep === 'from' && DEBT.test(text.slice(triggerAt, b.mention.start));
  const share = (trigger.cls === 'pay' || trigger.cls === 'buy') && SHARE_OF_BEFORE.test(text.slice(Math.max(info.sentence.start, b.mention.start - 120), b.mention.start));
  if (/^back/i.test(trigger.word) && !BACKED_WITH_MONEY.test(text.slice(b.mention.end, b.mention.end + 60))) return [];
  if (/^(?:receiv|get|got)/i.test(trigger.word) && !info.quantities.some((q) => q.kind === 'money' && q.amount !== null && q.start > triggerAt && q.end <= b.mention.start)) return [];
  const cls = share ? 'invest' : engaged || borrowed ? 'buy' : trigger.cls;
  return subjects.map((a) => makeFrame(ctx, info, cls, trigger.word, a, b));
}

function lastTrigger(window: string, prep: Prep, owner: boolean, brand: boolean): { cls: FrameClass; index: number; word: string } | null {
  let best: { cls: FrameClass; index: number; word: string } | null = null;
  for (const t of TRIGGERS) {
    if (!t.preps.includes(prep) || (t.ownerObject && !owner) || (t.brandObject && !brand)) continue;
    t.re.lastIndex = 0;
    for (let m = t.re.exec(window); m; m = t.re.exec(window)) {
      if (prep === 'direct' && !ROLE_ONLY.test(window.slice(m.index + m[0].length))) continue;
      if (prep === 'to' && t.cls === 'buy' && m[0].toLowerCase() !== 'access') continue;
      if (t.cls !== 'symmetric' && NOUN_COMPOUND_AFTER.test(window.slice(m.index + m[0].length))) continue;
      // "receive warrants for a stake in Cipher": equity paid as a fee for another deal, not an investment.
      if (t.cls === 'invest' && WARRANTS_BEFORE.test(window.slice(0, m.index))) continue;
      if (!best || m.index > best.index) best = { cls: t.cls, index: m.index, word: m[0] };
    }
  }
  return best;
}

/** The subject before the trigger: a company not in an object slot, and its coordinated partner. */
function subjectsBefore(ctx: DealContext, parties: Party[], b: Party, triggerAt: number, sentenceStart: number): Party[] {
  const before = parties.filter((p) => p.mention.end <= triggerAt && !sameCompany(p, b));
  // A company governed by a preposition ("services from Amazon") is no subject of a later verb or noun.
  // ", the chipmaker confirmed, and signed ...": the speaker of a parenthetical attribution is no later verb's subject.
  const subjectLike = before.filter((p) => !OBJECT_PREPS.has(prepAt(ctx, sentenceStart, p)) && !isParentheticalSpeaker(ctx, p));
  const pick = subjectLike[subjectLike.length - 1];
  if (!pick) return [];
  const partner = coordinatedPartner(ctx, before, pick);
  return partner && !sameCompany(partner, b) ? [partner, pick] : [pick];
}

const PARENTHETICAL_SPEECH = /^\s+(?:said|says|confirmed|confirms|added|noted|announced|disclosed)\s*,/i;

function isParentheticalSpeaker(ctx: DealContext, p: Party): boolean {
  return PARENTHETICAL_SPEECH.test(ctx.body.slice(p.mention.end, p.mention.end + 20)) && /,\s*(?:the\s+)?$/i.test(ctx.body.slice(Math.max(0, p.mention.start - 8), p.mention.start));
}

function coordinatedPartner(ctx: DealContext, before: Party[], p: Party): Party | null {
  const i = before.indexOf(p);
  const prev = i > 0 ? before[i - 1] : null;
  if (!prev) return null;
  const between = ctx.body.slice(prev.mention.end, p.mention.start);
  return /^(?:['’]s)?\s*(?:,\s*)?(?:and|&)\s+$/i.test(between) ? prev : null;
}

/** "OpenAI and Broadcom announced", "Anthropic and Google have agreed": a pair without direction. */
function coordinatedSubjects(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i + 1 < parties.length; i++) {
    const a = parties[i];
    const b = parties[i + 1];
    if (sameCompany(a, b)) continue;
    const between = ctx.body.slice(a.mention.end, b.mention.start);
    // "Amazon Web Services (AWS) and OpenAI": a short name in parentheses closes the first.
    if (!/^\)?(?:\s+(?:Inc\.|Corp\.))?\s*(?:,\s*)?(?:and|&)\s+(?:the\s+)?$/i.test(between)) continue;
    const after = ctx.body.slice(b.mention.end, Math.min(info.sentence.end, b.mention.end + 80));
    // "AWS and OpenAI said they have signed", "X and Y on Monday agreed": a joint statement of a deal.
    // "X and Y are in talks over ...", "X and Y are negotiating": a pair's talks, read as talks by status.ts.
    // "X and Y extended their contract": the pair's own deal, enlarged.
    const verb = /^(?:\s*\([^)]{0,40}\))?\s*(?:(?:said|say|announced|confirmed)\s+(?:on\s+\w+\s+)?(?:that\s+)?they\s+)?(?:have\s+|has\s+|had\s+|today\s+|on\s+\w+\s+)?(signed|agreed|struck|inked|announced|unveiled|entered|said|reached|are in (?:advanced |early |exclusive |preliminary )?talks|are negotiating|are discussing|are nearing|(?:extended|expanded|enlarged|upsized) their)\b/i.exec(after);
    if (verb && !isObjectSlot(ctx, info, a)) frames.push(makeFrame(ctx, info, 'symmetric', verb[1], a, b));
  }
  return frames;
}

/** "Samsung and SK Hynix signed letters of intent to supply OpenAI": two parties on one side of the same counterparty. */
function coSubjects(frames: Frame[], pair: Frame): boolean {
  const objectsOf = (p: Party) => frames.filter((f) => f.a === p && f.cls !== 'symmetric').map((f) => f.b);
  const ofB = objectsOf(pair.b);
  return objectsOf(pair.a).some((o) => ofB.some((x) => sameCompany(o, x)));
}

/** "X agreed to act as the anchor customer for the capacity, giving Y ...": X buys from the next company named. */
function customerRoleFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const frames: Frame[] = [];
  CUSTOMER_ROLE.lastIndex = 0;
  for (let m = CUSTOMER_ROLE.exec(info.sentence.text); m; m = CUSTOMER_ROLE.exec(info.sentence.text)) {
    const at = info.sentence.start + m.index;
    const b = parties.find((p) => p.mention.start > at && !p.brand);
    if (!b) continue;
    for (const a of subjectsBefore(ctx, parties, b, at, info.sentence.start)) {
      if (!isObjectSlot(ctx, info, a)) frames.push(makeFrame(ctx, info, 'customer', m[0], a, b));
    }
  }
  return frames;
}

// "$800 million will be spent by X on Google Cloud", "capacity to be bought by X from Y": the agent buys.
const PASSIVE_BUY_BY = /\b(?:be|been|being|is|are|was|were)\s+(?:spent|paid|bought|purchased|leased|rented|used|taken|procured)\s+by\s+$/i;
const PASSIVE_PROVIDER_PREP = new Set<Prep>(['on', 'from', 'with', 'at', 'to', 'through']);

// "capacity will be supplied to X by Y", "chips will be supplied by Y to X": the agent supplies.
const PASSIVE_SUPPLY = String.raw`\b(?:be|been|being|is|are|was|were)\s+(?:supplied|provided|delivered|sold|leased|rented|hosted)\s+`;
const PASSIVE_SUPPLY_TO = new RegExp(`${PASSIVE_SUPPLY}(?:to|for)\\s+$`, 'i');
const PASSIVE_SUPPLY_BY = new RegExp(`${PASSIVE_SUPPLY}by\\s+$`, 'i');
// "a contract has been awarded to X by Y": the agent awards, and buys from X.
const PASSIVE_AWARD_TO = /\b(?:be|been|being|is|are|was|were)\s+(?:awarded|granted)\s+(?:(?:[\w-]+\s+){0,3})?to\s+$/i;

/** Passive buying and supplying verbs: the agent after "by" buys, or supplies, as the verb says. */
function passiveBuyerFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const frames: Frame[] = [];
  const before = (p: Party) => ctx.body.slice(Math.max(info.sentence.start, p.mention.start - 40), p.mention.start);
  parties.forEach((a, i) => {
    const b = parties[i + 1];
    if (!b || sameCompany(a, b)) return;
    const prep = prepBefore(ctx, info, b);
    if (PASSIVE_BUY_BY.test(before(a)) && PASSIVE_PROVIDER_PREP.has(prep)) frames.push(makeFrame(ctx, info, 'buy', 'by', a, b));
    else if (PASSIVE_SUPPLY_TO.test(before(a)) && prep === 'by') frames.push(makeFrame(ctx, info, 'buy', 'by', a, b));
    else if (PASSIVE_SUPPLY_BY.test(before(a)) && (prep === 'to' || prep === 'for')) frames.push(makeFrame(ctx, info, 'supply', 'by', a, b));
    else if (PASSIVE_AWARD_TO.test(before(a)) && prep === 'by') frames.push(makeFrame(ctx, info, 'supply', 'awarded', a, b));
  });
  return frames;
}

// "Under a 15-year electric service agreement signed with Entergy Louisiana, Meta will cover the cost": the agreement
// fronts the sentence; its other party is the main clause's subject.
const FRONTED = new RegExp(String.raw`^(?:Under|Through|As part of|In|With)\s+(?:a|an|the|its|their|this|that)\s+[^,;]{0,80}?\b(?:${DEAL_NOUN})\b[^,;]{0,40}?\bwith\s+$`, 'i');

/** A deal fronted in an "Under ... with X," clause, between X and the subject after the comma. */
function frontedFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const x = parties[0];
  if (!x || !FRONTED.test(ctx.body.slice(info.sentence.start, x.mention.start))) return [];
  const comma = ctx.body.indexOf(',', x.mention.end);
  if (comma === -1 || comma > info.sentence.end) return [];
  const subject = parties.find((p) => p.mention.start > comma && !p.brand && !sameCompany(p, x));
  if (!subject || !/^\s*$/.test(ctx.body.slice(comma + 1, subject.mention.start).replace(/\b(?:the|on \w+)\b/gi, ''))) return [];
  return [{ ...makeFrame(ctx, info, 'symmetric', 'under', subject, x), start: info.sentence.start, end: info.sentence.end }];
}

// "X has struck a $2.1 billion agreement under which Y will run ...": the deal's terms name the counterparty and its part.
const UNDER_WHICH = new RegExp(String.raw`\b(?:${DEAL_NOUN})\b[^;]{0,40}?\b(?:under which|whereby)\s+(?:the\s+)?$`, 'i');
const WILL = String.raw`^\s+(?:will|would|is to|agreed to|has agreed to|commits to)\s+(?:also\s+)?`;
const WILL_SUPPLY = new RegExp(`${WILL}(?:${SUPPLY_INFINITIVE}|run|operate|sell|manufacture|make)\\b`, 'i');
const WILL_BUY = new RegExp(`${WILL}(?:buy|purchase|pay|spend|rent|take)\\b`, 'i');

/** The counterparty a deal noun's "under which" clause names: it supplies or buys as its verb says; the subject is the other side. */
function underWhichFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const frames: Frame[] = [];
  for (const b of parties) {
    if (b.brand) continue;
    const before = ctx.body.slice(Math.max(info.sentence.start, b.mention.start - 100), b.mention.start);
    const m = UNDER_WHICH.exec(before);
    if (!m) continue;
    const after = ctx.body.slice(b.mention.end, b.mention.end + 40);
    const supplies = WILL_SUPPLY.test(after);
    if (!supplies && !WILL_BUY.test(after)) continue;
    const at = b.mention.start - before.length + m.index;
    for (const a of subjectsBefore(ctx, parties, b, at, info.sentence.start)) {
      if (a.brand || isObjectSlot(ctx, info, a)) continue;
      frames.push(makeFrame(ctx, info, supplies ? 'buy' : 'supply', 'under which', a, b));
    }
  }
  return frames;
}

// "Vektor has agreed to buy 24,000 accelerators, the chipmaker said": a purchase told with no seller, by a company that sells.
const BUY_VERB = /\b(?:buy|buys|buying|bought|purchas(?:e|es|ed|ing)|order(?:s|ed|ing)?)\b/gi;
const SPEAKER_AFTER = /^\s+(?:said|says|announced|confirmed)\b/i;

/** A purchase with no company as its object, and the company announcing it at the sentence's end: the seller. */
function speakerSellerFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const speaker = parties[parties.length - 1];
  if (!speaker || speaker.brand || !SPEAKER_AFTER.test(ctx.body.slice(speaker.mention.end, speaker.mention.end + 20))) return [];
  if (!/,\s*(?:the\s+)?$/.test(ctx.body.slice(Math.max(info.sentence.start, speaker.mention.start - 6), speaker.mention.start))) return [];
  const buyer = parties.find((p) => !p.brand && !sameCompany(p, speaker));
  if (!buyer || isObjectSlot(ctx, info, buyer)) return [];
  const clause = ctx.body.slice(buyer.mention.end, speaker.mention.start);
  BUY_VERB.lastIndex = 0;
  const verb = BUY_VERB.exec(clause);
  if (!verb || NOUN_COMPOUND_AFTER.test(clause.slice(verb.index + verb[0].length))) return [];
  // Only when no other company stands between the verb and the speaker (a seller named there is the object).
  const at = buyer.mention.end + verb.index;
  if (parties.some((p) => p.mention.start > at && p.mention.end <= speaker.mention.start && !p.brand)) return [];
  return [{ ...makeFrame(ctx, info, 'buy', verb[0], buyer, speaker), end: speaker.mention.start }];
}

// "X has signed a lease for 80 MW, in a deal Norrvik valued at $1 billion": the company that puts a value on the
// subject's deal is its counterparty.
const VALUED_DEAL_BEFORE = new RegExp(String.raw`\b(?:in|under)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:${DEAL_NOUN})\s+(?:that\s+|which\s+)?$`, 'i');
const VALUED_AFTER = /^\s+(?:valued|values|priced|put the value of|puts the value of)\b/i;

function valuerFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const frames: Frame[] = [];
  for (const b of parties) {
    if (b.brand || !VALUED_AFTER.test(ctx.body.slice(b.mention.end, b.mention.end + 30))) continue;
    const before = ctx.body.slice(Math.max(info.sentence.start, b.mention.start - 60), b.mention.start);
    const m = VALUED_DEAL_BEFORE.exec(before);
    if (!m) continue;
    const at = b.mention.start - before.length + m.index;
    for (const a of subjectsBefore(ctx, parties, b, at, info.sentence.start)) {
      if (!a.brand && !isObjectSlot(ctx, info, a)) frames.push({ ...makeFrame(ctx, info, 'symmetric', 'valued', a, b), end: info.sentence.end });
    }
  }
  return frames;
}

// "Polderhaven said Nimbus Render had signed a five-year lease": a company announcing another's deal, and naming no
// other party, is that deal's counterparty.
const SAID_THAT_BETWEEN = /^\s+(?:(?:today|yesterday|this week)\s+)?(?:said|says|announced|confirmed|disclosed)\s+(?:in\s+(?:a|an|its)\s+(?:[\w-]+\s+){0,2}?(?:filing|statement|release|letter|post)\s+)?(?:on\s+\w+\s+)?(?:that\s+)?(?:[\w-]+-based\s+|(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:start-?up|company|developer|firm|lab)\s+)?$/i;
const SIGNED_AFTER = new RegExp(String.raw`^\s+(?:had|has|have)?\s*(?:signed|agreed to|struck|inked|taken|committed to)\b${CLAUSE_CHAR}{0,40}?\b(${DEAL_NOUN})\b`, 'i');

// "Veldt said Quorra had agreed to pay $750 million for GPU capacity": the one paying or buying is the customer.
const AGREED_TO_BUY_AFTER = /^\s+(?:had|has|have)?\s*agreed to (?:pay|buy|purchase|rent|lease|spend|take)\b/i;

/** A lease or an order is signed by the customer; of another deal noun the words give no side. */
const signedByCustomer = (noun: string): boolean => /^(?:leases?|orders?)$/i.test(noun);

// 'Straits Data Centres Pte. Ltd. ("SDC") today announced': the rest of a legal form and a short name in parentheses.
const NAME_TAIL = /^\.?(?:\s*,?\s*(?:Pte|Pty|Ltd|Inc|Corp|Co|LLC|plc|AG|SA|GmbH|Bhd|Sdn|Berhad)\b\.?)*(?:\s*\([^()]{1,40}\))?/;

function announcerFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const named = parties.filter((p, i) => !p.brand && !parties.slice(0, i).some((q) => !q.brand && sameCompany(p, q)));
  if (named.length !== 2) return [];
  const [speaker, signer] = named;
  const gap = ctx.body.slice(speaker.mention.end, signer.mention.start);
  if (!SAID_THAT_BETWEEN.test(gap.slice(NAME_TAIL.exec(gap)![0].length))) return [];
  const after = ctx.body.slice(signer.mention.end, signer.mention.end + 80);
  const signed = SIGNED_AFTER.exec(after);
  const buys = AGREED_TO_BUY_AFTER.test(after);
  if (!signed && !buys) return [];
  const frame = buys || signedByCustomer(signed![1]) ? makeFrame(ctx, info, 'buy', 'said', signer, speaker) : makeFrame(ctx, info, 'symmetric', 'said', speaker, signer);
  return [{ ...frame, end: info.sentence.end }];
}

// "A 10-year lease for 96 MW ... was signed this week by Oriel AI, according to the campus's owner, Quarry Hill Data Centers":
// the agent of a passive signing is one side; the one other company the sentence names is the other.
const PASSIVE_SIGNED_BY = new RegExp(String.raw`\b(${DEAL_NOUN})\b${CLAUSE_CHAR}{0,100}?\b(?:was|were|has been|have been|had been)\s+(?:signed|agreed|struck|inked|sealed)\b(?:\s+[\w-]+){0,3}?\s+by\s+$`, 'i');

function passiveSignedFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const named = parties.filter((p) => !p.brand);
  const signer = named.find((p) => PASSIVE_SIGNED_BY.test(ctx.body.slice(Math.max(info.sentence.start, p.mention.start - 160), p.mention.start)));
  const others = named.filter((p) => signer && !sameCompany(p, signer));
  if (!signer || others.length === 0 || others.some((p) => !sameCompany(p, others[0]))) return [];
  const noun = PASSIVE_SIGNED_BY.exec(ctx.body.slice(Math.max(info.sentence.start, signer.mention.start - 160), signer.mention.start))![1];
  // Frames keep reading order.
  const customer = signedByCustomer(noun);
  const other = others.find((p) => p.mention.start > signer.mention.start);
  const frame = other
    ? makeFrame(ctx, info, customer ? 'buy' : 'symmetric', 'signed by', signer, other)
    : makeFrame(ctx, info, customer ? 'supply' : 'symmetric', 'signed by', others[0], signer);
  return [{ ...frame, start: info.sentence.start, end: info.sentence.end }];
}

// "A $12 billion agreement between Oracle and xAI", "A supply agreement ... has been struck between X and Y": both
// companies stand after the noun, neither as its subject.
const BETWEEN_PAIR = new RegExp(
  String.raw`\b(?:${DEAL_NOUN}|talks|negotiations)\s+between\s+$|\b(?:${DEAL_NOUN})\b${CLAUSE_CHAR}{0,80}?\b(?:has|have|had)?\s*(?:been|was|were)\s+(?:struck|signed|reached|agreed|inked|sealed|concluded)\s+between\s+$`,
  'i',
);

// "between X and data-centre developer Y": a role may precede the second name.
const BETWEEN_AND = new RegExp(String.raw`^\s*(?:and|&)\s+${ROLE_BEFORE_NAME}$`, 'i');

/** The two companies a deal noun is "between". */
function betweenFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const frames: Frame[] = [];
  for (let i = 0; i + 1 < parties.length; i++) {
    const [a, b] = [parties[i], parties[i + 1]];
    const before = ctx.body.slice(Math.max(info.sentence.start, a.mention.start - 140), a.mention.start);
    if (sameCompany(a, b) || !BETWEEN_PAIR.test(before) || !BETWEEN_AND.test(ctx.body.slice(a.mention.end, b.mention.start))) continue;
    frames.push(makeFrame(ctx, info, 'symmetric', 'between', a, b));
  }
  return frames;
}

// "X said Amazon is the anchor investor in ...", "X raised $600 million, with Nvidia committing $250 million as lead investor".
const INVESTOR_ROLE = /\b(?:is|was|will be|would be|as|became|becomes)\s+(?:the\s+|its\s+|an?\s+)?(?:anchor|lead|largest|main|cornerstone|biggest)\s+investors?\b/gi;
const RAISE = /\b(?:rais(?:e|es|ed|ing)|round(?!-)|financing|funding|Series [A-Z])\b/;

/** An investor named by its role in a raise invests in the company raising: the other company the sentence names. */
function investorRoleFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  if (!RAISE.test(info.sentence.text)) return [];
  const frames: Frame[] = [];
  INVESTOR_ROLE.lastIndex = 0;
  for (let m = INVESTOR_ROLE.exec(info.sentence.text); m; m = INVESTOR_ROLE.exec(info.sentence.text)) {
    const at = info.sentence.start + m.index;
    const investor = parties.filter((p) => p.mention.end <= at && !p.brand).pop();
    const raiser = investor && parties.find((p) => !p.brand && !sameCompany(p, investor));
    if (!investor || !raiser) continue;
    const frame = makeFrame(ctx, info, 'invest', m[0], investor, raiser);
    frames.push({ ...frame, start: info.sentence.start, end: info.sentence.end });
  }
  // "xAI raised $20 billion, with Nvidia contributing up to $2 billion": an investor's part, in a "with" clause.
  for (const investor of parties) {
    if (investor.brand || !/\bwith\s+$/i.test(ctx.body.slice(Math.max(info.sentence.start, investor.mention.start - 6), investor.mention.start))) continue;
    if (!INVESTOR_PART_AFTER.test(ctx.body.slice(investor.mention.end, investor.mention.end + 30))) continue;
    const raiser = parties.find((p) => !p.brand && !sameCompany(p, investor) && p.mention.start < investor.mention.start);
    if (!raiser || frames.some((f) => f.a === investor)) continue;
    const frame = makeFrame(ctx, info, 'invest', 'with', investor, raiser);
    frames.push({ ...frame, start: info.sentence.start, end: info.sentence.end });
  }
  return frames;
}

const INVESTOR_PART_AFTER = new RegExp(String.raw`^\s+(?:${INVESTOR_PART}|providing|taking)\b`, 'i');

// "The two firms have struck a $10 billion agreement": the pair named in the sentence before.
const PAIR_REFERENCE = new RegExp(
  String.raw`\bthe two (?:companies|firms|groups|sides|partners)\s+(?:have\s+|has\s+|also\s+|on \w+\s+)?(?:signed|agreed|struck|inked|sealed|reached|concluded|entered into|will sign)\b`,
  'i',
);

/** A deal told of "the two companies" when the sentence before names exactly two companies. */
function pairReferenceFrames(ctx: DealContext, info: SentenceInfo): Frame[] {
  const prev = ctx.sentences[info.sentence.index - 1];
  if (!prev || !PAIR_REFERENCE.test(info.sentence.text)) return [];
  const named = prev.parties.filter((p, i) => !p.brand && prev.parties.findIndex((q) => sameCompany(p, q)) === i);
  if (named.length !== 2) return [];
  const [a, b] = named;
  const frame = makeFrame(ctx, info, 'symmetric', 'the two', a, b);
  return [{ ...frame, start: info.sentence.start, end: info.sentence.end }];
}

// "the buyer was Tesla", "Rivian said it was the customer": the customer a deal was told without.
const CUSTOMER_NOUN = String.raw`(?:unnamed\s+|mystery\s+)?(?:customer|buyer|client|tenant|off-?taker)`;
const REVEALED_BEFORE = new RegExp(String.raw`\b(?:the|its|their)\s+${CUSTOMER_NOUN}\s+(?:was|is|would be|will be|had been)\s+$`, 'i');
const REVEALED_AFTER = new RegExp(String.raw`^\s+(?:(?:said|says|confirmed|confirms)\s+(?:that\s+)?(?:it|they)\s+)?(?:was|is|were|are)\s+the\s+${CUSTOMER_NOUN}\b`, 'i');
/** Sentences back a deal told without its customer may be. */
const REVEAL_REACH = 2;

/**
 * A deal told with one company ("Samsung has signed a $16.5 billion contract ..., without naming the
 * customer") and its customer named in a later sentence: a frame anchored where the deal is told.
 */
function revealedCustomerFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const buyer = parties.find((p) => REVEALED_BEFORE.test(ctx.body.slice(Math.max(info.sentence.start, p.mention.start - 40), p.mention.start)) || REVEALED_AFTER.test(ctx.body.slice(p.mention.end, p.mention.end + 60)));
  return buyer ? toldBefore(ctx, info, 'buy', 'customer', buyer) : [];
}

/** A frame between `other` and the one company of a deal told up to REVEAL_REACH sentences before, anchored there. */
function toldBefore(ctx: DealContext, info: SentenceInfo, cls: FrameClass, trigger: string, other: Party): Frame[] {
  for (let k = info.sentence.index - 1; k >= Math.max(0, info.sentence.index - REVEAL_REACH); k--) {
    const told = ctx.sentences[k];
    const named = told.parties.filter((p) => !p.brand);
    if (!named.length || !DEAL_LANGUAGE.test(told.sentence.text)) continue;
    if (named.some((p) => !sameCompany(p, named[0])) || sameCompany(named[0], other)) return [];
    const frame = makeFrame(ctx, told, cls, trigger, other, named[0]);
    return [{ ...frame, start: told.sentence.start, end: told.sentence.end }];
  }
  return [];
}

// "A $640 million contract ... has been awarded to Ridgeline. The Alliance said Monday that it had signed the
// five-year agreement": a company saying it signed the deal a sentence before told with one company is its other side.
const SIGNED_THE_DEAL_AFTER = new RegExp(
  String.raw`^(?:,[^,;.]{0,80},)?\s+(?:said|says|confirmed|announced)\s+(?:on\s+)?(?:\w+\s+)?(?:that\s+)?(?:it|they)\s+(?:had|has|have)\s+(?:signed|agreed to|awarded|finali[sz]ed)\s+(?:the|this)\s+(?:[\w$.,-]+\s+){0,3}?(?:${DEAL_NOUN})\b`,
  'i',
);

function signedTheDealFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const signer = parties.find((p) => !p.brand && SIGNED_THE_DEAL_AFTER.test(ctx.body.slice(p.mention.end, p.mention.end + 200)));
  if (!signer || parties.some((p) => !p.brand && !sameCompany(p, signer))) return [];
  return toldBefore(ctx, info, 'symmetric', 'signed the', signer);
}

// "AirTrunk has agreed to buy the output of a wind farm. The agreement with Coalfields Renewables covers 250 MW": the deal
// told with one company, then pointed back at with its other side ("The order was placed with Dell").
const DEAL_WITH_BEFORE = new RegExp(String.raw`^(?:(?:Under|As part of)\s+)?(?:The|This|That|Its|Their|the|this|its|their)\s+(?:new\s+|[\w$.-]+-year\s+|[\w$.]+\s+(?:million|billion)\s+){0,2}(?:${DEAL_NOUN})\s+(?:(?:was|were|is|has been|had been)\s+(?:placed|signed|struck|agreed|made)\s+)?with\s+(?:the\s+)?$`);

// The deal pointed back at was told by its subject, the sentence's first company ("Corvex has ordered $1.6 billion of
// servers built around Nvidia's chips"): the makers of what it buys do not count.
const TOLD_DEAL = new RegExp(String.raw`\b(?:${DEAL_NOUN}|signed|agreed|struck|inked|ordered|bought|leased|will (?:buy|lease|rent|take))\b`, 'i');

/** The trigger of a frame read from "The agreement with Y" in the sentence after the deal was told. */
export const POINTED_BACK = 'the deal with';

const TOLD_PURCHASE = /^\s+(?:[\w,'’-]+\s+){0,8}?(?:has|have|had|will|would)?\s*(?:agreed to\s+)?(?:ordered|order|bought|buy|purchased|purchase|leased|lease|rented|rent|pay|paid|took|take)\b/i;

function dealWithFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const other = parties.find((p) => !p.brand && DEAL_WITH_BEFORE.test(ctx.body.slice(info.sentence.start, p.mention.start).trimStart()));
  const told = ctx.sentences[info.sentence.index - 1];
  const subject = told?.parties.find((p) => !p.brand);
  if (!other || !subject || sameCompany(subject, other) || told.parties.some((p) => sameCompany(p, other)) || !TOLD_DEAL.test(told.sentence.text)) return [];
  // "AirTrunk has agreed to buy the output ...": a subject that buys, orders or leases is the buyer.
  const buys = TOLD_PURCHASE.test(ctx.body.slice(subject.mention.end, told.sentence.end));
  const frame = makeFrame(ctx, told, buys ? 'buy' : 'symmetric', POINTED_BACK, subject, other);
  return [{ ...frame, start: told.sentence.start, end: told.sentence.end }];
}

/** "X will backstop $1.8 billion of Y's lease obligations": X (a) and the obligor Y (b); detect.ts finds whom Y owes. */
function guaranteeFrames(ctx: DealContext, info: SentenceInfo, parties: Party[]): Frame[] {
  const frames: Frame[] = [];
  for (const b of parties) {
    const before = ctx.body.slice(Math.max(info.sentence.start, b.mention.start - 80), b.mention.start);
    const m = GUARANTEE.exec(before);
    if (!m || !OBLIGATIONS_AFTER.test(ctx.body.slice(b.mention.end, b.mention.end + 40))) continue;
    const at = b.mention.start - before.length + m.index;
    const [a] = subjectsBefore(ctx, parties, b, at, info.sentence.start).slice(-1);
    if (a) frames.push(makeFrame(ctx, info, 'guarantee', m[0].split(/\s/)[0], a, b));
  }
  return frames;
}

function makeFrame(ctx: DealContext, info: SentenceInfo, cls: FrameClass, trigger: string, a: Party, b: Party): Frame {
  const direction: Record<FrameClass, 'ab' | 'ba' | null> = {
    buy: 'ab', pay: 'ab', invest: 'ab', customer: 'ab', award: 'ab',
    supply: 'ba', funding: 'ba', win: 'ba', awarded_by: 'ba', sign_object: 'ba',
    symmetric: null, guarantee: null,
  };
  const d = direction[cls];
  return {
    cls,
    a,
    b,
    buyer: d === 'ab' ? a : d === 'ba' ? b : null,
    provider: d === 'ab' ? b : d === 'ba' ? a : null,
    sentence: info.sentence.index,
    start: a.mention.start,
    end: clauseEnd(ctx, info, b, a),
    trigger: trigger.toLowerCase(),
  };
}

/**
 * The object's clause runs to the next company (not one inside its apposition, nor a description of
 * one of the frame's own companies: "... that the landlord expects"), semicolon or sentence end.
 */
function clauseEnd(ctx: DealContext, info: SentenceInfo, b: Party, a?: Party): number {
  const own = (p: Party) => p.reference !== undefined && (sameCompany(p, b) || (a !== undefined && sameCompany(p, a)));
  const next = info.parties.find((p) => p.mention.start > b.mention.end && !isAppositive(ctx, info, p) && !own(p));
  const limit = next ? next.mention.start : info.sentence.end;
  const semi = ctx.body.indexOf(';', b.mention.end);
  const end = semi !== -1 && semi < limit ? semi : limit;
  // "buy GPUs from Nvidia, ..., and signed a lease for 20 MW from Y": a second verb of the subject starts another deal.
  COORDINATED_VERB.lastIndex = b.mention.end;
  const verb = COORDINATED_VERB.exec(ctx.body);
  return verb && verb.index < end ? verb.index : end;
}

const COORDINATED_VERB =
  /,?\s+and\s+(?:has\s+|have\s+|had\s+|also\s+)*(?:signed|agreed|struck|placed|ordered|bought|leased|rented|won|secured|inked|took|committed|will\s+(?:buy|lease|rent|take|sign|invest))\b/gi;

function prepBefore(ctx: DealContext, info: SentenceInfo, p: Party): Prep {
  return prepAt(ctx, info.sentence.start, p);
}

// "selected a consortium led by Samsung SDS": the leader stands in the consortium's slot.
const CONSORTIUM_BEFORE = /\b(?:a|an|the)\s+(?:[\w-]+\s+)?(?:consortium|group|team|joint venture|partnership)\s+(?:led|headed)\s+by\s+$/i;

/** Where the slot a company fills begins: before "a consortium led by" when it leads one, else at its name. */
function slotStart(ctx: DealContext, sentenceStart: number, p: Party): number {
  const from = Math.max(sentenceStart, p.mention.start - 60);
  const consortium = CONSORTIUM_BEFORE.exec(ctx.body.slice(from, p.mention.start));
  return consortium ? from + consortium.index : p.mention.start;
}

function prepAt(ctx: DealContext, sentenceStart: number, p: Party): Prep {
  const slot = slotStart(ctx, sentenceStart, p);
  const before = ctx.body.slice(Math.max(sentenceStart, slot - 60), slot);
  if (/\bwith\s+(?:the\s+)?(?:help|backing|support|money)\s+(?:of|from)\s+$/i.test(before)) return 'from';
  if (DIRECT_VERB_BEFORE.test(before) || INFINITIVE_BEFORE.test(before)) return 'direct';
  if (MADE_BY_BEFORE.test(ctx.body.slice(Math.max(sentenceStart, p.mention.start - 120), p.mention.start))) return 'from';
  const owner = OWNER_CLAUSE_BEFORE.exec(ctx.body.slice(Math.max(sentenceStart, p.mention.start - 100), p.mention.start));
  // What is leased or bought "at" or "on" a site that X is developing is X's to let: X stands where "from X" would.
  if (owner && OWNER_CLAUSE_AFTER.test(ctx.body.slice(p.mention.end, p.mention.end + 40))) return /^(?:at|in|on)$/i.test(owner[1]) ? 'from' : (owner[1].toLowerCase() as Prep);
  const m = PREP_BEFORE.exec(before);
  // "On Thursday Microsoft agreed", "said on Tuesday that OpenAI": a time phrase governs no company.
  if (m && !TIME_PHRASE.test(before.slice(m.index))) return m[1].toLowerCase() as Prep;
  return /\S$/.test(before.trimEnd()) && /[a-z]\s+(?:the\s+)?$/i.test(before) ? 'direct' : 'other';
}

function isObjectSlot(ctx: DealContext, info: SentenceInfo, p: Party): boolean {
  return OBJECT_PREPS.has(prepBefore(ctx, info, p));
}

function isProjectName(ctx: DealContext, p: Party): boolean {
  return /\b(?:called|named|dubbed)\s+$/i.test(ctx.body.slice(Math.max(0, p.mention.start - 20), p.mention.start));
}

/** "(Nasdaq: WULF)": a stock exchange before a ticker. */
function isExchange(ctx: DealContext, p: Party): boolean {
  return /^\s*:\s*[A-Z]{1,5}\b/.test(ctx.body.slice(p.mention.end, p.mention.end + 10));
}

// "backed by OpenAI chief executive Sam Altman": the company names a person's employer.
const PERSON_TITLE_AFTER = /^\s+(?:[Cc]o-?[Ff]ounder|[Ff]ounder|[Cc]hief [Ee]xecutive|[Cc]hief [A-Za-z]+ [Oo]fficer|CEO|CFO|CTO|[Pp]resident|[Cc]hair(?:man|woman)?|[Ss]pokes(?:person|man|woman))\s+\p{Lu}/u;

/** "Nvidia-powered capacity", "SoftBank-backed start-up", "OpenAI chief executive Sam Altman": a company modifying a noun is no party. */
function isModifier(ctx: DealContext, p: Party): boolean {
  const after = ctx.body.slice(p.mention.end, p.mention.end + 40);
  return /^-(?:powered|based|backed|made|designed|built|owned|led|linked|funded|run|supplied)\b/i.test(after) || PERSON_TITLE_AFTER.test(after);
}

/** "Core42, the G42 subsidiary,": a company inside another's apposition describes it and is no party. */
function isAppositive(ctx: DealContext, info: SentenceInfo, p: Party): boolean {
  const i = info.parties.indexOf(p);
  if (i < 1) return false;
  const gap = ctx.body.slice(info.parties[i - 1].mention.end, p.mention.start);
  const after = ctx.body.slice(p.mention.end, p.mention.end + 40);
  // "Humain, the AI company owned by Saudi Arabia's Public Investment Fund, will buy": the owner describes Humain.
  if (/^,\s+(?:the|a|an)\s+[^,;]{0,60}?\b(?:owned|backed|controlled|founded|run|funded|spun out|majority-owned)\s+(?:by|of|from)\s+$|^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:unit|subsidiary|division|arm|affiliate)\s+of\s+$/i.test(gap)) return true;
  return /^,\s+(?:the|a|an)\s+$/i.test(gap) && /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:subsidiary|unit|arm|division|affiliate|spin-?off|parent)\b/i.test(after);
}

/** "a project called Stargate UK", "customers such as Cursor": names, not parties. */
function isNamedExample(ctx: DealContext, p: Party): boolean {
  return NAMED_BEFORE.test(ctx.body.slice(Math.max(0, p.mention.start - 40), p.mention.start));
}

const LIST_GAP = /^\s*,\s*(?:and\s+)?$|^\s*,?\s+and\s+$/;

/** The first name of a list ("Vistra" in "with Vistra, TerraPower and Oklo"). */
function opensList(ctx: DealContext, info: SentenceInfo, p: Party): boolean {
  const i = info.parties.indexOf(p);
  return i === 0 || !LIST_GAP.test(ctx.body.slice(info.parties[i - 1].mention.end, p.mention.start));
}

/** The frame repeated for each later member of the list its object opens: they share its verb. */
const OWN_VERB_AFTER = /^(?:['’]s)?\s+(?:also\s+)?(?:has|have|had|will|would|is|was|agreed|agrees|signed|signs|said|says|plans|struck|inked)\b/i;

function listedAfter(ctx: DealContext, info: SentenceInfo, f: Frame): Frame[] {
  const out: Frame[] = [];
  for (let i = info.parties.indexOf(f.b) + 1; i > 0 && i < info.parties.length; i++) {
    const prev = info.parties[i - 1];
    const p = info.parties[i];
    // "invest in Quorra AI, and Quorra agreed to spend ...": a name repeated, or followed by its own verb, opens a clause.
    if (!LIST_GAP.test(ctx.body.slice(prev.mention.end, p.mention.start)) || sameCompany(p, f.a) || sameCompany(p, f.b)) break;
    if (OWN_VERB_AFTER.test(ctx.body.slice(p.mention.end, p.mention.end + 30))) break;
    const buyer = f.buyer === f.b ? p : f.buyer;
    const provider = f.provider === f.b ? p : f.provider;
    out.push({ ...f, b: p, buyer, provider, end: clauseEnd(ctx, info, p, f.a), listed: true });
  }
  return out;
}

/** "with Nvidia, Broadcom, Oracle, Microsoft ...": a list of three or more names, or two and "others". */
function isListMember(ctx: DealContext, info: SentenceInfo, p: Party): boolean {
  const i = info.parties.indexOf(p);
  let run = 1;
  for (let j = i; j > 0; j--) {
    const gap = ctx.body.slice(info.parties[j - 1].mention.end, info.parties[j].mention.start);
    if (!LIST_GAP.test(gap)) break;
    run++;
  }
  for (let j = i; j + 1 < info.parties.length; j++) {
    const gap = ctx.body.slice(info.parties[j].mention.end, info.parties[j + 1].mention.start);
    if (!LIST_GAP.test(gap)) break;
    run++;
  }
  return run >= 3 || (run === 2 && /^\s*,?\s+and (?:others|other\b)/.test(ctx.body.slice(p.mention.end, p.mention.end + 20)));
}
