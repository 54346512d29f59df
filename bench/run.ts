// `npm run bench [-- --quick] [--only extraction,figures,...] [--json] [--out DIR] [--profile DIR]`:
// runs the benchmark parts, prints a table (or the JSON summary with --json) and writes bench/results/<time>.json and
// latest.json. Progress goes to stderr. Each part cleans up the services it used.
import { describeMachine } from './lib/machine';
import { BenchUsageError, parseOptions, type BenchOptions, type PartName } from './lib/options';
import { profileDealdbProcesses } from './lib/processes';
import { progress } from './lib/progress';
import { renderReport, writeResults, type PartResult } from './lib/report';

type Part = (options: { quick: boolean }) => Promise<PartResult>;

// Parts load lazily: `--only extraction` must not need Redis or PostgreSQL modules to work.
const PARTS: Record<PartName, () => Promise<Part>> = {
  extraction: async () => (await import('./extraction')).benchExtraction,
  figures: async () => (await import('./figures')).benchFigures,
  'db-writes': async () => (await import('./db-writes')).benchDbWrites,
  'end-to-end': async () => (await import('./end-to-end')).benchEndToEnd,
  memory: async () => (await import('./memory')).benchMemory,
  reextract: async () => (await import('./reextract')).benchReextract,
  serve: async () => (await import('./serve')).benchServe,
};

export async function runBench(options: BenchOptions) {
  const started = new Date();
  const parts: PartResult[] = [];
  const failures: { part: PartName; error: string }[] = [];
  for (const name of options.parts) {
    progress(`part ${name}: start`);
    try {
      parts.push(await (await PARTS[name]())({ quick: options.quick }));
    } catch (err) {
      // One broken part (a service down) must not hide the others' numbers.
      failures.push({ part: name, error: (err as Error)?.stack ?? String(err) });
      progress(`part ${name}: FAILED: ${(err as Error)?.message ?? err}`);
    }
  }
  return {
    started: started.toISOString(),
    seconds: Math.round((Date.now() - started.getTime()) / 100) / 10,
    quick: options.quick,
    machine: describeMachine(),
    parts,
    failures,
    checks: parts.flatMap((p) => p.checks.map((c) => ({ part: p.part, ...c }))),
  };
}

async function main(argv: string[]): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseOptions(argv);
  } catch (err) {
    if (!(err instanceof BenchUsageError)) throw err;
    process.stderr.write(`bench: ${err.message}\n`);
    return 2;
  }
  profileDealdbProcesses(options.profileDir);
  const summary = await runBench(options);
  const file = writeResults(summary, options.outDir ?? undefined);
  if (options.json) process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  else {
    const m = summary.machine;
    process.stdout.write(`machine: ${m.cpus} x ${m.cpuModel}, ${m.memoryGiB} GiB, node ${m.node}\n\n`);
    process.stdout.write(renderReport(summary.parts));
    for (const f of summary.failures) process.stdout.write(`FAILED ${f.part}: ${f.error}\n`);
  }
  progress(`results written to ${file} and latest.json (${summary.seconds} s)`);
  return summary.failures.length > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
