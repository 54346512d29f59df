// Extract job: the newest snapshot of an article into its current extraction (whichever
// snapshot the job was queued for: an older one's job arriving late does the newest). Re-extraction
// uses it with `force`; `fromExtractionId` makes a forced job safe to retry: once the current
// extraction is no longer the one it set out to replace, the work is done.
import { z } from 'zod';
import { loadExtractionInput, type ExtractionInput } from '../db/extractions';
import { recordArticleFailure } from '../db/pipeline';
import { EXTRACTOR_VERSION } from '../extractors/version';
import { PermanentError } from '../src/errors';
import { extractArticle } from './extract-article';
import type { ExtractJobData } from './queues';
import { rowId, type Stage } from './stage';

export const extractStage: Stage<ExtractJobData> = {
  queue: 'extract',
  payload: z.object({ articleId: rowId, force: z.boolean().optional(), fromExtractionId: rowId.nullable().optional() }),
  describe: (data) => `article ${data.articleId}`,
  async run(ctx, { articleId, force, fromExtractionId }) {
    let input: ExtractionInput | undefined;
    if (force && fromExtractionId !== undefined) {
      input = await loadExtractionInput(ctx.database, articleId);
      const current = input?.current ?? null;
      if ((current?.id ?? null) !== fromExtractionId) return { extractionId: current?.id ?? null, skipped: true };
    }
    try {
      const result = await extractArticle(ctx, articleId, { force }, input);
      return { extractionId: result.extractionId, skipped: result.skipped };
    } catch (err) {
      // A job that runs before the article's first fetch has nothing to do: the fetch job queues
      // extraction once the page is stored. Failing would mark a good article failed.
      if (err instanceof PermanentError && err.code === 'no_snapshot') return { extractionId: null, skipped: true, notFetched: true };
      throw err;
    }
  },
  async onFinalFailure(ctx, { articleId, force }, error, attempts) {
    // A failed re-extraction keeps the article's current extraction and status; the reason is still recorded.
    await recordArticleFailure(ctx.database, articleId, { ...error, attempts, markFailed: !force, extractorVersion: EXTRACTOR_VERSION });
  },
};
