// `dealdb extract`: pages in, JSON Lines out. No database.
import fs from 'node:fs/promises';
import readline from 'node:readline';
import { explain, explainText, type Explained } from '../../../extractors';
import { loadConfig } from '../../config';
import { createHttp } from '../../context';
import { describeError } from '../../errors';
import type { HttpClient } from '../../http/client';
import { decodeBody } from '../../http/charset';
import { withRetries } from '../../http/retry';
import { parseCommandArgs, UsageError } from '../args';
import { extractionToJson } from '../extraction-json';
import { expandFolders, resolveInput } from '../inputs';
import type { Command, CliIO } from './types';

const usage = `usage: dealdb extract INPUT... | --stdin-jsonl

Fetches (http/https URL) or reads (file path) each page, extracts the article, its figures and
its deals, and prints one JSON object per input (JSON Lines). Nothing is stored.

  --stdin-jsonl   read lines {"id","html","url"?} or {"id","text"} from standard input and print
                  one line per input line, in order, echoing "id"
  --explain       add "candidates": every candidate deal, kept or dropped, with its probability,
                  the reasons that decided it and all its features

A failed input prints {"id"?,"url"?,"error"} and the run goes on; the exit code is 1 if any failed.

examples:
  dealdb extract samples/pages/openai-aws.html
  dealdb extract https://example.com/news/story.html | jq .deals
  echo '{"id":"a","text":"OpenAI signed a $38 billion deal with AWS."}' | dealdb extract --stdin-jsonl
  dealdb extract --explain samples/pages/openai-aws.html | jq '.candidates[] | {a, b, kept, reasons}'`;

export const extractCommand: Command = {
  name: 'extract',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { 'stdin-jsonl': { type: 'boolean' }, explain: { type: 'boolean' } }, usage);
    const toJson = (result: Explained, id?: string) => ({ ...extractionToJson(result.extraction, id), ...(values.explain ? { candidates: result.candidates } : {}) });
    if (values['stdin-jsonl'] && positionals.length) throw new UsageError(`give INPUTs or --stdin-jsonl, not both\n\n${usage}`);
    if (!values['stdin-jsonl'] && positionals.length === 0) throw new UsageError(`nothing to extract: give a URL or a file path\n\n${usage}`);
    const config = loadConfig(io.env, io.cwd);
    let http: HttpClient | undefined;
    const client = () => (http ??= createHttp(config));
    let failed = 0;
    const print = (obj: Record<string, unknown>) => {
      if ('error' in obj) failed++;
      io.stdout.write(`${JSON.stringify(obj)}\n`);
    };
    try {
      if (values['stdin-jsonl']) {
        for await (const line of readline.createInterface({ input: io.stdin, crlfDelay: Infinity })) {
          if (line.trim()) print(extractJsonLine(line, toJson));
        }
      } else {
        for (const input of expandFolders(positionals, io.cwd)) print(await extractInput(input, io, client, toJson));
      }
    } finally {
      await http?.close();
    }
    return failed > 0 ? 1 : 0;
  },
};

type ToJson = (result: Explained, id?: string) => Record<string, unknown>;

async function extractInput(input: string, io: CliIO, http: () => HttpClient, toJson: ToJson): Promise<Record<string, unknown>> {
  let url: string | undefined;
  try {
    const resolved = resolveInput(input, io.cwd);
    url = resolved.url;
    if (resolved.kind === 'file') {
      const { text } = decodeBody(await fs.readFile(resolved.path), null);
      return toJson(explain(text, { url: resolved.url }));
    }
    const page = await withRetries(() => http().fetchPage(resolved.url));
    return toJson(explain(page.text, { url: page.finalUrl, fetchedAt: page.fetchedAt }));
  } catch (err) {
    return { url: url ?? input, error: describeError(err).message };
  }
}

function extractJsonLine(line: string, toJson: ToJson): Record<string, unknown> {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch {
    return { error: 'line is not JSON: expected {"id","html","url"?} or {"id","text"}' };
  }
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { error: 'line is not a JSON object' };
  const o = obj as Record<string, unknown>;
  const id = o.id === undefined || o.id === null ? undefined : String(o.id);
  const url = typeof o.url === 'string' ? o.url : null;
  const echo = { ...(id === undefined ? {} : { id }), ...(url ? { url } : {}) };
  try {
    if (typeof o.html === 'string') return toJson(explain(o.html, { url }), id);
    if (typeof o.text === 'string') {
      const meta = { url, title: typeof o.title === 'string' ? o.title : null, published: typeof o.published === 'string' ? o.published : null };
      return toJson(explainText(o.text, meta), id);
    }
    return { ...echo, error: 'line has neither "html" nor "text"' };
  } catch (err) {
    return { ...echo, error: `extraction failed: ${describeError(err).message}` };
  }
}
