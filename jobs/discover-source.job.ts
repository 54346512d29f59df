// Discover job: reads a source, stores its new URLs as articles, then hands every unfinished
// article of the source to the next stage. Handing over the older ones too heals work whose
// job was lost (a crash between insert and enqueue, Redis losing its data) or ended without its
// row learning the outcome (a job failed for stalling); job ids derived from article ids make the
// repeats harmless.
import { z } from 'zod';
import { listUnfinishedArticles } from '../db/pipeline';
import { recordSourceRun } from '../db/sources';
import { discoverSource } from './discover-source';
import type { DiscoverJobData } from './queues';
import { rowId, type Stage } from './stage';

export const discoverStage: Stage<DiscoverJobData> = {
  queue: 'discover',
  payload: z.object({ sourceId: rowId }),
  describe: (data) => `source ${data.sourceId}`,
  async run(ctx, { sourceId }, dispatch) {
    const result = await discoverSource(ctx, sourceId);
    const unfinished = await listUnfinishedArticles(ctx.database, [sourceId]);
    await dispatch.handOver(unfinished);
    return { listed: result.listed, new: result.newArticleIds.length, notModified: result.notModified };
  },
  async onFinalFailure(ctx, { sourceId }, error) {
    await recordSourceRun(ctx.database, sourceId, { error: `${error.code}: ${error.message}` });
  },
};
