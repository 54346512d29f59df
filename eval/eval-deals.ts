// Scores the deal extractor on the deal corpus.
//   npm run eval:deals [-- --split study|study-new|check|both|apart|apart-b|apart-c|apart-e] [--verbose] [--json]
// The corpus is split in two (../shared/eval/deals/README.md): study pages may be read, with every
// error (--verbose, study only); check pages are scored as totals only, to tell whether a change
// generalizes. Default: both, one report each (--json: one JSON object per split).
// apart: the project's own 40 pages (eval/apart/README.md), written by an annotator who read only
// the corpus conventions, never the extractor; pages are built from their body paragraphs.
// apart-b: the second batch of such pages (bNNN), written a day later by another annotator.
// apart-c: the third batch (cNNN), written by a third annotator who read only the conventions and two b-files.
// apart-e: the fourth batch (eNNN, 30 pages), by a fourth annotator who read the conventions and two c-files.
// Runs extract() on each ../shared/eval/deals/dNNN.html, writes {"id","deals","mentions"} JSON
// Lines to a temp file and prints ../shared/tools/score-deals.mjs's report (flags pass through).
// Then prints figure-role accuracy: each gold distractor that is a mention, matched by text,
// against the role this extractor gave it (gold's finer role names map to our FigureRole set);
// a distractor written with context ("$2 billion of data-centre assets") matches the mention it surrounds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { explain, type Explained } from '../extractors/index';
import type { Deal, FigureRole, Mention } from '../extractors/types';
import { apartIds, companyNamer, type ApartBatch, goldPath, labelCandidates, readGold, readPage, splitOf, type GoldPage as Gold } from './lib/deal-corpus';
import { requireShared } from './lib/shared';

const shared = requireShared();
const dealsDir = join(shared, 'eval/deals');
const scorer = join(shared, 'tools/score-deals.mjs');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const asJson = args.includes('--json');

interface Prediction {
  id: string;
  deals: Deal[];
  mentions: Mention[];
}
/** Article bodies by page id, to match a gold distractor written with context ("$2 billion of ... assets"). */
const bodies = new Map<string, string>();
/** Every candidate deal the extractor weighed, by page id. */
const candidatesOf = new Map<string, Explained['candidates']>();

// Gold uses finer role names than FigureRole; each maps to the roles that say the same thing.
// Gold roles of percentages (share_move, equity_stake, ...) never meet a mention and are left out.
// earlier_deal, context_deal and other_deal all say "a figure of a deal that is not the news": the
// annotators split them differently (a party's own earlier round is earlier_deal on one page and
// other_deal on the next), so any of the three is accepted for any of them.
const NOT_THE_NEWS_DEAL: FigureRole[] = ['earlier_deal', 'context_deal', 'other_deal'];
const ACCEPTED_ROLES: Record<string, FigureRole[]> = {
  earlier_deal: NOT_THE_NEWS_DEAL, context_deal: NOT_THE_NEWS_DEAL, other_deal: NOT_THE_NEWS_DEAL,
  other_project: ['other_deal', 'site_capacity'], aggregate_commitments: ['aggregate_commitments'],
  aggregate_investment: ['aggregate_commitments'], capex_plan: ['capex_plan'], capex: ['capex_plan'], expenses: ['capex_plan', 'other'],
  revenue: ['revenue'], revenue_run_rate: ['revenue'], partner_revenue: ['revenue'], revenue_guidance: ['revenue', 'target'],
  remaining_performance_obligations: ['revenue'], revenue_target: ['target'], revenue_projection: ['target', 'revenue'],
  cash_flow_projection: ['target', 'profit'], earnings: ['profit'], operating_income: ['profit'],
  quarterly_loss: ['quarterly_loss', 'loss'], burn_rate: ['loss'], valuation: ['valuation'], market_cap: ['market_cap'],
  share_price: ['share_price'], warrant_exercise_price: ['share_price'], share_price_threshold: ['share_price'],
  target: ['target'], site_target: ['target'], ipo_target: ['funding_round', 'target'],
  rule_of_thumb: ['cost_estimate'], cost_per_mw: ['cost_estimate'], analyst_estimate: ['cost_estimate'],
  option_value: ['option_ceiling'], option: ['option_ceiling'], extension_option: ['option_ceiling'], option_term: ['option_ceiling'],
  first_tranche: ['tranche'], first_phase: ['tranche'], ramp_schedule: ['tranche'],
  conversion: ['conversion'], restated_value: ['restatement'], annual_average: ['restatement'], partial_value: ['restatement', 'other'],
  site_capacity: ['site_capacity'], plant_capacity: ['site_capacity'], nameplate_capacity: ['site_capacity'], total_capacity: ['site_capacity'],
  uprate: ['site_capacity', 'other'], financing: ['funding_round'], funding: ['funding_round'], funding_round_total: ['funding_round'],
  equity_portion: ['funding_round'], debt_portion: ['funding_round'], earlier_funding: ['funding_round', 'earlier_deal'],
  denied_report: ['funding_round', 'other'], asset_sale: ['other_deal', 'other'], rejected_amendment: ['earlier_deal', 'other'],
  spv_lease_term: ['other_deal', 'other'], license_term: ['other'], ip_rights_term: ['other'], delivery_window: ['other'],
  prior_collaboration: ['other'], comparison: ['other'], company_age: ['other'], reporting_period: ['other'],
  philanthropy: ['other'], tax_revenue: ['other'], economic_impact: ['other'], customer_size_threshold: ['other'],
  chip_power_rating: ['other'], warrant_value: ['other'], net_worth_change: ['other'], vague_value: ['other'],
  revenue_expectation: ['revenue', 'target'],
};

