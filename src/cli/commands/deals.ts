// `dealdb deals`: the deals (one row per transaction, with its report counts) or their reports,
// for people (table), spreadsheets (CSV) or scripts (JSON Lines); one deal in full; and the
// analysts' corrections, merge and split.
import type { DealDetail, DealReportRow, DealRow } from '../../../db/deals';
import { getDeal, listDealReports, listDeals } from '../../../db/deals';
import { mergeDeals, splitDeal } from '../../../db/consolidate/overrides';
import { openApp, type AppContext } from '../../context';
import { outputFormat, parseCommandArgs, parseDay, refuseArguments, UsageError } from '../args';
import { dealCells, dealFields, dealJson, detailJson, formatDealValue, formatUsd, plainNumber, reportCells, reportFields, reportJson } from '../deal-rows';
import { writeJsonLines, writeRows } from '../output';
import type { CliIO, Command } from './types';

const usage = `usage: dealdb deals [--reports] [--json|--csv] [--buyer NAME] [--provider NAME] [--since YYYY-MM-DD]
       dealdb deals show ID [--json]
       dealdb deals merge ID ID... [--json]
       dealdb deals split ID --report REPORT_ID [--json]

Lists the deals, newest first: one row per transaction however many articles report it, with
the number of reports and of distinct outlets. --reports lists every article's account instead.

  --reports          one row per deal report (each article's account), with its deal's id
  --json             one deal per line: id, buyer, provider, kind, value, amount_usd, duration_months,
                     capacity_mw, status, first_reported_on, last_reported_on, reports, outlets,
                     expands_deal_id; with --reports the report fields, deal_id, url, published, evidence
  --csv              comma-separated, with a header row
  --buyer NAME       only deals whose buyer is NAME (any alias: AWS = Amazon Web Services)
  --provider NAME    only deals whose provider is NAME
  --since DATE       only deals first reported (reports: published) on or after DATE

  show ID            the deal, its status history and every report with its evidence
  merge ID ID...     make the deals one (same buyer and provider); kept through re-extraction and rebuilds
  split ID --report REPORT_ID
                     take the report out of the deal into a deal of its own; kept likewise

examples:
  dealdb deals --buyer OpenAI --since 2025-01-01
  dealdb deals show 12
  dealdb deals split 12 --report 40`;

export const dealsCommand: Command = {
  name: 'deals',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs(
      argv,
      {
        json: { type: 'boolean' }, csv: { type: 'boolean' }, reports: { type: 'boolean' }, report: { type: 'string' },
        buyer: { type: 'string' }, provider: { type: 'string' }, since: { type: 'string' },
      },
      usage,
    );
    const format = outputFormat(values);
    const [action, ...args] = positionals;
    if (action === undefined) {
      if (values.report !== undefined) throw new UsageError(`--report goes with split\n\n${usage}`);
      const since = values.since === undefined ? undefined : parseDay(values.since, '--since');
      const filter = { buyer: values.buyer, provider: values.provider, since };
      return withApp(io, async (app) => {
        if (values.reports) writeReports(io, format, await listDealReports(app.database, filter));
        else writeDeals(io, format, await listDeals(app.database, filter));
        return 0;
      });
    }
    if (values.reports || values.buyer || values.provider || values.since || values.csv) {
      throw new UsageError(`--reports, --csv, --buyer, --provider and --since go with the list, not with ${action}\n\n${usage}`);
    }
    const ids = args.map((a) => parseId(a, action));
    switch (action) {
      case 'show': {
        if (ids.length !== 1) throw new UsageError(`show needs one deal ID\n\n${usage}`);
        return withApp(io, async (app) => {
          const detail = await getDeal(app.database, ids[0]!);
          if (!detail) {
            io.stderr.write(`dealdb deals: no deal ${ids[0]}: list them with dealdb deals\n`);
            return 1;
          }
          if (format === 'json') writeJsonLines(io.stdout, [detailJson(detail)]);
          else writeDetail(io, detail);
          return 0;
        });
      }
      case 'merge': {
        if (ids.length < 2) throw new UsageError(`merge needs two deal IDs or more\n\n${usage}`);
        return withApp(io, async (app) => {
          const id = await mergeDeals(app.database, ids, { windowDays: app.config.dealWindowDays });
          if (format === 'json') writeJsonLines(io.stdout, [{ deal_id: id, merged: ids }]);
          else io.stdout.write(`deals ${ids.join(', ')} are now deal ${id}. See it with: dealdb deals show ${id}\n`);
          return 0;
        });
      }
      case 'split': {
        if (ids.length !== 1 || values.report === undefined) throw new UsageError(`split needs one deal ID and --report REPORT_ID\n\n${usage}`);
        const reportId = parseId(values.report, '--report');
        return withApp(io, async (app) => {
          const id = await splitDeal(app.database, ids[0]!, reportId, { windowDays: app.config.dealWindowDays });
          if (format === 'json') writeJsonLines(io.stdout, [{ deal_id: id, report_id: reportId, from_deal_id: ids[0] }]);
          else io.stdout.write(`report ${reportId} is now deal ${id}; deal ${ids[0]} keeps the others. See it with: dealdb deals show ${id}\n`);
          return 0;
        });
      }
      default:
        refuseArguments([action], usage);
        return 2;
    }
  },
};

