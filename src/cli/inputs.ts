// What a command-line INPUT names: an http(s) URL to fetch or a local file to read.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PermanentError } from '../errors';

export type Input = { kind: 'url'; url: string } | { kind: 'file'; path: string; url: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

export function resolveInput(input: string, cwd: string): Input {
  if (/^https?:/i.test(input)) {
    let url: URL;
    try {
      url = new URL(input);
    } catch {
      throw new PermanentError('bad_url', `"${input}" is not a valid URL: write it as https://host/path`);
    }
    if (!url.hostname) throw new PermanentError('bad_url', `"${input}" has no host: write it as https://host/path`);
    url.hash = '';
    return { kind: 'url', url: url.href };
  }
  const isFileUrl = /^file:/i.test(input);
  if (SCHEME.test(input) && !isFileUrl && !/^[a-z]:[\\/]/i.test(input)) {
    throw new PermanentError('bad_url', `unsupported URL scheme in "${input}": give an http(s) URL or a file path`);
  }
  let filePath: string;
  try {
    filePath = isFileUrl ? new URL(input).pathname : path.resolve(cwd, input);
  } catch {
    throw new PermanentError('bad_url', `"${input}" is not a valid file URL`);
  }
  if (!fs.existsSync(filePath)) {
    throw new PermanentError('file_missing', `no such file: ${input} (give an http(s) URL or the path of a saved page)`);
  }
  if (!fs.statSync(filePath).isFile()) throw new PermanentError('not_a_file', `${input} is not a regular file: give the path of a saved page`);
  return { kind: 'file', path: filePath, url: pathToFileURL(filePath).href };
}

/** A folder given as INPUT stands for the .html/.htm files in it, in name order. */
export function expandFolders(inputs: string[], cwd: string): string[] {
  return inputs.flatMap((input) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(input)) return [input];
    const full = path.resolve(cwd, input);
    if (!fs.existsSync(full) || !fs.statSync(full).isDirectory()) return [input];
    return fs
      .readdirSync(full)
      .filter((f) => /\.html?$/i.test(f))
      .sort()
      .map((f) => path.join(input, f));
  });
}
