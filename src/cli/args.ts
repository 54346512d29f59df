// Argument parsing shared by every command (node:util parseArgs), and the error that means
// "the command line is wrong" (exit code 2).
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {
  override name = 'UsageError';
}

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends OptionSpec>(argv: string[], options: O, usage: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`${(err as Error).message}\n\n${usage}`);
  }
}

/** For commands that take options only. */
export function refuseArguments(positionals: string[], usage: string): void {
  if (positionals.length) throw new UsageError(`unexpected arguments: ${positionals.join(' ')}\n\n${usage}`);
}

/** --json / --csv / (default) table, mutually exclusive. */
export function outputFormat(values: { json?: unknown; csv?: unknown }): 'json' | 'csv' | 'table' {
  if (values.json && values.csv) throw new UsageError('choose one of --json and --csv');
  return values.json ? 'json' : values.csv ? 'csv' : 'table';
}

/** YYYY-MM-DD, a real calendar day. */
export function parseDay(value: string, flag: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!m || !day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} expects a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
