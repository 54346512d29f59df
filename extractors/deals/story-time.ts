// When things happened, as the story tells it against its own publication date: a deal dated
// weeks before the story ("announced on September 8", "in July", "in 2024") is recalled, one dated
// this week ("on Monday", "today") is news. No clock is read: the publication date is the only "now".
import { MONTHS } from './cues';

export interface StoryDate {
  year: number;
  /** 1-12, null when only the year is known. */
  month: number | null;
  day: number | null;
}

/** A date this many days or more before publication is the past, not this story's news. */
const RECENT_DAYS = 10;
const MONTH_NAME = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\b\\.?';
// "on September 8", "Sept. 8, 2025", "8 September": a day of a month.
const DAY_DATE = new RegExp(`\\b${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d\\d))?|\\b(\\d{1,2})\\s+${MONTH_NAME}\\b(?:\\s+((?:19|20)\\d\\d))?`, 'g');
// "in July", "in early March", "at the end of September", "since June": a month without a day (and, here, without a year).
const MONTH_ONLY = new RegExp(`\\b(?:in|since|during|from|of|until|through|by)\\s+(?:early |late |mid-?|the middle of |the end of )?${MONTH_NAME}(?!\\s*\\d)`, 'g');
const FUTURE = /\b(?:will|would|shall|expect(?:s|ed)?|plans?|planned|scheduled|due|aims?|targets?|intends?|is to|are to|should|could|next)\b/i;
// "starting in March", "beginning in June", "effective from May": when a contract starts is still to come.
const START_BEFORE = /\b(?:starting|beginning|commencing|effective)\s+$/i;
const RECENT = /\b(?:today|tonight|this (?:week|morning|afternoon)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:late |early )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?)\b/;

export function parseStoryDate(published: string | null): StoryDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(published ?? '');
  if (!m) return null;
  return { year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** Whether the text dates something before the story: an earlier year, month or day. */
export function mentionsPastDate(now: StoryDate | null, text: string): boolean {
  if (!now) return false;
  // The first year of a range that runs on ("between 2023 and 2027") is not in the past.
  const years = text.match(/\b(?:19|20)\d\d\b(?!\s*(?:and|to|-|–)\s*(?:19|20)\d\d)/g) ?? [];
  if (years.some((y) => Number(y) < now.year)) return true;
  if (now.month === null) return false;
  const future = FUTURE.test(text);
  for (const m of text.matchAll(DAY_DATE)) {
    const month = monthNumber(m[1] ?? m[5]);
    const day = Number(m[2] ?? m[4]);
    const year = Number(m[3] ?? m[6] ?? now.year);
    if (daysBefore(now, { year, month, day }, !m[3] && !m[6] && !future) >= RECENT_DAYS) return true;
  }
  for (const m of text.matchAll(MONTH_ONLY)) {
    if (START_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    const month = monthNumber(m[1]);
    // A month after the publication month is last year's when nothing says it is to come.
    if (month < now.month || (month > now.month && !future)) return true;
  }
  return false;
}

/** "today", "on Monday", or a date within the last few days: the story's own time. */
export function mentionsRecentTime(now: StoryDate | null, text: string): boolean {
  if (RECENT.test(text)) return true;
  if (!now || now.month === null) return false;
  for (const m of text.matchAll(DAY_DATE)) {
    const month = monthNumber(m[1] ?? m[5]);
    const day = Number(m[2] ?? m[4]);
    const year = Number(m[3] ?? m[6] ?? now.year);
    const before = daysBefore(now, { year, month, day }, !m[3] && !m[6]);
    if (before >= 0 && before < RECENT_DAYS) return true;
  }
  return false;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace('.', '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

/** Days from `date` to publication; a yearless date after publication is taken as last year's when `wrap`. */
function daysBefore(now: StoryDate, date: { year: number; month: number; day: number }, wrap: boolean): number {
  const at = (d: { year: number; month: number; day: number }) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;
  const today = at({ year: now.year, month: now.month ?? 1, day: now.day ?? 1 });
  let diff = today - at(date);
  if (diff < 0 && wrap) diff = today - at({ ...date, year: date.year - 1 });
  return diff;
}
