import type { Readable, Writable } from 'node:stream';

export interface CliIO {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

export interface Command {
  name: string;
  /** Full help: synopsis, options with defaults, an example. */
  usage: string;
  /** Returns the exit code: 0 success, 1 some work failed; throws UsageError for exit code 2. */
  run(argv: string[], io: CliIO): Promise<number>;
}
