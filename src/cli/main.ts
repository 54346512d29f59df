// `dealdb`: dispatches to a command and turns every failure into a one-line message and an
// exit code (0 ok, 1 the work failed, 2 the command line is wrong).
import { DatabaseUnavailableError } from '../../db/client';
import { DealdbError } from '../errors';
import { UsageError } from './args';
import { dealsCommand } from './commands/deals';
import { extractCommand } from './commands/extract';
import { ingestCommand } from './commands/ingest';
import { migrateCommand } from './commands/migrate';
import { crawlCommand } from './commands/crawl';
import { reextractCommand } from './commands/reextract';
import { resumeCommand } from './commands/resume';
import { sourcesCommand } from './commands/sources';
import { sqlCommand } from './commands/sql';
import { statusCommand } from './commands/status';
import { workerCommand } from './commands/worker';
import type { CliIO, Command } from './commands/types';

const COMMANDS: Command[] = [
  extractCommand, ingestCommand, dealsCommand, sqlCommand, migrateCommand,
  sourcesCommand, crawlCommand, workerCommand, statusCommand, resumeCommand, reextractCommand,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'usage: dealdb COMMAND [options]',
    '',
    'Turns news about AI infrastructure into a database of deals.',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `dealdb COMMAND --help` for the options of one command.',
    'Configuration comes from the environment; see .env.example.',
  ].join('\n');
}

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${overview()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`dealdb: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}. Try: dealdb --help\n`);
    return 2;
  }
  // Every command's --help is its usage; answered here so no command can forget it.
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`dealdb ${name}: ${err.message}\n`);
      return 2;
    }
    if (err instanceof DealdbError || err instanceof DatabaseUnavailableError) {
      io.stderr.write(`dealdb ${name}: ${err.message}\n`);
      return 1;
    }
    io.stderr.write(`dealdb ${name}: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
    return 1;
  }
}

function processIO(): CliIO {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}
