// Who buys and who provides. Verb frames vote first ("X will buy from Y", "Y will supply X",
// "X invests in Y"); then single-company cues in the deal's sentences ("Microsoft will buy the
// plant's output"); the companies' kinds only break ties (a lab buys from a cloud or chip maker).
import type { OrganizationKind } from '../orgs';
import { namedAsAiBuilder, namedAsCloud, sameCompany, type DealContext, type Party } from './context';
import type { Candidate } from './detect';
import { CLAUSE_CHAR, SUPPLY_INFINITIVE } from './cues';
import { readsAsPower } from './kind';

export interface Direction {
  buyer: Party;
  provider: Party;
  reasons: string[];
}

// How provider-like each kind is: investors and labs pay; utilities and chip makers supply.
const PROVIDER_RANK: Record<OrganizationKind, number> = {
  sovereign: 0, investor: 0, lab: 1, other: 2, hyperscaler: 2, network: 3, cloud: 3,
  neo_cloud: 4, data_center: 4, chip_maker: 4, energy: 5, utility: 5,
};

const POWER_CONSUMERS = new Set<OrganizationKind>(['hyperscaler', 'lab', 'cloud', 'neo_cloud', 'data_center', 'chip_maker', 'network']);

const BUYER_AFTER = new RegExp(
  String.raw`^(?:['’]s)?${CLAUSE_CHAR}{0,30}?\b(?:will|would|to|has agreed to|agreed to|is to|can)\s+(?:also\s+)?(?:buy|purchase|use|get|take|rent|pay|tap|spend)\b`,
  'i',
);
const PROVIDER_AFTER = new RegExp(
  String.raw`^(?:['’]s)?${CLAUSE_CHAR}{0,30}?\b(?:will|would|to|has agreed to|agreed to)\s+(?:also\s+)?(?:supply|provide|deliver|build and lease|lease|host|serve|sell)\b`,
  'i',
);
// "with data centre operator Aligned": a role written before the name leaves it the preposition's object.
const OBJECT_BEFORE = /\b(?:with|from|to|for|of|on|in|into|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$/i;
const OWN_SITE_AFTER = /^[^.]{0,160}\bat its\s+(?:[\w-]+\s+){0,4}(?:campus|site|facility|data cent(?:re|er))/i;

export function resolveDirection(ctx: DealContext, cand: Candidate, sentences: number[]): Direction {
  let score = 0; // > 0: a is the buyer
  const reasons: string[] = [];
  for (const f of cand.frames) {
    if (f.buyer) score += sameCompany(f.buyer, cand.a) ? 2 : -2;
    else if (purposeSide(ctx, f) !== 0) score += purposeSide(ctx, f) * (sameCompany(f.a, cand.a) ? 1 : -1);
    else if (OWN_SITE_AFTER.test(ctx.body.slice(f.b.mention.end, f.end + 160))) score += sameCompany(f.a, cand.a) ? -1 : 1;
  }
  if (score !== 0) reasons.push('direction from verb frame');
  const cueScore = singlePartyVotes(ctx, cand, sentences);
  score += cueScore;
  if (cueScore !== 0) reasons.push('direction from the deal sentences');
  if (score === 0) {
    // "Adani Green signed a power supply agreement with Google": in a power deal the technology company takes the power.
    const consumes = (p: Party) => p.kind !== null && POWER_CONSUMERS.has(p.kind);
    const anchor = cand.frames.map((f) => ctx.sentences[f.sentence].sentence.text).join(' ');
    if (readsAsPower(anchor) && consumes(cand.a) !== consumes(cand.b)) {
      reasons.push('direction from a power deal: the technology company buys');
      return consumes(cand.a) ? { buyer: cand.a, provider: cand.b, reasons } : { buyer: cand.b, provider: cand.a, reasons };
    }
    const prior = kindPrior(cand.a) - kindPrior(cand.b);
    score = prior === 0 ? 0 : -Math.sign(prior);
    if (prior !== 0) reasons.push('direction from company kinds');
  }
  if (score === 0) reasons.push('direction unclear: subject taken as buyer');
  return score >= 0
    ? { buyer: cand.a, provider: cand.b, reasons }
    : { buyer: cand.b, provider: cand.a, reasons };
}

// "X signed leases with Y to deliver 250 MW": the purpose clause's subject is the signer X.
// A bare "to lease 40 MW" does not say who lets: only "to lease ... to"/"out" does.
const PURPOSE_SUPPLY = new RegExp(String.raw`^${CLAUSE_CHAR}{0,40}?\bto\s+(?:${SUPPLY_INFINITIVE}|sell|lease\b${CLAUSE_CHAR}{0,60}?\b(?:to|out)\b)`, 'i');
const PURPOSE_BUY = new RegExp(String.raw`^${CLAUSE_CHAR}{0,40}?\bto\s+(?:buy|purchase|use|rent|take|access|secure|procure)\b`, 'i');

/** For a frame without direction: +1 when its subject buys, -1 when it supplies, 0 when the words do not say. */
function purposeSide(ctx: DealContext, f: Candidate['frames'][number]): number {
  const after = ctx.body.slice(f.b.mention.end, f.end);
  if (PURPOSE_BUY.test(after)) return 1;
  // "Kenya's government signed a deal with Orbis Cloud to build a data centre": a government commissions, the company builds.
  return PURPOSE_SUPPLY.test(after) && f.a.kind !== 'sovereign' ? -1 : 0;
}

function singlePartyVotes(ctx: DealContext, cand: Candidate, sentences: number[]): number {
  let score = 0;
  for (const s of sentences) {
    for (const p of ctx.sentences[s].parties) {
      const side = sameCompany(p, cand.a) ? 1 : sameCompany(p, cand.b) ? -1 : 0;
      if (side === 0 || OBJECT_BEFORE.test(ctx.body.slice(Math.max(0, p.mention.start - 40), p.mention.start))) continue;
      const after = ctx.body.slice(p.mention.end, Math.min(ctx.sentences[s].sentence.end, p.mention.end + 80));
      if (BUYER_AFTER.test(after)) score += side;
      if (PROVIDER_AFTER.test(after)) score -= side;
    }
  }
  return score;
}

function kindPrior(p: Party): number {
  if (p.kind) return PROVIDER_RANK[p.kind];
  if (namedAsCloud(p)) return PROVIDER_RANK.cloud;
  return namedAsAiBuilder(p) ? PROVIDER_RANK.lab : 2;
}
