// CPU seconds by process during a pipeline run, from /proc (Linux): the dealdb processes, the
// PostgreSQL server, the Redis server and this benchmark process (which serves the test site).
// Pages per second say how fast; this says what each part costs per page, and where the cores go
// when the database and the queue share the machine with the workers.
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { medianOf } from './stats';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux architecture Node supports

export interface CpuSeconds {
  /** The dealdb processes: the given pids while they run, plus this process's children reaped meanwhile (a command run to its end). */
  dealdb: number;
  postgres: number;
  redis: number;
  /** This process: the local test site, the progress polling and sampling. */
  bench: number;
}

export interface CpuMeter {
  /** CPU seconds used since the meter started, by process. */
  read(): CpuSeconds;
}

/**
 * Starts counting for `dealdbPids` (processes started before the meter: their earlier CPU is left
 * out), dealdb commands this process starts and waits for meanwhile, the PostgreSQL processes (a
 * backend that exits is counted through its parent's cutime) and the Redis server. Read the meter
 * before stopping `dealdbPids`. Returns null off Linux.
 */
export function startCpuMeter(dealdbPids: number[]): CpuMeter | null {
  if (os.platform() !== 'linux') return null;
  const start = { ...sample(dealdbPids), bench: ownSeconds() };
  return {
    read() {
      const now = sample(dealdbPids);
      return {
        dealdb: now.dealdb - start.dealdb,
        postgres: now.postgres - start.postgres,
        redis: now.redis - start.redis,
        bench: ownSeconds() - start.bench,
      };
    },
  };
}

function ownSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

function sample(dealdbPids: number[]): Omit<CpuSeconds, 'bench'> {
  const totals = { dealdb: readStat(process.pid)?.children ?? 0, postgres: 0, redis: 0 };
  const dealdb = new Set(dealdbPids);
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = readStat(pid);
    if (!stat) continue;
    if (dealdb.has(pid)) totals.dealdb += stat.own;
    else if (stat.comm === 'postgres' || stat.comm === 'postmaster') totals.postgres += stat.own + stat.children;
    else if (stat.comm === 'redis-server') totals.redis += stat.own;
  }
  return totals;
}

/** utime+stime (own) and cutime+cstime (reaped children), in seconds. */
function readStat(pid: number): { comm: string; own: number; children: number } | null {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null; // exited between the listing and the read
  }
  // comm may hold spaces and parentheses: it ends at the last ')'.
  const comm = text.slice(text.indexOf('(') + 1, text.lastIndexOf(')'));
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): utime is field 14, stime 15, cutime 16, cstime 17.
  const ticks = (field: number) => Number(fields[field - 3]);
  return { comm, own: (ticks(14) + ticks(15)) / TICKS_PER_SECOND, children: (ticks(16) + ticks(17)) / TICKS_PER_SECOND };
}

export type CpuPerPage = CpuSeconds & { total: number };

/** CPU milliseconds per page, by process, and their sum. */
export function perPage(cpu: CpuSeconds, pages: number): CpuPerPage {
  const ms = (s: number) => (pages > 0 ? (s * 1000) / pages : NaN);
  return {
    dealdb: ms(cpu.dealdb),
    postgres: ms(cpu.postgres),
    redis: ms(cpu.redis),
    bench: ms(cpu.bench),
    total: ms(cpu.dealdb + cpu.postgres + cpu.redis + cpu.bench),
  };
}

/** Per process, the median CPU per page over repeated runs, and the median of their references. */
export function medianCpu(runs: readonly { cpuMsPerPage: CpuPerPage | null; referenceCpuMsPerPage: number }[]) {
  const med = (pick: (c: CpuPerPage) => number) => medianOf(runs.map((r) => (r.cpuMsPerPage ? pick(r.cpuMsPerPage) : null)));
  return {
    dealdb: med((c) => c.dealdb),
    postgres: med((c) => c.postgres),
    redis: med((c) => c.redis),
    bench: med((c) => c.bench),
    total: med((c) => c.total),
    /** Everything but the bench process. */
    services: med((c) => c.total - c.bench),
    reference: medianOf(runs.map((r) => r.referenceCpuMsPerPage)),
  };
}
