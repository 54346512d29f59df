// `dealdb consolidate --rebuild`: every deal recomputed from the current reports, the same rows
// the incremental path keeps (test/consolidate compares them). For after a change of the
// gazetteer, of DEALDB_DEAL_WINDOW_DAYS or of the matching rules.
import { rebuildDeals } from '../../../db/consolidate/store';
import { openApp } from '../../context';
import { parseCommandArgs, refuseArguments, UsageError } from '../args';
import { writeJsonLines } from '../output';
import type { Command } from './types';

const usage = `usage: dealdb consolidate --rebuild [--json]

Recomputes every deal from the current deal reports, as if they had all arrived at once. Saving
an extraction already keeps deals up to date; rebuild after changing DEALDB_DEAL_WINDOW_DAYS,
the gazetteer or the matching rules. Deals keep their ids while they keep their reports;
analysts' merges and splits are kept. Writes wait while it runs.

  --rebuild   required: say that every deal is to be recomputed
  --json      print {"deals","reports"} as one JSON line

example:
  DEALDB_DEAL_WINDOW_DAYS=90 dealdb consolidate --rebuild`;

export const consolidateCommand: Command = {
  name: 'consolidate',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { rebuild: { type: 'boolean' }, json: { type: 'boolean' } }, usage);
    refuseArguments(positionals, usage);
    if (!values.rebuild) throw new UsageError(`say --rebuild to recompute every deal\n\n${usage}`);
    const app = await openApp(io.env, io.cwd);
    try {
      const counts = await app.database.transaction((tx) => rebuildDeals(tx, { windowDays: app.config.dealWindowDays }));
      if (values.json) writeJsonLines(io.stdout, [counts]);
      else io.stdout.write(`${counts.deals} deal${counts.deals === 1 ? '' : 's'} from ${counts.reports} report${counts.reports === 1 ? '' : 's'}. See them with: dealdb deals\n`);
    } finally {
      await app.close();
    }
    return 0;
  },
};
