// What a figure means, read from the words around it. Strong cues ("combined", "could reach",
// "first tranche", a conversion in parentheses) hold even inside a deal's own clause and over a
// topical word nearer the figure; topical cues ("revenue", "capital expenditure", "target") hold
// only outside a deal's clause, and the nearest one wins.
import type { DealContext } from './context';
import { CLOSED_RELATIVE, INVESTOR_PART } from './cues';
import type { FigureRole, QuantityMention } from '../types';

export interface FigureCue {
  role: FigureRole;
  strong: boolean;
}

interface Rule {
  role: FigureRole;
  strong: boolean;
  kinds?: readonly QuantityMention['kind'][];
  /** Tested on the words just before the figure. */
  before?: RegExp;
  /** Tested on the words just after the figure. */
  after?: RegExp;
  /** Tested on the figure's clause. */
  clause?: RegExp;
  /** Tested on the words just before the figure: when it matches, the rule does not apply. */
  unless?: RegExp;
  /** Only a figure written without a scale ("$118.42", "400,000 won"; not "$5 billion"). */
  unscaled?: boolean;
  /** Every test given must match (the figure sits inside one phrase), not any one of them. */
  allOf?: boolean;
}

const MONEY: readonly QuantityMention['kind'][] = ['money'];
const SCALED = /\b(?:thousand|million|billion|trillion|bn|mn|mln|bln|crore|lakh)\b|\d\s?(?:[kmb]|tn)\b/i;
const POWER: readonly QuantityMention['kind'][] = ['power'];
const TIME: readonly QuantityMention['kind'][] = ['duration'];

const BUILDOUT = String.raw`(?:[\w-]+ ){0,3}?(?:data cent(?:re|er)s|infrastructure|sites|capacity|ai)\b`;
const CAPEX = new RegExp(
  String.raw`\b(?:capital (?:expenditures?|spending)|capex|(?:spend(?:ing)?|spent)\b[^;]{0,80}?\b(?:on|in) (?:its own |new )?${BUILDOUT}` +
    String.raw`|go(?:es)? (?:on|to|into|towards) (?:its own |new )?${BUILDOUT}|commit\w*\b[^;]{0,30}\bto (?:new |additional )?${BUILDOUT}` +
    String.raw`|invest(?:ment|ed)?\b[^;]{0,40}\bin (?:britain|the uk|canada|france|germany|india|japan|europe|the country|the (?:us|united states))\b` +
    String.raw`|(?:UK|US|British|American|European|French|German|Canadian|Indian|Japanese|domestic|local) (?:investments?|spending)\b` +
    String.raw`|will have invested|pledge[sd]?|expenses?|outlined [^.]{0,20}spending|of spending|(?:largest|biggest) private-sector investment)\b`,
  'i',
);

