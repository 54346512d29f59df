// Progress goes to stderr so `--json` keeps stdout machine-readable.
export function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}
