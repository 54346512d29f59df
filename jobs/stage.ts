// What a pipeline stage is, independent of how it runs: a BullMQ worker (bullmq-processor.ts)
// and the in-process runner (run-in-process.ts) drive the same stages with the same error
// classes, so a page goes through the same steps with or without Redis.
import { z } from 'zod';
import type { FetchedArticle, UnfinishedArticles } from '../db/pipeline';
import type { ErrorDescription } from '../src/errors';
import type { JobContext } from './context';
import type { QueueName } from './queues';

/** Hands work to the next stage: BullMQ adds jobs; in-process, local pools run them. */
export interface Dispatch {
  fetch(articleIds: number[]): Promise<void>;
  extract(items: FetchedArticle[]): Promise<void>;
  /** Articles still queued or fetched, to their next stage, even where a finished job holds their job id. */
  handOver(unfinished: UnfinishedArticles): Promise<void>;
  /**
   * This process serves the extract queue too: a fetch job extracts the page it has just stored
   * itself (the fast path: no second job, no reading the page back). Otherwise it queues extraction.
   */
  extractsHere?: boolean;
}

export interface Stage<D> {
  queue: QueueName;
  /** The job payload, validated once at the edge. */
  payload: z.ZodType<D>;
  /** Short label for logs and progress: 'article 42', 'source 3'. */
  describe(data: D): string;
  run(ctx: JobContext, data: D, dispatch: Dispatch): Promise<Record<string, unknown>>;
  /** Runs once, after the last attempt failed (or a permanent error): records the reason on the row. */
  onFinalFailure(ctx: JobContext, data: D, error: ErrorDescription, attempts: number): Promise<void>;
}

export const rowId = z.number().int().positive();
