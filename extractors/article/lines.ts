// Lines that are chrome by their wording wherever they sit: "Advertisement", "RELATED: ...",
// "By Jane Doe", "Published 15 January 2026", "Reporting by ...", "Share on Facebook", "2 hours ago",
// "Have a tip? ...".
import { isDatelineLine } from './dates';

const WHOLE_LINE = new RegExp(
  '^(?:advertisement|advertising|advert|ad|explore further|sponsored(?: content)?|story continues below(?: advertisement)?|' +
    'continue reading.{0,40}|read more.{0,60}|read next|read the full story|related(?: articles| stories| content| coverage| links)?|' +
    'recommended(?: for you)?|more from .{0,40}|share(?: this)?(?: article| story| post)?(?: on .{0,20})?|' +
    'sign up.{0,80}|subscribe.{0,80}|follow us.{0,60}|click here.{0,80}|most (?:read|popular|viewed|shared)|see also|' +
    'also read|trending(?: now)?|\\d* ?comments?|leave a (?:comment|reply)|print|e-?mail|tweet|facebook|twitter|' +
    'linkedin|whatsapp|pinterest|reddit|copy link|skip to .{0,30}|back to top|top of page|loading\\.*|' +
    'this (?:article|story) (?:is|was) (?:continued|updated).{0,40}|image|photo|video|gallery|listen.{0,40}|' +
    'you may also like\\W*|related news|don.?t miss|tell us what you think\\W*|iklan|anzeige|publicidad|publicité|pubblicità)$',
  'i',
);
const LEAD_LABEL = /^(?:related|read more|read also|also read|see also|more|watch|listen|recommended|read next|further reading|more on this|you may also like|trending)\s*[:|»›>-]/i;
const BYLINE = /^(?:by|von|por|par)\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|der))*[,|\s]*$/u;
const CREDIT = /^\(?(?:reporting|writing|additional reporting|editing|edited|compiled|research) by\b/i;
const MEDIA_CREDIT = /^(?:photo|image|picture|video|credit|photograph|illustration|graphic)s?(?: credit)?\s*[:|]/i;
// A live-blog or ticker timestamp on its own: "21:00", "9.30am", "4:40 p.m. ET".
const CLOCK = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?$/i;
/** "3 hours ago", "2d ago", "yesterday": a relative time, as comment and live-blog stamps write it. */
export const RELATIVE_TIME = /\b(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago\b|\byesterday\b|\bjust now\b/i;
/** A stamp on its own line: "2 hours ago", "Updated 5 minutes ago". */
const RELATIVE_STAMP = /^(?:(?:updated|posted|published|edited)\s+)?(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\s+ago$/i;
// Calls to action that close an article: "Have a tip? ...", "Follow her on Twitter", "Join our forums".
const CALL_TO_ACTION = new RegExp(
  '^(?:have a (?:news )?tip\\b|follow (?:us|him|her|them|me|\\S+ full coverage)\\b|join (?:our|the) \\S+(?: \\S+)? (?:forums?|community|newsletter)|' +
    'get (?:the latest|our) .{0,60}(?:inbox|newsletters?)|if you (?:enjoyed|liked) this (?:article|story|post)|chat with us\\b|' +
    'filed under\\s*:|(?:last )?updated\\s*(?::|at|on)\\s*(?:\\p{L}+\\.?\\s+)?\\d)',
  'iu',
);
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)|all rights reserved|subject to copyright|(?:requires|enable) javascript/i;

export function isBoilerplateLine(text: string): boolean {
  if (!/[\p{L}\p{N}]/u.test(text)) return true;
  if (text.length <= 120 && (WHOLE_LINE.test(text) || BYLINE.test(text) || CLOCK.test(text) || RELATIVE_STAMP.test(text) || isDatelineLine(text))) return true;
  if (text.length <= 200 && (LEAD_LABEL.test(text) || MEDIA_CREDIT.test(text) || COPYRIGHT.test(text))) return true;
  return text.length <= 300 && (CREDIT.test(text) || CALL_TO_ACTION.test(text));
}
