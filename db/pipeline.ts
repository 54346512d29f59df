// Reads the pipeline needs beyond single rows: work left to do (for resume and crawl --wait),
// counts for status, recent failures, and the articles a re-extraction selects.
import { sql } from 'drizzle-orm';
import { extractionUpToDate, newestSnapshotIdOf } from './articles';
import { selectRows, type Database } from './client';
import { articleStatuses, type ArticleStatus } from './schema';

/** An article whose extract stage is due: its newest snapshot, as last fetched, names the extract job. */
export interface FetchedArticle {
  articleId: number;
  snapshotId: number;
  fetchedAt: Date;
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
    selectRows<{ id: string | number; status: ArticleStatus; snapshot_id: string | number | null; fetched_at: Date | string | null }>(
      database.db,
      sql`SELECT a.id, a.status, s.id AS snapshot_id, s.fetched_at
          FROM articles a
          LEFT JOIN snapshots s ON s.id = ${newestSnapshotIdOf(sql`a.id`)}
          WHERE a.status IN ('queued', 'fetched') ${bySource} ORDER BY a.id`,
    ),
  );
  const result: UnfinishedArticles = { queued: [], fetched: [] };
  for (const r of rows) {
    // A 'fetched' row without a snapshot cannot be extracted: fetch it again.
    if (r.status === 'fetched' && r.snapshot_id !== null) {
      result.fetched.push({ articleId: Number(r.id), snapshotId: Number(r.snapshot_id), fetchedAt: new Date(r.fetched_at!) });
    }
    else result.queued.push(Number(r.id));
  }
  return result;
}

/** Articles whose status `repairArticleStatuses` changed, by the status they now have. */
export type RepairedStatuses = Partial<Record<ArticleStatus, number>>;

/**
 * Sets every article's status from its rows where the two disagree (resume runs it first):
 * - queued, fetched or failed, but its current extraction comes from its newest snapshot with
 *   this extractor version: extracted;
 * - extracted, but its current extraction is not from its newest snapshot (or it has none):
 *   fetched, so it is extracted again (queued when there is no snapshot at all).
 * An extracted article whose extraction is only older than this version is not a disagreement:
 * `reextract --below-version` is for that.
 */
export async function repairArticleStatuses(database: Database, extractorVersion: string): Promise<RepairedStatuses> {
  const rows = await database.exclusive(() =>
    selectRows<{ status: ArticleStatus; n: string | number }>(
      database.db,
      sql`WITH facts AS (
            SELECT a.id, a.status, ${newestSnapshotIdOf(sql`a.id`)} AS newest,
                   (SELECT e.snapshot_id FROM extractions e WHERE e.article_id = a.id AND e.is_current) AS current_snapshot
            FROM articles a
          ), repaired AS (
            UPDATE articles a SET status = fixed.status, updated_at = now(),
                   last_error = CASE WHEN fixed.status = 'extracted' THEN NULL ELSE a.last_error END,
                   error_code = CASE WHEN fixed.status = 'extracted' THEN NULL ELSE a.error_code END
            FROM (
              SELECT id, CASE
                WHEN status <> 'extracted' AND newest IS NOT NULL AND ${extractionUpToDate(sql`facts.id`, sql`facts.newest`, extractorVersion)}
                  THEN 'extracted'
                WHEN status = 'extracted' AND newest IS NULL THEN 'queued'
                WHEN status = 'extracted' AND current_snapshot IS DISTINCT FROM newest THEN 'fetched'
              END AS status
              FROM facts
            ) fixed
            WHERE a.id = fixed.id AND fixed.status IS NOT NULL
            RETURNING a.status
          )
          SELECT status, count(*) AS n FROM repaired GROUP BY status`,
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
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
 * re-extraction leaves the current extraction in place) but still records the reason. Nor is
 * an article marked failed whose current extraction comes from its newest snapshot with
 * `extractorVersion`: a duplicate job failed after another one did the work.
 */
export async function recordArticleFailure(
  database: Database,
  articleId: number,
  failure: { code: string; message: string; attempts: number; markFailed: boolean; extractorVersion: string },
): Promise<void> {
  const upToDate = extractionUpToDate(articleId, newestSnapshotIdOf(articleId), failure.extractorVersion);
  await database.exclusive(() =>
    database.db.execute(
      sql`UPDATE articles SET error_code = ${failure.code}, last_error = ${failure.message}, attempts = ${failure.attempts},
                 status = CASE WHEN ${failure.markFailed} AND NOT ${upToDate} THEN 'failed' ELSE status END, updated_at = now()
          WHERE id = ${articleId}`,
    ),
  );
}
