// Extract stage. Input: an article id (its newest snapshot). Output: an extraction with its
// mentions and deals, made current in one transaction. Safe to rerun: unless forced, an
// article whose current extraction already comes from this snapshot and extractor version is
// left alone, so a retried job changes nothing.
import { loadExtractionInput, saveExtraction, type ExtractionInput } from '../db/extractions';
import { extract } from '../extractors';
import type { Extraction } from '../extractors/types';
import { EXTRACTOR_VERSION } from '../extractors/version';
import { PermanentError } from '../src/errors';
import { decodeBody } from '../src/http/charset';
import type { JobContext } from './context';
import { unpackBody } from './snapshot-body';

export interface ExtractResult {
  extractionId: number;
  /** The extraction just made, or null when the current one was kept (`skipped`). */
  extraction: Extraction | null;
  skipped: boolean;
}

/** `loaded`: what loadExtractionInput returned when the caller has just read it (saves a round trip). */
export async function extractArticle(
  ctx: JobContext,
  articleId: number,
  options: { force?: boolean } = {},
  loaded?: ExtractionInput,
): Promise<ExtractResult> {
  const input = loaded ?? (await loadExtractionInput(ctx.database, articleId));
  if (!input) throw new PermanentError('article_missing', `article ${articleId} does not exist (deleted after it was queued)`);
  const { snapshot, current } = input;
  if (!snapshot) throw new PermanentError('no_snapshot', `article ${input.url} has no stored page yet: fetch it first (dealdb ingest URL)`);
  if (!options.force && current && current.snapshotId === snapshot.id && current.extractorVersion === EXTRACTOR_VERSION) {
    return { extractionId: current.id, extraction: null, skipped: true };
  }
  const { text } = decodeBody(await unpackBody(snapshot.body), snapshot.contentType);
  const extraction = extract(text, { url: snapshot.finalUrl, fetchedAt: snapshot.fetchedAt });
  const extractionId = await saveExtraction(ctx.database, {
    articleId,
    snapshotId: snapshot.id,
    extraction,
    knownOrganizationIds: ctx.organizationIds,
    dealWindowDays: ctx.config.dealWindowDays,
  });
  return { extractionId, extraction, skipped: false };
}
