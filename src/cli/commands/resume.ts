// `dealdb resume`: Postgres is the source of truth, so after Redis lost its data or a crash,
// every article's status is first set from its rows where the two disagree, then every
// unfinished article is handed to its next stage again: queued -> fetch, fetched -> extract.
// Job ids derive from row ids, so what is still queued is not queued twice; a finished job
// holding an id is dropped first, since its article says the work is still to do.
import { listUnfinishedArticles, repairArticleStatuses, type RepairedStatuses } from '../../../db/pipeline';
import { EXTRACTOR_VERSION } from '../../../extractors/version';
import { listSources } from '../../../db/sources';
import { createInProcessPipeline } from '../../../jobs/run-in-process';
import { jobIds } from '../../../jobs/job-ids';
import { openQueues, requeueUnfinished } from '../../../jobs/queues';
import { syncSchedules } from '../../../jobs/schedule';
import { openApp } from '../../context';
import { createProgress } from '../../progress';
import { parseCommandArgs, refuseArguments } from '../args';
import type { Command } from './types';

const usage = `usage: dealdb resume

Sets each article's status from its rows where they disagree (extracted when its current
extraction comes from its newest page and this extractor version; to be extracted again when it
does not), then re-enqueues every article that is not finished (queued: fetch it; fetched:
extract it) and, with REDIS_URL, restores the source schedules. Use it after Redis lost its data or after a crash;
running it when nothing was lost changes nothing. Without REDIS_URL the work runs here, in-process.

example:
  dealdb resume && dealdb status`;

export const resumeCommand: Command = {
  name: 'resume',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, {}, usage);
    refuseArguments(positionals, usage);
    const app = await openApp(io.env, io.cwd);
    try {
      const repaired = await repairArticleStatuses(app.database, EXTRACTOR_VERSION);
      if (Object.keys(repaired).length) io.stderr.write(`${describeRepairs(repaired)}\n`);
      const unfinished = await listUnfinishedArticles(app.database);
      if (app.config.redisUrl) {
        const queues = openQueues({ ...app.config, redisUrl: app.config.redisUrl });
        try {
          await requeueUnfinished(queues, unfinished);
          await syncSchedules(queues.discover, await listSources(app.database), app.config);
        } finally {
          await queues.close();
        }
        io.stderr.write(`re-enqueued ${unfinished.queued.length} fetch and ${unfinished.fetched.length} extract jobs; schedules restored\n`);
        return 0;
      }
      const pipeline = createInProcessPipeline(app);
      const progress = createProgress(io.stderr, 'resume');
      const timer = setInterval(() => {
        const { fetch, extract } = pipeline.tally;
        progress.update({ done: extract.done + extract.failed + fetch.failed, total: unfinished.queued.length + unfinished.fetched.length });
      }, 250);
      try {
        await pipeline.dispatch.fetch(unfinished.queued);
        await pipeline.dispatch.extract(unfinished.fetched);
        await pipeline.idle();
      } finally {
        clearInterval(timer);
      }
      progress.finish();
      const { fetch, extract } = pipeline.tally;
      io.stderr.write(`resumed ${unfinished.queued.length + unfinished.fetched.length} articles: ${extract.done} extracted, ${fetch.failed + extract.failed} failed\n`);
      return fetch.failed + extract.failed > 0 ? 1 : 0;
    } finally {
      await app.close();
    }
  },
};

function describeRepairs(repaired: RepairedStatuses): string {
  const parts = Object.entries(repaired).sort(([a], [b]) => a.localeCompare(b)).map(([status, n]) => `${n} now ${status}`);
  return `status set from the rows where they disagreed: ${parts.join(', ')}`;
}
