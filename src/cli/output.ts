// Writers for command output: JSON Lines for scripts, CSV for spreadsheets, aligned tables for people.
import type { Writable } from 'node:stream';

export type Row = Record<string, unknown>;

export function writeJsonLines(out: Writable, rows: Iterable<Row>): void {
  for (const row of rows) out.write(`${JSON.stringify(row)}\n`);
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function writeCsv(out: Writable, fields: string[], rows: Row[]): void {
  const quote = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  out.write(`${fields.map(quote).join(',')}\n`);
  for (const row of rows) out.write(`${fields.map((f) => quote(cell(row[f]))).join(',')}\n`);
}

export function writeTable(out: Writable, fields: string[], rows: Row[], maxWidth = 60): void {
  const clip = (s: string) => {
    const flat = s.replace(/\s+/g, ' ');
    return flat.length > maxWidth ? `${flat.slice(0, maxWidth - 1)}…` : flat;
  };
  const cells = rows.map((r) => fields.map((f) => clip(cell(r[f]))));
  const widths = fields.map((f, i) => Math.max(f.length, ...cells.map((c) => c[i]!.length)));
  const line = (values: string[]) => values.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  out.write(`${line(fields)}\n${line(widths.map((w) => '-'.repeat(w)))}\n`);
  for (const c of cells) out.write(`${line(c)}\n`);
  out.write(`(${rows.length} row${rows.length === 1 ? '' : 's'})\n`);
}

export function writeRows(out: Writable, format: 'json' | 'csv' | 'table', fields: string[], rows: Row[]): void {
  if (format === 'json') writeJsonLines(out, rows);
  else if (format === 'csv') writeCsv(out, fields, rows);
  else writeTable(out, fields, rows);
}
