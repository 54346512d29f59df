// `dealdb status`: articles by status (Postgres), queue counts (Redis, when configured) and
// the most recent failures with their reasons.
import { countArticlesByStatus, listRecentFailures } from '../../../db/pipeline';
import { countQueueJobs, JOB_STATES, openQueues, type Queues } from '../../../jobs/queues';
import { openApp } from '../../context';
import { parseCommandArgs, refuseArguments } from '../args';
import { writeTable } from '../output';
import type { Command } from './types';

const usage = `usage: dealdb status [--json]

Shows how many articles are queued, fetched, extracted and failed, the BullMQ queue counts
(with REDIS_URL), and the ten most recent failures with their reasons.

  --json   one object: {"articles": {"queued","fetched","extracted","failed"},
           "queues": {"fetch": {"waiting","active","delayed","failed","completed"}, ...},
           "failures": [{"url","reason","at"}]}

example:
  dealdb status --json | jq .articles`;

export const statusCommand: Command = {
  name: 'status',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, usage);
    refuseArguments(positionals, usage);
    const app = await openApp(io.env, io.cwd);
    try {
      const articles = await countArticlesByStatus(app.database);
      const failures = await listRecentFailures(app.database, 10);
      const queues = app.config.redisUrl ? await readQueueCounts(openQueues({ ...app.config, redisUrl: app.config.redisUrl })) : {};
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ articles, queues, failures })}\n`);
        return 0;
      }
      writeTable(io.stdout, ['status', 'articles'], Object.entries(articles).map(([status, n]) => ({ status, articles: n })));
      if (Object.keys(queues).length) {
        io.stdout.write('\n');
        writeTable(io.stdout, ['queue', ...JOB_STATES], Object.entries(queues).map(([queue, counts]) => ({ queue, ...counts })));
      } else {
        io.stdout.write('\n(no REDIS_URL: no queues; crawl and resume run in-process)\n');
      }
      if (failures.length) {
        io.stdout.write('\nrecent failures:\n');
        writeTable(io.stdout, ['at', 'url', 'reason'], failures.map((f) => ({ ...f })), 100);
      }
      return 0;
    } finally {
      await app.close();
    }
  },
};

async function readQueueCounts(queues: Queues): Promise<Record<string, Record<string, number>>> {
  try {
    return await countQueueJobs(queues);
  } finally {
    await queues.close();
  }
}
