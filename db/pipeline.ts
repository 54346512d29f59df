// Reads the pipeline needs beyond single rows: work left to do (for resume and crawl --wait),
// counts for status, recent failures, and the articles a re-extraction selects.
import { sql } from 'drizzle-orm';
import { selectRows, type Database } from './client';
import { articleStatuses, type ArticleStatus } from './schema';

/** An article whose extract stage is due: its newest snapshot names the extract job. */
export interface FetchedArticle {
  articleId: number;
  snapshotId: number;
}

export interface UnfinishedArticles {
  queued: number[];
  fetched: FetchedArticle[];
}

/** Articles still queued or fetched (optionally of some sources): what resume re-enqueues. */
export async function listUnfinishedArticles(database: Database, sourceIds?: number[]): Promise<UnfinishedArticles> {
  if (sourceIds && sourceIds.length === 0) return { queued: [], fetched: [] };
  const bySource = sourceIds ? sql`AND a.source_id IN (${sql.join(sourceIds.map((id) => sql`${id}`), sql`, `)})` : sql``;
  const rows = await database.exclusive(() =>
    selectRows<{ id: string | number; status: ArticleStatus; snapshot_id: string | number | null }>(
      database.db,
      sql`SELECT a.id, a.status,
                 (SELECT s.id FROM snapshots s WHERE s.article_id = a.id ORDER BY s.fetched_at DESC, s.id DESC LIMIT 1) AS snapshot_id
          FROM articles a WHERE a.status IN ('queued', 'fetched') ${bySource} ORDER BY a.id`,
    ),
  );
  const result: UnfinishedArticles = { queued: [], fetched: [] };
  for (const r of rows) {
    // A 'fetched' row without a snapshot cannot be extracted: fetch it again.
    if (r.status === 'fetched' && r.snapshot_id !== null) result.fetched.push({ articleId: Number(r.id), snapshotId: Number(r.snapshot_id) });
    else result.queued.push(Number(r.id));
  }
  return result;
}

export type StatusCounts = Record<ArticleStatus, number>;

/** Articles by status, optionally only those of some sources or created since a moment. */
export async function countArticlesByStatus(database: Database, filter: { sourceIds?: number[]; since?: Date } = {}): Promise<StatusCounts> {
  const where = [sql`true`];
  if (filter.sourceIds) {
    where.push(filter.sourceIds.length ? sql`source_id IN (${sql.join(filter.sourceIds.map((id) => sql`${id}`), sql`, `)})` : sql`false`);
  }
  if (filter.since) where.push(sql`created_at >= ${filter.since.toISOString()}`);
  const rows = await database.exclusive(() =>
    selectRows<{ status: ArticleStatus; n: string | number }>(
      database.db,
      sql`SELECT status, count(*) AS n FROM articles WHERE ${sql.join(where, sql` AND `)} GROUP BY status`,
    ),
  );
  const counts = Object.fromEntries(articleStatuses.map((s) => [s, 0])) as StatusCounts;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

export interface FailureRow {
  url: string;
  reason: string;
  at: string;
}

export async function listRecentFailures(database: Database, limit = 10): Promise<FailureRow[]> {
  const rows = await database.exclusive(() =>
    selectRows<{ url: string; error_code: string | null; last_error: string | null; updated_at: Date | string }>(
      database.db,
      sql`SELECT url, error_code, last_error, updated_at FROM articles WHERE status = 'failed' ORDER BY updated_at DESC, id DESC LIMIT ${limit}`,
    ),
  );
  return rows.map((r) => ({
    url: r.url,
    reason: [r.error_code, r.last_error].filter(Boolean).join(': '),
    at: new Date(r.updated_at).toISOString(),
  }));
}

/** An article with a stored page, and the extraction that is current now (null if none). */
export interface ReextractCandidate {
  articleId: number;
  extractionId: number | null;
  extractorVersion: string | null;
}

/** Every article with a stored snapshot, with its current extraction. */
export async function listReextractCandidates(database: Database): Promise<ReextractCandidate[]> {
  const rows = await database.exclusive(() =>
    selectRows<{ id: string | number; extraction_id: string | number | null; extractor_version: string | null }>(
      database.db,
      sql`SELECT a.id, e.id AS extraction_id, e.extractor_version
          FROM articles a LEFT JOIN extractions e ON e.article_id = a.id AND e.is_current
          WHERE EXISTS (SELECT 1 FROM snapshots s WHERE s.article_id = a.id) ORDER BY a.id`,
    ),
  );
  return rows.map((r) => ({
    articleId: Number(r.id),
    extractionId: r.extraction_id === null ? null : Number(r.extraction_id),
    extractorVersion: r.extractor_version,
  }));
}

/**
 * Records the final failure of an article's job. `markFailed` false keeps the status (a failed
 * re-extraction leaves the current extraction in place) but still records the reason.
 */
export async function recordArticleFailure(
  database: Database,
  articleId: number,
  failure: { code: string; message: string; attempts: number; markFailed: boolean },
): Promise<void> {
  await database.exclusive(() =>
    database.db.execute(
      sql`UPDATE articles SET error_code = ${failure.code}, last_error = ${failure.message}, attempts = ${failure.attempts},
                 status = CASE WHEN ${failure.markFailed} THEN 'failed' ELSE status END, updated_at = now()
          WHERE id = ${articleId}`,
    ),
  );
}
