// Articles and their snapshots: rows exist before any job is enqueued for them.
import { eq, sql } from 'drizzle-orm';
import type { Database } from './client';
import { articles, snapshots, type ArticleStatus } from './schema';

export type ArticleRow = typeof articles.$inferSelect;
export type SnapshotInfo = Pick<typeof snapshots.$inferSelect, 'id' | 'etag' | 'lastModified'>;
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
    }>(
      'dealdb_load_fetch_input',
      sql`SELECT a.id, a.url, a.status, s.id AS snapshot_id, s.etag, s.last_modified
          FROM articles a
          LEFT JOIN LATERAL (
            SELECT id, etag, last_modified FROM snapshots WHERE article_id = a.id ORDER BY fetched_at DESC, id DESC LIMIT 1
          ) s ON true
          WHERE a.id = ${articleId}`,
    ),
  );
  if (!row) return undefined;
  return {
    article: { id: Number(row.id), url: row.url, status: row.status },
    latest: row.snapshot_id === null ? undefined : { id: Number(row.snapshot_id), etag: row.etag, lastModified: row.last_modified },
  };
}

/**
 * Stores a snapshot; the same bytes fetched again for the article refresh the existing row's
 * fetch time and validators instead of adding a copy. Returns its id and whether it is new.
 * `markFetched` also marks the article fetched in the same statement (one round trip, and a
 * fetched article always has its snapshot).
 */
export async function saveSnapshot(
  database: Database,
  articleId: number,
  s: NewSnapshot,
  options: { markFetched?: boolean } = {},
): Promise<{ id: number; created: boolean }> {
  const markFetched = options.markFetched
    ? sql`, marked AS (
          UPDATE articles SET status = 'fetched', last_error = NULL, error_code = NULL, updated_at = now() WHERE id = ${articleId}
        )`
    : sql``;
  const [row] = await database.exclusive(() =>
    database.namedRows<{ id: number | string; created: boolean }>(
      options.markFetched ? 'dealdb_save_snapshot_fetched' : 'dealdb_save_snapshot',
      sql`WITH saved AS (
            INSERT INTO snapshots (article_id, final_url, http_status, content_type, charset, content_hash, body, byte_length,
                                   headers, etag, last_modified, fetched_at)
            VALUES (${articleId}, ${s.finalUrl}, ${s.httpStatus ?? null}, ${s.contentType ?? null}, ${s.charset ?? null},
                    ${s.contentHash}, ${s.body}::bytea, ${s.byteLength}, ${s.headers ? JSON.stringify(s.headers) : null}::jsonb,
                    ${s.etag ?? null}, ${s.lastModified ?? null}, ${s.fetchedAt.toISOString()}::timestamptz)
            ON CONFLICT (article_id, content_hash) DO UPDATE SET fetched_at = excluded.fetched_at, etag = excluded.etag,
              last_modified = excluded.last_modified, final_url = excluded.final_url
            -- xmax is 0 only for a freshly inserted row version.
            RETURNING id, (xmax = 0) AS created
          )${markFetched}
          SELECT id, created FROM saved`,
    ),
  );
  return { id: Number(row!.id), created: Boolean(row!.created) };
}
