// `dealdb sql`: SQL on whichever database is configured (the only way into the embedded one).
import { openApp } from '../../context';
import { outputFormat, parseCommandArgs, UsageError } from '../args';
import { writeRows } from '../output';
import type { Command } from './types';

const usage = `usage: dealdb sql "QUERY" [--json|--csv] [--write]

Runs QUERY on the configured database (embedded when DATABASE_URL is unset) and prints the rows.
Read-only (one statement, in a READ ONLY transaction) unless --write is given.

  --json    one row object per line
  --csv     comma-separated, with a header row
  --write   allow statements that change data (and several statements separated by ;)

examples:
  dealdb sql "select buyer, provider, amount, currency from current_deals"
  dealdb sql --json "select 1 as one"`;

export const sqlCommand: Command = {
  name: 'sql',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      { json: { type: 'boolean' }, csv: { type: 'boolean' }, write: { type: 'boolean' } },
      usage,
    );
    if (positionals.length !== 1) throw new UsageError(`give exactly one QUERY, quoted\n\n${usage}`);
    const format = outputFormat(values);
    const app = await openApp(io.env, io.cwd);
    try {
      const result = await app.database.rawQuery(positionals[0]!, { write: Boolean(values.write) }).catch((err: Error) => {
        const readOnly = /read-only transaction|cannot insert multiple commands/i.test(err.message);
        throw new UsageError(readOnly ? `${err.message}: this query changes data or has several statements; add --write to allow it` : `SQL error: ${err.message}`);
      });
      writeRows(io.stdout, format, result.fields, result.rows);
    } finally {
      await app.close();
    }
    return 0;
  },
};
