// Fetch stage. Input: an article id. Output: a snapshot row (raw bytes, headers, status) and
// the article marked `fetched`. Safe to rerun: identical bytes map to the same snapshot row,
// and a 304 to the conditional GET keeps the stored one; either way an article whose current
// extraction already comes from that snapshot stays `extracted` (a duplicate fetch job running
// after the extraction must not send it back).
import fs from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { loadFetchInput, refreshSnapshot, saveSnapshot, type FetchInput, type NewSnapshot } from '../db/articles';
import type { ArticleStatus } from '../db/schema';
import { EXTRACTOR_VERSION } from '../extractors/version';
import { PermanentError } from '../src/errors';
import type { JobContext } from './context';
import type { ReceivedPage } from './extract-article';
import { packBody } from './snapshot-body';

export interface FetchResult {
  snapshotId: number;
  /** The snapshot's fetch time as stored: it names the extract job. */
  fetchedAt: Date;
  /** 'extracted' when the current extraction already comes from this snapshot, else 'fetched'. */
  status: ArticleStatus;
  /** False when the page is byte-identical to the stored snapshot (or the server said 304). */
  changed: boolean;
}

/** What a GET of the article gave: the page, or a 304 for its newest stored snapshot. */
export type Received = ReceivedPage | NotModified;
interface NotModified {
  notModified: true;
  fetchedAt: Date;
}

/** `loaded`: the article and its newest snapshot when the caller has just read them (saves a round trip). */
export async function fetchArticle(ctx: JobContext, articleId: number, loaded?: FetchInput): Promise<FetchResult> {
  const input = loaded ?? (await loadFetchInput(ctx.database, articleId));
  if (!input) throw new PermanentError('article_missing', `article ${articleId} does not exist (deleted after it was queued)`);
  return storeReceived(ctx, input, await receiveArticle(ctx, input));
}

/** The GET alone (conditional on the newest snapshot's validators): nothing is stored. */
export async function receiveArticle(ctx: JobContext, { article, latest }: FetchInput): Promise<Received> {
  return article.url.startsWith('file:') ? readFileSnapshot(article.url) : fetchSnapshot(ctx, article.url, latest);
}

/** Stores what receiveArticle gave and marks the article (see the file comment). */
export async function storeReceived(ctx: JobContext, { article, latest }: FetchInput, received: Received): Promise<FetchResult> {
  if ('notModified' in received) {
    const refreshed = await refreshSnapshot(ctx.database, article.id, latest!.id, received.fetchedAt, EXTRACTOR_VERSION);
    return { snapshotId: refreshed.id, fetchedAt: refreshed.fetchedAt, status: refreshed.status!, changed: false };
  }
  const saved = await saveSnapshot(ctx.database, article.id, received.snapshot, { extractorVersion: EXTRACTOR_VERSION });
  return { snapshotId: saved.id, fetchedAt: saved.fetchedAt, status: saved.status!, changed: saved.created };
}

async function fetchSnapshot(
  ctx: JobContext,
  url: string,
  previous: { etag: string | null; lastModified: string | null } | undefined,
): Promise<Received> {
  const page = await ctx.http.fetchPage(url, { etag: previous?.etag ?? undefined, lastModified: previous?.lastModified ?? undefined });
  if (page.notModified && previous) return { notModified: true, fetchedAt: page.fetchedAt };
  const snapshot: NewSnapshot = {
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
  return { snapshot, bytes: page.bytes };
}

async function readFileSnapshot(fileUrl: string): Promise<ReceivedPage> {
  const path = fileURLToPath(fileUrl);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (err) {
    throw new PermanentError('file_unreadable', `cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}): check the path`);
  }
  const snapshot: NewSnapshot = {
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
  return { snapshot, bytes };
}
