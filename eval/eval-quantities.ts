// Scores the quantity finders on both eval sets.
//   npm run eval:quantities [-- --misses N] [--json] [--src-text] [--verbose]
// (a) ../shared/eval/quantities/dev.jsonl: findQuantities on each input, scored by
//     ../shared/tools/score-quantities.mjs (--misses and --json pass through).
// (b) the deal pages ../shared/eval/deals/dNNN.html: body and date from extractArticle (or, with
//     --src-text, the body paragraphs and date of src/dNNN.txt), mentions scored by
//     ../shared/tools/score-deals.mjs; its mention lines are printed (all of it with --verbose).
// Money ranges are scored as their two ends, vague counts by their estimate on (a) only (see
// lib/quantities-score-form.ts).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArticle } from '../extractors/article';
import { findQuantities } from '../extractors/quantities';
import { toScoredItems } from './lib/quantities-score-form';
import { requireShared } from './lib/shared';

const shared = requireShared();
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const missesAt = args.indexOf('--misses');
const passThrough = [...(flag('--json') ? ['--json'] : []), ...(missesAt >= 0 ? ['--misses', args[missesAt + 1] ?? '20'] : [])];

interface Case {
  id: string;
  input: string;
}

function runScorer(script: string, scorerArgs: string[]): string {
  return execFileSync('node', [join(shared, 'tools', script), ...scorerArgs], { encoding: 'utf8' });
}

function scoreDev(dir: string): void {
  const cases = readFileSync(join(shared, 'eval/quantities/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
  const started = performance.now();
  const lines = cases.map((c) => JSON.stringify({ id: c.id, found: toScoredItems(findQuantities(c.input), { estimates: true }) }));
  const perCase = ((performance.now() - started) * 1000) / cases.length;
  const pred = join(dir, 'quantities.jsonl');
  writeFileSync(pred, lines.join('\n') + '\n');
  console.log(`== quantities dev (${cases.length} cases, ${perCase.toFixed(0)} µs per case)`);
  console.log(runScorer('score-quantities.mjs', [join(shared, 'eval/quantities/dev.jsonl'), pred, ...passThrough]));
}

/** Header lines, "---", then paragraphs separated by blank lines; "## " marks a subhead. */
function readSource(path: string): { body: string; published: string | null } {
  const [head, ...rest] = readFileSync(path, 'utf8').split(/^---$/m);
  const published = /^published:\s*(\S+)/m.exec(head)?.[1] ?? null;
  const body = rest
    .join('---')
    .split(/\n\s*\n/)
    .map((b) => b.trim().replace(/\s*\n\s*/g, ' '))
    .filter(Boolean)
    .map((b) => (b.startsWith('## ') ? b.slice(3) : b))
    .join('\n');
  return { body, published };
}

function pageBody(dealsDir: string, id: string): { body: string; published: string | null } {
  if (flag('--src-text')) return readSource(join(dealsDir, 'src', `${id}.txt`));
  const article = extractArticle(readFileSync(join(dealsDir, `${id}.html`), 'utf8'));
  return { body: article.body, published: article.published };
}

function scoreDeals(dir: string): void {
  const dealsDir = join(shared, 'eval/deals');
  const ids = readdirSync(dealsDir).filter((f) => /^d\d+\.html$/.test(f)).map((f) => f.slice(0, -5)).sort();
  const lines = ids.map((id) => {
    const { body, published } = pageBody(dealsDir, id);
    const publishedYear = published ? Number(published.slice(0, 4)) : null;
    return JSON.stringify({ id, deals: [], mentions: toScoredItems(findQuantities(body, { publishedYear }), { estimates: false }) });
  });
  const pred = join(dir, 'deals.jsonl');
  writeFileSync(pred, lines.join('\n') + '\n');
  const verbose = flag('--verbose');
  const report = runScorer('score-deals.mjs', [dealsDir, pred, ...(verbose ? ['--verbose'] : []), ...(flag('--json') ? ['--json'] : [])]);
  console.log(`== deal pages (${ids.length}, body from ${flag('--src-text') ? 'src/*.txt' : 'extractArticle'}): mentions`);
  if (verbose || flag('--json')) console.log(report);
  else console.log(report.slice(report.indexOf('mentions:'), report.indexOf('false deals')).trimEnd());
}

const dir = mkdtempSync(join(tmpdir(), 'eval-quantities-'));
try {
  scoreDev(dir);
  scoreDeals(dir);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
