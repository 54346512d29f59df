// What a figure means, read from the words around it. Strong cues ("combined", "could reach",
// "first tranche", a conversion in parentheses) hold even inside a deal's own clause; topical
// cues ("revenue", "capital expenditure", "target") hold only outside it.
import type { DealContext } from './context';
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
}

const MONEY: readonly QuantityMention['kind'][] = ['money'];
const POWER: readonly QuantityMention['kind'][] = ['power'];
const TIME: readonly QuantityMention['kind'][] = ['duration'];

// Order matters: the first rule that matches gives the role.
const RULES: readonly Rule[] = [
  { role: 'conversion', strong: true, kinds: MONEY, before: /\((?:about|roughly|around|some|approximately|or|nearly)?\s*$|\bexchange rates?\b[^.]{0,60}$/i },
  { role: 'share_price', strong: true, kinds: MONEY, after: /^\s*(?:per|a) share\b/i },
  { role: 'share_price', strong: true, kinds: MONEY, before: /\b(?:shares?|stock)\b[^.$]{0,60}\b(?:at|to)\s*$|\bprice (?:hurdles?|thresholds?)\b[^.]{0,40}$/i, after: /^\s*(?:threshold|hurdle)\b/i },
  { role: 'market_cap', strong: true, kinds: MONEY, before: /\bmarket (?:value|cap(?:itali[sz]ation)?)\b[^.]{0,40}$/i },
  { role: 'valuation', strong: true, kinds: MONEY, before: /(?:\bvaluation of\s*$|\bat a valuation of (?:about |around |roughly )?$|(?<!(?:deal|contract|agreement|project|lease|arrangement|transaction)\b[^.]{0,25})\bvalued (?:it )?at\s+(?:about |around |roughly |more than |some )?$)/i },
  { role: 'aggregate_commitments', strong: true, before: /\b(?:combined|in total|total(?:ing|ling)?|totals?|altogether|aggregate|package|bringing (?:its|the|their) total [^.]{0,40}to|total value of [^.]{0,40}to|taking the total [^.]{0,40}to|nearly)\s+(?:of\s+)?(?:about |some |more than |roughly |around |nearly |up to |a )?$/i, after: /^\s*(?:in total|package|in (?:total )?(?:commitments|pledges))\b|^[^.]{0,30}\bin total\b/i },
  { role: 'aggregate_commitments', strong: true, clause: /\b(?:total (?:recent )?commitments|commitments (?:to|totaling|of)|in total|under contract)\b/i, kinds: MONEY },
  { role: 'option_ceiling', strong: true, before: /\b(?:could (?:reach|rise|grow)|would (?:rise|reach|grow)|option (?:on|for|to)[^.]{0,60}|if all are exercised[^.]{0,40})\s*(?:to\s+)?(?:about |approximately |roughly |up to )?$/i },
  { role: 'option_ceiling', strong: true, clause: /\b(?:options? (?:to|for|on)|extension options?|if [^.]{0,40} (?:takes? up|exercises?) options?|if all are exercised|could reach|next expansion)\b/i },
  { role: 'tranche', strong: true, before: /\b(?:first|initial|second|final)\s+(?:tranche|phase|installment|instalment|block)?\s*(?:of\s+)?(?:about |approximately |roughly )?$/i, kinds: MONEY },
  { role: 'tranche', strong: true, clause: /\b(?:first|second|initial) (?:tranche|phase|installment|instalment)\b|\bramp(?:s|ing)? up\b|\bin (?:two |several )?(?:steps|stages|phases)\b/i, kinds: POWER },
  { role: 'tranche', strong: true, after: /^[\s-]*(?:phase|tranche)\b/i },
  { role: 'funding_round', strong: true, clause: /\b(?:funding|financing) round\b|\braised?\b|\braising\b|\bconvertible notes?\b|\boffering\b|\bhoped to raise\b|\bof (?:equity|debt)\b/i, kinds: MONEY },
  { role: 'cost_estimate', strong: true, clause: /\b(?:costs? (?:between|about|roughly|of)|requires? roughly|rule of thumb|per (?:gigawatt|megawatt|gw|mw)|analysts? (?:put|estimate)|(?:analyst|analysts) [^.]{0,30}(?:put|estimated?)|estimates? (?:total )?(?:project )?costs?|yardstick)\b/i },
  { role: 'restatement', strong: true, kinds: MONEY, after: /^\s*(?:a|per) (?:year|month|quarter)\b/i, clause: /\baverage\b|\bworks out to\b/i },
  { role: 'quarterly_loss', strong: false, kinds: MONEY, clause: /\bquarterly loss|\bnet loss\b[^.]{0,40}\bquarter|\blosses?\b[^.]{0,30}\bquarter|\bquarterly losses\b/i },
  { role: 'loss', strong: false, kinds: MONEY, clause: /\b(?:loss(?:es)?|lost|burn(?:ing)?|spending about)\b/i },
  { role: 'revenue', strong: false, kinds: MONEY, clause: /\b(?:revenue|sales|run-rate|turnover|performance obligations|backlog)\b/i },
  { role: 'profit', strong: false, kinds: MONEY, clause: /\b(?:profit|earnings|net income|operating income|cash flow|ebitda)\b/i },
  { role: 'capex_plan', strong: false, kinds: MONEY, clause: /\b(?:capital (?:expenditure|spending)|capex|spend(?:ing)?\b[^.]{0,50}\b(?:on|in) (?:its own |new )?(?:data cent(?:re|er)s|infrastructure|sites|ai)|invest(?:ment|ed)?\b[^.]{0,40}\bin (?:britain|the uk|canada|france|germany|india|japan|europe|the country|the (?:us|united states))\b|will have invested|pledge[sd]?|expenses?|outlined [^.]{0,20}spending|of spending|(?:largest|biggest) private-sector investment)\b/i },
  { role: 'capex_plan', strong: false, kinds: TIME, clause: /\b(?:spend|invest|pledge)\w*\b/i },
  { role: 'site_capacity', strong: false, kinds: POWER, clause: /\b(?:site|campus|plant|facility|station|fleet|sites|nameplate|designed for|in total|unit)\b/i },
  { role: 'target', strong: false, clause: /\b(?:targets?|targeting|aims?|goal|by (?:the end of )?20\d\d|plans to grow|grow (?:that site |it )?to|projects?|forecasts?|proposals?)\b/i },
];

/** The cue-based role of one figure, or null where the words around it say nothing. */
export function cueRole(ctx: DealContext, q: QuantityMention): FigureCue | null {
  if (q.kind === 'money' && q.equivalent_of !== undefined) return { role: 'conversion', strong: true };
  const sentence = ctx.sentences[q.sentence]?.sentence;
  const sStart = sentence ? sentence.start : 0;
  const sEnd = sentence ? sentence.end : ctx.body.length;
  const before = ctx.body.slice(Math.max(sStart, q.start - 80), q.start);
  const after = ctx.body.slice(q.end, Math.min(sEnd, q.end + 60));
  // The nearest words decide first: "$12 billion in quarterly losses against $13 billion annualized revenue".
  const near = ctx.body.slice(Math.max(sStart, q.start - 30), Math.min(sEnd, q.end + 30));
  const noun = ctx.body.slice(q.end, Math.min(sEnd, q.end + 25));
  return (
    matchRules(q, before, after, noun) ??
    matchRules(q, before, after, near) ??
    matchRules(q, before, after, clauseAround(ctx.body, q, sStart, sEnd))
  );
}

function matchRules(q: QuantityMention, before: string, after: string, clause: string): FigureCue | null {
  for (const rule of RULES) {
    if (rule.kinds && !rule.kinds.includes(q.kind)) continue;
    const tests = [rule.before?.test(before), rule.after?.test(after), rule.clause?.test(clause)];
    if (tests.some((t) => t === true)) return { role: rule.role, strong: rule.strong };
  }
  return null;
}

/** The words of the figure's clause: from the last comma-free boundary to the next one. */
function clauseAround(body: string, q: QuantityMention, sStart: number, sEnd: number): string {
  const left = body.slice(sStart, q.start);
  const cut = Math.max(left.lastIndexOf(';'), left.lastIndexOf(':'), left.search(/,[^,]*$/) - 60);
  const from = cut > 0 ? sStart + cut : sStart;
  const right = body.slice(q.end, sEnd);
  const stop = right.search(/[;,](?!\d)/);
  const to = stop === -1 ? sEnd : q.end + Math.max(stop, 40);
  return body.slice(from, Math.min(sEnd, to));
}
