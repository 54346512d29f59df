// Extract stage. Input: an article id (its newest snapshot). Output: an extraction with its
// mentions and deals, made current in one transaction. Safe to rerun: unless forced, an
// article whose current extraction already comes from this snapshot and extractor version is
// left alone (only its status is set right), so a retried job changes nothing. Safe out of
// order: an extraction that turns out older than the newest snapshot is done again.
import { markExtractedIfUpToDate, type NewSnapshot } from '../db/articles';
import { loadExtractionInput, saveExtraction, saveFetchedExtraction, type ExtractionInput } from '../db/extractions';
import { extract } from '../extractors';
import type { Extraction } from '../extractors/types';
import { EXTRACTOR_VERSION } from '../extractors/version';
import { PermanentError, TransientError } from '../src/errors';
import { decodeBody } from '../src/http/charset';
import type { JobContext } from './context';
import { unpackBody } from './snapshot-body';

export interface ExtractResult {
  extractionId: number;
  /** The extraction just made, or null when the current one was kept (`skipped`). */
  extraction: Extraction | null;
  skipped: boolean;
}

/** A stored page's raw bytes, as `snapshotId` holds them. */
interface FetchedBytes {
  snapshotId: number;
  bytes: Uint8Array;
  contentType: string | null;
  finalUrl: string;
  fetchedAt: Date;
}

/** Extractions of one job that may each find a newer snapshot stored meanwhile, before it hands over to a retry. */
const MAX_ROUNDS = 4;

/** `loaded`: what loadExtractionInput returned when the caller has just read it (saves a round trip). */
export async function extractArticle(
  ctx: JobContext,
  articleId: number,
  options: { force?: boolean } = {},
  loaded?: ExtractionInput,
): Promise<ExtractResult> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const input = (round === 0 ? loaded : undefined) ?? (await loadExtractionInput(ctx.database, articleId));
    if (!input) throw new PermanentError('article_missing', `article ${articleId} does not exist (deleted after it was queued)`);
    const { snapshot, current } = input;
    if (!snapshot) throw new PermanentError('no_snapshot', `article ${input.url} has no stored page yet: fetch it first (dealdb ingest URL)`);
    if (!options.force && current && current.snapshotId === snapshot.id && current.extractorVersion === EXTRACTOR_VERSION) {
      // The work is done, but a fetch racing with it may have marked the article fetched again.
      await markExtractedIfUpToDate(ctx.database, articleId, EXTRACTOR_VERSION);
      return { extractionId: current.id, extraction: null, skipped: true };
    }
    const page = { snapshotId: snapshot.id, bytes: await unpackBody(snapshot.body), contentType: snapshot.contentType, finalUrl: snapshot.finalUrl, fetchedAt: snapshot.fetchedAt };
    const result = await extractAndSave(ctx, articleId, page, options.force === true);
    if (result) return result;
    options = { ...options, force: false };
  }
  throw new TransientError('snapshot_changing', `article ${articleId} got a newer page during each of ${MAX_ROUNDS} extractions: retrying`);
}

/** A page just fetched, not yet stored: its snapshot row and its raw bytes. */
export interface ReceivedPage {
  snapshot: NewSnapshot;
  bytes: Uint8Array;
}

/**
 * The fast path: a page the fetch job has just received, extracted in that job from the bytes in
 * hand and saved with its snapshot (one commit; no extract job, no reading the snapshot back).
 * Throws with nothing stored, or with the page stored and marked as a fetch marks it.
 */
export async function extractReceivedPage(
  ctx: JobContext,
  articleId: number,
  page: ReceivedPage,
): Promise<ExtractResult & { snapshotId: number; changed: boolean }> {
  const { snapshot } = page;
  const extraction = extractPage({ bytes: page.bytes, contentType: snapshot.contentType ?? null, finalUrl: snapshot.finalUrl, fetchedAt: snapshot.fetchedAt });
  const saved = await saveFetchedExtraction(ctx.database, {
    articleId,
    snapshot,
    extraction,
    knownOrganizationIds: ctx.organizationIds,
    dealWindowDays: ctx.config.dealWindowDays,
  });
  // A newer page stored meanwhile: its own job may already have run, and this save has just overridden it.
  const result = saved.newestSnapshotId === saved.snapshot.id ? { extractionId: saved.id, extraction, skipped: false } : await extractArticle(ctx, articleId);
  return { ...result, snapshotId: saved.snapshot.id, changed: saved.snapshot.created };
}

function extractPage(page: Omit<FetchedBytes, 'snapshotId'>): Extraction {
  const { text } = decodeBody(page.bytes, page.contentType);
  return extract(text, { url: page.finalUrl, fetchedAt: page.fetchedAt });
}

/**
 * Extracts the page and makes it the current extraction; null when a newer snapshot was stored
 * meanwhile, whose own extract job may already have run (this save has just overridden it).
 */
/** `force`: save even over a current extraction of this snapshot and version (re-extraction). */
async function extractAndSave(ctx: JobContext, articleId: number, page: FetchedBytes, force: boolean): Promise<ExtractResult | null> {
  const extraction = extractPage(page);
  const saved = await saveExtraction(ctx.database, {
    articleId,
    snapshotId: page.snapshotId,
    extraction,
    knownOrganizationIds: ctx.organizationIds,
    dealWindowDays: ctx.config.dealWindowDays,
    replaceSame: force,
  });
  if (saved.newestSnapshotId !== page.snapshotId) return null;
  return { extractionId: saved.id, extraction, skipped: false };
}
