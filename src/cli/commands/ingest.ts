// `dealdb ingest`: fetch or read pages, extract, and store everything, one transaction per page.
import { upsertArticle } from '../../../db/articles';
import { extractionCounts } from '../../../db/extractions';
import { openApp } from '../../context';
import { describeError } from '../../errors';
import { ingestArticle } from '../../../jobs/ingest-article';
import { mapPool } from '../../pool';
import { parseCommandArgs, UsageError } from '../args';
import { expandFolders, resolveInput } from '../inputs';
import type { Command } from './types';

const usage = `usage: dealdb ingest [--json] [--force] INPUT...

Fetches (http/https URL) or reads (file path; a folder means its .html files) each page, extracts it and stores the snapshot,
the extraction, its figures and its deals in the configured database (embedded when DATABASE_URL
is unset). Ingesting the same page again changes nothing; --force re-extracts it anyway.

  --json    one JSON object per input: {"input","url","article_id","status","deals","mentions","error"?}
  --force   make a new extraction even when the stored page and extractor version are unchanged

The exit code is 1 if any input failed; each failure is recorded on its article row.

example:
  dealdb ingest samples/pages https://example.com/news/story.html`;

export const ingestCommand: Command = {
  name: 'ingest',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' }, force: { type: 'boolean' } }, usage);
    if (positionals.length === 0) throw new UsageError(`nothing to ingest: give a URL or a file path\n\n${usage}`);
    const inputs = expandFolders(positionals, io.cwd);
    const app = await openApp(io.env, io.cwd);
    let failed = 0;
    try {
      await mapPool(inputs, app.config.fetchConcurrency, async (input) => {
        const report = await ingestOne(app, input, Boolean(values.force), io.cwd);
        if (report.error) failed++;
        if (values.json) io.stdout.write(`${JSON.stringify(report)}\n`);
        else if (report.error) io.stderr.write(`failed  ${input}: ${report.error}\n`);
        else io.stdout.write(`${String(report.status).padEnd(9)} ${report.url}  (${report.deals} deal${report.deals === 1 ? '' : 's'}, ${report.mentions} figures)\n`);
      });
    } finally {
      await app.close();
    }
    if (!values.json) {
      const total = inputs.length;
      io.stderr.write(`${total - failed} of ${total} page${total === 1 ? '' : 's'} stored${failed ? `, ${failed} failed` : ''}. Next: dealdb deals\n`);
    }
    return failed > 0 ? 1 : 0;
  },
};

interface IngestReport {
  input: string;
  url?: string;
  article_id?: number;
  status?: 'extracted' | 'unchanged';
  deals?: number;
  mentions?: number;
  error?: string;
}

async function ingestOne(app: Awaited<ReturnType<typeof openApp>>, input: string, force: boolean, cwd: string): Promise<IngestReport> {
  let resolved;
  try {
    resolved = resolveInput(input, cwd);
  } catch (err) {
    return { input, error: describeError(err).message };
  }
  const { article } = await upsertArticle(app.database, { url: resolved.url });
  const outcome = await ingestArticle(app, article.id, { force });
  if (!outcome.ok) return { input, url: resolved.url, article_id: article.id, error: outcome.error };
  const counts = await extractionCounts(app.database, outcome.extractionId);
  return { input, url: resolved.url, article_id: article.id, status: outcome.skipped ? 'unchanged' : 'extracted', ...counts };
}
