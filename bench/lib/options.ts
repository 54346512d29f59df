// Command-line flags of `npm run bench` and what --quick changes.
export const PART_NAMES = ['extraction', 'figures', 'db-writes', 'end-to-end', 'memory', 'reextract', 'serve'] as const;
export type PartName = (typeof PART_NAMES)[number];

export interface BenchOptions {
  quick: boolean;
  json: boolean;
  parts: PartName[];
  /** Folder for the JSON results; default bench/results. */
  outDir: string | null;
  /** Where dealdb child processes write V8 CPU profiles (--cpu-prof); none when null. */
  profileDir: string | null;
}

export class BenchUsageError extends Error {}

export function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = { quick: false, json: false, parts: [...PART_NAMES], outDir: null, profileDir: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') options.quick = true;
    else if (arg === '--json') options.json = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      options.parts = parseParts(value ?? '');
    } else if (arg === '--out') {
      options.outDir = argv[++i] ?? null;
      if (!options.outDir) throw new BenchUsageError('--out takes a folder');
    } else if (arg === '--profile') {
      options.profileDir = argv[++i] ?? null;
      if (!options.profileDir) throw new BenchUsageError('--profile takes a folder');
    } else throw new BenchUsageError(`unknown option ${arg}; usage: npm run bench -- [--quick] [--json] [--only ${PART_NAMES.join(',')}] [--out DIR] [--profile DIR]`);
  }
  return options;
}

function parseParts(value: string): PartName[] {
  const names = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = names.filter((n) => !(PART_NAMES as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0) {
    throw new BenchUsageError(`--only takes a comma-separated list of ${PART_NAMES.join(', ')}; got "${value}"`);
  }
  // Keep the canonical order: later parts reuse nothing, but the table reads best in this order.
  return PART_NAMES.filter((n) => names.includes(n));
}
