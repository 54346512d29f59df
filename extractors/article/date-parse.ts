// Date strings as pages write them -> a calendar date (and the instant, when a time zone is given).

export interface ParsedDate {
  /** YYYY-MM-DD as written by the page (its local date). */
  date: string;
  /** Epoch ms when the string carries a time and a zone; else null. */
  instant: number | null;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const ISO_RE = /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const YMD_RE = /\b(\d{4})([/.])(\d{1,2})\2(\d{1,2})\b/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})(?:T?\d{4,6}Z?)?$/;
const EPOCH_RE = /^(\d{10}|\d{13})$/;
// "January 15, 2026", "Jan. 15th 2026"
const MDY_RE = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
// "15 January 2026", "03 Nov 2025"
const DMY_RE = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})\\b`, 'i');
// "11/03/2025" (US order unless the first part cannot be a month), "03.11.2025" (day first)
const NUMERIC_RE = /\b(\d{1,2})([/.])(\d{1,2})\2(\d{4})\b/;

/** Finds the first date in `text`; null when there is none or it is not a real calendar date. */
export function parseDate(text: string): ParsedDate | null {
  const s = text.trim();
  if (EPOCH_RE.test(s)) return fromInstant(Number(s.length === 10 ? Number(s) * 1000 : s));
  const compact = COMPACT_RE.exec(s);
  if (compact) return make(+compact[1], +compact[2], +compact[3]);
  const iso = ISO_RE.exec(s);
  if (iso) return fromIso(iso);
  const ymd = YMD_RE.exec(s);
  if (ymd) return make(+ymd[1], +ymd[3], +ymd[4]);
  return parseWrittenDate(s);
}

/** Dates written with a month name or in day/month order, as they appear in visible text. */
export function parseWrittenDate(s: string): ParsedDate | null {
  return findWrittenDate(s)?.parsed ?? null;
}

/** The first written date in `s`, with where it sits. */
export function findWrittenDate(s: string): { parsed: ParsedDate; start: number; end: number } | null {
  const mdy = MDY_RE.exec(s);
  const dmy = DMY_RE.exec(s);
  let m: RegExpExecArray | null;
  let parsed: ParsedDate | null;
  if (mdy && (!dmy || mdy.index <= dmy.index)) [m, parsed] = [mdy, make(+mdy[3], monthNumber(mdy[1]), +mdy[2])];
  else if (dmy) [m, parsed] = [dmy, make(+dmy[3], monthNumber(dmy[2]), +dmy[1])];
  else {
    m = NUMERIC_RE.exec(s);
    if (!m) return null;
    const [a, b, y] = [+m[1], +m[3], +m[4]];
    parsed = m[2] === '.' || a > 12 ? make(y, b, a) : make(y, a, b);
  }
  return parsed && { parsed, start: m.index, end: m.index + m[0].length };
}

function monthNumber(name: string): number {
  return MONTHS[name.toLowerCase().slice(0, 3)] ?? 0;
}

function fromIso(m: RegExpExecArray): ParsedDate | null {
  const base = make(+m[1], +m[2], +m[3]);
  if (!base || m[4] === undefined || m[7] === undefined) return base;
  const zone = m[7].toUpperCase() === 'Z' ? 'Z' : normalizeZone(m[7]);
  const iso = `${base.date}T${m[4].padStart(2, '0')}:${m[5]}:${m[6] ?? '00'}${zone}`;
  const instant = Date.parse(iso);
  return { date: base.date, instant: Number.isNaN(instant) ? null : instant };
}

function normalizeZone(z: string): string {
  const digits = z.slice(1).replace(':', '').padEnd(4, '0');
  return `${z[0]}${digits.slice(0, 2)}:${digits.slice(2, 4)}`;
}

function fromInstant(ms: number): ParsedDate | null {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return null;
  const base = make(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  return base && { date: base.date, instant: ms };
}

function make(y: number, m: number, d: number): ParsedDate | null {
  if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return { date, instant: null };
}

/** The latest calendar date anywhere on Earth at `limit` (UTC+14), for date-only comparisons. */
export function latestLocalDate(limit: number): string {
  return new Date(limit + 14 * 3600_000).toISOString().slice(0, 10);
}

/** True when the date cannot be later than the fetch time. */
export function isNotAfter(parsed: ParsedDate, limit: number | null): boolean {
  if (limit === null) return true;
  if (parsed.instant !== null) return parsed.instant <= limit;
  return parsed.date <= latestLocalDate(limit);
}
