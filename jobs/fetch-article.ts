// Fetch stage. Input: an article id. Output: a snapshot row (raw bytes, headers, status) and
// the article marked `fetched`. Safe to rerun: identical bytes map to the same snapshot row,
// and a 304 to the conditional GET keeps the stored one; either way an article whose current
// extraction already comes from that snapshot stays `extracted` (a duplicate fetch job running
// after the extraction must not send it back).
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadFetchInput, refreshSnapshot, saveSnapshot, type FetchInput, type NewSnapshot } from '../db/articles';
import { EXTRACTOR_VERSION } from '../extractors/version';
import { PermanentError } from '../src/errors';
import type { JobContext } from './context';
import { packBody } from './snapshot-body';

export interface FetchResult {
  snapshotId: number;
  /** The snapshot's fetch time as stored: it names the extract job. */
  fetchedAt: Date;
  /** False when the page is byte-identical to the stored snapshot (or the server said 304). */
  changed: boolean;
}

/** `loaded`: the article and its newest snapshot when the caller has just read them (saves a round trip). */
export async function fetchArticle(ctx: JobContext, articleId: number, loaded?: FetchInput): Promise<FetchResult> {
  const input = loaded ?? (await loadFetchInput(ctx.database, articleId));
  if (!input) throw new PermanentError('article_missing', `article ${articleId} does not exist (deleted after it was queued)`);
  const { article, latest: previous } = input;
  const snapshot = article.url.startsWith('file:')
    ? await readFileSnapshot(article.url)
    : await fetchSnapshot(ctx, article.url, previous);
  if ('notModified' in snapshot) {
    const refreshed = await refreshSnapshot(ctx.database, articleId, previous!.id, snapshot.fetchedAt, EXTRACTOR_VERSION);
    return { snapshotId: refreshed.id, fetchedAt: refreshed.fetchedAt, changed: false };
  }
  const saved = await saveSnapshot(ctx.database, articleId, snapshot, { extractorVersion: EXTRACTOR_VERSION });
  return { snapshotId: saved.id, fetchedAt: saved.fetchedAt, changed: saved.created };
}

async function fetchSnapshot(
  ctx: JobContext,
  url: string,
  previous: { etag: string | null; lastModified: string | null } | undefined,
): Promise<NewSnapshot | { notModified: true; fetchedAt: Date }> {
  const page = await ctx.http.fetchPage(url, { etag: previous?.etag ?? undefined, lastModified: previous?.lastModified ?? undefined });
  if (page.notModified && previous) return { notModified: true, fetchedAt: page.fetchedAt };
  return {
    ...(await packBody(page.bytes)),
    finalUrl: page.finalUrl,
    httpStatus: page.status,
    contentType: page.contentType,
    charset: page.charset,
    headers: page.headers,
    etag: page.etag,
    lastModified: page.lastModified,
    fetchedAt: page.fetchedAt,
  };
}

async function readFileSnapshot(fileUrl: string): Promise<NewSnapshot> {
  const path = fileURLToPath(fileUrl);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (err) {
    throw new PermanentError('file_unreadable', `cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): check the path`);
  }
  return {
    ...(await packBody(bytes)),
    finalUrl: fileUrl,
    httpStatus: null,
    contentType: null,
    charset: null,
    headers: null,
    etag: null,
    lastModified: null,
    fetchedAt: new Date(),
  };
}
