// The one Drizzle schema, for PostgreSQL and embedded PGlite alike. Table names are part of the
// analysts' contract (README's SQL uses them). Money is numeric, never float.
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

const id = () => bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity();
const ref = (name: string) => bigint(name, { mode: 'number' });
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const amount = (name: string) => numeric(name, { precision: 38, scale: 6 });

export const sources = pgTable('sources', {
  id: id(),
  kind: text('kind', { enum: ['feed', 'sitemap', 'list'] }).notNull(),
  url: text('url').notNull().unique(),
  /** "30s", "15m", "1h" or a cron expression. */
  schedule: text('schedule').notNull().default('1h'),
  enabled: boolean('enabled').notNull().default(true),
  lastRunAt: timestamp('last_run_at', { withTimezone: true }),
  lastError: text('last_error'),
  etag: text('etag'),
  lastModified: text('last_modified'),
  createdAt: createdAt(),
});

export const articleStatuses = ['queued', 'fetched', 'extracted', 'failed'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];

export const articles = pgTable(
  'articles',
  {
    id: id(),
    /** The URL as submitted or discovered (http(s) or file://), normalized. */
    url: text('url').notNull().unique(),
    canonicalUrl: text('canonical_url'),
    sourceId: ref('source_id').references(() => sources.id, { onDelete: 'set null' }),
    status: text('status', { enum: articleStatuses }).notNull().default('queued'),
    lastError: text('last_error'),
    errorCode: text('error_code'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('articles_status_idx').on(t.status), index('articles_source_idx').on(t.sourceId)],
);

export const snapshots = pgTable(
  'snapshots',
  {
    id: id(),
    articleId: ref('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    finalUrl: text('final_url').notNull(),
    httpStatus: integer('http_status'),
    contentType: text('content_type'),
    charset: text('charset'),
    /** sha256 of the raw bytes: the same page fetched twice is one snapshot. */
    contentHash: text('content_hash').notNull(),
    /** gzip of the raw bytes as received (after transfer decoding). */
    body: bytea('body').notNull(),
    byteLength: integer('byte_length').notNull(),
    headers: jsonb('headers').$type<Record<string, string>>(),
    etag: text('etag'),
    lastModified: text('last_modified'),
    fetchedAt: timestamp('fetched_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('snapshots_article_hash_idx').on(t.articleId, t.contentHash)],
);

export const extractions = pgTable(
  'extractions',
  {
    id: id(),
    articleId: ref('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    snapshotId: ref('snapshot_id').references(() => snapshots.id, { onDelete: 'set null' }),
    extractorVersion: text('extractor_version').notNull(),
    isCurrent: boolean('is_current').notNull().default(false),
    title: text('title'),
    published: date('published', { mode: 'string' }),
    publishedSource: text('published_source'),
    modified: text('modified'),
    byline: text('byline'),
    siteName: text('site_name'),
    language: text('language'),
    canonicalUrl: text('canonical_url'),
    body: text('body').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    // At most one current extraction per article: the invariant re-extraction relies on.
    uniqueIndex('extractions_current_idx').on(t.articleId).where(sql`${t.isCurrent}`),
    index('extractions_version_idx').on(t.extractorVersion),
  ],
);

export const organizationKinds = [
  'lab', 'hyperscaler', 'cloud', 'chip_maker', 'neo_cloud', 'data_center', 'utility', 'energy',
  'investor', 'sovereign', 'network', 'other',
] as const;

export const organizations = pgTable('organizations', {
  /** Gazetteer slug, e.g. "amazon-web-services". */
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  parentId: text('parent_id').references((): AnyPgColumn => organizations.id),
});

export const organizationAliases = pgTable(
  'organization_aliases',
  {
    alias: text('alias').notNull(),
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('organization_aliases_alias_idx').on(sql`lower(${t.alias})`)],
);

export const mentionKinds = ['money', 'duration', 'power', 'organization'] as const;

export const mentions = pgTable(
  'mentions',
  {
    id: id(),
    extractionId: ref('extraction_id')
      .notNull()
      .references(() => extractions.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: mentionKinds }).notNull(),
    text: text('text').notNull(),
    startOffset: integer('start_offset').notNull(),
    endOffset: integer('end_offset').notNull(),
    sentenceIndex: integer('sentence_index').notNull(),
    role: text('role'),
    amount: amount('amount'),
    amountHigh: amount('amount_high'),
    currency: text('currency'),
    qualifier: text('qualifier'),
    per: text('per'),
    months: numeric('months'),
    days: numeric('days'),
    mw: numeric('mw'),
    vague: boolean('vague').notNull().default(false),
    organizationId: text('organization_id').references(() => organizations.id),
    organizationName: text('organization_name'),
    /** What the extractor said of the mention beyond the columns (e.g. equivalent_of, from_end_date). */
    detail: jsonb('detail'),
  },
  (t) => [index('mentions_extraction_idx').on(t.extractionId), index('mentions_kind_role_idx').on(t.kind, t.role)],
);

export const dealKinds = ['cloud_compute', 'chips', 'data_center', 'power', 'investment', 'other'] as const;
export const dealStatuses = ['signed', 'announced', 'reported', 'rumored', 'expanded'] as const;

/**
 * One article's account of a deal (one row per deal an extraction found). `deal_id` links it to the
 * transaction it reports while its extraction is current; `pair_key` is the buyer and provider
 * families it was matched under.
 */
export const dealReports = pgTable(
  'deal_reports',
  {
    id: id(),
    extractionId: ref('extraction_id')
      .notNull()
      .references(() => extractions.id, { onDelete: 'cascade' }),
    ...dealColumns(),
    evidence: text('evidence').notNull(),
    evidenceStart: integer('evidence_start').notNull(),
    evidenceEnd: integer('evidence_end').notNull(),
    confidence: real('confidence').notNull(),
    confidenceReasons: jsonb('confidence_reasons').$type<string[]>().notNull(),
    dealId: ref('deal_id').references((): AnyPgColumn => deals.id, { onDelete: 'set null' }),
    pairKey: text('pair_key'),
    ...usdColumns(),
  },
  (t) => [
    index('deal_reports_extraction_idx').on(t.extractionId),
    index('deal_reports_buyer_idx').on(t.buyerId),
    index('deal_reports_provider_idx').on(t.providerId),
    index('deal_reports_announced_idx').on(t.announcedOn),
    index('deal_reports_deal_idx').on(t.dealId),
    index('deal_reports_pair_idx').on(t.pairKey),
  ],
);

/** What a report states and a deal derives: parties (as written, and resolved), kind, terms, status, day. */
function dealColumns() {
  return {
    buyerName: text('buyer_name').notNull(),
    providerName: text('provider_name').notNull(),
    buyerId: text('buyer_id').references(() => organizations.id),
    providerId: text('provider_id').references(() => organizations.id),
    kind: text('kind', { enum: dealKinds }).notNull(),
    amount: amount('amount'),
    amountHigh: amount('amount_high'),
    currency: text('currency'),
    qualifier: text('qualifier'),
    per: text('per'),
    durationMonths: numeric('duration_months'),
    capacityMw: numeric('capacity_mw'),
    status: text('status', { enum: dealStatuses }).notNull(),
    /** A report: its article's date. A deal: the day its most authoritative reports began, the month its value converts at. */
    announcedOn: date('announced_on', { mode: 'string' }),
    };
}

/** The amount in US dollars at the month's rate (fx_rates), the rate used and its month. */
function usdColumns() {
  return {
    amountUsd: amount('amount_usd'),
    /** Units of the currency per US dollar. */
    fxRate: numeric('fx_rate'),
    fxMonth: date('fx_month', { mode: 'string' }),
    /** The rate is not the month's own (the month is past the data): the nearest month's was used. */
    fxEstimated: boolean('fx_estimated').notNull().default(false),
  };
}

/**
 * The transaction itself, once however many reports tell of it. Every field is derived from its
 * current reports (db/consolidate/derive.ts says the rule); rows are rewritten whenever a report joins or leaves.
 */
export const deals = pgTable(
  'deals',
  {
    id: id(),
    pairKey: text('pair_key').notNull(),
    ...dealColumns(),
    firstReportedOn: date('first_reported_on', { mode: 'string' }),
    lastReportedOn: date('last_reported_on', { mode: 'string' }),
    reportCount: integer('report_count').notNull(),
    outletCount: integer('outlet_count').notNull(),
    expandsDealId: ref('expands_deal_id').references((): AnyPgColumn => deals.id, { onDelete: 'set null' }),
    ...usdColumns(),
  },
  (t) => [
    index('deals_pair_idx').on(t.pairKey),
    index('deals_buyer_idx').on(t.buyerId),
    index('deals_provider_idx').on(t.providerId),
    index('deals_first_reported_idx').on(t.firstReportedOn),
  ],
);

/** Each step a deal's status took: the status, the day and the report that first said it. */
export const dealStatusHistory = pgTable(
  'deal_status_history',
  {
    id: id(),
    dealId: ref('deal_id')
      .notNull()
      .references(() => deals.id, { onDelete: 'cascade' }),
    status: text('status', { enum: dealStatuses }).notNull(),
    reportedOn: date('reported_on', { mode: 'string' }),
    reportId: ref('report_id')
      .notNull()
      .references(() => dealReports.id, { onDelete: 'cascade' }),
  },
  (t) => [index('deal_status_history_deal_idx').on(t.dealId)],
);

/**
 * Analysts' corrections (`dealdb deals merge|split`): reports with one group_key form one deal.
 * Keyed by article, pair and kind rather than report id, so they outlive re-extraction and rebuilds.
 */
export const dealOverrides = pgTable(
  'deal_overrides',
  {
    articleId: ref('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    pairKey: text('pair_key').notNull(),
    kind: text('kind', { enum: dealKinds }).notNull(),
    groupKey: text('group_key').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.pairKey, t.kind] }), index('deal_overrides_pair_idx').on(t.pairKey)],
);

/** Monthly average exchange rates: units of `currency` per US dollar. */
export const fxRates = pgTable(
  'fx_rates',
  {
    currency: text('currency').notNull(),
    /** First day of the month. */
    month: date('month', { mode: 'string' }).notNull(),
    unitsPerUsd: numeric('units_per_usd').notNull(),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.currency, t.month] })],
);
