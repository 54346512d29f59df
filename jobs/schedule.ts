// One BullMQ job scheduler per enabled source ("source-ID"), firing discover jobs. Schedules
// live in Postgres (sources.schedule); Redis holds their mirror, rebuilt by syncSchedules at
// worker start and by `dealdb resume`, so a Redis that lost its data gets them back.
import type { Queue } from 'bullmq';
import type { SourceRow } from '../db/sources';
import { PermanentError } from '../src/errors';
import type { Config } from '../src/config';
import { defaultJobOptions, type DiscoverJobData } from './queues';

export type Repeat = { every: number } | { pattern: string };

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Under this, a source would be hammered: a feed does not change every second. */
const MIN_EVERY_MS = 1_000;

/** "30s", "15m", "1h", "1d" -> every N ms; five or six cron fields -> a pattern. */
export function parseSchedule(text: string): Repeat {
  const trimmed = text.trim();
  const every = /^(\d+)\s*([smhd])$/i.exec(trimmed);
  if (every) {
    const ms = Number(every[1]) * UNITS[every[2]!.toLowerCase()]!;
    if (ms < MIN_EVERY_MS) throw new PermanentError('bad_schedule', `schedule "${text}" is shorter than 1s; use e.g. 30s, 15m or 1h`);
    return { every: ms };
  }
  const fields = trimmed.split(/\s+/);
  if ((fields.length === 5 || fields.length === 6) && fields.every((f) => /^[\d*/,\-?LW#A-Za-z]+$/.test(f))) return { pattern: trimmed };
  throw new PermanentError('bad_schedule', `schedule "${text}" is neither a duration (30s, 15m, 1h, 1d) nor a cron expression ("*/15 * * * *")`);
}

export const schedulerId = (sourceId: number) => `source-${sourceId}`;

/** Makes the queue's schedulers match the sources: one per enabled source, none for the others. */
export async function syncSchedules(queue: Queue<DiscoverJobData>, sources: SourceRow[], config: Config): Promise<void> {
  const wanted = new Map(sources.filter((s) => s.enabled).map((s) => [schedulerId(s.id), s]));
  const existing = await queue.getJobSchedulers();
  for (const scheduler of existing) {
    const id = scheduler.id ?? scheduler.key;
    if (id.startsWith('source-') && !wanted.has(id)) await queue.removeJobScheduler(id);
  }
  for (const [id, source] of wanted) {
    await queue.upsertJobScheduler(id, parseSchedule(source.schedule), {
      name: 'discover',
      data: { sourceId: source.id },
      opts: defaultJobOptions(config),
    });
  }
}
