// Articles and their snapshots: rows exist before any job is enqueued for them.
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from './client';
import { articles, snapshots, type ArticleStatus } from './schema';

export type ArticleRow = typeof articles.$inferSelect;
export type SnapshotInfo = Pick<typeof snapshots.$inferSelect, 'id' | 'etag' | 'lastModified' | 'fetchedAt'>;
export type NewSnapshot = Omit<typeof snapshots.$inferInsert, 'id' | 'articleId'>;

/** Inserts the article if its URL is new; returns the row and whether it was created. */
export async function upsertArticle(
  database: Database,
  input: { url: string; sourceId?: number | null },
): Promise<{ article: ArticleRow; created: boolean }> {
  return database.exclusive(async () => {
    const inserted = await database.db
      .insert(articles)
      .values({ url: input.url, sourceId: input.sourceId ?? null })
      .onConflictDoNothing({ target: articles.url })
      .returning();
    if (inserted[0]) return { article: inserted[0], created: true };
    const [existing] = await database.db.select().from(articles).where(eq(articles.url, input.url));
    return { article: existing!, created: false };
  });
}

/** Inserts discovered URLs (in slices of 1,000, so a huge sitemap is no huge statement); returns the ids of the new ones. */
export async function insertNewArticles(database: Database, urls: string[], sourceId: number | null): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < urls.length; i += 1000) {
    const slice = urls.slice(i, i + 1000);
    const rows = await database.exclusive(() =>
      database.db
        .insert(articles)
        .values(slice.map((url) => ({ url, sourceId })))
        .onConflictDoNothing({ target: articles.url })
        .returning({ id: articles.id }),
    );
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

export async function findArticleByUrl(database: Database, url: string): Promise<ArticleRow | undefined> {
  return database.exclusive(
    async () =>
      (await database.db.select().from(articles).where(sql`${articles.url} = ${url} or ${articles.canonicalUrl} = ${url}`).limit(1))[0],
  );
}

export async function setArticleStatus(
  database: Database,
  id: number,
  patch: { status: ArticleStatus; lastError?: string | null; errorCode?: string | null; attempts?: number },
): Promise<void> {
  await database.exclusive(() =>
    database.db
      .update(articles)
      .set({
        status: patch.status,
        lastError: patch.lastError ?? null,
        errorCode: patch.errorCode ?? null,
        ...(patch.attempts === undefined ? {} : { attempts: patch.attempts }),
        updatedAt: new Date(),
      })
      .where(eq(articles.id, id)),
  );
}

/** The id of the article's newest snapshot (latest fetched_at): the one its extraction must come from. */
export function newestSnapshotIdOf(articleId: SQL | number): SQL {
  return sql`(SELECT id FROM snapshots WHERE article_id = ${articleId} ORDER BY fetched_at DESC, id DESC LIMIT 1)`;
}

/**
 * newestSnapshotIdOf in the statement that stores a snapshot (`stored`: a CTE returning its id and
 * fetched_at): the statement does not see its own write, so the row is taken from the CTE.
 */
export function newestSnapshotIdWith(articleId: number, stored: SQL): SQL {
  return sql`(SELECT id FROM (SELECT id, fetched_at FROM snapshots
                              WHERE article_id = ${articleId} AND id NOT IN (SELECT id FROM ${stored})
                              UNION ALL SELECT id, fetched_at FROM ${stored}) AS s
              ORDER BY fetched_at DESC, id DESC LIMIT 1)`;
}

/**
 * Whether the article's current extraction was made from `snapshotId` by `extractorVersion`: the
 * fact that makes an article `extracted`, whatever order its jobs ran in.
 */
export function extractionUpToDate(articleId: SQL | number, snapshotId: SQL | number, extractorVersion: string): SQL {
  return sql`EXISTS (SELECT 1 FROM extractions e WHERE e.article_id = ${articleId} AND e.is_current
                       AND e.snapshot_id = ${snapshotId} AND e.extractor_version = ${extractorVersion})`;
}

/**
 * Marks the article extracted if its current extraction comes from its newest snapshot and this
 * version and it is not marked so: the repair for a status a racing fetch set back. Changes
 * nothing otherwise.
 */
export async function markExtractedIfUpToDate(database: Database, articleId: number, extractorVersion: string): Promise<boolean> {
  const rows = await database.exclusive(() =>
    database.namedRows<{ id: number | string }>(
      'dealdb_mark_extracted_if_up_to_date',
      sql`UPDATE articles SET status = 'extracted', last_error = NULL, error_code = NULL, updated_at = now()
          WHERE id = ${articleId} AND status <> 'extracted'
            AND ${extractionUpToDate(articleId, newestSnapshotIdOf(articleId), extractorVersion)}
          RETURNING id`,
    ),
  );
  return rows.length > 0;
}

export interface FetchInput {
  article: Pick<ArticleRow, 'id' | 'url' | 'status'>;
  /** The newest snapshot's id and validators, when there is one. */
  latest: SnapshotInfo | undefined;
}

/** The article's URL and status with its newest snapshot's validators: what the fetch stage reads, in one round trip. */
export async function loadFetchInput(database: Database, articleId: number): Promise<FetchInput | undefined> {
  const [row] = await database.exclusive(() =>
    database.namedRows<{
      id: number | string;
      url: string;
      status: ArticleStatus;
      snapshot_id: number | string | null;
      etag: string | null;
      last_modified: string | null;
      fetched_at: Date | string | null;
    }>(
      'dealdb_load_fetch_input',
      sql`SELECT a.id, a.url, a.status, s.id AS snapshot_id, s.etag, s.last_modified, s.fetched_at
          FROM articles a
          LEFT JOIN LATERAL (
            SELECT id, etag, last_modified, fetched_at FROM snapshots WHERE article_id = a.id ORDER BY fetched_at DESC, id DESC LIMIT 1
          ) s ON true
          WHERE a.id = ${articleId}`,
    ),
  );
  if (!row) return undefined;
  return {
    article: { id: Number(row.id), url: row.url, status: row.status },
    latest:
      row.snapshot_id === null
        ? undefined
        : { id: Number(row.snapshot_id), etag: row.etag, lastModified: row.last_modified, fetchedAt: new Date(row.fetched_at!) },
  };
}

/** A stored snapshot as the fetch left it: `fetchedAt` names the extract job that follows. */
export interface SavedSnapshot {
  id: number;
  created: boolean;
  fetchedAt: Date;
  /** The status the fetch set (statusAfterFetch), or null when it set none. */
  status: ArticleStatus | null;
}

// A snapshot written again (same bytes, or a 304) moves its fetch time on, never back and by at
// least 1 ms: every write names a new extract job (job-ids.ts), so no finished job hides its work.
const refreshedFetchedAt = (fetchedAt: SQL) => sql`greatest(${fetchedAt}, snapshots.fetched_at + interval '1 millisecond')`;

/**
 * The status a fetch leaves: `extracted` when the current extraction already comes from this
 * snapshot and version (the same bytes fetched again), `fetched` when it still has to be made.
 */
const statusAfterFetch = (articleId: number, snapshotId: SQL, extractorVersion: string) =>
  sql`CASE WHEN ${extractionUpToDate(articleId, snapshotId, extractorVersion)} THEN 'extracted' ELSE 'fetched' END`;

/**
 * Stores a snapshot; the same bytes fetched again for the article refresh the existing row's
 * fetch time and validators instead of adding a copy. Returns its id and whether it is new.
 * With `extractorVersion` it also sets the article's status in the same statement (one round
 * trip, and a fetched article always has its snapshot): see statusAfterFetch.
 */
export async function saveSnapshot(
  database: Database,
  articleId: number,
  s: NewSnapshot,
  options: { extractorVersion?: string } = {},
): Promise<SavedSnapshot> {
  const markStatus = options.extractorVersion
    ? sql`, marked AS (
          UPDATE articles SET status = ${statusAfterFetch(articleId, sql`(SELECT id FROM saved)`, options.extractorVersion)},
                 last_error = NULL, error_code = NULL, updated_at = now()
          WHERE id = ${articleId}
          RETURNING status
        )`
    : sql``;
  const status = options.extractorVersion ? sql`(SELECT status FROM marked)` : sql`NULL`;
  const [row] = await database.exclusive(() =>
    database.namedRows<{ id: number | string; created: boolean; fetched_at: Date | string; status: ArticleStatus | null }>(
      options.extractorVersion ? 'dealdb_save_snapshot_fetched' : 'dealdb_save_snapshot',
      sql`WITH saved AS (${upsertSnapshot(articleId, s)})${markStatus}
          SELECT id, created, fetched_at, ${status} AS status FROM saved`,
    ),
  );
  return { id: Number(row!.id), created: Boolean(row!.created), fetchedAt: new Date(row!.fetched_at), status: row!.status };
}

/**
 * The write saveSnapshot makes, for a CTE (also of the fast path's save, db/extractions.ts):
 * returns the snapshot's id, whether it is new, and its fetch time.
 */
export function upsertSnapshot(articleId: number, s: NewSnapshot): SQL {
  return sql`INSERT INTO snapshots (article_id, final_url, http_status, content_type, charset, content_hash, body, byte_length,
                                 headers, etag, last_modified, fetched_at)
          VALUES (${articleId}, ${s.finalUrl}, ${s.httpStatus ?? null}, ${s.contentType ?? null}, ${s.charset ?? null},
                  ${s.contentHash}, ${s.body}::bytea, ${s.byteLength}, ${s.headers ? JSON.stringify(s.headers) : null}::jsonb,
                  ${s.etag ?? null}, ${s.lastModified ?? null}, ${s.fetchedAt.toISOString()}::timestamptz)
          ON CONFLICT (article_id, content_hash) DO UPDATE SET fetched_at = ${refreshedFetchedAt(sql`excluded.fetched_at`)},
            etag = excluded.etag, last_modified = excluded.last_modified, final_url = excluded.final_url
          -- xmax is 0 only for a freshly inserted row version.
          RETURNING id, (xmax = 0) AS created, fetched_at`;
}

/** A 304 to the conditional GET: the stored snapshot is the page as of `fetchedAt`; sets the status as saveSnapshot does. */
export async function refreshSnapshot(
  database: Database,
  articleId: number,
  snapshotId: number,
  fetchedAt: Date,
  extractorVersion: string,
): Promise<SavedSnapshot> {
  const [row] = await database.exclusive(() =>
    database.namedRows<{ id: number | string; fetched_at: Date | string; status: ArticleStatus }>(
      'dealdb_refresh_snapshot',
      sql`WITH saved AS (
            UPDATE snapshots SET fetched_at = ${refreshedFetchedAt(sql`${fetchedAt.toISOString()}::timestamptz`)}
            WHERE id = ${snapshotId} AND article_id = ${articleId}
            RETURNING id, fetched_at
          ), marked AS (
            UPDATE articles SET status = ${statusAfterFetch(articleId, sql`(SELECT id FROM saved)`, extractorVersion)},
                   last_error = NULL, error_code = NULL, updated_at = now()
            WHERE id = ${articleId} AND EXISTS (SELECT 1 FROM saved)
            RETURNING status
          )
          SELECT id, fetched_at, (SELECT status FROM marked) AS status FROM saved`,
    ),
  );
  if (!row) throw new Error(`snapshot ${snapshotId} of article ${articleId} vanished during its fetch`);
  return { id: Number(row.id), created: false, fetchedAt: new Date(row.fetched_at), status: row.status };
}
