// Resident memory of another process, from /proc/<pid>/status (Linux): VmRSS now, VmHWM peak.
import { readFileSync } from 'node:fs';

export interface Rss {
  rssMb: number;
  peakMb: number;
}

export function readRss(pid: number): Rss | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null; // the process has exited
  }
}
