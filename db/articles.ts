// Articles and their snapshots: rows exist before any job is enqueued for them.
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
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

export async function getArticle(database: Database, id: number): Promise<ArticleRow | undefined> {
  return database.exclusive(async () => (await database.db.select().from(articles).where(eq(articles.id, id)))[0]);
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

export async function listArticleIdsByStatus(database: Database, statuses: ArticleStatus[]): Promise<number[]> {
  return database.exclusive(async () =>
    (await database.db.select({ id: articles.id }).from(articles).where(inArray(articles.status, statuses)).orderBy(articles.id)).map(
      (r) => r.id,
    ),
  );
}

/**
 * Stores a snapshot; the same bytes fetched again for the article refresh the existing row's
 * fetch time and validators instead of adding a copy. Returns its id and whether it is new.
 */
export async function saveSnapshot(
  database: Database,
  articleId: number,
  snapshot: NewSnapshot,
): Promise<{ id: number; created: boolean }> {
  return database.exclusive(async () => {
    const [row] = await database.db
      .insert(snapshots)
      .values({ ...snapshot, articleId })
      .onConflictDoUpdate({
        target: [snapshots.articleId, snapshots.contentHash],
        set: {
          fetchedAt: sql`excluded.fetched_at`,
          etag: sql`excluded.etag`,
          lastModified: sql`excluded.last_modified`,
          finalUrl: sql`excluded.final_url`,
        },
      })
      // xmax is 0 only for a freshly inserted row version.
      .returning({ id: snapshots.id, created: sql<boolean>`(xmax = 0)` });
    return { id: row!.id, created: Boolean(row!.created) };
  });
}

/** The newest snapshot's id and validators (not its bytes: the fetch stage needs only these). */
export async function latestSnapshot(database: Database, articleId: number): Promise<SnapshotInfo | undefined> {
  return database.exclusive(
    async () =>
      (
        await database.db
          .select({ id: snapshots.id, etag: snapshots.etag, lastModified: snapshots.lastModified })
          .from(snapshots)
          .where(eq(snapshots.articleId, articleId))
          .orderBy(desc(snapshots.fetchedAt), desc(snapshots.id))
          .limit(1)
      )[0],
  );
}
