// Sources (feeds, sitemaps, URL lists): what discover jobs read and schedulers fire for.
import { asc, eq } from 'drizzle-orm';
import type { Database } from './client';
import { sources } from './schema';

export type SourceRow = typeof sources.$inferSelect;
export type SourceKind = SourceRow['kind'];
export const SOURCE_KINDS: readonly SourceKind[] = ['feed', 'sitemap', 'list'];

/** Adds a source; a URL already present is an error the caller reports (returns undefined). */
export async function insertSource(
  database: Database,
  input: { url: string; kind: SourceKind; schedule: string },
): Promise<SourceRow | undefined> {
  return database.exclusive(async () => {
    const [row] = await database.db.insert(sources).values(input).onConflictDoNothing({ target: sources.url }).returning();
    return row;
  });
}

export async function listSources(database: Database, options: { enabledOnly?: boolean } = {}): Promise<SourceRow[]> {
  return database.exclusive(() => {
    const query = database.db.select().from(sources);
    return (options.enabledOnly ? query.where(eq(sources.enabled, true)) : query).orderBy(asc(sources.id));
  });
}

export async function getSource(database: Database, id: number): Promise<SourceRow | undefined> {
  return database.exclusive(async () => (await database.db.select().from(sources).where(eq(sources.id, id)))[0]);
}

/** Deletes the source; its articles stay (source_id set null). Returns whether it existed. */
export async function deleteSource(database: Database, id: number): Promise<boolean> {
  return database.exclusive(async () => (await database.db.delete(sources).where(eq(sources.id, id)).returning({ id: sources.id })).length > 0);
}

export async function setSourceEnabled(database: Database, id: number, enabled: boolean): Promise<SourceRow | undefined> {
  return database.exclusive(async () => (await database.db.update(sources).set({ enabled }).where(eq(sources.id, id)).returning())[0]);
}

/** Records a discover run: validators for the next conditional GET, and the error if it failed. */
export async function recordSourceRun(
  database: Database,
  id: number,
  patch: { etag?: string | null; lastModified?: string | null; kind?: SourceKind; error: string | null },
): Promise<void> {
  const set: Partial<typeof sources.$inferInsert> = { lastRunAt: new Date(), lastError: patch.error };
  if (patch.etag !== undefined) set.etag = patch.etag;
  if (patch.lastModified !== undefined) set.lastModified = patch.lastModified;
  if (patch.kind) set.kind = patch.kind;
  await database.exclusive(() => database.db.update(sources).set(set).where(eq(sources.id, id)));
}
