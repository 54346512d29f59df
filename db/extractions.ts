// Writing an extraction: the extraction row, its mentions and deals, and the move of the
// article's current pointer happen in one transaction, so readers never see half of it.
import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { Extraction, Mention } from '../extractors/types';
import { selectRows, type Database, type Db } from './client';
import { articles, deals, extractions, mentions } from './schema';

export interface CurrentExtraction {
  id: number;
  snapshotId: number | null;
  extractorVersion: string;
}

export async function currentExtraction(database: Database, articleId: number): Promise<CurrentExtraction | undefined> {
  return database.exclusive(
    async () =>
      (
        await database.db
          .select({ id: extractions.id, snapshotId: extractions.snapshotId, extractorVersion: extractions.extractorVersion })
          .from(extractions)
          .where(and(eq(extractions.articleId, articleId), eq(extractions.isCurrent, true)))
      )[0],
  );
}

/** Stores the extraction as the article's current one; older extractions stay, not current. */
export async function saveExtraction(
  database: Database,
  input: { articleId: number; snapshotId: number | null; extraction: Extraction; knownOrganizationIds: ReadonlySet<string> },
): Promise<number> {
  const { articleId, snapshotId, extraction, knownOrganizationIds } = input;
  const { article } = extraction;
  const orgId = (id: string | null) => (id && knownOrganizationIds.has(id) ? id : null);
  return database.exclusive(() =>
    database.db.transaction(async (tx) => {
      // Unset the old current row first: the partial unique index allows one current per article.
      await tx
        .update(extractions)
        .set({ isCurrent: false })
        .where(and(eq(extractions.articleId, articleId), eq(extractions.isCurrent, true)));
      const [row] = await tx
        .insert(extractions)
        .values({
          articleId,
          snapshotId,
          extractorVersion: extraction.extractor_version,
          isCurrent: true,
          title: article.title,
          published: article.published,
          publishedSource: article.published_source,
          modified: article.modified,
          byline: article.byline,
          siteName: article.site_name,
          language: article.language,
          canonicalUrl: article.canonical_url,
          body: article.body,
        })
        .returning({ id: extractions.id });
      const extractionId = row!.id;
      if (extraction.mentions.length > 0) await insertMentions(tx, extractionId, extraction.mentions, orgId);
      if (extraction.deals.length > 0) {
        await tx.insert(deals).values(
          extraction.deals.map((d) => ({
            extractionId,
            buyerName: d.buyer,
            providerName: d.provider,
            buyerId: orgId(d.buyer_org_id),
            providerId: orgId(d.provider_org_id),
            kind: d.kind,
            amount: d.value?.amount_exact ?? null,
            amountHigh: d.value?.amount_high_exact ?? null,
            currency: d.value?.currency ?? null,
            qualifier: d.value?.qualifier ?? null,
            per: d.value?.per ?? null,
            durationMonths: d.duration_months === null ? null : String(d.duration_months),
            capacityMw: d.capacity_mw === null ? null : String(d.capacity_mw),
            status: d.status,
            announcedOn: article.published,
            evidence: d.evidence,
            evidenceStart: d.evidence_span.start,
            evidenceEnd: d.evidence_span.end,
            confidence: d.confidence,
            confidenceReasons: d.confidence_reasons,
          })),
        );
      }
      await tx
        .update(articles)
        .set({ status: 'extracted', canonicalUrl: article.canonical_url, lastError: null, errorCode: null, updatedAt: new Date() })
        .where(eq(articles.id, articleId));
      return extractionId;
    }),
  );
}

const num = (v: number | undefined | null) => (v === undefined || v === null ? null : String(v));

/**
 * All of an extraction's mentions in one statement with one jsonb parameter: a page has dozens,
 * and building a many-row VALUES list costs more CPU than extracting the page (measured by
 * `npm run bench`). Numbers travel as JSON strings, so numeric columns stay exact.
 */