// Order matters: the first rule that matches gives the role.
const RULES: readonly Rule[] = [
  { role: 'conversion', strong: true, kinds: MONEY, before: /\((?:about|roughly|around|some|approximately|or|nearly)?\s*$|\bexchange rates?\b[^.]{0,60}$/i },
  { role: 'share_price', strong: true, kinds: MONEY, after: /^\s*(?:per|a) share\b/i },
  { role: 'share_price', strong: true, kinds: MONEY, before: /\b(?:shares?|stock)\b[^.$]{0,90}\b(?:at|to)\s*(?:about |around |roughly |nearly |almost |more than |over |just over |just under )?$|\bprice (?:hurdles?|thresholds?)\b[^.]{0,40}$/i, after: /^\s*(?:threshold|hurdle)\b/i },
  // "Nvidia fell 17% to close at $118.42", "Vistra rose 4.8% to $168.20", "At Monday's close of $203.71": a price
  // moved by a percentage or quoted at the close is a share's, when written without a scale (revenue moves in billions).
  { role: 'share_price', strong: true, kinds: MONEY, unscaled: true, before: /(?:\d\s?(?:%|per ?cent)[^.;$]{0,40}?\b(?:to|at)\s+(?:close at\s+|a (?:record|high|low)\s+(?:of\s+|above\s+|near\s+)?)?|\bclos(?:e|ed|ing)\s+(?:\w+\s+){0,3}?(?:at|of)\s+)(?:about |around |roughly |nearly |almost |just )?$/i },
  { role: 'market_cap', strong: true, kinds: MONEY, before: /\bmarket (?:value|cap(?:itali[sz]ation)?)\b[^.]{0,40}$/i },
  { role: 'valuation', strong: true, kinds: MONEY, after: /^\s*(?:post-money |pre-money )?valuation\b/i, before: /(?:\bvaluation of\s*$|(?<!(?:deal|contract|agreement|project|lease|arrangement|transaction)\b[^.]{0,25})\bvalu(?:ing|es)\s+(?!(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?(?:deal|contract|agreement|lease|arrangement|transaction|order|pact)s?\b)(?:[\w'’-]+\s+){1,4}?at\s+(?:about |around |roughly |more than |some )?$|\bat a valuation of (?:about |around |roughly )?$|(?<!(?:deal|contract|agreement|project|lease|arrangement|transaction)\b[^.]{0,25})(?<!^\s*(?:It|This|That)\s+(?:is|was|would be|will be|has been)\s+)(?<!\b(?:deal|contract|agreement|lease|arrangement|transaction|memorandum|mou|order|pact)s?,?\s+(?:which|that)\s+(?:[\w'’-]+\s+){0,4})\bvalued (?:it )?at\s+(?:about |around |roughly |more than |some )?$)/i },
  // Deadlines, rights, licences and a company's age are lengths of time, never a deal's term.
  { role: 'other', strong: true, kinds: TIME, before: /\bwithin\s+(?:the\s+)?(?:next\s+|first\s+)?$|\b(?:deploy(?:ments?|ed)|deliver(?:y|ies|ed)|roll-?outs?|rolled out|construction|build-?out)\b[^.,;]{0,25}$|\b(?:rights?|licen[cs]es?)\b[^.,;]{0,60}$/i },
  { role: 'other', strong: true, kinds: MONEY, after: /^\s+to (?:the |his |her |their )?(?:[\w-]+ )?(?:fortune|net worth|wealth)\b/i },
  { role: 'other', strong: true, kinds: TIME, after: /^\s+(?:history|old)\b|^\s+(?:it|that|the company|they)\s+(?:has|have)\s+(?:operated|existed|been)\b/i },
  // "a fund with about $80 billion in assets under management", "which manages $60 billion": the size of a party, not a deal's figure.
  { role: 'other', strong: true, kinds: MONEY, after: /^\s+(?:of\s+|in\s+)?(?:(?:client|customer|managed)\s+)?(?:assets\s+)?under management\b/i, before: /\b(?:manag(?:es|ed|ing)|oversees|oversaw|overseeing)\s+(?:about |around |roughly |some |more than |nearly |over |almost )?$/i },
  { role: 'other', strong: true, kinds: MONEY, before: /\bwith\s+(?:about |around |roughly |some |more than |nearly |over |almost )?$/i, after: /^\s+(?:in|of)\s+(?:managed\s+)?assets\b/i, allOf: true },
  // Charity and taxes are neither revenue nor spending on the business.
  { role: 'other', strong: true, clause: /\b(?:charit\w*|donations?|philanthrop\w*)\b|\b(?:in|of) (?:[\w-]+ ){0,2}tax(?:es| revenues?)\b/i },
  // A site's size ("a 300 MW campus", "designed for 750 megawatts") is not what a deal contracts.
  { role: 'site_capacity', strong: true, kinds: POWER, before: /\b(?:designed|built|sized) for\s+(?:about |around |roughly |up to |more than |nearly )?$/i },
  // "three sites, each expected to generate 600 megawatts", "racks that draw 1.4 megawatts each": a unit's size.
  { role: 'other', strong: true, kinds: POWER, before: /(?<!\b(?:years?|months?|decades?)\s+)\beach\b[^.,;]{0,40}$/i, after: /^\s+(?:each|apiece|per (?:site|unit|rack|reactor|building))\b/i },
  { role: 'aggregate_commitments', strong: true, before: /(?<!\b(?:apiece|each|a share|per share)\b[^.;]{0,30})\b(?:combined|in total|total(?:ing|ling)?|totals?|altogether|aggregate|package|bringing (?:its|the|their) total [^.]{0,40}to|total value of [^.]{0,40}to|taking the total [^.]{0,40}to)\s+(?:of\s+)?(?:about |some |more than |roughly |around |nearly |up to |a )?$/i, after: /^\s*(?:in total|package|in (?:total )?(?:commitments|pledges))\b|^[^.]{0,30}\bin total\b|^\s+of (?:[\w-]+ ){0,3}commitments\b/i },
  { role: 'aggregate_commitments', strong: true, clause: /\b(?:total (?:recent )?commitments|commitments (?:to|totaling|of)|in total|\b(?!revenue\b)[a-z]+ under contract)\b/i, kinds: MONEY },
  { role: 'option_ceiling', strong: true, before: /\b(?:could (?:reach|rise|grow)|could (?:lift|take|bring|push|raise) (?:[\w-]+ ){0,3}?to|would (?:rise|reach|grow)|option (?:on|for|to)[^.]{0,60}|if all are exercised[^.]{0,40})\s*(?:to\s+)?(?:about |approximately |roughly |up to )?$/i },
  { role: 'option_ceiling', strong: true, clause: /\b(?:options? (?:to|for|on)|(?:extension|renewal) options?|if [^.]{0,40} (?:takes? up|exercises?) options?|if all are exercised|could reach|next expansion)\b/i },
  { role: 'tranche', strong: true, before: /\b(?:first|initial|second|final)\s+(?:(?:tranche|phase|installment|instalment|block)\s+(?:(?:of|is|was|will be|would be)\s+)?)?(?:about |approximately |roughly )?$/i, kinds: MONEY },
  // "The initial investment is $1.25 billion": a step of the deal when said apart from it; "backed by an initial investment of €10 billion" states the deal.
  { role: 'tranche', strong: false, before: /\b(?:first|initial)\s+(?:investment|payment)\s+(?:of|is|was|will be)\s+(?:about |approximately |roughly )?$/i, kinds: MONEY },
  // Steps named before the figures are the steps ("ramp up in steps: 840 MW by 2029"); "300 MW in two phases" is the whole.
  { role: 'tranche', strong: true, kinds: POWER, before: /\b(?:first|second|initial) (?:tranche|phase|installment|instalment)\b[^.]{0,40}$|\b(?:ramp(?:s|ing)? up|in (?:two |three |several )?(?:steps|stages|phases))\b[^.]{0,150}$/i },
  { role: 'tranche', strong: true, after: /^[\s-]*(?:phase|tranche)\b/i },
  // "with Nvidia committing $250 million as lead investor": an investor's own part of a round is its deal, not the round.
  { role: 'funding_round', strong: true, unless: new RegExp(String.raw`\b(?:${INVESTOR_PART})\s+(?:about |around |roughly |some |up to |more than |nearly |another |a further )?$`, 'i'), after: /^\s+(?:series [a-h]\w? |seed |funding |financing )?round\b/i, clause: /\b(?:funding|financing|series [a-h]\w?|seed) round\b|\brais(?:e|es|ed|ing)\b(?!\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|guidance|outlook|targets?|estimates?|prices?|stakes?|expectations?)\b)|\bconvertible notes?\b|\boffering\b|\bhoped to raise\b|\bof (?:equity|debt)\b/i, kinds: MONEY },
  { role: 'cost_estimate', strong: true, clause: /\b(?:costs? (?:between|about|roughly|of)|requires? roughly|per (?:gigawatt|megawatt|gw|mw)|analysts? (?:put|estimate)|(?:analyst|analysts) [^.]{0,30}(?:put|estimated?)|estimates? (?:total )?(?:project )?costs?|yardstick|rules? of thumb|corresponds? to|equates? to)\b/i },
  // After the estimates: "a 1-gigawatt data centre requires roughly $35 billion" is a rule of thumb.
  { role: 'site_capacity', strong: true, kinds: POWER, after: /^(?:-|\s+)(?:(?!(?:of|at|in|on|to|for|from|by|with|and|or)\b)[\w-]+\s+){0,3}?(?:site|campus|plant|facility|station|unit|reactor|module|turbine|data cent(?:re|er))s?\b/i },
  { role: 'restatement', strong: true, kinds: MONEY, clause: /\baverage\b|\bworks out to\b/i },
  { role: 'target', strong: false, kinds: MONEY, before: /\b(?:projects?|projecting|projected|forecasts?|targets?|targeting|aims? (?:for|at)|goal)\s+(?:of\s+)?(?:revenue of\s+)?(?:about |around |roughly |more than |nearly )?(?:\S+ (?:[mb]illion|trillion) to\s+)?$/i },
  { role: 'quarterly_loss', strong: false, kinds: MONEY, clause: /\bquarterly loss|\bnet loss\b[^.]{0,40}\bquarter|\blosses?\b[^.]{0,30}\bquarter|\bquarterly losses\b/i },
  { role: 'loss', strong: false, kinds: MONEY, clause: /\b(?:loss(?:es)?|lost|burn(?:ing)?|spending about)\b/i },
  { role: 'revenue', strong: false, kinds: MONEY, clause: /\b(?:revenue|sales|run-rate|turnover|performance obligations|backlog)\b/i },
  { role: 'profit', strong: false, kinds: MONEY, clause: /\b(?:profit|earnings|net income|operating income|cash flow|ebitda)\b/i },
  { role: 'other_deal', strong: false, kinds: MONEY, after: /^\s+(?:of|in)\s+(?:[\w-]+\s+){0,2}assets\b/i },
  { role: 'capex_plan', strong: false, kinds: MONEY, after: /^\s+(?:of|in) (?:new )?(?:investment|capital spending|capital expenditure)\b/i },
  { role: 'capex_plan', strong: false, kinds: MONEY, clause: CAPEX },
  // "will spend about $120 million upgrading turbines": money spent doing work of one's own.
  { role: 'capex_plan', strong: false, kinds: MONEY, after: /^\s+(?:on\s+)?(?:upgrading|building|expanding|developing|constructing|refurbishing|moderni[sz]ing|retrofitting|repowering|adding)\b/i },
  { role: 'capex_plan', strong: false, kinds: TIME, clause: /\b(?:spend|spent|invest|pledge)\w*\b/i },
  { role: 'target', strong: false, kinds: POWER, before: /\b(?:grow|expand|increas|scal|rais)\w*\b[^.]{0,40}\bto\s+(?:about |around |roughly |up to |more than |nearly )?$|\bto reach\s+(?:about |around |more than )?$/i },
  { role: 'site_capacity', strong: false, kinds: POWER, clause: /\b(?:site|campus|plant|facility|station|fleet|sites|nameplate|designed for|in total|unit)\b/i },
  { role: 'target', strong: false, clause: /\b(?:targets?|targeting|aims?|goal|by (?:the end of )?20\d\d|plans to grow|grow (?:that site |it )?to|projects? (?:revenue|sales)|projected|projections?|forecasts?|proposals?)\b/i },
];

