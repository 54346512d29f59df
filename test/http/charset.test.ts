import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/http/charset';

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));
const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));

describe('decodeBody', () => {
  it.each([
    ['UTF-8 by default', utf8('<p>Zürich</p>'), null, 'utf-8', '<p>Zürich</p>'],
    ['the header charset', bytes('<p>Z\xfcrich</p>'), 'text/html; charset=ISO-8859-1', 'windows-1252', '<p>Zürich</p>'],
    ['a quoted header charset', bytes('<p>Z\xfcrich</p>'), 'text/html; charset="latin1"', 'windows-1252', '<p>Zürich</p>'],
    ['windows-1252 quotes and euro (not C1 controls)', bytes('\x93\x80 9.7bn\x94'), 'text/html; charset=iso-8859-1', 'windows-1252', '“€ 9.7bn”'],
    ['<meta charset>', bytes('<head><meta charset="shift_jis"></head>', [0x93, 0xfa, 0x96, 0x7b]), 'text/html', 'shift_jis', '日本'],
    ['<meta http-equiv>', bytes('<meta http-equiv="Content-Type" content="text/html; charset=euc-kr"><p>', [0xc7, 0xd1]), null, 'euc-kr', '한'],
    ['the header over <meta>', utf8('<meta charset="windows-1252"><p>é</p>'), 'text/html; charset=utf-8', 'utf-8', '<p>é</p>'],
    ['a UTF-8 BOM over the header', bytes([0xef, 0xbb, 0xbf], '<p>'), 'text/html; charset=windows-1252', 'utf-8', '<p>'],
    ['a UTF-16LE BOM', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>é</p>', 'utf16le')])), null, 'utf-16le', '<p>é</p>'],
    ['an unknown header label skipped for <meta>', bytes('<meta charset="gb18030">', [0xd6, 0xd0]), 'text/html; charset=x-bogus', 'gb18030', '中'],
    ['an unknown label everywhere falls back to UTF-8', utf8('<meta charset="x-bogus"><p>é</p>'), null, 'utf-8', '<p>é</p>'],
    ['<meta> claiming UTF-16 read as UTF-8', utf8('<meta charset="utf-16"><p>é</p>'), null, 'utf-8', '<p>é</p>'],
    ['an XML declaration', bytes('<?xml version="1.0" encoding="ISO-8859-2"?><t>\xb1</t>'), 'application/xml', 'iso-8859-2', '<t>ą</t>'],
    ['empty bytes', new Uint8Array(), 'text/html', 'utf-8', ''],
  ])('%s', (_name, input, contentType, charset, expected) => {
    const decoded = decodeBody(input, contentType);
    expect(decoded.charset).toBe(charset);
    expect(decoded.text).toContain(expected);
  });

  it('ignores a <meta charset> beyond the first 2 KB', () => {
    const late = bytes(' '.repeat(3000), '<meta charset="shift_jis">');
    expect(decodeBody(late, null).charset).toBe('utf-8');
  });
});
