// Source schedules: the --every syntax, and one BullMQ job scheduler per enabled source.
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import type { SourceRow } from '../../db/sources';
import { openQueues } from '../../jobs/queues';
import { parseSchedule, syncSchedules } from '../../jobs/schedule';
import { loadConfig } from '../../src/config';
import { REDIS_BASE } from './harness';

describe('parseSchedule', () => {
  it.each([
    ['30s', { every: 30_000 }],
    ['15m', { every: 900_000 }],
    ['1h', { every: 3_600_000 }],
    ['2d', { every: 172_800_000 }],
    ['*/15 * * * *', { pattern: '*/15 * * * *' }],
    ['0 30 6 * * MON-FRI', { pattern: '0 30 6 * * MON-FRI' }],
  ])('%s', (text, repeat) => {
    expect(parseSchedule(text)).toEqual(repeat);
  });

  it.each(['0s', 'often', '15 minutes', '* * *', ''])('rejects %j', (text) => {
    expect(() => parseSchedule(text)).toThrow(expect.objectContaining({ code: 'bad_schedule' }));
  });
});

describe('syncSchedules', () => {
  const prefix = `dealdb-test-${randomBytes(4).toString('hex')}`;
  const config = loadConfig({ REDIS_URL: REDIS_BASE, DEALDB_QUEUE_PREFIX: prefix });
  const queues = openQueues({ ...config, redisUrl: REDIS_BASE });

  afterAll(async () => {
    await queues.discover.obliterate({ force: true });
    await queues.close();
    const redis = new Redis(REDIS_BASE);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  const source = (id: number, schedule: string, enabled = true) => ({ id, schedule, enabled }) as SourceRow;

  it('keeps one scheduler per enabled source and removes the others', async () => {
    await syncSchedules(queues.discover, [source(1, '15m'), source(2, '0 * * * *'), source(3, '1h', false)], config);
    const first = await queues.discover.getJobSchedulers();
    expect(first.map((s) => [s.key, s.every ?? s.pattern]).sort()).toEqual([
      ['source-1', 900_000],
      ['source-2', '0 * * * *'],
    ]);
    await syncSchedules(queues.discover, [source(2, '30s'), source(3, '1h')], config);
    const second = await queues.discover.getJobSchedulers();
    expect(second.map((s) => [s.key, s.every ?? s.pattern]).sort()).toEqual([
      ['source-2', 30_000],
      ['source-3', 3_600_000],
    ]);
  });
});
