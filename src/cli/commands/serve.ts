// `dealdb serve`: the read-only web app on the configured database until SIGINT or SIGTERM.
import { loadConfig } from '../../config';
import { openStore } from '../../context';
import { countQueueJobs, openQueues } from '../../../jobs/queues';
import { createLogger } from '../../log';
import { buildWebServer } from '../../web/server';
import { parseCommandArgs, refuseArguments, UsageError } from '../args';
import type { Command } from './types';

const usage = `usage: dealdb serve [--port 8080] [--host 127.0.0.1]

Serves a read-only web app over the configured database (embedded when DATABASE_URL is unset):
overview charts, deals with filters and downloads, each deal's evidence, companies, figures by
role, the pipeline's status, and a JSON API under /api/. Stops on Ctrl-C (SIGINT) or SIGTERM.

  --port N      port to listen on (default 8080; 0 picks a free one)
  --host ADDR   address to bind (default 127.0.0.1). Anything but loopback exposes the data
                to the network: there is no login.

example:
  dealdb serve   # then open http://127.0.0.1:8080`;

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1)$/i;

export const serveCommand: Command = {
  name: 'serve',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } }, usage);
    refuseArguments(positionals, usage);
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) throw new UsageError(`--port expects a number from 0 to 65535, got "${values.port}"`);
    const host = values.host;
    const config = loadConfig(io.env, io.cwd);
    const log = createLogger(config.logLevel);
    const { database } = await openStore(config);
    const queues = config.redisUrl ? openQueues({ ...config, redisUrl: config.redisUrl }) : null;
    const app = buildWebServer(database, log, queues ? { queueCounts: () => countQueueJobs(queues) } : {});
    try {
      await app.listen({ port: Number(values.port), host });
    } catch (err) {
      await queues?.close().catch(() => {});
      await database.close().catch(() => {});
      throw new UsageError(`cannot listen on ${host}:${values.port} (${(err as Error).message}): choose another --port or --host`);
    }
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : Number(values.port);
    if (!LOOPBACK.test(host)) {
      io.stderr.write(`dealdb serve: warning: listening on ${host}, reachable from other machines; the app has no login and shows all the data\n`);
    }
    const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `the embedded database in ${config.dataDir}`;
    io.stdout.write(`dealdb serve: http://${host.includes(':') ? `[${host}]` : host}:${port} on ${where}; Ctrl-C stops\n`);
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    await app.close();
    await queues?.close();
    await database.close();
    return 0;
  },
};
