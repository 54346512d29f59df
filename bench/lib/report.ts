// What each part returns, the table printed from it, and the JSON files written under
// bench/results/ (one per run plus latest.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { round } from './stats';

export type Cell = number | string | null;

export interface Table {
  columns: string[];
  rows: Cell[][];
}

/** A target from the brief, judged on a ratio measured in this run. */
export interface Check {
  name: string;
  value: number | null;
  /** e.g. "<= 2.0" */
  target: string;
  pass: boolean;
}

export interface PartResult {
  part: string;
  title: string;
  seconds: number;
  tables: Table[];
  checks: Check[];
  notes: string[];
  /** Raw numbers for the JSON file (not printed). */
  data: Record<string, unknown>;
}

export function check(name: string, value: number | null, op: '<=' | '>=', limit: number): Check {
  const pass = value !== null && (op === '<=' ? value <= limit : value >= limit);
  return { name, value: round(value), target: `${op} ${limit}`, pass };
}

export function renderTable(table: Table): string {
  const cells = [table.columns, ...table.rows.map((r) => r.map(formatCell))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? '').length)));
  const line = (r: Cell[]) =>
    r.map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function formatCell(c: Cell): string {
  if (c === null) return '-';
  if (typeof c === 'number') return String(round(c));
  return c;
}

export function renderReport(parts: PartResult[]): string {
  const out: string[] = [];
  for (const p of parts) {
    out.push(`== ${p.title} (${p.part}, ${p.seconds.toFixed(0)} s)`);
    for (const t of p.tables) out.push(renderTable(t), '');
    for (const c of p.checks) out.push(`${c.pass ? 'PASS' : 'MISS'}  ${c.name}: ${c.value ?? '-'} (target ${c.target})`);
    for (const n of p.notes) out.push(`note: ${n}`);
    out.push('');
  }
  return out.join('\n');
}

export const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');

/** Writes results/<timestamp>.json and results/latest.json; returns the first path. */
export function writeResults(summary: unknown, dir = RESULTS_DIR, now = new Date()): string {
  mkdirSync(dir, { recursive: true });
  const text = `${JSON.stringify(summary, null, 2)}\n`;
  const file = path.join(dir, `${now.toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, text);
  writeFileSync(path.join(dir, 'latest.json'), text);
  return file;
}
