/**
 * Which content types each kind of fetch accepts, decided from the header before the body
 * is read (a 10 MB image is refused without downloading it).
 */

/** 'page': an article (HTML/XHTML). The others are for fetchDocument's `accept` option. */
export type AcceptKind = 'page' | 'xml' | 'text' | 'any';

/** 'text/html; charset=utf-8' -> 'text/html'; null when absent or empty. */
export function mimeType(contentType: string | null): string | null {
  const mime = contentType?.split(';')[0].trim().toLowerCase();
  return mime ? mime : null;
}

const isXml = (mime: string) => mime.endsWith('/xml') || mime.endsWith('+xml');

/** Whether `mime` may be read for `kind`; a missing Content-Type is judged by the body instead. */
export function acceptsMime(kind: AcceptKind, mime: string): boolean {
  switch (kind) {
    case 'page':
      return mime === 'text/html' || mime === 'application/xhtml+xml';
    // Feeds and sitemaps are often served as text/html or text/plain: let the parser judge.
    case 'xml':
      return isXml(mime) || mime === 'text/html' || mime === 'text/plain';
    case 'text':
      return mime.startsWith('text/') || isXml(mime) || mime === 'application/json' || mime.endsWith('+json');
    case 'any':
      return true;
  }
}

/** With no Content-Type, a page must at least look like markup. */
export function looksLikeMarkup(text: string): boolean {
  return /^\s*</.test(text.slice(0, 1024));
}

export const ACCEPT_HEADERS: Record<AcceptKind, string> = {
  page: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
  xml: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1',
  text: 'text/plain,text/*;q=0.9,application/xml;q=0.8,*/*;q=0.1',
  any: '*/*',
};
