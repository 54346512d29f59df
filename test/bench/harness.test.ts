// Keeps the benchmark harness from rotting: its option parsing and statistics, and one --quick
// run of every part (real PostgreSQL, Redis, worker processes) checked for complete results.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { steadyRate } from '../../bench/lib/crawl';
import { BenchUsageError, parseOptions, PART_NAMES } from '../../bench/lib/options';
import { renderTable } from '../../bench/lib/report';
import { medianOf, percentile, rangeOf, ratio, round, summarize } from '../../bench/lib/stats';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('bench options', () => {
  it.each([
    { argv: [], quick: false, json: false, parts: [...PART_NAMES] },
    { argv: ['--quick', '--json'], quick: true, json: true, parts: [...PART_NAMES] },
    { argv: ['--only', 'figures,extraction'], quick: false, json: false, parts: ['extraction', 'figures'] },
    { argv: ['--only=memory'], quick: false, json: false, parts: ['memory'] },
  ])('$argv', ({ argv, ...want }) => {
    expect(parseOptions(argv)).toMatchObject(want);
  });

  it.each([[['--only', 'speed']], [['--only']], [['--fast']], [['--out']]])('rejects %j', (argv) => {
    expect(() => parseOptions(argv)).toThrow(BenchUsageError);
  });
});

describe('bench statistics', () => {
  it.each([
    { values: [5], p: 50, want: 5 },
    { values: [3, 1, 2], p: 50, want: 2 },
    { values: [1, 2, 3, 4], p: 50, want: 2 },
    { values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], p: 90, want: 9 },
    { values: [10, 1, 1, 1, 1, 1, 1, 1, 1, 1], p: 90, want: 1 },
  ])('percentile $p of $values is $want', ({ values, p, want }) => {
    expect(percentile(values, p)).toBe(want);
  });

  it('summarizes and refuses a useless reference', () => {
    expect(summarize([2, 4, 6])).toEqual({ median: 4, p90: 6, mean: 4, total: 12, count: 3 });
    expect(ratio(3, 0)).toBeNull();
    expect(ratio(3, 2)).toBe(1.5);
    expect(round(123.456)).toBe(123);
    expect(round(0.0012345)).toBe(0.00123);
  });

  it('summarizes repeated runs over the values they measured', () => {
    expect(medianOf([0.5, null, 0.41, undefined, 0.47])).toBe(0.47);
    expect(rangeOf([0.5, null, 0.41234, 0.47])).toBe('0.412-0.5');
    expect(medianOf([null, undefined])).toBeNull();
    expect(rangeOf([])).toBeNull();
  });

  it('takes the steady rate between 10% and 90% done', () => {
    const samples = [0, 1, 2, 3, 4, 5].map((s) => ({ seconds: s, done: s * 20 }));
    expect(steadyRate(samples, 100)).toBe(20);
    expect(steadyRate(samples.slice(0, 2), 100)).toBeNull();
  });

  it('renders a table with aligned columns', () => {
    expect(renderTable({ columns: ['a', 'bb'], rows: [['x', 1.23456], ['yy', null]] })).toBe(['a     bb', '--  ----', 'x   1.23', 'yy     -'].join('\n'));
  });
});

describe('npm run bench -- --quick', () => {
  it('runs every part and writes complete results', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'dealdb-bench-test-'));
    try {
      const { code, stdout, stderr } = await runBench(['--quick', '--json', '--out', out]);
      expect(code, stderr).toBe(0);
      const summary = JSON.parse(stdout);
      expect(JSON.parse(readFileSync(path.join(out, 'latest.json'), 'utf8'))).toEqual(summary);
      expect(summary.failures).toEqual([]);
      expect(summary.parts.map((p: { part: string }) => p.part)).toEqual([...PART_NAMES]);
      for (const part of summary.parts) {
        expect(part.tables.length, part.part).toBeGreaterThan(0);
        for (const table of part.tables) {
          expect(table.rows.length, part.part).toBeGreaterThan(0);
          for (const row of table.rows) expect(row, part.part).toHaveLength(table.columns.length);
        }
        // Every target was measured (a null value would mean a missing reference).
        for (const c of part.checks) expect(c.value, `${part.part}: ${c.name}`).not.toBeNull();
      }
      const e2e = summary.parts.find((p: { part: string }) => p.part === 'end-to-end');
      expect(e2e.data.rows.every((r: { failed: number }) => r.failed === 0)).toBe(true);
      // CPU per page by process was read from /proc, and the dealdb processes are in it.
      const reextract = summary.parts.find((p: { part: string }) => p.part === 'reextract');
      for (const r of [...e2e.data.rows, ...reextract.data.rows]) expect(r.cpu.dealdb).toBeGreaterThan(0);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});

function runBench(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/run.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
