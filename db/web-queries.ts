// Every read the web app (`dealdb serve`) makes, in one place, each page's reads in one READ ONLY
// transaction (Database.readOnly, the guard of `dealdb sql`). Today a "deal" here is one row of
// current_deals (one article's account); its "reports" are the current rows naming the same buyer,
// provider and kind. When deals are consolidated into transactions, this module is what changes.
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from './client';
import type { CurrentDealRow } from './deals';
import { articleStatuses, type ArticleStatus } from './schema';

export const DEAL_SORTS = ['date', 'buyer', 'provider', 'kind', 'value', 'months', 'mw', 'status', 'confidence'] as const;
export type DealSort = (typeof DEAL_SORTS)[number];

// Qualified: a bare name would sort by the select list's text casts (amount::text AS amount).
const SORT_COLUMNS: Record<DealSort, string> = {
  date: 'current_deals.announced_on',
  buyer: 'lower(current_deals.buyer)',
  provider: 'lower(current_deals.provider)',
  kind: 'current_deals.kind',
  value: 'current_deals.amount',
  months: 'current_deals.duration_months',
  mw: 'current_deals.capacity_mw',
  status: 'current_deals.status',
  confidence: 'current_deals.confidence',
};

export interface WebDealFilter {
  buyer?: string;
  provider?: string;
  kind?: string;
  status?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  /** Decimal string: deals in USD of at least this amount. */
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

export interface WebDealRow extends CurrentDealRow {
  buyer_id: string | null;
  provider_id: string | null;
  buyer_name: string;
  provider_name: string;
  site_name: string | null;
}

/**
 * The current_deals view's rows, without its articles join: the URL is read for the rows shown
 * only (a subquery evaluated after LIMIT), and counts skip the company joins (they are left
 * joins on keys, which the planner removes). Half the time of the view at 10,000 deals.
 */
const CURRENT_DEALS = sql.raw(`(SELECT d.id, coalesce(bo.name, d.buyer_name) AS buyer, coalesce(po.name, d.provider_name) AS provider,
    d.buyer_name, d.provider_name, d.buyer_id, d.provider_id, d.kind, d.amount, d.amount_high, d.currency, d.qualifier, d.per,
    d.duration_months, d.capacity_mw, d.status, d.announced_on, d.evidence, d.evidence_start, d.evidence_end, d.confidence,
    d.confidence_reasons, d.extraction_id, e.article_id, e.title, e.published, e.site_name
  FROM deals d JOIN extractions e ON e.id = d.extraction_id AND e.is_current
  LEFT JOIN organizations bo ON bo.id = d.buyer_id LEFT JOIN organizations po ON po.id = d.provider_id) AS current_deals`);

const DEAL_COLUMNS = sql.raw(`id, buyer, provider, buyer_id, provider_id, buyer_name, provider_name, kind,
  amount::text AS amount, amount_high::text AS amount_high, currency, qualifier, per,
  duration_months::text AS duration_months, capacity_mw::text AS capacity_mw, status, announced_on::text AS announced_on,
  evidence, confidence, (SELECT url FROM articles a WHERE a.id = current_deals.article_id) AS url, title,
  published::text AS published, site_name`);

const toDeal = (r: Record<string, unknown>) => ({ ...r, id: Number(r.id) }) as WebDealRow;

/** A name matches the resolved name, the name as written, or any alias of the resolved company. */
function nameMatches(column: 'buyer' | 'provider', value: string): SQL {
  const written = sql.raw(`${column}_name`);
  const id = sql.raw(`${column}_id`);
  return sql`(lower(${sql.raw(column)}) = lower(${value}) OR lower(${written}) = lower(${value})
    OR ${id} IN (SELECT organization_id FROM organization_aliases WHERE lower(alias) = lower(${value})))`;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function dealWhere(f: WebDealFilter): SQL {
  const where: SQL[] = [sql`true`];
  if (f.buyer) where.push(nameMatches('buyer', f.buyer));
  if (f.provider) where.push(nameMatches('provider', f.provider));
  if (f.kind) where.push(sql`kind = ${f.kind}`);
  if (f.status) where.push(sql`status = ${f.status}`);
  if (f.from) where.push(sql`announced_on >= ${f.from}::date`);
  if (f.to) where.push(sql`announced_on <= ${f.to}::date`);
  if (f.minUsd) where.push(sql`currency = 'USD' AND amount >= ${f.minUsd}::numeric`);
  if (f.q) {
    const p = likePattern(f.q);
    where.push(sql`(buyer ILIKE ${p} OR provider ILIKE ${p} OR buyer_name ILIKE ${p} OR provider_name ILIKE ${p})`);
  }
  return sql.join(where, sql` AND `);
}

function dealOrder(p: Pick<DealPage, 'sort' | 'dir'>): SQL {
  return sql.raw(`ORDER BY ${SORT_COLUMNS[p.sort]} ${p.dir === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, current_deals.id ${p.dir === 'asc' ? 'ASC' : 'DESC'}`);
}

export async function listDeals(database: Database, filter: WebDealFilter, page: DealPage): Promise<{ total: number; deals: WebDealRow[] }> {
  return database.readOnly(async (rows) => {
    const where = dealWhere(filter);
    // One pass counts and pages (the window count runs before LIMIT); the outer query reads URLs
    // for the page's rows only. A page past the end has no row to carry the count: count alone.
    const found = await rows<Record<string, unknown> & { total: number }>(
      sql`SELECT ${DEAL_COLUMNS}, total FROM (
            SELECT current_deals.*, count(*) OVER ()::int AS total FROM ${CURRENT_DEALS} WHERE ${where} ${dealOrder(page)}
            LIMIT ${page.size} OFFSET ${(page.page - 1) * page.size}
          ) AS current_deals ${dealOrder(page)}`,
    );
    const total = found.length ? found[0]!.total : (await rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${CURRENT_DEALS} WHERE ${where}`))[0]!.n;
    return { total, deals: found.map(({ total: _, ...r }) => toDeal(r)) };
  });
}

/** Every deal of a filter, for downloads: at most `limit` rows. */
export async function exportDeals(database: Database, filter: WebDealFilter, order: Pick<DealPage, 'sort' | 'dir'>, limit: number): Promise<WebDealRow[]> {
  return database.readOnly(async (rows) =>
    (await rows(sql`SELECT ${DEAL_COLUMNS} FROM ${CURRENT_DEALS} WHERE ${dealWhere(filter)} ${dealOrder(order)} LIMIT ${limit}`)).map(toDeal),
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

export interface DealDetail {
  deal: WebDealRow & { evidence_start: number; evidence_end: number; confidence_reasons: string[]; extraction_id: number };
  /** The article text the evidence offsets point into. */
  body: string;
  /** Figures (not companies) of the deal's extraction. */
  mentions: MentionRow[];
  /** Every current account of the same buyer, provider and kind, oldest first (this one included). */
  reports: WebDealRow[];
}

export async function loadDeal(database: Database, id: number): Promise<DealDetail | undefined> {
  return database.readOnly(async (rows) => {
    const [row] = await rows(
      sql`SELECT ${DEAL_COLUMNS}, extraction_id, confidence_reasons, evidence_start, evidence_end
          FROM ${CURRENT_DEALS}
          WHERE id = ${id}`,
    );
    if (!row) return undefined;
    const deal = { ...toDeal(row), extraction_id: Number(row.extraction_id), evidence_start: Number(row.evidence_start), evidence_end: Number(row.evidence_end) } as DealDetail['deal'];
    const [{ body } = { body: '' }] = await rows<{ body: string }>(sql`SELECT body FROM extractions WHERE id = ${deal.extraction_id}`);
    const mentions = await rows(
      sql`SELECT ${MENTION_COLUMNS} FROM mentions m WHERE m.extraction_id = ${deal.extraction_id} AND m.kind <> 'organization' ORDER BY m.start_offset`,
    );
    const reports = await rows(
      sql`SELECT ${DEAL_COLUMNS} FROM ${CURRENT_DEALS}
          WHERE kind = ${deal.kind}
            AND coalesce(buyer_id, lower(buyer_name)) = ${deal.buyer_id ?? deal.buyer_name.toLowerCase()}
            AND coalesce(provider_id, lower(provider_name)) = ${deal.provider_id ?? deal.provider_name.toLowerCase()}
          ORDER BY published ASC NULLS LAST, id`,
    );
    return { deal, body, mentions: mentions.map(toMention), reports: reports.map(toDeal) };
  });
}

export interface CompanyDetail {
  id: string;
  name: string;
  kind: string;
  parent: { id: string; name: string } | null;
  aliases: string[];
  asBuyer: WebDealRow[];
  asProvider: WebDealRow[];
  /** USD per month, as buyer and as provider. */
  months: { month: string; as_buyer_usd: number; as_provider_usd: number; deals: number }[];
}

/** Deals on a company page, per side: the largest ones (the Deals page lists the rest). */
const COMPANY_DEALS_LIMIT = 200;

export async function loadCompany(database: Database, id: string): Promise<CompanyDetail | undefined> {
  return database.readOnly(async (rows) => {
    const [org] = await rows<{ id: string; name: string; kind: string; parent_id: string | null; parent_name: string | null }>(
      sql`SELECT o.id, o.name, o.kind, o.parent_id, p.name AS parent_name FROM organizations o
          LEFT JOIN organizations p ON p.id = o.parent_id WHERE o.id = ${id}`,
    );
    if (!org) return undefined;
    const aliases = await rows<{ alias: string }>(sql`SELECT alias FROM organization_aliases WHERE organization_id = ${id} ORDER BY lower(alias)`);
    const side = (column: 'buyer_id' | 'provider_id') =>
      rows(
        sql`SELECT ${DEAL_COLUMNS} FROM ${CURRENT_DEALS} WHERE ${sql.raw(column)} = ${id}
            ORDER BY announced_on DESC NULLS LAST, id DESC LIMIT ${COMPANY_DEALS_LIMIT}`,
      );
    const asBuyer = (await side('buyer_id')).map(toDeal);
    const asProvider = (await side('provider_id')).map(toDeal);
    const months = await rows<CompanyDetail['months'][number]>(
      sql`SELECT to_char(announced_on, 'YYYY-MM') AS month,
                 coalesce(sum(amount) FILTER (WHERE buyer_id = ${id} AND currency = 'USD'), 0)::float8 AS as_buyer_usd,
                 coalesce(sum(amount) FILTER (WHERE provider_id = ${id} AND currency = 'USD'), 0)::float8 AS as_provider_usd,
                 count(*)::int AS deals
          FROM ${CURRENT_DEALS} WHERE (buyer_id = ${id} OR provider_id = ${id}) AND announced_on IS NOT NULL
          GROUP BY 1 ORDER BY 1`,
    );
    return {
      id: org.id,
      name: org.name,
      kind: org.kind,
      parent: org.parent_id ? { id: org.parent_id, name: org.parent_name ?? org.parent_id } : null,
      aliases: aliases.map((a) => a.alias),
      asBuyer,
      asProvider,
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
  /** Committed USD per month and kind. */
  usdByMonth: { month: string; kind: string; usd: number }[];
  mwByMonth: { month: string; mw: number }[];
  topBuyers: TopCompany[];
  topProviders: TopCompany[];
  /** The largest buyer -> provider flows in USD. */
  flows: { buyer: string; buyer_id: string | null; provider: string; provider_id: string | null; usd: number; deals: number }[];
}

export type TopCompany = { name: string; id: string | null; usd: number; deals: number };

/**
 * One statement, one pass over the current deals (materialized once, then aggregated six ways):
 * a statement per aggregate re-ran the joins each time. The pass reads deals of current
 * extractions only, as current_deals does, but names are resolved after aggregating (15 rows,
 * not every deal), and without the articles join the view needs for its URL: half the time at
 * 10,000 deals. A company groups as in the view: by its resolved id, else by the name as written.
 */
export async function loadOverview(database: Database, limits = { top: 15, flows: 30 }): Promise<OverviewData> {
  return database.readOnly(async (rows) => {
    const [row] = await rows<{ overview: string; articles: number; failures: number }>(
      sql`WITH d AS MATERIALIZED (
            SELECT d.kind, d.buyer_id, d.buyer_name, d.provider_id, d.provider_name, d.capacity_mw, d.announced_on,
                   CASE WHEN d.currency = 'USD' THEN d.amount::float8 END AS usd
            FROM deals d JOIN extractions e ON e.id = d.extraction_id AND e.is_current
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
            SELECT to_char(announced_on, 'YYYY-MM') AS month, kind, sum(usd) AS usd FROM d
            WHERE usd IS NOT NULL AND announced_on IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2
          ), mw_by_month AS (
            SELECT to_char(announced_on, 'YYYY-MM') AS month, sum(capacity_mw)::float8 AS mw FROM d
            WHERE capacity_mw IS NOT NULL AND announced_on IS NOT NULL GROUP BY 1 ORDER BY 1
          )
          SELECT json_build_object(
                   'counts', json_build_object(
                     'deals', (SELECT count(*) FROM (SELECT DISTINCT kind, coalesce(buyer_id, lower(buyer_name)), coalesce(provider_id, lower(provider_name)) FROM d) k),
                     'reports', (SELECT count(*) FROM d)),
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
