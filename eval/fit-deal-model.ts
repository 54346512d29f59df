// Fits the weights of the deal decision (extractors/deals/decide.ts) on the study pages of the deal
// corpus and writes them to extractors/deals/decision-weights.json.
//   npm run fit:deals [-- --dry-run]
// Each candidate the extractor considers on a study page is labelled by whether the gold lists a
// deal between the same two companies (names compared as the scorer compares them). The model is
// an L2-regularized logistic regression solved by Newton's method: deterministic, no randomness.
// The penalty is chosen by leave-one-page-out cross-validation (log loss), so the weights are
// judged on pages they were not fitted to; candidates are kept at probability 0.5. Check pages are
// never read.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../extractors/article';
import { ruledOut } from '../extractors/deals/decide';
import { FEATURE_NAMES } from '../extractors/deals/features';
import { explainFromArticle } from '../extractors/index';
import { companyNamer, labelCandidates, pageIds, readGold, readPage } from './lib/deal-corpus';

const OUT = fileURLToPath(new URL('../extractors/deals/decision-weights.json', import.meta.url));
const LAMBDAS = [0.1, 0.3, 1, 3, 10];
// Keep a candidate when the model finds it more likely a deal than not. A threshold searched on
// this few pages chased noise: it won on study by a deal or two and lost as many on check.
const THRESHOLD = 0.5;
const ITERATIONS = 30;
// What a reader expects each piece of evidence to do: +1 raises, -1 lowers the odds of a news deal.
// A weight the data would give the other sign is dropped (set to 0), not trusted: with this few
// pages, a sign against reason is a coincidence of the pages. Features not listed may take either sign.
const SIGNS: Partial<Record<(typeof FEATURE_NAMES)[number], 1 | -1>> = {
  headline_both: 1, story_subject: 1, lead_paragraph: 1, first_sentence: 1, frames: 1, directional: 1,
  value_in_clause: 1, deal_noun: 1, recent_time: 1,
  position: -1,
  hypothetical: -1, explainer_story: -1, results_story: -1, shared_subject_list: -1, recalled_elsewhere: -1,
};

interface Row {
  page: string;
  x: number[];
  y: 0 | 1;
}

function labelledRows(): { rows: Row[]; unreachable: number; golds: number } {
  const name = companyNamer();
  const rows: Row[] = [];
  let unreachable = 0;
  let golds = 0;
  for (const id of pageIds('study')) {
    const gold = readGold(id);
    const { candidates } = explainFromArticle(extractArticle(readPage(id), {}));
    const { labels, unmatched } = labelCandidates(gold.deals, candidates, name);
    golds += gold.deals.length;
    candidates.forEach((c, i) => {
      // Candidates a rule settles (recalled, called off) are not the model's to weigh: a deal among them is missed.
      if (ruledOut(c.features)) unreachable += labels[i];
      else rows.push({ page: id, x: FEATURE_NAMES.map((f) => c.features[f]), y: labels[i] });
    });
    unreachable += unmatched;
  }
  return { rows, unreachable, golds };
}

/** The fit with every weight of the wrong sign held at 0, dropping one feature at a time (the most wrong first). */
function fit(rows: Row[], lambda: number): number[] {
  const held = new Set<number>();
  for (;;) {
    const w = fitFree(rows, lambda, held);
    let worst = -1;
    FEATURE_NAMES.forEach((f, i) => {
      const sign = SIGNS[f];
      if (sign && w[i + 1] * sign < 0 && (worst < 0 || Math.abs(w[i + 1]) > Math.abs(w[worst + 1]))) worst = i;
    });
    if (worst < 0) return w;
    held.add(worst + 1);
  }
}

/** Weights [bias, ...features] minimizing log loss + lambda/2 * |w|^2 (bias not penalized), `held` ones fixed at 0. */
function fitFree(rows: Row[], lambda: number, held: Set<number>): number[] {
  const d = FEATURE_NAMES.length + 1;
  const w = new Array<number>(d).fill(0);
  for (let it = 0; it < ITERATIONS; it++) {
    const g = w.map((wi, j) => (j === 0 ? 0 : lambda * wi));
    const h = Array.from({ length: d }, (_, i) => Array.from({ length: d }, (_, j) => (i === j && i > 0 ? lambda : 0)));
    for (const r of rows) {
      const x = [1, ...r.x];
      const p = sigmoid(dot(w, x));
      const s = Math.max(p * (1 - p), 1e-9);
      for (let i = 0; i < d; i++) {
        g[i] += (p - r.y) * x[i];
        if (x[i] === 0) continue;
        for (let j = 0; j < d; j++) h[i][j] += s * x[i] * x[j];
      }
    }
    // A held weight stays 0: its row and column become the identity.
    for (const k of held) {
      for (let j = 0; j < d; j++) h[k][j] = h[j][k] = 0;
      h[k][k] = 1;
      g[k] = 0;
    }
    const step = solve(h, g);
    let change = 0;
    for (let i = 0; i < d; i++) {
      w[i] -= step[i];
      change = Math.max(change, Math.abs(step[i]));
    }
    if (change < 1e-8) break;
  }
  return w;
}

