/**
 * Reading a response body: Content-Encoding undone as a stream, with a byte cap that holds
 * after decompression (a gzip bomb stops at the cap, nothing beyond it is inflated) and a
 * deadline for the whole body (a server dripping one byte a second cannot hold us).
 */
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';
import { PermanentError, TransientError } from '../errors';

export interface ReadBodyOptions {
  url: string;
  /** The Content-Encoding header value, e.g. 'gzip' or 'gzip, br'. */
  contentEncoding: string | undefined;
  maxBytes: number;
  /** The whole body must arrive within this many ms. */
  deadlineMs: number;
  /** Keep the first maxBytes instead of failing (robots.txt is read that way). */
  truncate?: boolean;
}

export async function readBody(body: Readable, options: ReadBodyOptions): Promise<Uint8Array> {
  const decoders = createDecoders(options);
  const output = decoders.length ? (pipeline([body, ...decoders], () => {}) as unknown as Readable) : body;
  const timer = setTimeout(() => body.destroy(deadlineError(options)), options.deadlineMs);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of output as AsyncIterable<Buffer>) {
      const room = options.maxBytes - total;
      if (chunk.length > room) {
        if (!options.truncate) throw tooLargeError(options.url, options.maxBytes, 'after decompression');
        chunks.push(chunk.subarray(0, room));
        total += room;
        break;
      }
      chunks.push(chunk);
      total += chunk.length;
    }
  } catch (err) {
    throw isDecodeError(err) ? decodeError(options, err) : err;
  } finally {
    clearTimeout(timer);
    // Stop the transfer (and any inflating) we no longer need.
    discardBody(body);
    for (const decoder of decoders) decoder.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** Aborts a response body we will not read; the abort error it emits is expected, not a failure. */
export function discardBody(body: Readable): void {
  body.on('error', () => {});
  body.destroy();
}

export function tooLargeError(url: string, maxBytes: number, when: string): PermanentError {
  const mb = (maxBytes / 1_048_576).toFixed(1);
  return new PermanentError('too_large', `GET ${url} was refused: the body is larger than ${mb} MB ${when}; raise maxBytes if the page is legitimate`, { url });
}

function createDecoders(options: ReadBodyOptions): Transform[] {
  const codings = (options.contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c && c !== 'identity');
  // Codings are listed in the order they were applied: undo them last first.
  return codings.reverse().map((coding) => createDecoder(coding, options.url));
}

function createDecoder(coding: string, url: string): Transform {
  // Lenient flushing, as browsers are: a body truncated by the server still yields what arrived.
  const zlibOptions = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  if (coding === 'gzip' || coding === 'x-gzip') return zlib.createGunzip(zlibOptions);
  if (coding === 'deflate') return new InflateAuto(zlibOptions);
  if (coding === 'br') {
    return zlib.createBrotliDecompress({
      flush: zlib.constants.BROTLI_OPERATION_FLUSH,
      finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
    });
  }
  throw new PermanentError('decode_failed', `GET ${url} used Content-Encoding '${coding}', which dealdb cannot decode; the site ignores our Accept-Encoding`, { url });
}

/** 'deflate' is zlib-wrapped by the spec but raw deflate on some servers: pick by the first byte. */
class InflateAuto extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  constructor(private readonly zlibOptions: zlib.ZlibOptions) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (!this.inner) {
      const wrapped = (chunk[0] & 0x0f) === 0x08;
      this.inner = wrapped ? zlib.createInflate(this.zlibOptions) : zlib.createInflateRaw(this.zlibOptions);
      this.inner.on('data', (data: Buffer) => {
        if (!this.push(data)) this.inner?.pause();
      });
      this.inner.on('error', (err) => this.destroy(err));
    }
    this.inner.write(chunk, () => done());
  }

  override _read(size: number): void {
    this.inner?.resume();
    super._read(size);
  }

  override _flush(done: TransformCallback): void {
    if (!this.inner) return done();
    this.inner.once('end', () => done());
    this.inner.end();
  }

  override _destroy(err: Error | null, done: (error: Error | null) => void): void {
    this.inner?.destroy();
    done(err);
  }
}

function isDecodeError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^Z_|BROTLI|^ERR__ERROR/.test(code);
}

function decodeError(options: ReadBodyOptions, cause: unknown): PermanentError {
  const url = options.url;
  return new PermanentError('decode_failed', `GET ${url} sent a corrupt '${options.contentEncoding}' body; the site is broken, remove the URL or report it`, { url, cause });
}

function deadlineError(options: ReadBodyOptions): TransientError {
  const url = options.url;
  return new TransientError('timeout', `GET ${url} timed out while reading the body (over ${options.deadlineMs} ms); the server is slow, retry later`, { url });
}
