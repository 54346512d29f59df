// The reference for the pipeline benchmarks: the same generated pages extracted with nothing
// else, in as many processes as the pipeline had workers, so both use the same cores.
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './processes';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'extract-alone-child.ts');

export interface ExtractAloneRun {
  processes: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
  /** CPU ms per page, summed over the processes. */
  cpuMsPerPage: number;
}

interface ChildMessage {
  type: 'ready' | 'done';
  ms?: number;
  cpuMs?: number;
  pages?: number;
}

/** The reference for one pipeline run: the mean of the extraction-alone runs just before and after it. */
export function bracketed(runs: readonly ExtractAloneRun[]): { pagesPerSecond: number; cpuMsPerPage: number } {
  const mean = (pick: (r: ExtractAloneRun) => number) => runs.reduce((sum, r) => sum + pick(r), 0) / runs.length;
  return { pagesPerSecond: mean((r) => r.pagesPerSecond), cpuMsPerPage: mean((r) => r.cpuMsPerPage) };
}

/** Pages [0, pageCount) split evenly over `processes` processes, all started at once. */
export async function runExtractAlone(processes: number, pageCount: number, origin: string): Promise<ExtractAloneRun> {
  const share = Math.ceil(pageCount / processes);
  const children = Array.from({ length: processes }, (_, k) =>
    fork(CHILD, [String(k * share), String(Math.min(pageCount, (k + 1) * share)), origin], {
      cwd: ROOT,
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    }),
  );
  try {
    const next = (child: (typeof children)[number], type: ChildMessage['type']) =>
      new Promise<ChildMessage>((resolve, reject) => {
        child.once('exit', (code) => reject(new Error(`extraction reference process exited with ${code}`)));
        child.on('message', (m: ChildMessage) => m.type === type && resolve(m));
      });
    await Promise.all(children.map((c) => next(c, 'ready')));
    const started = performance.now();
    const done = Promise.all(children.map((c) => next(c, 'done')));
    children.forEach((c) => c.send('go'));
    const reports = await done;
    const seconds = (performance.now() - started) / 1000;
    const cpuMs = reports.reduce((sum, r) => sum + (r.cpuMs ?? 0), 0);
    return { processes, pages: pageCount, seconds, pagesPerSecond: pageCount / seconds, cpuMsPerPage: cpuMs / pageCount };
  } finally {
    // Wait for them to be reaped: a child reaped later would count its CPU into the next measurement (bench/lib/cpu.ts).
    const exited = children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((resolve) => c.once('exit', resolve)) : null));
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await Promise.all(exited);
  }
}
