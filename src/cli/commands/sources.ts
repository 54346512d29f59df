// `dealdb sources`: the feeds, sitemaps and URL lists that crawls and schedules read.
import { deleteSource, insertSource, listSources, setSourceEnabled, SOURCE_KINDS, type SourceKind } from '../../../db/sources';
import { detectSourceKind } from '../../../jobs/discover-source';
import { openQueues } from '../../../jobs/queues';
import { parseSchedule, syncSchedules } from '../../../jobs/schedule';
import { openApp, type AppContext } from '../../context';
import { PermanentError } from '../../errors';
import { parseHttpUrl } from '../../http/client';
import { outputFormat, parseCommandArgs, refuseArguments, UsageError } from '../args';
import { writeRows } from '../output';
import type { Command } from './types';

const usage = `usage: dealdb sources add URL [--kind feed|sitemap|list] [--every 30s|15m|1h|"CRON"]
       dealdb sources list [--json]
       dealdb sources remove ID
       dealdb sources disable ID
       dealdb sources enable ID

The sources dealdb reads for new article URLs: RSS 2.0 and Atom feeds, sitemaps and sitemap
indexes (news sitemaps included), and plain lists of URLs (one per line).

  --kind    what the source is; default: fetched once and detected
  --every   how often workers read it: a duration (30s, 15m, 1h, 1d) or a cron expression
            ("*/15 * * * *"); default 1h. Schedules run only under \`dealdb worker\` (REDIS_URL);
            \`dealdb crawl\` reads every enabled source now.
  --json    list as JSON Lines

examples:
  dealdb sources add https://example.com/feed.xml --every 15m
  dealdb sources add https://example.com/news-sitemap.xml --kind sitemap --every "0 * * * *"
  dealdb sources disable 3`;

const LIST_FIELDS = ['id', 'kind', 'url', 'schedule', 'enabled', 'last_run_at', 'last_error'];

export const sourcesCommand: Command = {
  name: 'sources',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { kind: { type: 'string' }, every: { type: 'string' }, json: { type: 'boolean' } }, usage);
    const [action, arg, ...extra] = positionals;
    if (!action) throw new UsageError(`say what to do: add, list, remove, disable or enable\n\n${usage}`);
    refuseArguments(extra, usage);
    if (action !== 'add' && (values.kind || values.every)) throw new UsageError(`--kind and --every go with "add"\n\n${usage}`);
    const kind = values.kind === undefined ? undefined : parseKind(values.kind);
    const schedule = values.every ?? '1h';
    if (action === 'add') {
      if (!arg) throw new UsageError(`add needs the source URL\n\n${usage}`);
      parseHttpUrl(arg);
      parseSchedule(schedule);
    } else if (action !== 'list') {
      if (!['remove', 'disable', 'enable'].includes(action)) throw new UsageError(`unknown action "${action}"\n\n${usage}`);
      if (!arg || !/^\d+$/.test(arg)) throw new UsageError(`${action} needs a source ID (see dealdb sources list)\n\n${usage}`);
    }
    const app = await openApp(io.env, io.cwd);
    try {
      switch (action) {
        case 'add': {
          const url = parseHttpUrl(arg!).href;
          const row = await insertSource(app.database, { url, kind: kind ?? (await detectSourceKind(app.http, url)), schedule });
          if (!row) throw new PermanentError('source_exists', `${url} is already a source (see dealdb sources list)`);
          await syncRedisSchedules(app);
          io.stdout.write(`added source ${row.id}: ${row.kind} ${row.url}, every ${row.schedule}\n`);
          return 0;
        }
        case 'list': {
          const rows = (await listSources(app.database)).map((s) => ({
            id: s.id, kind: s.kind, url: s.url, schedule: s.schedule, enabled: s.enabled,
            last_run_at: s.lastRunAt?.toISOString() ?? null, last_error: s.lastError,
          }));
          writeRows(io.stdout, outputFormat({ json: values.json }), LIST_FIELDS, rows);
          return 0;
        }
        default: {
          const id = Number(arg);
          const found = action === 'remove' ? await deleteSource(app.database, id) : Boolean(await setSourceEnabled(app.database, id, action === 'enable'));
          if (!found) throw new PermanentError('source_missing', `there is no source ${id} (see dealdb sources list)`);
          await syncRedisSchedules(app);
          io.stdout.write(`${action === 'remove' ? 'removed' : `${action}d`} source ${id}\n`);
          return 0;
        }
      }
    } finally {
      await app.close();
    }
  },
};

function parseKind(value: string): SourceKind {
  if (!SOURCE_KINDS.includes(value as SourceKind)) throw new UsageError(`--kind must be one of ${SOURCE_KINDS.join(', ')}, got "${value}"`);
  return value as SourceKind;
}

/** With Redis, the schedulers follow the sources table at once; without, there is nothing to schedule. */
async function syncRedisSchedules(app: AppContext): Promise<void> {
  const redisUrl = app.config.redisUrl;
  if (!redisUrl) return;
  const queues = openQueues({ ...app.config, redisUrl });
  try {
    await syncSchedules(queues.discover, await listSources(app.database), app.config);
  } finally {
    await queues.close();
  }
}
