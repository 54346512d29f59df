// `dealdb migrate`: apply pending migrations (every other command also does it on first use).
import { loadConfig } from '../../config';
import { openStore } from '../../context';
import { parseCommandArgs } from '../args';
import type { Command } from './types';

const usage = `usage: dealdb migrate

Applies the committed migrations that the configured database has not seen yet and loads the
company gazetteer into organizations and organization_aliases. Safe to run any number of times,
from several machines at once.

example:
  DATABASE_URL=postgres://localhost/dealdb dealdb migrate`;

export const migrateCommand: Command = {
  name: 'migrate',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(argv, {}, usage);
    const config = loadConfig(io.env, io.cwd);
    const { database, organizationIds } = await openStore(config);
    await database.close();
    const where = config.databaseUrl ? 'PostgreSQL' : `the embedded database in ${config.dataDir}`;
    io.stdout.write(`${where} is up to date (${organizationIds.size} organizations).\n`);
    return 0;
  },
};
