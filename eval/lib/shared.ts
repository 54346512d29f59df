// Where the shared evaluation sets and their scorers live: beside the project, read in place.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

/** Exits with a one-line instruction when the shared evaluation sets are not beside the project. */
export function requireShared(): string {
  for (const part of ['eval', 'tools']) {
    if (!existsSync(join(SHARED_DIR, part))) {
      console.error(`evaluation needs the shared evaluation sets at ${SHARED_DIR} (eval/ and tools/); put them beside the project and run again`);
      process.exit(2);
    }
  }
  return SHARED_DIR;
}
