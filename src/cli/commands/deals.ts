// `dealdb deals`: the current deals, for people (table), spreadsheets (CSV) or scripts (JSON Lines).
import { listCurrentDeals } from '../../../db/deals';
import { openApp } from '../../context';
import { outputFormat, parseCommandArgs, parseDay } from '../args';
import { dealCsvRow, dealJson, formatDealValue, plainNumber } from '../deal-rows';
import { writeRows } from '../output';
import type { Command } from './types';

const usage = `usage: dealdb deals [--json|--csv] [--buyer NAME] [--provider NAME] [--since YYYY-MM-DD]

Lists the deals of every article's current extraction, newest first.

  --json             one deal per line: the deal fields of SCHEMA.md plus url, published, evidence
  --csv              comma-separated, with a header row
  --buyer NAME       only deals whose buyer is NAME (any alias: AWS = Amazon Web Services)
  --provider NAME    only deals whose provider is NAME
  --since DATE       only deals announced on or after DATE

example:
  dealdb deals --buyer OpenAI --since 2025-01-01`;

export const dealsCommand: Command = {
  name: 'deals',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      { json: { type: 'boolean' }, csv: { type: 'boolean' }, buyer: { type: 'string' }, provider: { type: 'string' }, since: { type: 'string' } },
      usage,
    );
    const format = outputFormat(values);
    const since = values.since === undefined ? undefined : parseDay(values.since, '--since');
    const app = await openApp(io.env, io.cwd);
    try {
      const rows = await listCurrentDeals(app.database, { buyer: values.buyer, provider: values.provider, since });
      if (format === 'json') {
        writeRows(io.stdout, 'json', [], rows.map(dealJson));
      } else {
        const flat = rows.map((r) =>
          format === 'csv'
            ? dealCsvRow(r)
            : {
                buyer: r.buyer,
                provider: r.provider,
                kind: r.kind,
                value: formatDealValue(r),
                months: plainNumber(r.duration_months),
                mw: plainNumber(r.capacity_mw),
                status: r.status,
                published: r.published,
                title: r.title,
              },
        );
        writeRows(io.stdout, format, Object.keys(flat[0] ?? { buyer: 0, provider: 0, kind: 0, value: 0, months: 0, mw: 0, status: 0, published: 0 }), flat);
        if (format === 'table' && rows.length === 0) io.stderr.write('No deals yet. Store some pages first: dealdb ingest URL_OR_FILE...\n');
      }
    } finally {
      await app.close();
    }
    return 0;
  },
};
