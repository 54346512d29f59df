// Job ids derive from row ids so enqueueing twice is harmless: BullMQ ignores an add whose id
// exists, and the in-process pipeline skips an id it has seen. An id names the work itself, so
// an id already taken by a finished job never hides work still to do: an extract job names the
// snapshot as of its last fetch (a refetch moves fetched_at on, see db/articles.ts). BullMQ
// refuses ':' in custom ids, hence '-'. No BullMQ here: the in-process pipeline needs the ids
// without loading it.
export const jobIds = {
  /** A crawl started at `runKey` (a timestamp); scheduler runs get BullMQ's own ids. */
  discover: (sourceId: number, runKey: string | number) => `discover-${sourceId}-${runKey}`,
  fetch: (articleId: number) => `fetch-${articleId}`,
  extract: (articleId: number, snapshotId: number, fetchedAt: Date) => `extract-${articleId}-${snapshotId}-${fetchedAt.getTime()}`,
  reextract: (articleId: number, fromExtractionId: number | null) => `reextract-${articleId}-${fromExtractionId ?? 0}`,
};