/** Gaussian elimination with partial pivoting (the Hessian is positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    [m[c], m[pivot]] = [m[pivot], m[c]];
    const div = m[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / div;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const dot = (w: number[], x: number[]): number => w.reduce((sum, wi, i) => sum + wi * x[i], 0);

/** Deal F1 where a gold deal no candidate reaches counts as missed whatever the model does. */
function f1(probabilities: number[], rows: Row[], threshold: number, unreachable: number): number {
  let tp = 0;
  let fp = 0;
  let fn = unreachable;
  rows.forEach((r, i) => {
    const keep = probabilities[i] >= threshold;
    if (keep && r.y) tp++;
    else if (keep) fp++;
    else if (r.y) fn++;
  });
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

function logLoss(probabilities: number[], rows: Row[]): number {
  const eps = 1e-9;
  return rows.reduce((sum, r, i) => sum - Math.log(r.y ? Math.max(probabilities[i], eps) : Math.max(1 - probabilities[i], eps)), 0) / rows.length;
}

function crossValidated(rows: Row[], lambda: number): number[] {
  const pages = [...new Set(rows.map((r) => r.page))];
  const out = new Array<number>(rows.length);
  for (const page of pages) {
    const w = fit(rows.filter((r) => r.page !== page), lambda);
    rows.forEach((r, i) => {
      if (r.page === page) out[i] = sigmoid(dot(w, [1, ...r.x]));
    });
  }
  return out;
}

function main(): void {
  const dryRun = process.argv.includes('--dry-run');
  const { rows, unreachable, golds } = labelledRows();
  console.log(`study pages: ${new Set(rows.map((r) => r.page)).size}; candidates: ${rows.length} (${rows.filter((r) => r.y).length} deals); gold deals no candidate reaches: ${unreachable} of ${golds}`);
  // The penalty with the lowest cross-validated log loss: a proper score of the probabilities, which
  // moves smoothly, where F1 at a threshold jumps when one candidate crosses it.
  const results = LAMBDAS.map((lambda) => {
    const cv = crossValidated(rows, lambda);
    const result = { lambda, threshold: THRESHOLD, f1: f1(cv, rows, THRESHOLD, unreachable), logLoss: logLoss(cv, rows) };
    console.log(`lambda ${lambda}: leave-one-page-out log loss ${result.logLoss.toFixed(4)}, deal F1 ${result.f1.toFixed(3)}`);
    return result;
  });
  const best = results.reduce((x, y) => (y.logLoss < x.logLoss ? y : x));
  const w = fit(rows, best.lambda);
  const trainF1 = f1(rows.map((r) => sigmoid(dot(w, [1, ...r.x]))), rows, best.threshold, unreachable);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const model = {
    note: 'fitted by eval/fit-deal-model.ts on the study pages of ../shared/eval/deals; refit with npm run fit:deals',
    pages: new Set(rows.map((r) => r.page)).size,
    candidates: rows.length,
    lambda: best.lambda,
    threshold: best.threshold,
    cv_deal_f1: round(best.f1),
    train_deal_f1: round(trainF1),
    bias: round(w[0]),
    weights: Object.fromEntries(FEATURE_NAMES.map((f, i) => [f, round(w[i + 1])])),
  };
  console.log(`chosen: lambda ${best.lambda}, threshold ${best.threshold}; cross-validated deal F1 ${best.f1.toFixed(3)}, on the pages fitted ${trainF1.toFixed(3)}`);
  for (const [f, v] of Object.entries(model.weights).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))) console.log(`  ${f.padEnd(22)} ${v >= 0 ? '+' : ''}${v.toFixed(3)}`);
  if (!dryRun) {
    writeFileSync(OUT, JSON.stringify(model, null, 2) + '\n');
    console.log(`wrote ${OUT}`);
  }
}

main();
