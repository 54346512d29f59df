// waitForJobs on real Redis: outcomes arrive as queue events; jobs finished before the wait began,
// retried jobs, failed jobs and jobs that disappeared are all settled, and the wait ends.
import { randomBytes } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { waitForJobs, type JobTally } from '../../jobs/track';
import { REDIS_BASE } from './harness';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A queue under a fresh prefix and, if asked, a worker on it: jobs named 'fail' always fail, 'flaky' ones fail once. */
async function setUp(options: { worker: boolean; attempts?: number }) {
  const prefix = `dealdb-test-${randomBytes(4).toString('hex')}`;
  const connections: Redis[] = [];
  const connect = (blocking: boolean) => {
    const c = new Redis(REDIS_BASE, blocking ? { maxRetriesPerRequest: null } : {});
    connections.push(c);
    return c;
  };
  const queue = new Queue('track-test', { connection: connect(false), prefix, defaultJobOptions: { attempts: options.attempts ?? 1 } });
  const calls = new Map<string, number>();
  const worker = options.worker
    ? new Worker(
        'track-test',
        async (job) => {
          calls.set(job.id!, (calls.get(job.id!) ?? 0) + 1);
          await new Promise((resolve) => setTimeout(resolve, 20));
          if (job.name === 'fail') throw new Error('always fails');
          if (job.name === 'flaky' && calls.get(job.id!) === 1) throw new Error('fails once');
          return 'ok';
        },
        { connection: connect(true), prefix, concurrency: 4 },
      )
    : null;
  await worker?.waitUntilReady();
  cleanups.push(async () => {
    await worker?.close();
    await queue.obliterate({ force: true });
    await queue.close();
    connections.forEach((c) => c.disconnect());
  });
  return { queue, worker, calls };
}

describe('waitForJobs', () => {
  it('settles completed, retried and failed jobs from queue events, with ticks on the way', async () => {
    const { queue, calls } = await setUp({ worker: true, attempts: 2 });
    const jobs = [
      ...Array.from({ length: 30 }, (_, i) => ({ name: 'ok', id: `ok-${i}` })),
      { name: 'flaky', id: 'flaky-1' },
      { name: 'fail', id: 'fail-1' },
      { name: 'fail', id: 'fail-2' },
    ];
    const ticks: JobTally[] = [];
    const waiting = waitForJobs(queue, jobs.map((j) => j.id), (t) => ticks.push({ ...t }), { tickMs: 20, reconcileMs: 60_000 });
    await queue.addBulk(jobs.map((j) => ({ name: j.name, data: {}, opts: { jobId: j.id } })));
    const tally = await waiting;
    expect(tally).toEqual({ finished: 33, failed: 2, total: 33 });
    expect(calls.get('flaky-1')).toBe(2);
    expect(calls.get('fail-1')).toBe(2);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.at(-1)).toEqual(tally);
  });

  it('settles jobs that finished before the wait began, and jobs that are gone', async () => {
    const { queue, worker } = await setUp({ worker: true });
    await queue.addBulk([
      { name: 'ok', data: {}, opts: { jobId: 'early-ok' } },
      { name: 'fail', data: {}, opts: { jobId: 'early-fail' } },
    ]);
    const finished = async () => Object.values(await queue.getJobCounts('completed', 'failed')).reduce((a, b) => a + b, 0);
    while ((await finished()) < 2) await new Promise((resolve) => setTimeout(resolve, 25));
    await worker!.close();
    // 'never-added' stands for a job removed after it finished, or lost with Redis' data.
    const tally = await waitForJobs(queue, ['early-ok', 'early-fail', 'never-added'], () => {}, { tickMs: 20 });
    expect(tally).toEqual({ finished: 3, failed: 1, total: 3 });
  });

  it('keeps waiting while a job waits for a worker, and reconciles when its event was missed', async () => {
    const { queue } = await setUp({ worker: false });
    await queue.add('ok', {}, { jobId: 'slow' });
    let settled = false;
    const waiting = waitForJobs(queue, ['slow'], () => {}, { tickMs: 20, reconcileMs: 100 }).then((t) => {
      settled = true;
      return t;
    });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(settled).toBe(false);
    // Finished behind the wait's back: no worker, so no 'completed' event is ever sent.
    await queue.remove('slow');
    expect(await waiting).toEqual({ finished: 1, failed: 0, total: 1 });
  });
});