function runExtractor(id: string): Prediction {
  const html = readPage(id);
  const { extraction: out, candidates } = explain(html, { url: pageUrl(html) });
  bodies.set(id, out.article.body);
  candidatesOf.set(id, candidates);
  return { id, deals: out.deals, mentions: out.mentions };
}

function pageUrl(html: string): string | null {
  return /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? /<meta property="og:url" content="([^"]+)"/.exec(html)?.[1] ?? null;
}

/** Gold distractors that are mentions, matched to predicted mentions by text in reading order. */
function roleAccuracy(golds: Gold[], preds: Map<string, Prediction>): { right: number; total: number; errors: string[] } {
  let right = 0;
  let total = 0;
  const errors: string[] = [];
  for (const g of golds) {
    const mentions = (preds.get(g.id)?.mentions ?? []).filter((m) => m.kind !== 'organization');
    const used = new Set<Mention>();
    for (const d of g.distractors) {
      const accepted = ACCEPTED_ROLES[d.role];
      if (!accepted) continue;
      const fits = mentions.filter((x) => !used.has(x) && d.text.includes(x.text.trim()) && x.text.trim().length > 1);
      const m = fits.find((x) => inContext(bodies.get(g.id) ?? '', x, d.text)) ?? fits[0];
      if (!m) continue;
      used.add(m);
      total++;
      if (m.role && accepted.includes(m.role)) right++;
      else errors.push(`${g.id} ROLE "${d.text}": gold ${d.role}, predicted ${m.role ?? 'none'}`);
    }
  }
  return { right, total, errors };
}

/**
 * Where missed deals are lost, as totals: gold deals some candidate of their pair reaches, and how
 * many of those the decision keeps. A gold deal never reached is lost to finding parties and frames.
 */
function reach(golds: Gold[]): { gold: number; reached: number; kept: number } {
  const name = companyNamer();
  let gold = 0;
  let reached = 0;
  let kept = 0;
  for (const g of golds) {
    const candidates = candidatesOf.get(g.id) ?? [];
    const { labels, unmatched } = labelCandidates(g.deals, candidates, name);
    gold += g.deals.length;
    reached += g.deals.length - unmatched;
    kept += labels.filter((l, i) => l && candidates[i].kept).length;
  }
  return { gold, reached, kept };
}

/** Whether the body around a mention reads as the gold text (which may add words on either side). */
function inContext(body: string, m: Mention, goldText: string): boolean {
  const reach = goldText.length;
  return body.slice(Math.max(0, m.start - reach), m.end + reach).includes(goldText);
}

