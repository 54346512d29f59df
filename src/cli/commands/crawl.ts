// `dealdb crawl`: discover every enabled source now. With REDIS_URL the work goes to the
// queues (and --wait follows it to the end); without, it runs here, in-process, and waits.
import { countArticlesByStatus, type StatusCounts } from '../../../db/pipeline';
import { listSources } from '../../../db/sources';
import { createInProcessPipeline } from '../../../jobs/run-in-process';
import { jobIds } from '../../../jobs/job-ids';
import { openQueues } from '../../../jobs/queues';
import { waitForArticles, waitForJobs } from '../../../jobs/track';
import { openApp, type AppContext } from '../../context';
import { createProgress } from '../../progress';
import { parseCommandArgs, refuseArguments } from '../args';
import type { CliIO, Command } from './types';

const usage = `usage: dealdb crawl [--wait]

Reads every enabled source now and fetches and extracts the new articles it lists.

With REDIS_URL, discover jobs are queued for the workers (dealdb worker); --wait follows the
work to its end with a progress bar (counts every few seconds when stderr is not a terminal)
and prints a summary. Without REDIS_URL everything runs in this process, and it always waits.

The exit code is 1 if a source could not be read; failed articles are listed by dealdb status.

examples:
  dealdb crawl --wait
  REDIS_URL=redis://127.0.0.1:6379 dealdb crawl`;

export const crawlCommand: Command = {
  name: 'crawl',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { wait: { type: 'boolean' } }, usage);
    refuseArguments(positionals, usage);
    const app = await openApp(io.env, io.cwd);
    try {
      const sourceIds = (await listSources(app.database, { enabledOnly: true })).map((s) => s.id);
      if (sourceIds.length === 0) {
        io.stderr.write('no enabled sources: add one with dealdb sources add URL\n');
        return 0;
      }
      const failedSources = app.config.redisUrl
        ? await crawlOnQueues(app, io, sourceIds, Boolean(values.wait))
        : await crawlInProcess(app, io, sourceIds);
      return failedSources === null ? 0 : failedSources > 0 ? 1 : 0;
    } finally {
      await app.close();
    }
  },
};

/** Returns how many sources failed, or null when not waiting for the outcome. */
async function crawlOnQueues(app: AppContext, io: CliIO, sourceIds: number[], wait: boolean): Promise<number | null> {
  const queues = openQueues({ ...app.config, redisUrl: app.config.redisUrl! });
  try {
    const runKey = Date.now();
    const ids = sourceIds.map((id) => jobIds.discover(id, runKey));
    await queues.discover.addBulk(sourceIds.map((sourceId, i) => ({ name: 'discover', data: { sourceId }, opts: { jobId: ids[i] } })));
    if ((await queues.discover.getWorkersCount()) === 0) io.stderr.write('no worker is running: start one with dealdb worker\n');
    if (!wait) {
      io.stderr.write(`queued discovery of ${sourceIds.length} source${sourceIds.length === 1 ? '' : 's'}; follow it with dealdb status\n`);
      return null;
    }
    const progress = createProgress(io.stderr, 'crawl');
    const discovered = await waitForJobs(queues.discover, ids, (t) => progress.update({ done: 0, total: 0, detail: { 'sources read': t.finished } }));
    const counts = await waitForArticles(app.database, { sourceIds }, (c) => progress.update(articleProgress(c)));
    progress.finish();
    writeSummary(io, sourceIds.length, discovered.failed, counts);
    return discovered.failed;
  } finally {
    await queues.close();
  }
}

async function crawlInProcess(app: AppContext, io: CliIO, sourceIds: number[]): Promise<number> {
  const pipeline = createInProcessPipeline(app);
  const progress = createProgress(io.stderr, 'crawl');
  const tick = () => {
    const { fetch, extract } = pipeline.tally;
    progress.update({ done: extract.done + extract.failed + fetch.failed, total: fetch.started, detail: { fetched: fetch.done, failed: fetch.failed + extract.failed } });
  };
  const timer = setInterval(tick, 250);
  try {
    await pipeline.discover(sourceIds);
    await pipeline.idle();
  } finally {
    clearInterval(timer);
  }
  tick();
  progress.finish();
  const counts = await countArticlesByStatus(app.database, { sourceIds });
  writeSummary(io, sourceIds.length, pipeline.tally.discover.failed, counts);
  return pipeline.tally.discover.failed;
}

function articleProgress(c: StatusCounts) {
  const total = c.queued + c.fetched + c.extracted + c.failed;
  return { done: c.extracted + c.failed, total, detail: { fetched: c.fetched, failed: c.failed } };
}

function writeSummary(io: CliIO, sources: number, failedSources: number, c: StatusCounts): void {
  const failedNote = failedSources ? `, ${failedSources} could not be read (dealdb sources list shows why)` : '';
  io.stderr.write(
    `crawl done: ${sources} source${sources === 1 ? '' : 's'}${failedNote}; their articles: ${c.extracted} extracted, ${c.failed} failed` +
      `${c.failed ? ' (dealdb status lists the reasons)' : ''}\n`,
  );
}
