// `dealdb reextract`: a new extraction from the stored page (or a fresh fetch), for one URL now,
// or for every article as extract jobs. Each adds an extractions row with the current
// EXTRACTOR_VERSION and moves the current flag to it; older rows stay for comparison.
import { findArticleByUrl, upsertArticle } from '../../../db/articles';
import { listReextractCandidates, type ReextractCandidate } from '../../../db/pipeline';
import { EXTRACTOR_VERSION } from '../../../extractors/version';
import { jobIds } from '../../../jobs/job-ids';
import type { ExtractJobData } from '../../../jobs/queues';
import { openApp, type AppContext } from '../../context';
import { PermanentError } from '../../errors';
import { withRetries } from '../../http/retry';
import { createProgress } from '../../progress';
import { parseCommandArgs, UsageError } from '../args';
import { extractionToJson } from '../extraction-json';
import { resolveInput } from '../inputs';
import type { CliIO, Command } from './types';

const usage = `usage: dealdb reextract URL [--refetch]
       dealdb reextract --all [--below-version V]

Extracts again with the current extractors (version ${EXTRACTOR_VERSION}), keeping the older
extractions; deals and the analysts' views show the current ones only.

  URL               one article: from its stored page, printed as \`dealdb extract\` prints it.
                    A URL never ingested is fetched and ingested.
  --refetch         fetch the page again first (conditional GET)
  --all             every article with a stored page, as extract jobs (BullMQ with REDIS_URL,
                    in-process otherwise), with progress on stderr
  --below-version   with --all: only articles whose current extraction is older than V
                    (compared as x.y.z versions) or missing

examples:
  dealdb reextract https://example.com/news/story.html | jq .deals
  dealdb reextract --all --below-version ${EXTRACTOR_VERSION}`;

export const reextractCommand: Command = {
  name: 'reextract',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { all: { type: 'boolean' }, refetch: { type: 'boolean' }, 'below-version': { type: 'string' } },
      usage,
    );
    const below = values['below-version'];
    if (values.all) {
      if (positionals.length || values.refetch) throw new UsageError(`--all takes no URL and no --refetch\n\n${usage}`);
      if (below !== undefined && !parseVersion(below)) throw new UsageError(`--below-version takes a version like 0.2.0, got "${below}"`);
    } else {
      if (positionals.length !== 1) throw new UsageError(`give one URL, or --all\n\n${usage}`);
      if (below !== undefined) throw new UsageError(`--below-version goes with --all\n\n${usage}`);
    }
    const app = await openApp(io.env, io.cwd);
    try {
      if (!values.all) return await reextractOne(app, io, positionals[0]!, Boolean(values.refetch));
      const candidates = (await listReextractCandidates(app.database)).filter((c) => below === undefined || isBelow(c.extractorVersion, below));
      return await reextractAll(app, io, candidates);
    } finally {
      await app.close();
    }
  },
};

// Each mode loads what it runs: the queue mode needs no extractors, the in-process mode no BullMQ.

async function reextractOne(app: AppContext, io: CliIO, input: string, refetch: boolean): Promise<number> {
  const [{ extractArticle }, { fetchArticle }, { ingestArticle }] = await Promise.all([
    import('../../../jobs/extract-article'),
    import('../../../jobs/fetch-article'),
    import('../../../jobs/ingest-article'),
  ]);
  const { url } = resolveInput(input, io.cwd);
  const existing = await findArticleByUrl(app.database, url);
  if (!existing) {
    const { article } = await upsertArticle(app.database, { url });
    const outcome = await ingestArticle(app, article.id, { force: true });
    if (!outcome.ok) throw new PermanentError(outcome.code, outcome.error);
    io.stdout.write(`${JSON.stringify(extractionToJson(outcome.extraction!))}\n`);
    return 0;
  }
  if (refetch) await withRetries(() => fetchArticle(app, existing.id));
  const result = await extractArticle(app, existing.id, { force: true });
  io.stdout.write(`${JSON.stringify(extractionToJson(result.extraction!))}\n`);
  return 0;
}

async function reextractAll(app: AppContext, io: CliIO, candidates: ReextractCandidate[]): Promise<number> {
  const jobs = candidates.map((c) => ({
    id: jobIds.reextract(c.articleId, c.extractionId),
    data: { articleId: c.articleId, force: true, fromExtractionId: c.extractionId } satisfies ExtractJobData,
  }));
  const progress = createProgress(io.stderr, 'reextract');
  let failed: number;
  if (app.config.redisUrl) {
    const [{ openQueues }, { waitForJobs }] = await Promise.all([import('../../../jobs/queues'), import('../../../jobs/track')]);
    const queues = openQueues({ ...app.config, redisUrl: app.config.redisUrl });
    try {
      await queues.extract.addBulk(jobs.map((j) => ({ name: 'extract', data: j.data, opts: { jobId: j.id } })));
      if ((await queues.extract.getWorkersCount()) === 0) io.stderr.write('no extract worker is running: start one with dealdb worker\n');
      const tally = await waitForJobs(queues.extract, jobs.map((j) => j.id), (t) => progress.update({ done: t.finished, total: t.total, detail: { failed: t.failed } }));
      failed = tally.failed;
    } finally {
      await queues.close();
    }
  } else {
    const { createInProcessPipeline } = await import('../../../jobs/run-in-process');
    const pipeline = createInProcessPipeline(app);
    const { extract } = pipeline.tally;
    const timer = setInterval(() => progress.update({ done: extract.done + extract.failed, total: jobs.length, detail: { failed: extract.failed } }), 250);
    try {
      await pipeline.reextract(jobs.map((j) => ({ id: j.id, ...j.data })));
      await pipeline.idle();
    } finally {
      clearInterval(timer);
    }
    progress.update({ done: extract.done + extract.failed, total: jobs.length, detail: { failed: extract.failed } });
    failed = extract.failed;
  }
  progress.finish();
  io.stderr.write(`re-extracted ${jobs.length - failed} of ${jobs.length} article${jobs.length === 1 ? '' : 's'} with extractor ${EXTRACTOR_VERSION}${failed ? `, ${failed} failed (dealdb status)` : ''}\n`);
  return failed > 0 ? 1 : 0;
}

/** "1.2.3" -> [1, 2, 3]; a missing part is 0; anything after '-' or '+' is ignored. */
export function parseVersion(text: string): number[] | null {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+].*)?$/.exec(text.trim());
  return m ? [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)] : null;
}

/** Whether `version` is older than `limit`; no extraction (null) or an unreadable version counts as older. */
export function isBelow(version: string | null, limit: string): boolean {
  const a = version === null ? null : parseVersion(version);
  const b = parseVersion(limit)!;
  if (!a) return true;
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}
