// Query and path parameters of every route, validated once (zod): a bad value is a 400 that says
// which parameter, what it got and what it takes. Empty values (a form's blank fields) are absent.
import { z } from 'zod';
import { dealKinds, dealStatuses, mentionKinds } from '../../db/schema';
import { DEAL_SORTS, type DealPage, type FigureFilter, type WebDealFilter } from '../../db/web-queries';
import { parseDay } from '../cli/args';

export class BadRequestError extends Error {
  override name = 'BadRequestError';
}

/** The largest page any list answers; bigger sets are paged or downloaded. */
const MAX_PAGE_SIZE = 200;
const DEFAULT_PAGE_SIZE = 50;
/** Rows in one CSV or JSON download. */
export const MAX_EXPORT_ROWS = 50_000;

const FIGURE_ROLES = [
  'deal_value', 'deal_term', 'deal_capacity', 'revenue', 'loss', 'quarterly_loss', 'profit', 'valuation', 'market_cap',
  'share_price', 'share_move', 'capex_plan', 'aggregate_commitments', 'earlier_deal', 'context_deal', 'other_deal', 'tranche',
  'option_ceiling', 'conversion', 'restatement', 'site_capacity', 'target', 'cost_estimate', 'funding_round', 'other', 'unassigned',
] as const;

const name = z.string().max(200, 'at most 200 characters');
const day = z.string().transform((v, ctx) => {
  try {
    return parseDay(v, 'it');
  } catch {
    ctx.addIssue({ code: 'custom', message: `expects a date as YYYY-MM-DD, got "${v}"` });
    return z.NEVER;
  }
});
const positiveInt = (max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'expects a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(max, `must be at most ${max}`));
const paging = {
  page: positiveInt(1_000_000).default(1),
  size: positiveInt(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
};

const dealQuery = z.strictObject({
  buyer: name.optional(),
  provider: name.optional(),
  kind: z.enum(dealKinds).optional(),
  status: z.enum(dealStatuses).optional(),
  from: day.optional(),
  to: day.optional(),
  min: z.string().regex(/^\d{1,15}(\.\d{1,6})?$/, 'expects an amount in USD such as 1000000000').optional(),
  q: name.optional(),
  sort: z.enum(DEAL_SORTS).default('date'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  ...paging,
});

const figureQuery = z.strictObject({
  role: z.enum(FIGURE_ROLES).optional(),
  kind: z.enum(mentionKinds.filter((k) => k !== 'organization') as ['money', 'duration', 'power']).optional(),
  ...paging,
});

const noQuery = z.strictObject({});

function parse<S extends z.ZodType>(schema: S, query: unknown): z.output<S> {
  const entries = Object.entries((query ?? {}) as Record<string, unknown>);
  const repeated = entries.find(([, v]) => Array.isArray(v));
  if (repeated) throw new BadRequestError(`parameter "${repeated[0]}" is given more than once; give it once`);
  const present = Object.fromEntries(entries.filter(([, v]) => v !== ''));
  const result = schema.safeParse(present);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === 'unrecognized_keys') {
    const known = schema instanceof z.ZodObject ? Object.keys(schema.shape).join(', ') : '';
    throw new BadRequestError(`unknown parameter "${issue.keys.join('", "')}"${known ? `; this page takes ${known}` : '; this page takes none'}`);
  }
  const key = String(issue.path[0] ?? '');
  const got = typeof present[key] === 'string' ? ` (got "${String(present[key]).slice(0, 60)}")` : '';
  const message = issue.code === 'invalid_value' ? `must be one of ${issue.values.join(', ')}` : issue.message;
  throw new BadRequestError(`parameter "${key}" ${message}${got}`);
}

export interface DealQuery {
  filter: WebDealFilter;
  page: DealPage;
}

export function parseDealQuery(query: unknown): DealQuery {
  const q = parse(dealQuery, query);
  if (q.from && q.to && q.from > q.to) throw new BadRequestError(`parameter "from" (${q.from}) is after "to" (${q.to}); swap them`);
  return {
    filter: { buyer: q.buyer, provider: q.provider, kind: q.kind, status: q.status, from: q.from, to: q.to, minUsd: q.min, q: q.q },
    page: { sort: q.sort, dir: q.dir, page: q.page, size: q.size },
  };
}

export function parseFigureQuery(query: unknown): { filter: FigureFilter; page: { page: number; size: number } } {
  const q = parse(figureQuery, query);
  return { filter: { role: q.role, kind: q.kind }, page: { page: q.page, size: q.size } };
}

export function parseNoQuery(query: unknown): void {
  parse(noQuery, query);
}

export function parseDealId(value: string): number {
  if (!/^\d{1,15}$/.test(value) || Number(value) < 1) throw new BadRequestError(`a deal id is a positive whole number, got "${value.slice(0, 60)}"`);
  return Number(value);
}

export function parseCompanyId(value: string): string {
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(value)) throw new BadRequestError(`a company id is a slug such as "amazon-web-services", got "${value.slice(0, 60)}"`);
  return value;
}

/** The query string of a deal filter (for links that keep it: sorting, paging, downloads). */
export function dealQueryString(filter: WebDealFilter, page: Partial<DealPage> = {}): string {
  const params = new URLSearchParams();
  const set = (k: string, v: string | number | undefined) => v !== undefined && v !== '' && params.set(k, String(v));
  set('buyer', filter.buyer);
  set('provider', filter.provider);
  set('kind', filter.kind);
  set('status', filter.status);
  set('from', filter.from);
  set('to', filter.to);
  set('min', filter.minUsd);
  set('q', filter.q);
  if (page.sort && page.sort !== 'date') set('sort', page.sort);
  if (page.dir && page.dir !== 'desc') set('dir', page.dir);
  if (page.page && page.page > 1) set('page', page.page);
  if (page.size && page.size !== DEFAULT_PAGE_SIZE) set('size', page.size);
  const s = params.toString();
  return s ? `?${s}` : '';
}

