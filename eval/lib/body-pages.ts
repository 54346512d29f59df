// Deal pages as body-eval cases (the expected body comes from src/dNNN.txt), and the
// paragraph-level score that shows exactly which lines were missed or added.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Page {
  id: string;
  html: string;
  url: string | null;
  truth: string;
}

/** src/dNNN.txt: header lines, a `---` line, then paragraphs separated by blank lines ("## " = subhead). */
export function readDealPages(dir: string): Page[] {
  const ids = readdirSync(join(dir, 'src')).filter((f) => /^d\d+\.txt$/.test(f)).map((f) => f.slice(0, -4)).sort();
  return ids.map((id) => {
    const src = readFileSync(join(dir, 'src', `${id}.txt`), 'utf8');
    const [header, ...rest] = src.split(/^---$/m);
    const url = /^url:\s*(\S+)/m.exec(header)?.[1] ?? null;
    const paragraphs = rest.join('---').split(/\n\s*\n/).map((p) => p.replace(/^## /, '').trim()).filter(Boolean);
    return { id, html: readFileSync(join(dir, `${id}.html`), 'utf8'), url, truth: paragraphs.join('\n') };
  });
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Micro-averaged F1 of exact paragraph matches, with the lines each page missed (-) or added (+). */
export function paragraphF1(pages: Page[], bodies: Map<string, string>): { f1: number; misses: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const p of pages) {
    const want = p.truth.split('\n').map(norm).filter(Boolean);
    const got = (bodies.get(p.id) ?? '').split('\n').map(norm).filter(Boolean);
    const left = new Map<string, number>();
    for (const w of want) left.set(w, (left.get(w) ?? 0) + 1);
    for (const g of got) {
      const n = left.get(g) ?? 0;
      if (n > 0) {
        tp++;
        left.set(g, n - 1);
      } else {
        fp++;
        misses.push(`${p.id} + ${g.slice(0, 100)}`);
      }
    }
    for (const [w, n] of left) {
      fn += n;
      if (n > 0) misses.push(`${p.id} - ${w.slice(0, 100)}`);
    }
  }
  const f1 = tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  return { f1, misses };
}
