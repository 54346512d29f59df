// Fetch job: one article's page into a snapshot, then its extraction: in this job when the
// process serves the extract queue too (the fast path: extracted in memory, then the snapshot and
// the extraction saved together), else as an extract job (named by the snapshot as of this fetch,
// so every fetch that may leave extraction to do gets a job of its own).
// Safe to rerun: a job run again after its work was committed (its worker died before
// acknowledging) finds the article past 'queued' and only hands it on; two copies of the job
// that both fetch (Redis lost its data while one ran) store one snapshot, and the later one
// leaves an article already extracted from it extracted (fetch-article.ts).
import { z } from 'zod';
import { loadFetchInput } from '../db/articles';
import { recordArticleFailure } from '../db/pipeline';
import { EXTRACTOR_VERSION } from '../extractors/version';
import { describeError, PermanentError } from '../src/errors';
import { extractReceivedPage } from './extract-article';
import { receiveArticle, storeReceived } from './fetch-article';
import type { FetchJobData } from './queues';
import { rowId, type Stage } from './stage';

export const fetchStage: Stage<FetchJobData> = {
  queue: 'fetch',
  payload: z.object({ articleId: rowId }),
  describe: (data) => `article ${data.articleId}`,
  async run(ctx, { articleId }, dispatch) {
    const input = await loadFetchInput(ctx.database, articleId);
    if (!input) throw new PermanentError('article_missing', `article ${articleId} does not exist (deleted after it was queued)`);
    const { article } = input;
    const stored = article.status === 'fetched' || article.status === 'extracted' ? input.latest : undefined;
    if (stored) {
      if (article.status === 'fetched') await dispatch.extract([{ articleId, snapshotId: stored.id, fetchedAt: stored.fetchedAt }]);
      return { snapshotId: stored.id, changed: false, alreadyFetched: true };
    }
    const received = await receiveArticle(ctx, input);
    if (dispatch.extractsHere && 'snapshot' in received) {
      try {
        const done = await extractReceivedPage(ctx, articleId, received);
        return { snapshotId: done.snapshotId, changed: done.changed, extractionId: done.extractionId };
      } catch (err) {
        // Stored alone below (again, if the failure came after the save committed: the same bytes
        // only refresh it); the extract queue retries the extraction with its own attempts.
        ctx.log.info(`extracting article ${articleId} in its fetch job failed; queued as an extract job`, { error: describeError(err).message });
      }
    }
    const result = await storeReceived(ctx, input, received);
    const outcome = { snapshotId: result.snapshotId, changed: result.changed };
    if (result.status === 'extracted') return outcome;
    // The snapshot is committed before the next job exists: a lost enqueue is found by resume.
    await dispatch.extract([{ articleId, snapshotId: result.snapshotId, fetchedAt: result.fetchedAt }]);
    return outcome;
  },
  async onFinalFailure(ctx, { articleId }, error, attempts) {
    await recordArticleFailure(ctx.database, articleId, { ...error, attempts, markFailed: true, extractorVersion: EXTRACTOR_VERSION });
  },
};
