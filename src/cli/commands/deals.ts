// `dealdb deals`: the current deals, for people (table), spreadsheets (CSV) or scripts (JSON Lines).
import type { CurrentDealRow } from '../../../db/deals';
import { listCurrentDeals } from '../../../db/deals';
import { openApp } from '../../context';
import { outputFormat, parseCommandArgs, parseDay } from '../args';
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
        const flat = rows.map((r) => ({
          buyer: r.buyer,
          provider: r.provider,
          kind: r.kind,
          value: format === 'csv' ? plainNumber(r.amount) : formatValue(r),
          ...(format === 'csv' ? { currency: r.currency, qualifier: r.qualifier } : {}),
          months: plainNumber(r.duration_months),
          mw: plainNumber(r.capacity_mw),
          status: r.status,
          published: r.published,
          ...(format === 'csv' ? { confidence: r.confidence, url: r.url, evidence: r.evidence } : { title: r.title }),
        }));
        writeRows(io.stdout, format, Object.keys(flat[0] ?? { buyer: 0, provider: 0, kind: 0, value: 0, months: 0, mw: 0, status: 0, published: 0 }), flat);
        if (format === 'table' && rows.length === 0) io.stderr.write('No deals yet. Store some pages first: dealdb ingest URL_OR_FILE...\n');
      }
    } finally {
      await app.close();
    }
    return 0;
  },
};

/** numeric columns come back as "38000000000.000000": drop the zero fraction. */
function plainNumber(value: string | null): string | null {
  if (value === null) return null;
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

const QUALIFIER_WORDS: Record<string, string> = { about: 'about ', up_to: 'up to ', at_least: 'at least ', more_than: 'more than ', less_than: 'less than ' };

function formatValue(r: CurrentDealRow): string {
  const amount = plainNumber(r.amount);
  if (amount === null) return '';
  const [whole, fraction] = amount.split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
  const high = plainNumber(r.amount_high);
  return `${QUALIFIER_WORDS[r.qualifier ?? ''] ?? ''}${r.currency ?? ''} ${grouped}${high ? `-${high}` : ''}${r.per ? `/${r.per}` : ''}`;
}

function dealJson(r: CurrentDealRow): Record<string, unknown> {
  const amount = plainNumber(r.amount);
  const high = plainNumber(r.amount_high);
  const months = plainNumber(r.duration_months);
  const mw = plainNumber(r.capacity_mw);
  return {
    buyer: r.buyer,
    provider: r.provider,
    kind: r.kind,
    value:
      amount === null
        ? null
        : {
            amount: Number(amount),
            amount_exact: amount,
            currency: r.currency,
            qualifier: r.qualifier,
            ...(high ? { amount_high: Number(high) } : {}),
            ...(r.per ? { per: r.per } : {}),
          },
    duration_months: months === null ? null : Number(months),
    capacity_mw: mw === null ? null : Number(mw),
    status: r.status,
    url: r.url,
    published: r.published,
    title: r.title,
    evidence: r.evidence,
    confidence: r.confidence,
  };
}
