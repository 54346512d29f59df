/**
 * Decoding of fetched bytes to text. Pure, so a stored snapshot can be re-decoded later.
 * Order (as browsers do): a byte-order mark, then the Content-Type charset, then
 * <meta charset> / http-equiv or the XML declaration in the first 2 KB, else UTF-8.
 */
import iconv from 'iconv-lite';

const SNIFF_BYTES = 2048;

export interface DecodedBody {
  text: string;
  /** The WHATWG name of the encoding used, e.g. 'utf-8', 'windows-1252', 'shift_jis'. */
  charset: string;
}

export function decodeBody(bytes: Uint8Array, contentType: string | null): DecodedBody {
  // An unknown label is skipped, so a bogus header charset still lets the page's own meta decide.
  const decoder =
    createDecoder(sniffBom(bytes)) ??
    createDecoder(charsetFromContentType(contentType)) ??
    createDecoder(charsetFromMarkup(bytes)) ??
    new TextDecoder('utf-8');
  const text = decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  return { text, charset: decoder.encoding };
}

/**
 * Node 20's TextDecoder decodes every windows-1252 label (iso-8859-1, latin1...) as plain
 * ISO-8859-1, turning the curly quotes and euro signs of news pages into C1 controls; iconv-lite
 * has the real table (the five bytes it leaves undefined become U+FFFD).
 */
function decodeWindows1252(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'windows-1252');
}

/** The charset parameter of a Content-Type header value, or null. */
export function charsetFromContentType(contentType: string | null): string | null {
  if (!contentType) return null;
  const match = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType);
  return match ? match[1] : null;
}

function sniffBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** <meta charset=x>, <meta http-equiv content="...; charset=x"> or <?xml encoding="x"?> near the start. */
function charsetFromMarkup(bytes: Uint8Array): string | null {
  // Latin-1 maps each byte to one char, so ASCII markup reads the same in any ASCII-compatible encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([^"']{1,40})["']/i.exec(head);
  if (xml) return xml[1];
  const lower = head.toLowerCase();
  for (let at = lower.indexOf('<meta'); at !== -1; at = lower.indexOf('<meta', at + 5)) {
    const end = lower.indexOf('>', at);
    const tag = lower.slice(at, end === -1 ? undefined : end);
    const match = /charset\s*=\s*["']?\s*([a-z0-9_:.+-]+)/.exec(tag);
    // A meta tag claiming UTF-16 is wrong by definition: the page would have a BOM.
    if (match) return match[1].startsWith('utf-16') ? 'utf-8' : match[1];
  }
  return null;
}

function createDecoder(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label.trim());
  } catch {
    return null;
  }
}
