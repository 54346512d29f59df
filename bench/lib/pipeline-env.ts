// The environment the benchmark's dealdb processes run with: the part's own database and queue
// prefix, the local news site allowed, and no politeness delay for it (a real site gets the
// default 1 s between requests; here the delay would measure the clock, not the pipeline).
import { REDIS_URL } from './redis-keys';

export function pipelineEnv(storeEnv: Record<string, string>, queuePrefix: string, options: { redis?: boolean } = {}): Record<string, string> {
  return {
    ...storeEnv,
    ...(options.redis === false ? { REDIS_URL: '' } : { REDIS_URL }),
    DEALDB_QUEUE_PREFIX: queuePrefix,
    DEALDB_ALLOW_PRIVATE_HOSTS: '127.0.0.1',
    DEALDB_HOST_DELAY_MS: '0',
    // Per-host limit raised to the fetch concurrency: the bench site is the only host.
    DEALDB_HOST_CONCURRENCY: '16',
    LOG_LEVEL: 'warn',
  };
}