async function withApp(io: CliIO, fn: (app: AppContext) => Promise<number>): Promise<number> {
  const app = await openApp(io.env, io.cwd);
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

function parseId(value: string, what: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value)) throw new UsageError(`${what} expects a numeric id, got "${value}"\n\n${usage}`);
  return Number(value);
}

function writeDeals(io: CliIO, format: 'json' | 'csv' | 'table', rows: DealRow[]): void {
  if (format === 'json') return writeJsonLines(io.stdout, rows.map(dealJson));
  writeRows(io.stdout, format, dealFields(format), rows.map((r) => dealCells(r, format)));
  if (format === 'table' && rows.length === 0) io.stderr.write('No deals yet. Store some pages first: dealdb ingest URL_OR_FILE...\n');
}

function writeReports(io: CliIO, format: 'json' | 'csv' | 'table', rows: DealReportRow[]): void {
  if (format === 'json') return writeJsonLines(io.stdout, rows.map(reportJson));
  writeRows(io.stdout, format, reportFields(format), rows.map((r) => reportCells(r, format)));
  if (format === 'table' && rows.length === 0) io.stderr.write('No deal reports yet. Store some pages first: dealdb ingest URL_OR_FILE...\n');
}

function writeDetail(io: CliIO, { deal, history, reports }: DealDetail): void {
  const line = (label: string, value: unknown) => value !== null && value !== undefined && value !== '' && io.stdout.write(`  ${label.padEnd(16)} ${value}\n`);
  io.stdout.write(`deal ${deal.id}: ${deal.buyer} <- ${deal.provider} (${deal.kind}), ${deal.status}\n`);
  line('value', formatDealValue(deal));
  line('in US dollars', formatUsd(deal));
  line('months', plainNumber(deal.duration_months));
  line('MW', plainNumber(deal.capacity_mw));
  line('reported', `${deal.first_reported_on ?? '?'} to ${deal.last_reported_on ?? '?'}, ${deal.reports} report${deal.reports === 1 ? '' : 's'} from ${deal.outlets} outlet${deal.outlets === 1 ? '' : 's'}`);
  line('expands deal', deal.expands_deal_id);
  io.stdout.write('status history:\n');
  for (const h of history) io.stdout.write(`  ${h.reported_on ?? 'undated'}  ${h.status.padEnd(9)} report ${h.report_id}\n`);
  io.stdout.write('reports:\n');
  for (const r of reports) {
    io.stdout.write(`  report ${r.id}  ${r.published ?? 'undated'}  ${r.outlet}  ${r.status}  ${formatDealValue(r) || 'no value'}\n`);
    io.stdout.write(`    ${r.url}\n    "${r.evidence.replace(/\s+/g, ' ')}"\n`);
  }
}
