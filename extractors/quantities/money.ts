// Money mentions: every amount with its currency, qualifier ("about", "up to"), rate ("a year"),
// range ("$10-15 billion") and conversion ("£22bn (about $30bn)"), with exact values.
import type { MoneyMention, Qualifier, Sentence } from '../types';
import { formatDecimal, toNumber } from './decimal';
import { parseMoneyAt, type RawMoney } from './money-parse';
import { matchPer } from './periods';
import { spanOf } from './spans';
import { isWord, type Token, tokenize } from './tokens';

/** Words before an amount, last word first in the key ("more than" -> "than more"). */
const QUALIFIERS: Record<string, Qualifier> = {};
function qualify(phrases: string, q: Qualifier): void {
  for (const p of phrases.split('|')) QUALIFIERS[p.split(' ').reverse().join(' ')] = q;
}
qualify('about|around|approximately|approx|roughly|some|nearly|almost|close to|circa|an estimated|estimated', 'about');
qualify('up to|as much as|as high as|no more than|not more than|at most|a maximum of|as many as', 'up_to');
qualify('at least|no less than|not less than|a minimum of', 'at_least');
qualify('more than|over|upwards of|in excess of|above|exceeding|well over|just over|north of', 'more_than');
qualify('less than|under|below|just under|fewer than|as little as', 'less_than');
qualify('exactly|precisely', 'exact');
const MAX_QUALIFIER_WORDS = 3;

function qualifierBefore(tokens: Token[], i: number): Qualifier {
  let key = '';
  let found: Qualifier = 'exact';
  for (let n = 1; n <= MAX_QUALIFIER_WORDS; n++) {
    const t = tokens[i - n];
    if (!t || t.kind !== 'word') break;
    key = n === 1 ? t.lower : `${key} ${t.lower}`;
    if (Object.hasOwn(QUALIFIERS, key)) found = QUALIFIERS[key];
  }
  return found;
}

function toMention(text: string, tokens: Token[], raw: RawMoney, sentences: Sentence[]): MoneyMention {
  const span = spanOf(text, tokens, raw.startTok, raw.next, sentences);
  const exact = raw.value ? formatDecimal(raw.value) : null;
  const mention: MoneyMention = {
    kind: 'money',
    ...span,
    amount: raw.value ? toNumber(raw.value) : null,
    amount_exact: exact,
    currency: raw.currency,
    qualifier: raw.high ? 'range_low' : qualifierBefore(tokens, raw.startTok),
  };
  if (raw.high) {
    mention.amount_high = toNumber(raw.high);
    mention.amount_high_exact = formatDecimal(raw.high);
  }
  if (raw.vague) mention.vague = true;
  const per = matchPer(tokens, raw.next);
  if (per && !raw.vague) mention.per = per.per;
  return mention;
}

/** "£22bn (about $30bn)", "C$7.5 billion (about US$5.42 billion)": the bracket holds a conversion. */
const EQUIVALENT_GAP = /^\s*\(\s*(?:[A-Za-z~.]+\s*){0,3}$/;
const MAX_EQUIVALENT_GAP = 40;

function markEquivalents(text: string, mentions: MoneyMention[]): void {
  for (let k = 1; k < mentions.length; k++) {
    const prev = mentions[k - 1];
    const cur = mentions[k];
    if (cur.start - prev.end > MAX_EQUIVALENT_GAP || prev.amount === null || prev.currency === cur.currency) continue;
    if (EQUIVALENT_GAP.test(text.slice(prev.end, cur.start))) cur.equivalent_of = prev.start;
  }
}

export function findMoney(text: string, sentences: Sentence[], tokens: Token[] = tokenize(text)): MoneyMention[] {
  const mentions: MoneyMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const raw = parseMoneyAt(tokens, i, !isWord(tokens, i - 1, 'from'));
    if (!raw) {
      i++;
      continue;
    }
    mentions.push(toMention(text, tokens, raw, sentences));
    i = raw.next;
  }
  markEquivalents(text, mentions);
  return mentions;
}
