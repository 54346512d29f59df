// The evaluation pages the extraction benchmarks run on, read in place from ../shared/eval
// (never copied into the project).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface EvalPage {
  id: string;
  html: string;
  url: string | null;
}

export const EVAL_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/eval');

/** The article-body pages in ids.txt order; gzip-compressed UTF-8 (decoded as such, not sniffed). */
export function readBodyPages(limit = Infinity, dir = path.join(EVAL_DIR, 'article-body')): EvalPage[] {
  const ids = readFileSync(path.join(dir, 'ids.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  const utf8 = new TextDecoder('utf-8');
  return ids.slice(0, limit).map((id) => ({
    id,
    html: utf8.decode(gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`)))),
    url: truth[id]?.url ?? null,
  }));
}

/** The deal pages (dNNN.html). */
export function readDealPages(limit = Infinity, dir = path.join(EVAL_DIR, 'deals')): EvalPage[] {
  const ids = readdirSync(dir).filter((f) => /^d\d+\.html$/.test(f)).sort().slice(0, limit);
  return ids.map((f) => ({ id: f.slice(0, -5), html: readFileSync(path.join(dir, f), 'utf8'), url: null }));
}

export const kilobytes = (text: string): number => Buffer.byteLength(text, 'utf8') / 1024;
