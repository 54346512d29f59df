// The in-process path for one article: fetch (with retries) then extract, recording a failure
// on the article row with a reason a person can act on. The ad-hoc CLI uses it directly; the
// BullMQ workers run the same two stages as separate jobs.
import { setArticleStatus } from '../db/articles';
import { describeError } from '../src/errors';
import { withRetries } from '../src/http/retry';
import type { JobContext } from './context';
import { extractArticle, type ExtractResult } from './extract-article';
import { fetchArticle } from './fetch-article';

export type IngestOutcome =
  | ({ ok: true; changed: boolean } & ExtractResult)
  | { ok: false; code: string; error: string };

export async function ingestArticle(
  ctx: JobContext,
  articleId: number,
  options: { force?: boolean; attempts?: number } = {},
): Promise<IngestOutcome> {
  let attempts = 0;
  try {
    const fetched = await withRetries(
      () => {
        attempts++;
        return fetchArticle(ctx, articleId);
      },
      { attempts: options.attempts ?? 3 },
    );
    const result = await extractArticle(ctx, articleId, { force: options.force });
    return { ok: true, changed: fetched.changed, ...result };
  } catch (err) {
    const { code, message } = describeError(err);
    await setArticleStatus(ctx.database, articleId, { status: 'failed', lastError: message, errorCode: code, attempts });
    return { ok: false, code, error: message };
  }
}
