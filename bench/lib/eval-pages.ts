// The pages the extraction benchmarks run on. A full run reads the shared evaluation sets in place
// (../shared/eval, never copied into the project); --quick runs on pages the project ships, so the
// smoke test passes on a plain clone.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export interface EvalPage {
  id: string;
  html: string;
  url: string | null;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EVAL_DIR = path.resolve(ROOT, '../shared/eval');
/** Real-world-shaped article pages and deal pages written for the project's own tests and samples. */
const OWN_BODY_DIRS = [path.join(ROOT, 'test/fixtures/article')];
const OWN_DEAL_DIRS = [path.join(ROOT, 'samples/pages'), path.join(ROOT, 'test/fixtures/deals')];

function requireEvalDir(sub: string): string {
  const dir = path.join(EVAL_DIR, sub);
  if (!existsSync(dir)) {
    throw new Error(`the full benchmark reads ${dir}, which this checkout does not have: put the shared evaluation sets beside the project, or run \`npm run bench -- --quick\` on the project's own pages`);
  }
  return dir;
}

/** Article pages: the shared article-body set in ids.txt order (gzip-compressed UTF-8), or the project's own with --quick. */
export function readBodyPages({ quick, limit = Infinity }: { quick: boolean; limit?: number }): EvalPage[] {
  if (quick) return readHtmlFolders(OWN_BODY_DIRS).slice(0, limit);
  const dir = requireEvalDir('article-body');
  const ids = readFileSync(path.join(dir, 'ids.txt'), 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  const utf8 = new TextDecoder('utf-8');
  return ids.slice(0, limit).map((id) => ({
    id,
    html: utf8.decode(gunzipSync(readFileSync(path.join(dir, 'html', `${id}.html.gz`)))),
    url: truth[id]?.url ?? null,
  }));
}

/** Deal pages: the shared deal corpus (dNNN.html), or the project's samples and deal fixtures with --quick. */
export function readDealPages({ quick, limit = Infinity }: { quick: boolean; limit?: number }): EvalPage[] {
  if (quick) return readHtmlFolders(OWN_DEAL_DIRS).slice(0, limit);
  return readHtmlFolders([requireEvalDir('deals')]).slice(0, limit);
}

function readHtmlFolders(dirs: string[]): EvalPage[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => ({ id: f.slice(0, -5), html: readFileSync(path.join(dir, f), 'utf8'), url: null })),
  );
}

export const kilobytes = (text: string): number => Buffer.byteLength(text, 'utf8') / 1024;