/** The cue-based role of one figure, or null where the words around it say nothing. */
export function cueRole(ctx: DealContext, q: QuantityMention): FigureCue | null {
  if (q.kind === 'money' && q.equivalent_of !== undefined) return { role: 'conversion', strong: true };
  const earlier = previousLevel(ctx, q);
  if (earlier) return cueRole(ctx, earlier);
  const sentence = ctx.sentences[q.sentence]?.sentence;
  const sStart = sentence ? sentence.start : 0;
  const sEnd = sentence ? sentence.end : ctx.body.length;
  const before = ctx.body.slice(Math.max(sStart, q.start - 160), q.start);
  // Words after the figure belong to it only up to the next clause ("through 2031, and Meta has an option ...").
  const after = upTo(ctx.body.slice(q.end, Math.min(sEnd, q.end + 80)), CLAUSE_BREAK);
  // The nearest words decide first: "$12 billion in quarterly losses against $13 billion annualized revenue".
  const noun = upTo(after, PHRASE_BREAK);
  const near = fromLast(wordsFrom(ctx.body, Math.max(sStart, q.start - 30), q.start), CLAUSE_BREAK_BEFORE) + q.text + after.slice(0, 30);
  const windows = [noun, near, clauseAround(ctx.body, q, sStart, sEnd)];
  // Strong cues (an analyst's estimate, an option) hold over a topical word nearer the figure.
  for (const strong of [true, false]) {
    // "a $10 billion cloud deal": the figure names a deal; topical words around it describe something else.
    if (!strong && DEAL_NOUN_NEXT.test(noun)) return null;
    for (const w of windows) {
      const cue = matchRules(q, before, after, w, strong);
      if (cue) return cue;
    }
  }
  return null;
}

