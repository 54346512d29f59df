// Entry points build the context here (config, logger, database, HTTP client) and pass it down;
// nothing opens a connection on import.
import { openDatabase, type Database } from '../db/client';
import { syncShippedRates } from '../db/fx';
import { syncOrganizations } from '../db/organizations';
import { ORGANIZATIONS } from '../extractors/orgs';
import type { JobContext } from '../jobs/context';
import { loadConfig, type Config } from './config';
import { createHttpClient, type HttpClient } from './http/client';
import { createLogger, type Logger } from './log';

export function createHttp(config: Config): HttpClient {
  return createHttpClient({
    userAgent: config.userAgent,
    allowPrivateHosts: config.allowPrivateHosts,
    maxBytes: config.maxPageBytes,
    perHostDelayMs: config.hostDelayMs,
    perHostConcurrency: config.hostConcurrency,
  });
}

/** Opens the configured database, applies pending migrations and mirrors the gazetteer into it. */
export async function openStore(config: Config): Promise<{ database: Database; organizationIds: Set<string> }> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await database.migrate();
    const organizationIds = await syncOrganizations(database, ORGANIZATIONS);
    await syncShippedRates(database, { windowDays: config.dealWindowDays });
    return { database, organizationIds };
  } catch (err) {
    await database.close().catch(() => {});
    throw err;
  }
}

export interface AppContext extends JobContext {
  close(): Promise<void>;
}

export async function openApp(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Promise<AppContext> {
  const config = loadConfig(env, cwd);
  const log: Logger = createLogger(config.logLevel);
  const { database, organizationIds } = await openStore(config);
  const http = createHttp(config);
  return {
    config,
    log,
    database,
    http,
    organizationIds,
    async close() {
      await http.close();
      await database.close();
    },
  };
}