async function insertMentions(
  tx: Pick<Db, 'execute'>,
  extractionId: number,
  found: Mention[],
  orgId: (id: string | null) => string | null,
): Promise<void> {
  const rows = JSON.stringify(found.map((m) => mentionRow(m, orgId)));
  await tx.execute(sql`
    INSERT INTO mentions (extraction_id, kind, text, start_offset, end_offset, sentence_index, role, amount, amount_high,
                          currency, qualifier, per, months, days, mw, vague, organization_id, organization_name, detail)
    SELECT ${extractionId}, x.kind, x.text, x.start_offset, x.end_offset, x.sentence_index, x.role, x.amount, x.amount_high,
           x.currency, x.qualifier, x.per, x.months, x.days, x.mw, coalesce(x.vague, false), x.organization_id,
           x.organization_name, x.detail
    FROM jsonb_to_recordset(${rows}::jsonb) AS x(kind text, text text, start_offset int, end_offset int, sentence_index int,
         role text, amount numeric, amount_high numeric, currency text, qualifier text, per text, months numeric,
         days numeric, mw numeric, vague boolean, organization_id text, organization_name text, detail jsonb)`);
}

/** Fields stored in their own columns; `detail` keeps only the rest (conversion links, end-date flags...). */
const COLUMN_FIELDS = new Set([
  'kind', 'text', 'start', 'end', 'sentence', 'role', 'amount', 'amount_exact', 'amount_high', 'amount_high_exact',
  'currency', 'qualifier', 'per', 'months', 'days', 'mw', 'vague', 'org_id', 'name',
]);

function mentionRow(m: Mention, orgId: (id: string | null) => string | null) {
  const extra = Object.fromEntries(Object.entries(m).filter(([k]) => !COLUMN_FIELDS.has(k)));
  const base = {
    kind: m.kind,
    text: m.text,
    start_offset: m.start,
    end_offset: m.end,
    sentence_index: m.sentence,
    role: m.role ?? null,
    detail: Object.keys(extra).length ? extra : null,
  };
  switch (m.kind) {
    case 'money':
      return {
        ...base,
        amount: m.amount_exact,
        amount_high: m.amount_high_exact ?? null,
        currency: m.currency,
        qualifier: m.qualifier,
        per: m.per ?? null,
        vague: Boolean(m.vague),
      };
    case 'duration':
      return { ...base, months: num(m.months), days: num(m.days), vague: Boolean(m.vague) };
    case 'power':
      return { ...base, mw: num(m.mw), per: m.per ?? null, vague: Boolean(m.vague) };
    case 'organization':
      return { ...base, organization_id: orgId(m.org_id), organization_name: m.name };
  }
}

export async function extractionCounts(database: Database, extractionId: number): Promise<{ deals: number; mentions: number }> {
  return database.exclusive(async () => {
    const [d] = await database.db.select({ n: count() }).from(deals).where(eq(deals.extractionId, extractionId));
    const [m] = await database.db
      .select({ n: count() })
      .from(mentions)
      .where(and(eq(mentions.extractionId, extractionId), ne(mentions.kind, 'organization')));
    return { deals: d?.n ?? 0, mentions: m?.n ?? 0 };
  });
}

export interface ExtractionInput {
  url: string;
  snapshot: { id: number; body: Uint8Array; contentType: string | null; finalUrl: string; fetchedAt: Date } | null;
  current: CurrentExtraction | null;
}

/** Everything the extract stage reads about an article, in one round trip. */
export async function loadExtractionInput(database: Database, articleId: number): Promise<ExtractionInput | undefined> {
  const [row] = await database.exclusive(() =>
    selectRows<Record<string, any>>(
      database.db,
      sql`SELECT a.url, s.id AS snapshot_id, s.body, s.content_type, s.final_url, s.fetched_at,
                 e.id AS current_id, e.snapshot_id AS current_snapshot_id, e.extractor_version AS current_version
          FROM articles a
          LEFT JOIN LATERAL (
            SELECT id, body, content_type, final_url, fetched_at FROM snapshots
            WHERE article_id = a.id ORDER BY fetched_at DESC, id DESC LIMIT 1
          ) s ON true
          LEFT JOIN extractions e ON e.article_id = a.id AND e.is_current
          WHERE a.id = ${articleId}`,
    ),
  );
  if (!row) return undefined;
  return {
    url: row.url,
    snapshot:
      row.snapshot_id === null
        ? null
        : {
            id: Number(row.snapshot_id),
            body: row.body,
            contentType: row.content_type,
            finalUrl: row.final_url,
            fetchedAt: new Date(row.fetched_at),
          },
    current:
      row.current_id === null
        ? null
        : {
            id: Number(row.current_id),
            snapshotId: row.current_snapshot_id === null ? null : Number(row.current_snapshot_id),
            extractorVersion: row.current_version,
          },
  };
}