/** "raised its forecast to $85 billion from $75 billion": the earlier level of the same figure, which shares its role. */
function previousLevel(ctx: DealContext, q: QuantityMention): QuantityMention | null {
  const i = ctx.quantities.indexOf(q);
  const prev = i > 0 ? ctx.quantities[i - 1] : null;
  if (!prev || prev.kind !== q.kind || !/^\s+from\s+$/i.test(ctx.body.slice(prev.end, q.start))) return null;
  return /\bto\s+$/i.test(ctx.body.slice(Math.max(0, prev.start - 6), prev.start)) ? prev : null;
}

const DEAL_NOUN_NEXT = /^\s*(?:(?!of\b|in\b)[\w-]+\s+){0,2}?(?:deals?|contracts?|agreements?|pacts?|leases?|ppas?|arrangements?)\b/i;
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|with|which|whereas|although|though)\b|\s(?:while|whereas)\s/i;
const CLAUSE_BREAK_BEFORE = /(?:;|,\s+(?:and|but|while|whereas|although|though))\s+/gi;
const PHRASE_BREAK = /[,;()]|\s(?:and|but|while|whereas|against|versus|compared|at|from|to|by|for|over|after|before|when|as|which|that)\s/i;

function upTo(text: string, stop: RegExp): string {
  const i = text.search(stop);
  return i === -1 ? text : text.slice(0, i);
}

