// `dealdb worker`: runs BullMQ workers until SIGTERM or SIGINT, then shuts down gracefully:
// stop taking jobs, let running ones finish (bounded by DEALDB_SHUTDOWN_TIMEOUT_MS), close every
// Redis and database connection, and return so the process exits by itself.
import { closeWithin, QUEUE_NAMES, type QueueName } from '../../../jobs/queues';
import { startWorkers } from '../../../jobs/worker';
import { openApp } from '../../context';
import { parseCommandArgs, UsageError, refuseArguments } from '../args';
import type { Command } from './types';

const usage = `usage: dealdb worker [--queues discover,fetch,extract] [--concurrency N]

Processes the discover, fetch and extract queues (BullMQ on REDIS_URL) until stopped with
SIGTERM or SIGINT. Run as many workers on as many machines as you like against one Redis and
one PostgreSQL: they share the work, and a job whose worker died is taken over.

  --queues        the stages this process works on; default all three
  --concurrency   jobs at once per queue; default DEALDB_FETCH_CONCURRENCY for fetch,
                  DEALDB_EXTRACT_CONCURRENCY for extract, 2 for discover

On SIGTERM/SIGINT running jobs get DEALDB_SHUTDOWN_TIMEOUT_MS (default 30000) to finish; what is
still running then returns to the queue when its lock expires.

examples:
  dealdb worker
  dealdb worker --queues extract --concurrency 1   # one per core for CPU-bound extraction`;

export const workerCommand: Command = {
  name: 'worker',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { queues: { type: 'string' }, concurrency: { type: 'string' } }, usage);
    refuseArguments(positionals, usage);
    const queues = parseQueues(values.queues);
    const concurrency = values.concurrency === undefined ? undefined : parseConcurrency(values.concurrency);
    if (!io.env.REDIS_URL) {
      throw new UsageError('dealdb worker needs REDIS_URL (e.g. redis://127.0.0.1:6379); without Redis, `dealdb crawl` runs the pipeline in-process');
    }
    const app = await openApp(io.env, io.cwd);
    let workers;
    try {
      workers = await startWorkers(app, { queues, concurrency });
    } catch (err) {
      await app.close();
      throw err;
    }
    const signal = await waitForSignal();
    app.log.info(`${signal}: finishing running jobs, then stopping`, { timeoutMs: app.config.shutdownTimeoutMs });
    await workers.close(app.config.shutdownTimeoutMs);
    await closeWithin(app.close(), 5_000);
    app.log.info('worker stopped');
    return 0;
  },
};

function parseQueues(value: string | undefined): QueueName[] {
  if (value === undefined) return [...QUEUE_NAMES];
  const names = value.split(',').map((q) => q.trim()).filter(Boolean);
  const unknown = names.filter((q) => !QUEUE_NAMES.includes(q as QueueName));
  if (unknown.length || names.length === 0) throw new UsageError(`--queues takes a comma-separated list of ${QUEUE_NAMES.join(', ')}; got "${value}"`);
  return [...new Set(names)] as QueueName[];
}

function parseConcurrency(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`--concurrency takes a whole number from 1 to 1000, got "${value}"`);
  return n;
}

function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', on);
      process.off('SIGINT', on);
      resolve(signal);
    };
    process.on('SIGTERM', on);
    process.on('SIGINT', on);
  });
}