/** Scores one split: the scorer reads every gold file of its folder, so the split's gold is linked into a temp folder. */
type Part = 'study' | 'check' | 'study-new' | 'apart' | 'apart-b' | 'apart-c' | 'apart-e';

/** The id letter of an apart split's pages. */
const apartBatch = (part: string): ApartBatch => (part === 'apart' ? 'a' : (part.slice(-1) as ApartBatch));

/** study-new: the study pages written after the first 30 (even ids from d032), the mirror of check. */
function inPart(id: string, part: Part): boolean {
  if (part.startsWith('apart') || !id.startsWith('d')) return id.startsWith(apartBatch(part));
  return part === 'study-new' ? splitOf(id) === 'study' && Number(id.slice(1)) > 30 : splitOf(id) === part;
}

function scoreSplit(split: Part, golds: Gold[], preds: Map<string, Prediction>, detail: boolean): void {
  const chosen = golds.filter((g) => inPart(g.id, split));
  const dir = mkdtempSync(join(tmpdir(), `eval-deals-${split}-`));
  try {
    const goldDir = join(dir, 'gold');
    mkdirSync(goldDir);
    for (const g of chosen) symlinkSync(goldPath(g.id), join(goldDir, `${g.id}.json`));
    const predPath = join(dir, 'pred.jsonl');
    writeFileSync(predPath, chosen.map((g) => JSON.stringify(preds.get(g.id))).join('\n') + '\n');
    const extra = [...(detail ? ['--verbose'] : []), ...(asJson ? ['--json'] : [])];
    const report = execFileSync('node', [scorer, goldDir, predPath, '--orgs', join(dealsDir, 'orgs.json'), ...extra], { encoding: 'utf8' });
    const roles = roleAccuracy(chosen, preds);
    const accuracy = roles.total ? roles.right / roles.total : null;
    const reached = reach(chosen);
    if (asJson) {
      const summary = JSON.parse(report) as Record<string, unknown>;
      summary.split = split;
      summary.candidates = reached;
      summary.figure_roles = { accuracy, right: roles.right, total: roles.total, ...(detail ? { errors: roles.errors } : {}) };
      console.log(JSON.stringify(summary));
      return;
    }
    console.log(`== ${split}: ${chosen.length} pages${split === 'check' ? ' (totals only)' : ''}`);
    process.stdout.write(report);
    console.log(`candidates reach ${reached.reached} of ${reached.gold} gold deals; the decision keeps ${reached.kept} of those reached`);
    console.log(`figure roles: accuracy ${(accuracy ?? 0).toFixed(3)} (${roles.right}/${roles.total} gold distractors that are mentions)`);
    if (detail) for (const e of roles.errors) console.log(`  ${e}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function main(): void {
  const splitArg = args.find((a) => a.startsWith('--split='))?.slice(8) ?? (args.includes('--split') ? args[args.indexOf('--split') + 1] : 'both');
  if (!['study', 'check', 'both', 'study-new', 'apart', 'apart-b', 'apart-c', 'apart-e'].includes(splitArg)) {
    console.error(`--split takes study, study-new (its pages after d030), check, both, apart, apart-b, apart-c or apart-e; got "${splitArg}"`);
    process.exit(2);
  }
  if (verbose && !splitArg.startsWith('apart') && !splitArg.startsWith('study')) {
    console.error('--verbose lists errors of the study split only: add --split study (the check split is scored as totals only)');
    process.exit(2);
  }
  const ids = splitArg.startsWith('apart') ? apartIds(apartBatch(splitArg)) : readdirSync(dealsDir).filter((f) => /^d\d+\.json$/.test(f)).map((f) => f.replace('.json', '')).sort();
  const golds = ids.map(readGold);
  const preds = new Map<string, Prediction>();
  const t0 = performance.now();
  for (const id of ids) preds.set(id, runExtractor(id));
  const ms = performance.now() - t0;
  const splits: Part[] = splitArg === 'both' ? ['study', 'check'] : [splitArg as Part];
  for (const split of splits) scoreSplit(split, golds, preds, verbose && split !== 'check');
  if (!asJson) console.log(`extraction: ${ids.length} pages in ${ms.toFixed(0)} ms`);
}

main();