function fromLast(text: string, breaks: RegExp): string {
  let from = 0;
  for (const m of text.matchAll(breaks)) from = m.index + m[0].length;
  return text.slice(from);
}

function matchRules(q: QuantityMention, before: string, after: string, clause: string, strong: boolean): FigureCue | null {
  for (const rule of RULES) {
    if (rule.strong !== strong || (rule.kinds && !rule.kinds.includes(q.kind)) || rule.unless?.test(before)) continue;
    if (rule.unscaled && SCALED.test(q.text)) continue;
    const tests = [rule.before?.test(before), rule.after?.test(after), rule.clause?.test(clause)].filter((t) => t !== undefined);
    if (rule.allOf ? tests.every((t) => t) : tests.some((t) => t)) return { role: rule.role, strong: rule.strong };
  }
  return null;
}

/** The words of the figure's clause: from the last clause break (or a comma well before) to the next break. */
function clauseAround(body: string, q: QuantityMention, sStart: number, sEnd: number): string {
  const left = body.slice(sStart, q.start);
  const strong = left.length - fromLast(left, CLAUSE_BREAK_BEFORE).length;
  // "Quorra, which has raised $5 billion, signed a $2 billion contract": a closed relative clause describes the subject.
  let relative = 0;
  for (const m of left.matchAll(CLOSED_RELATIVE)) relative = m.index + m[0].length;
  const cut = Math.max(strong, relative, left.search(/,[^,]*$/) - 60);
  const from = cut > 0 ? sStart + cut : sStart;
  const right = body.slice(q.end, sEnd);
  const hard = right.search(CLAUSE_BREAK);
  const soft = right.search(/[;,](?!\d)/);
  const stop = soft === -1 ? right.length : Math.max(soft, 40);
  return wordsFrom(body, from, q.end + (hard === -1 ? stop : Math.min(hard, stop)));
}

/** body[from, to) without a word cut in half at its start ("venue under contract"). */
function wordsFrom(body: string, from: number, to: number): string {
  let i = from;
  while (i < to && /\w/.test(body[i - 1] ?? '') && /\w/.test(body[i])) i++;
  return body.slice(i, to);
}
