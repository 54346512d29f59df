// `dealdb`: dispatches to a command and turns every failure into a one-line message and an
// exit code (0 ok, 1 the work failed, 2 the command line is wrong).
import { DatabaseUnavailableError, DealOverrideError } from '../../db/errors';
import { DealdbError } from '../errors';
import { UsageError } from './args';
import type { CliIO, Command } from './commands/types';

interface CommandEntry {
  name: string;
  summary: string;
  /** A command's module is loaded when it runs: `dealdb extract` need not load BullMQ or the feed parser. */
  load: () => Promise<Command>;
}

const COMMANDS: CommandEntry[] = [
  { name: 'extract', summary: 'print the extraction of pages as JSON Lines (no database)', load: async () => (await import('./commands/extract')).extractCommand },
  { name: 'ingest', summary: 'extract pages and store them in the database', load: async () => (await import('./commands/ingest')).ingestCommand },
  {
    name: 'deals',
    summary: 'list deals or their reports (table, --csv or --json), show one, merge or split',
    load: async () => (await import('./commands/deals')).dealsCommand,
  },
  {
    name: 'consolidate',
    summary: 'recompute every deal from its reports (--rebuild)',
    load: async () => (await import('./commands/consolidate')).consolidateCommand,
  },
  { name: 'fx', summary: 'load monthly exchange rates from a CSV file', load: async () => (await import('./commands/fx')).fxCommand },
  { name: 'sql', summary: 'run SQL on the configured database', load: async () => (await import('./commands/sql')).sqlCommand },
  { name: 'migrate', summary: 'apply database migrations', load: async () => (await import('./commands/migrate')).migrateCommand },
  {
    name: 'sources',
    summary: 'add, list, remove, disable or enable feeds, sitemaps and URL lists',
    load: async () => (await import('./commands/sources')).sourcesCommand,
  },
  { name: 'crawl', summary: 'read every enabled source now and process what is new', load: async () => (await import('./commands/crawl')).crawlCommand },
  {
    name: 'worker',
    summary: 'process the discover, fetch and extract queues (needs REDIS_URL)',
    load: async () => (await import('./commands/worker')).workerCommand,
  },
  { name: 'status', summary: 'articles by status, queue counts and recent failures', load: async () => (await import('./commands/status')).statusCommand },
  {
    name: 'resume',
    summary: 're-enqueue unfinished articles from the database (after Redis data loss or a crash)',
    load: async () => (await import('./commands/resume')).resumeCommand,
  },
  { name: 'serve', summary: 'serve a read-only web app and JSON API over the database', load: async () => (await import('./commands/serve')).serveCommand },
  { name: 'reextract', summary: 'extract stored pages again with the current extractors', load: async () => (await import('./commands/reextract')).reextractCommand },
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
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    io.stderr.write(`dealdb: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}. Try: dealdb --help\n`);
    return 2;
  }
  const command = await entry.load();
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
    if (err instanceof DealdbError || err instanceof DatabaseUnavailableError || err instanceof DealOverrideError) {
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
