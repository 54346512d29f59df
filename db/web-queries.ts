// Every read the web app (`dealdb serve`) makes, in one place, each page's reads in one READ ONLY
// transaction (Database.readOnly, the guard of `dealdb sql`). A deal is a transaction (the
// current_deals view, as `dealdb deals` lists them); its reports are current_deal_reports rows.
// The deal's own columns, name matching and detail come from db/deals.ts; this module adds what
// the pages need beyond the CLI: filters, sorting, paging, article text and figures, aggregates.
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './client';
import { DEAL_COLUMNS, dealRow, nameMatches, readDeal, type DealDetail, type DealReportRow, type DealRow } from './deals';
import { articleStatuses, type ArticleStatus } from './schema';

export const DEAL_SORTS = ['date', 'buyer', 'provider', 'kind', 'value', 'usd', 'months', 'mw', 'status', 'reports', 'outlets'] as const;
export type DealSort = (typeof DEAL_SORTS)[number];

// Qualified: a bare name would sort by the select list's text casts (amount::text AS amount).
const SORT_COLUMNS: Record<DealSort, string> = {
  date: 'current_deals.first_reported_on',
  buyer: 'lower(current_deals.buyer)',
  provider: 'lower(current_deals.provider)',
  kind: 'current_deals.kind',
  value: 'current_deals.amount',
  usd: 'current_deals.amount_usd',
  months: 'current_deals.duration_months',
  mw: 'current_deals.capacity_mw',
  status: 'current_deals.status',
  reports: 'current_deals.reports',
  outlets: 'current_deals.outlets',
};

export interface WebDealFilter {
  buyer?: string;
  provider?: string;
  kind?: string;
  status?: string;
  /** YYYY-MM-DD, inclusive: the day a deal was first reported. */
  from?: string;
  to?: string;
  /** Decimal string: deals worth at least this many US dollars (converted at the month's rate). */
  minUsd?: string;
  /** Free text over buyer and provider names (resolved and as written). */
  q?: string;
}

