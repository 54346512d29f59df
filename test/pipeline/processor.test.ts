// The error taxonomy on BullMQ (real Redis): permanent errors stop at once, Retry-After delays
// spend no attempt, other errors back off until the last attempt, and the row is marked failed
// exactly once, after the last attempt.
import { randomBytes } from 'node:crypto';
import { Queue, QueueEvents, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toProcessor } from '../../jobs/bullmq-processor';
import type { JobContext } from '../../jobs/context';
import type { Stage } from '../../jobs/stage';
import { PermanentError, RetryLaterError, TransientError } from '../../src/errors';
import { createLogger } from '../../src/log';
import { REDIS_BASE } from './harness';

type Behaviour = 'later-twice' | 'permanent' | 'transient' | 'transient-once';

const calls = new Map<string, number>();
const finalFailures: { key: string; code: string; attempts: number }[] = [];

const stage: Stage<{ key: string; behaviour: Behaviour }> = {
  queue: 'fetch',
  payload: z.object({ key: z.string(), behaviour: z.enum(['later-twice', 'permanent', 'transient', 'transient-once']) }),
  describe: (d) => d.key,
  async run(_ctx, { key, behaviour }) {
    const n = (calls.get(key) ?? 0) + 1;
    calls.set(key, n);
    if (behaviour === 'later-twice' && n <= 2) throw new RetryLaterError('http_429', 'come back later', 150);
    if (behaviour === 'permanent') throw new PermanentError('http_404', 'gone');
    if (behaviour === 'transient' || (behaviour === 'transient-once' && n === 1)) throw new TransientError('http_503', 'busy');
    return { calls: n };
  },
  async onFinalFailure(_ctx, { key }, error, attempts) {
    finalFailures.push({ key, code: error.code, attempts });
  },
};

const prefix = `dealdb-test-${randomBytes(4).toString('hex')}`;
const connections: Redis[] = [];
const connect = (worker = false) => {
  const c = new Redis(REDIS_BASE, worker ? { maxRetriesPerRequest: null } : {});
  connections.push(c);
  return c;
};
let queue: Queue;
let worker: Worker;
let events: QueueEvents;

beforeAll(async () => {
  const ctx = { log: createLogger('silent') } as JobContext;
  queue = new Queue('processor-test', { connection: connect(), prefix });
  events = new QueueEvents('processor-test', { connection: connect(true), prefix });
  worker = new Worker('processor-test', toProcessor(ctx, stage, { fetch: async () => {}, extract: async () => {}, handOver: async () => {} }), {
    connection: connect(true),
    prefix,
    concurrency: 4,
  });
  await Promise.all([events.waitUntilReady(), worker.waitUntilReady()]);
});

afterAll(async () => {
  await worker?.close();
  await events?.close();
  await queue?.obliterate({ force: true });
  await queue?.close();
  connections.forEach((c) => c.disconnect());
});

async function settle(job: Job): Promise<Job> {
  await job.waitUntilFinished(events, 10_000).catch(() => {});
  return (await queue.getJob(job.id!))!;
}

const ROWS: [Behaviour, { state: string; attemptsMade: number; calls: number; finalFailure: boolean }][] = [
  ['later-twice', { state: 'completed', attemptsMade: 1, calls: 3, finalFailure: false }],
  ['permanent', { state: 'failed', attemptsMade: 1, calls: 1, finalFailure: true }],
  ['transient', { state: 'failed', attemptsMade: 3, calls: 3, finalFailure: true }],
  ['transient-once', { state: 'completed', attemptsMade: 2, calls: 2, finalFailure: false }],
];

describe('BullMQ processor', () => {
  it.each(ROWS)('%s', async (behaviour, expected) => {
    const key = `${behaviour}-${randomBytes(2).toString('hex')}`;
    const job = await queue.add('t', { key, behaviour }, { attempts: 3, backoff: { type: 'exponential', delay: 50, jitter: 0.5 } });
    const done = await settle(job);
    expect(await done.getState()).toBe(expected.state);
    expect(done.attemptsMade).toBe(expected.attemptsMade);
    expect(calls.get(key)).toBe(expected.calls);
    const failures = finalFailures.filter((f) => f.key === key);
    expect(failures).toHaveLength(expected.finalFailure ? 1 : 0);
    if (expected.finalFailure) expect(failures[0]!.attempts).toBe(expected.attemptsMade);
    if (behaviour === 'permanent') expect(done.failedReason).toBe('http_404: gone');
  });

  it('a malformed payload is dropped, not retried', async () => {
    const job = await queue.add('t', { nonsense: true }, { attempts: 3 });
    const done = await settle(job);
    expect(await done.getState()).toBe('completed');
    expect(done.returnvalue).toEqual({ dropped: true });
  });
});
