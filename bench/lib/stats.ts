// Summaries of timing samples. Every figure the harness reports is also given as a ratio to a
// reference measured in the same run, because absolute times on a shared 2-core machine drift.

export interface Summary {
  median: number;
  p90: number;
  mean: number;
  total: number;
  count: number;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  // Nearest-rank: the smallest value with at least p% of the samples at or below it.
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export const median = (values: readonly number[]): number => percentile(values, 50);

const presentValues = (values: readonly (number | null | undefined)[]): number[] =>
  values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));

/** The median of the values present (a run without the measure gives null or undefined); null if none. */
export function medianOf(values: readonly (number | null | undefined)[]): number | null {
  const present = presentValues(values);
  return present.length ? median(present) : null;
}

/** "lowest-highest" of the values present, rounded as tables print them; null if none. */
export function rangeOf(values: readonly (number | null | undefined)[]): string | null {
  const present = presentValues(values);
  return present.length ? `${round(Math.min(...present))}-${round(Math.max(...present))}` : null;
}

export function summarize(values: readonly number[]): Summary {
  const total = values.reduce((a, b) => a + b, 0);
  return {
    median: median(values),
    p90: percentile(values, 90),
    mean: values.length ? total / values.length : NaN,
    total,
    count: values.length,
  };
}

/** a / b, or null when b is not a usable reference. */
export function ratio(a: number, b: number): number | null {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : null;
}

/** Milliseconds taken by fn. */
export function timeMs(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/**
 * CPU milliseconds (user + system, all of this process's threads, GC helpers included) and wall
 * milliseconds taken by fn. CPU time barely moves when other processes load the machine; wall
 * time does.
 */
export function measure(fn: () => unknown): { cpu: number; wall: number } {
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  fn();
  const wall = performance.now() - wall0;
  const cpu = process.cpuUsage(cpu0);
  return { cpu: (cpu.user + cpu.system) / 1000, wall };
}

export async function timeMsAsync(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Rounds to a few significant digits for tables and JSON. */
export function round(value: number | null, digits = 3): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  if (value === 0) return 0;
  const scale = 10 ** Math.max(0, digits - 1 - Math.floor(Math.log10(Math.abs(value))));
  return Math.round(value * scale) / scale;
}