export interface DealPage {
  sort: DealSort;
  dir: 'asc' | 'desc';
  /** 1-based. */
  page: number;
  size: number;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function dealWhere(f: WebDealFilter): SQL {
  const where: SQL[] = [sql`true`];
  if (f.buyer) where.push(nameMatches('buyer', f.buyer));
  if (f.provider) where.push(nameMatches('provider', f.provider));
  if (f.kind) where.push(sql`kind = ${f.kind}`);
  if (f.status) where.push(sql`status = ${f.status}`);
  if (f.from) where.push(sql`first_reported_on >= ${f.from}::date`);
  if (f.to) where.push(sql`first_reported_on <= ${f.to}::date`);
  if (f.minUsd) where.push(sql`amount_usd >= ${f.minUsd}::numeric`);
  if (f.q) {
    const p = likePattern(f.q);
    where.push(sql`(buyer ILIKE ${p} OR provider ILIKE ${p} OR buyer_name ILIKE ${p} OR provider_name ILIKE ${p})`);
  }
  return sql.join(where, sql` AND `);
}

function dealOrder(p: Pick<DealPage, 'sort' | 'dir'>): SQL {
  return sql.raw(`ORDER BY ${SORT_COLUMNS[p.sort]} ${p.dir === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, current_deals.id ${p.dir === 'asc' ? 'ASC' : 'DESC'}`);
}

export async function listDeals(database: Database, filter: WebDealFilter, page: DealPage): Promise<{ total: number; deals: DealRow[] }> {
  return database.readOnly(async (rows) => {
    const where = dealWhere(filter);
    // One pass counts and pages (the window count runs before LIMIT). A page past the end has no row to carry the count: count alone.
    const found = await rows<Record<string, unknown> & { total: number }>(
      sql`SELECT ${DEAL_COLUMNS}, count(*) OVER ()::int AS total FROM current_deals WHERE ${where} ${dealOrder(page)}
          LIMIT ${page.size} OFFSET ${(page.page - 1) * page.size}`,
    );
    const total = found.length ? found[0]!.total : (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM current_deals WHERE ${where}`))[0]!.n;
    return { total, deals: found.map(({ total: _, ...r }) => dealRow(r)) };
  });
}

/** Every deal of a filter, for downloads: at most `limit` rows. */
export async function exportDeals(database: Database, filter: WebDealFilter, order: Pick<DealPage, 'sort' | 'dir'>, limit: number): Promise<DealRow[]> {
  return database.readOnly(async (rows) =>
    (await rows(sql`SELECT ${DEAL_COLUMNS} FROM current_deals WHERE ${dealWhere(filter)} ${dealOrder(order)} LIMIT ${limit}`)).map(dealRow),
  );
}

export interface MentionRow {
  id: number;
  kind: 'money' | 'duration' | 'power';
  text: string;
  start_offset: number;
  end_offset: number;
  sentence_index: number;
  role: string | null;
  amount: string | null;
  amount_high: string | null;
  currency: string | null;
  qualifier: string | null;
  per: string | null;
  months: string | null;
  days: string | null;
  mw: string | null;
  vague: boolean;
}

const MENTION_COLUMNS = sql.raw(`m.id, m.kind, m.text, m.start_offset, m.end_offset, m.sentence_index, m.role,
  m.amount::text AS amount, m.amount_high::text AS amount_high, m.currency, m.qualifier, m.per,
  m.months::text AS months, m.days::text AS days, m.mw::text AS mw, m.vague`);

const toMention = (r: Record<string, unknown>) => ({ ...r, id: Number(r.id) }) as MentionRow;

/** A report as the Deal page shows it: where its evidence lies in its article's text, and that text's figures. */
export interface WebReport extends DealReportRow {
  evidence_start: number;
  evidence_end: number;
  confidence_reasons: string[];
  /** The article text the evidence offsets point into. */
  body: string;
  /** Figures (not companies) of the report's extraction. */
  mentions: MentionRow[];
}

export interface WebDealDetail extends DealDetail {
  reports: WebReport[];
}

/** `dealdb deals show`'s deal (db/deals' readDeal), each report with its article text and figures. */
export async function loadDeal(database: Database, id: number): Promise<WebDealDetail | undefined> {
  return database.readOnly(async (rows) => {
    const detail = await readDeal(rows, id);
    if (!detail) return undefined;
    const reportsOfDeal = sql`SELECT r.id, r.extraction_id FROM deal_reports r JOIN extractions e ON e.id = r.extraction_id AND e.is_current WHERE r.deal_id = ${id}`;
    const texts = await rows<{ id: number; evidence_start: number; evidence_end: number; confidence_reasons: string[]; extraction_id: number; body: string }>(
      sql`SELECT r.id, r.evidence_start, r.evidence_end, r.confidence_reasons, r.extraction_id, e.body
          FROM deal_reports r JOIN extractions e ON e.id = r.extraction_id WHERE r.id IN (SELECT id FROM (${reportsOfDeal}) x)`,
    );
    const mentions = (
      await rows(
        sql`SELECT ${MENTION_COLUMNS}, m.extraction_id FROM mentions m
            WHERE m.extraction_id IN (SELECT extraction_id FROM (${reportsOfDeal}) x) AND m.kind <> 'organization' ORDER BY m.start_offset`,
      )
    ).map((m) => ({ ...toMention(m), extraction_id: Number(m.extraction_id) }));
    const textOf = new Map(texts.map((t) => [Number(t.id), t]));
    const reports = detail.reports.map((r) => {
      const t = textOf.get(r.id)!;
      const extraction = Number(t.extraction_id);
      return {
        ...r,
        evidence_start: Number(t.evidence_start),
        evidence_end: Number(t.evidence_end),
        confidence_reasons: t.confidence_reasons,
        body: t.body,
        mentions: mentions.filter((m) => m.extraction_id === extraction).map(({ extraction_id: _, ...m }) => m),
      };
    });
    return { ...detail, reports };
  });
}

export interface CompanyDetail {
  id: string;
  name: string;
  kind: string;
  parent: { id: string; name: string } | null;
  aliases: string[];
  /** Its deals in US dollars per side (the deal_totals_by_buyer / _by_provider views): each transaction counted once. */
  totals: { as_buyer: CompanyTotal; as_provider: CompanyTotal };
  asBuyer: DealRow[];
  asProvider: DealRow[];
  /** USD per month a deal was first reported, as buyer and as provider. */
  months: { month: string; as_buyer_usd: number; as_provider_usd: number; deals: number }[];
}

/** `valued_deals` of `deals` have a value in USD; `fx_estimated`: some converted at a nearby month's rate. */
export type CompanyTotal = { deals: number; valued_deals: number; total_usd: number; fx_estimated: boolean };

/** Deals on a company page, per side: the latest ones (the Deals page lists the rest). */
const COMPANY_DEALS_LIMIT = 200;

export async function loadCompany(database: Database, id: string): Promise<CompanyDetail | undefined> {
  return database.readOnly(async (rows) => {
    const [org] = await rows<{ id: string; name: string; kind: string; parent_id: string | null; parent_name: string | null }>(
      sql`SELECT o.id, o.name, o.kind, o.parent_id, p.name AS parent_name FROM organizations o
          LEFT JOIN organizations p ON p.id = o.parent_id WHERE o.id = ${id}`,
    );
    if (!org) return undefined;
    const aliases = await rows<{ alias: string }>(sql`SELECT alias FROM organization_aliases WHERE organization_id = ${id} ORDER BY lower(alias)`);
    const side = async (column: 'buyer_id' | 'provider_id') =>
      (
        await rows(
          sql`SELECT ${DEAL_COLUMNS} FROM current_deals WHERE ${sql.raw(column)} = ${id}
              ORDER BY first_reported_on DESC NULLS LAST, id DESC LIMIT ${COMPANY_DEALS_LIMIT}`,
        )
      ).map(dealRow);
    // The views group by the resolved name, which for a gazetteer company is its name.
    const total = async (view: 'deal_totals_by_buyer' | 'deal_totals_by_provider', column: 'buyer' | 'provider'): Promise<CompanyTotal> => {
      const [t] = await rows<CompanyTotal>(
        sql`SELECT deals, valued_deals, coalesce(total_usd, 0)::float8 AS total_usd, coalesce(fx_estimated, false) AS fx_estimated
            FROM ${sql.raw(view)} WHERE ${sql.raw(column)} = ${org.name}`,
      );
      return t ?? { deals: 0, valued_deals: 0, total_usd: 0, fx_estimated: false };
    };
    const months = await rows<CompanyDetail['months'][number]>(
      sql`SELECT to_char(first_reported_on, 'YYYY-MM') AS month,
                 coalesce(sum(amount_usd) FILTER (WHERE buyer_id = ${id}), 0)::float8 AS as_buyer_usd,
                 coalesce(sum(amount_usd) FILTER (WHERE provider_id = ${id}), 0)::float8 AS as_provider_usd,
                 count(*)::int AS deals
          FROM deals WHERE (buyer_id = ${id} OR provider_id = ${id}) AND first_reported_on IS NOT NULL
          GROUP BY 1 ORDER BY 1`,
    );
    return {
      id: org.id,
      name: org.name,
      kind: org.kind,
      parent: org.parent_id ? { id: org.parent_id, name: org.parent_name ?? org.parent_id } : null,
      aliases: aliases.map((a) => a.alias),
      totals: { as_buyer: await total('deal_totals_by_buyer', 'buyer'), as_provider: await total('deal_totals_by_provider', 'provider') },
      asBuyer: await side('buyer_id'),
      asProvider: await side('provider_id'),
      months,
    };
  });
}

export interface FigureFilter {
  role?: string;
  kind?: string;
}

export interface FigureRow extends MentionRow {
  article_id: number;
  url: string;
  title: string | null;
  published: string | null;
  /** The sentence that holds the figure, and the figure's offsets within it. */
  sentence: string;
  sentence_start: number;
}

export interface FiguresResult {
  roles: { kind: string; role: string; figures: number }[];
  total: number;
  figures: FigureRow[];
}

export async function listFigures(database: Database, filter: FigureFilter, page: { page: number; size: number }, sentenceOf: SentenceFinder): Promise<FiguresResult> {
  return database.readOnly(async (rows) => {
    const roles = await rows<FiguresResult['roles'][number]>(
      sql`SELECT kind, role, sum(figures)::int AS figures FROM figures_by_role GROUP BY kind, role ORDER BY 3 DESC, 1, 2`,
    );
    const where: SQL[] = [sql`m.kind <> 'organization'`];
    if (filter.role) where.push(filter.role === 'unassigned' ? sql`m.role IS NULL` : sql`m.role = ${filter.role}`);
    if (filter.kind) where.push(sql`m.kind = ${filter.kind}`);
    const clause = sql.join(where, sql` AND `);
    const from = sql`FROM mentions m JOIN extractions e ON e.id = m.extraction_id AND e.is_current JOIN articles a ON a.id = e.article_id`;
    const [count] = await rows<{ n: number }>(sql`SELECT count(*)::int AS n ${from} WHERE ${clause}`);
    const found = await rows<Record<string, unknown> & { body: string }>(
      sql`SELECT ${MENTION_COLUMNS}, a.id AS article_id, a.url, e.title, e.published::text AS published, e.body
          ${from} WHERE ${clause} ORDER BY e.published DESC NULLS LAST, m.id LIMIT ${page.size} OFFSET ${(page.page - 1) * page.size}`,
    );
    const figures = found.map(({ body, ...r }) => {
      const m = toMention(r);
      const s = sentenceOf(body, m.start_offset);
      return { ...m, article_id: Number(r.article_id), url: r.url, title: r.title, published: r.published, sentence: s.text, sentence_start: s.start } as FigureRow;
    });
    return { roles, total: count!.n, figures };
  });
}

/** The sentence of `text` that holds `offset` (the caller's sentence splitter: db does not import extractors). */
export type SentenceFinder = (text: string, offset: number) => { start: number; text: string };

export interface OverviewData {
  counts: { deals: number; reports: number; articles: number; failures: number };
  /** Committed USD per month (first reported) and kind. */
  usdByMonth: { month: string; kind: string; usd: number }[];
  mwByMonth: { month: string; mw: number }[];
  topBuyers: TopCompany[];
  topProviders: TopCompany[];
  /** The largest buyer -> provider flows in USD. */
  flows: { buyer: string; buyer_id: string | null; provider: string; provider_id: string | null; usd: number; deals: number }[];
}

export type TopCompany = { name: string; id: string | null; usd: number; deals: number };

/**
 * One statement, one pass over the deals (materialized once, then aggregated six ways): a
 * statement per aggregate re-ran the scan each time. Names are resolved after aggregating (15
 * rows, not every deal). A company groups as in current_deals: by its resolved id, else by the
 * name as written. Sums are in US dollars (amount_usd, each deal once), by the month a deal was
 * first reported.
 */
export async function loadOverview(database: Database, limits = { top: 15, flows: 30 }): Promise<OverviewData> {
  return database.readOnly(async (rows) => {
    const [row] = await rows<{ overview: string; articles: number; failures: number }>(
      sql`WITH d AS MATERIALIZED (
            SELECT kind, buyer_id, buyer_name, provider_id, provider_name, capacity_mw, first_reported_on AS day, amount_usd::float8 AS usd
            FROM deals
          ), top_buyers AS (
            SELECT coalesce(o.name, t.name) AS name, t.id, t.usd, t.deals
            FROM (SELECT buyer_id AS id, CASE WHEN buyer_id IS NULL THEN buyer_name END AS name, sum(usd) AS usd, count(*)::int AS deals
                  FROM d WHERE usd IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC LIMIT ${limits.top}) t
            LEFT JOIN organizations o ON o.id = t.id ORDER BY t.usd DESC, 1
          ), top_providers AS (
            SELECT coalesce(o.name, t.name) AS name, t.id, t.usd, t.deals
            FROM (SELECT provider_id AS id, CASE WHEN provider_id IS NULL THEN provider_name END AS name, sum(usd) AS usd, count(*)::int AS deals
                  FROM d WHERE usd IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC LIMIT ${limits.top}) t
            LEFT JOIN organizations o ON o.id = t.id ORDER BY t.usd DESC, 1
          ), flows AS (
            SELECT coalesce(bo.name, t.buyer) AS buyer, t.buyer_id, coalesce(po.name, t.provider) AS provider, t.provider_id, t.usd, t.deals
            FROM (SELECT buyer_id, CASE WHEN buyer_id IS NULL THEN buyer_name END AS buyer, provider_id,
                         CASE WHEN provider_id IS NULL THEN provider_name END AS provider, sum(usd) AS usd, count(*)::int AS deals
                  FROM d WHERE usd IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC LIMIT ${limits.flows}) t
            LEFT JOIN organizations bo ON bo.id = t.buyer_id LEFT JOIN organizations po ON po.id = t.provider_id
            ORDER BY t.usd DESC, 1, 3
          ), usd_by_month AS (
            SELECT to_char(day, 'YYYY-MM') AS month, kind, sum(usd) AS usd FROM d
            WHERE usd IS NOT NULL AND day IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
          ), mw_by_month AS (
            SELECT to_char(day, 'YYYY-MM') AS month, sum(capacity_mw)::float8 AS mw FROM d
            WHERE capacity_mw IS NOT NULL AND day IS NOT NULL GROUP BY 1 ORDER BY 1
          )
          SELECT json_build_object(
                   'counts', json_build_object(
                     'deals', (SELECT count(*) FROM d),
                     'reports', (SELECT count(*) FROM deal_reports r JOIN extractions e ON e.id = r.extraction_id AND e.is_current)),
                   'usdByMonth', (SELECT coalesce(json_agg(x), '[]') FROM usd_by_month x),
                   'mwByMonth', (SELECT coalesce(json_agg(x), '[]') FROM mw_by_month x),
                   'topBuyers', (SELECT coalesce(json_agg(x), '[]') FROM top_buyers x),
                   'topProviders', (SELECT coalesce(json_agg(x), '[]') FROM top_providers x),
                   'flows', (SELECT coalesce(json_agg(x), '[]') FROM flows x)
                 )::text AS overview,
                 (SELECT count(*) FROM articles)::int AS articles,
                 (SELECT count(*) FROM articles WHERE status = 'failed')::int AS failures`,
    );
    // As text, parsed here: pg and PGlite would otherwise each parse json their own way.
    const overview = JSON.parse(row!.overview) as OverviewData;
    return { ...overview, counts: { ...overview.counts, articles: row!.articles, failures: row!.failures } };
  });
}

export interface PipelineData {
  articles: Record<ArticleStatus, number>;
  sources: { id: number; kind: string; url: string; schedule: string; enabled: boolean; last_run_at: string | null; last_error: string | null }[];
  failures: { url: string; reason: string; at: string }[];
}

/** What `dealdb status` shows from the database (the same counts and failures as db/pipeline's), plus the sources. */
export async function loadPipeline(database: Database, failureLimit = 20): Promise<PipelineData> {
  return database.readOnly(async (rows) => {
    const counted = await rows<{ status: ArticleStatus; n: number }>(sql`SELECT status, count(*)::int AS n FROM articles GROUP BY status`);
    const articles = Object.fromEntries(articleStatuses.map((s) => [s, 0])) as Record<ArticleStatus, number>;
    for (const r of counted) articles[r.status] = r.n;
    const sources = await rows<PipelineData['sources'][number]>(
      sql`SELECT id::int AS id, kind, url, schedule, enabled, to_char(last_run_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS last_run_at, last_error
          FROM sources ORDER BY id`,
    );
    const failures = await rows<{ url: string; error_code: string | null; last_error: string | null; at: string }>(
      sql`SELECT url, error_code, last_error, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
          FROM articles WHERE status = 'failed' ORDER BY updated_at DESC, id DESC LIMIT ${failureLimit}`,
    );
    return {
      articles,
      sources,
      failures: failures.map((f) => ({ url: f.url, reason: [f.error_code, f.last_error].filter(Boolean).join(': '), at: f.at })),
    };
  });
}
