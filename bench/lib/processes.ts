// Child processes the pipeline benchmarks start: `dealdb` commands (workers, reextract) run as a
// user runs them, from bin/dealdb.js. Each is stopped by its own pid, never by name.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin', 'dealdb.js');

export interface DealdbProcess {
  pid: number;
  child: ChildProcess;
  /** The last lines it wrote to stdout and stderr, for error messages. */
  output(): string;
  /** Resolves with the exit code when it exits. */
  exited: Promise<number | null>;
  /** SIGTERM, then SIGKILL after graceMs if it is still running. */
  stop(graceMs?: number): Promise<number | null>;
}

/** Set by `--profile DIR`: every dealdb process then writes a V8 CPU profile there on exit. */
let profileDir: string | null = null;

export function profileDealdbProcesses(dir: string | null): void {
  profileDir = dir && path.resolve(dir);
}

export function startDealdb(args: string[], env: Record<string, string>): DealdbProcess {
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (lines.length > 40) lines.splice(0, lines.length - 40);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    pid: child.pid!,
    child,
    output: () => lines.join('\n'),
    exited,
    async stop(graceMs = 15_000) {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** Runs a dealdb command to its end; throws with its output if it fails. */
export async function runDealdb(args: string[], env: Record<string, string>): Promise<{ seconds: number; output: string }> {
  const started = performance.now();
  const p = startDealdb(args, env);
  const code = await p.exited;
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`dealdb ${args.join(' ')} exited with ${code}:\n${p.output()}`);
  return { seconds, output: p.output() };
}
