// One money expression at a token: currency first ("$1.5tn", "US$ 3.14", "EUR 20", "Rs. 20"),
// number first ("four billion dollars", "20€", "470 pence", "75 USD million"), subunits
// ("$20 and 43c", "20 dollars 43 cents") and vague amounts ("tens of billions of dollars").
import { type Amount, isPercentAt, parseAmount } from './amounts';
import { type CurrencyMatch, DOLLAR_PREFIXES, matchCurrencyWord, SYMBOLS, YEN_PREFIXES } from './currencies';
import { add, compare, type Decimal, fromInt, isInteger, multiply, pow10 } from './decimal';
import { parseNumberAt } from './numbers';
import { DASHES, isSym, isWord, type Token } from './tokens';

const THOUSAND = fromInt(1000);

export interface RawMoney {
  startTok: number;
  /** Index of the first token after the expression. */
  next: number;
  value: Decimal | null;
  high?: Decimal;
  currency: string | null;
  vague?: boolean;
}

interface Lead {
  code: string | null;
  next: number;
  symbol?: string;
  /** A currency name rather than a symbol or code ("dollar 22.5 million"). */
  isName: boolean;
  /** A lead that names money only before a scaled amount ("R500 million", not "R2"). */
  needsScale?: boolean;
}

const CENT: Decimal = { n: 1n, s: 2 };
const ARTICLES = new Set(['a', 'an']);
const VAGUE_SCALES = new Set(['thousands', 'millions', 'billions', 'trillions']);
const VAGUE_COUNTS = new Set(['tens', 'hundreds', 'dozens']);
const MULTI_SCALES = new Set(['multibillion', 'multimillion', 'multitrillion']);
const SCALE_ADJECTIVES = new Set(['billion', 'million', 'trillion']);
/** The words parseVague's phrases start with; it runs at every token, so all others leave at once. */
const VAGUE_STARTS = new Set([...VAGUE_COUNTS, ...VAGUE_SCALES, 'multi', ...MULTI_SCALES, ...SCALE_ADJECTIVES]);
/** A number followed by these counts something else: "2 satoshis one day", "$5 10 times". */
const NOT_CENTS_FOLLOWERS = new Set([...SCALE_ADJECTIVES, 'thousand', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'time', 'times', 'percent']);

/** Letters before a sign that name which dollar or yen it is: "US$", "C$", "RMB¥". */
const SIGN_PREFIXES: Record<string, Record<string, string>> = { $: DOLLAR_PREFIXES, '¥': YEN_PREFIXES };

/** "US$", "C$", "u.s. $", "Mex$", "RMB¥": the currency and the index after the sign. */
function matchDollarPrefix(tokens: Token[], i: number, afterNumber = false): { code: string; next: number } | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  if (t.lower === 'u' && isSym(tokens, i + 1, '.') && isWord(tokens, i + 2, 's')) {
    const dollarAt = isSym(tokens, i + 3, '.') ? i + 4 : i + 3;
    return isSym(tokens, dollarAt, '$') ? { code: 'USD', next: dollarAt + 1 } : null;
  }
  const dollar = tokens[i + 1];
  if (!dollar || dollar.kind !== 'sym' || !Object.hasOwn(SIGN_PREFIXES, dollar.text)) return null;
  const prefixes = SIGN_PREFIXES[dollar.text];
  const code = Object.hasOwn(prefixes, t.lower) ? prefixes[t.lower] : undefined;
  if (!code) return null;
  if (!afterNumber && tokens[i - 1] && !t.spaced && tokens[i - 1].kind !== 'sym') return null; // glued to a word
  if (t.text.length === 1 && !(t.text === 'c' || (t.text === t.text.toUpperCase() && !dollar.spaced))) return null;
  return { code, next: i + 2 };
}

/** "$US5 million", "$A2 billion": a code written after the "$" (upper case, against both). */
function matchDollarSuffix(tokens: Token[], i: number): { code: string; next: number } | null {
  const t = tokens[i + 1];
  if (!isSym(tokens, i, '$') || !t || t.kind !== 'word' || t.spaced || t.text !== t.text.toUpperCase()) return null;
  const code = Object.hasOwn(DOLLAR_PREFIXES, t.lower) ? DOLLAR_PREFIXES[t.lower] : undefined;
  const num = tokens[i + 2];
  return code && num?.kind === 'num' && !num.spaced ? { code, next: i + 2 } : null;
}

/** "R500 million", "R1.2bn": the South African rand, only against a number that has a scale. */
function isRandAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const num = tokens[i + 1];
  return !!t && t.text === 'R' && (!tokens[i - 1] || t.spaced) && num?.kind === 'num' && !num.spaced;
}

function matchLead(tokens: Token[], i: number): Lead | null {
  const t = tokens[i];
  if (!t) return null;
  const suffixed = matchDollarSuffix(tokens, i);
  if (suffixed) return { ...suffixed, symbol: '$', isName: false };
  if (t.kind === 'sym') return Object.hasOwn(SYMBOLS, t.text) && t.text !== '¢' ? { code: SYMBOLS[t.text], next: i + 1, symbol: t.text, isName: false } : null;
  if (isRandAt(tokens, i)) return { code: 'ZAR', next: i + 1, isName: false, needsScale: true };
  const prefixed = matchDollarPrefix(tokens, i);
  if (prefixed) return { ...prefixed, symbol: '$', isName: false };
  const word = matchCurrencyWord(tokens, i);
  if (!word || !word.prefix || word.subunit || word.multiplier || word.millions) return null;
  return { code: word.code, next: word.next, isName: !word.iso && !word.abbreviation };
}

const isYearLike = (a: Amount) => !a.scaled && a.form === 'digits' && a.value.s === 0 && a.value.n >= 1900n && a.value.n <= 2100n;

function parseCurrencyFirst(tokens: Token[], i: number, range: boolean): RawMoney | null {
  const lead = matchLead(tokens, i);
  if (!lead) return null;
  const amount = parseAmount(tokens, lead.next, { symbol: lead.symbol, range });
  if (!amount || (amount.form === 'words' && !amount.scaled && lead.symbol) || (lead.needsScale && !amount.scaled)) return null;
  if (lead.isName && (isYearLike(amount) || !isNameFollower(tokens, amount.next))) return null;
  let next = amount.next;
  const redundant = matchCurrencyWord(tokens, next); // "$ 10 dollars"
  if (redundant && redundant.code === lead.code && !redundant.subunit && !redundant.multiplier) next = redundant.next;
  const money: RawMoney = { startTok: i, next, value: amount.value, high: amount.high, currency: lead.code };
  return withSubunit(tokens, money, amount, false);
}

/** After "dollar 22.5 million" only the end of a clause or another currency may follow. */
function isNameFollower(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !t || t.kind === 'sym' || !!matchCurrencyWord(tokens, i);
}

/** The currency written after a number: a symbol, "US$", a code, a name, a subunit, "grand". */
function matchTrailingCurrency(tokens: Token[], i: number): CurrencyMatch | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'sym') {
    if (t.text === '¢') return { code: 'USD', prefix: false, subunit: CENT, next: i + 1, symbol: true };
    if (!Object.hasOwn(SYMBOLS, t.text)) return null;
    const after = tokens[i + 1];
    if (after && after.kind === 'num' && !after.spaced) return null; // "10 $30": the $ belongs to 30
    return { code: SYMBOLS[t.text], prefix: false, next: i + 1, symbol: true };
  }
  const prefixed = matchDollarPrefix(tokens, i, true); // "3.14US$"
  if (prefixed) return { code: prefixed.code, prefix: false, next: prefixed.next, symbol: true };
  if (t.text === 'c' && !isSym(tokens, i + 1, '$') && tokens[i + 1]?.kind !== 'word') {
    return { code: 'USD', prefix: false, subunit: CENT, next: i + 1 };
  }
  return matchCurrencyWord(tokens, i);
}

/** "a 12-cent dividend", "a five-dollar bill": a currency word hyphenated to its number. */
function hyphenatedCurrency(tokens: Token[], i: number): CurrencyMatch | null {
  const dash = tokens[i];
  if (!isSym(tokens, i, DASHES) || dash.spaced || !tokens[i + 1] || tokens[i + 1].spaced) return null;
  const cur = matchCurrencyWord(tokens, i + 1);
  return cur && !cur.iso && !cur.multiplier ? cur : null;
}

/** After the currency, a hyphen joins a rate ("12-cent-a-share") or makes it attributive ("a dollar-denominated bond"). */
function isRateHyphen(tokens: Token[], i: number): boolean {
  return isWord(tokens, i + 1, RATE_AFTER_HYPHEN);
}
const RATE_AFTER_HYPHEN = new Set(['a', 'an', 'per']);

function parseNumberFirst(tokens: Token[], i: number, range: boolean): RawMoney | null {
  const amount = parseAmount(tokens, i, { range }) ?? parseArticleAmount(tokens, i);
  if (!amount) return null;
  const cur = matchTrailingCurrency(tokens, amount.next) ?? (amount.form !== 'article' ? hyphenatedCurrency(tokens, amount.next) : null);
  if (!cur || cur.afterAmountOnly) return null;
  let value = amount.value;
  let high = amount.high;
  let next = cur.next;
  const factor = cur.subunit ?? cur.multiplier ?? (cur.millions ? pow10(6) : null);
  if (cur.multiplier && tokens[next]?.kind === 'word') return null; // "a grand jury"
  // "3 won the bid": won sums in the news run to thousands ("70,400 won", "5 trillion won")
  if (cur.commonWord && !amount.scaled && (compare(amount.value, THOUSAND) < 0 || isYearLike(amount))) return null;
  if (isSym(tokens, next, DASHES) && !tokens[next].spaced && (amount.form === 'article' || !isRateHyphen(tokens, next))) return null; // "a dollar-denominated bond"
  if (!factor && !amount.scaled) {
    const scale = scaleWordAt(tokens, next); // "75 USD million"
    if (scale !== null) {
      value = multiply(value, pow10(scale));
      high = high && multiply(high, pow10(scale));
      next++;
    }
  }
  if (factor) {
    value = multiply(value, factor);
    high = high && multiply(high, factor);
  }
  const money: RawMoney = { startTok: i, next, value, high, currency: cur.code };
  return cur.subunit ? money : withSubunit(tokens, money, amount, !cur.symbol);
}

const SCALE_AFTER_CODE: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12, bn: 9, mn: 6 };
function scaleWordAt(tokens: Token[], i: number): number | null {
  const t = tokens[i];
  return t && t.kind === 'word' && Object.hasOwn(SCALE_AFTER_CODE, t.lower) ? SCALE_AFTER_CODE[t.lower] : null;
}

/** Words that may follow "a dollar" when it is an amount; others make it attributive ("a dollar figure"). */
const ARTICLE_AMOUNT_FOLLOWERS = new Set(['a', 'an', 'per', 'each', 'for', 'to', 'in', 'and', 'or', 'of', 'is', 'was', 'will']);

/** "a dollar", "a grand": an article counts as one when a currency word follows. */
function parseArticleAmount(tokens: Token[], i: number): Amount | null {
  if (!isWord(tokens, i, ARTICLES)) return null;
  const cur = matchCurrencyWord(tokens, i + 1);
  if (!cur || cur.subunit || cur.iso) return null; // "a USD 5 billion loan": the code leads the number
  const after = tokens[cur.next];
  if (after && after.kind === 'word' && !ARTICLE_AMOUNT_FOLLOWERS.has(after.lower)) return null;
  // "a Rs 4,800 crore agreement": the currency word leads the number after it.
  if (after && after.kind === 'num') return null;
  return { value: fromInt(1), next: i + 1, form: 'article', scaled: false };
}

/**
 * Cents after a whole amount: "$20 and 43c", "20 dollars 43 cents", "twenty dollar and 43",
 * "17 USD 25", "$20 43". Without a subunit word the cents must end the clause ("and 43.",
 * "$20 43.") or follow a currency name directly ("15 USD 50 more").
 */
function withSubunit(tokens: Token[], money: RawMoney, amount: Amount, nameAfterNumber: boolean): RawMoney {
  if (amount.scaled || amount.high || !money.value || !isInteger(money.value)) return money;
  const hasAnd = isWord(tokens, money.next, 'and');
  const at = hasAnd ? money.next + 1 : money.next;
  const num = parseNumberAt(tokens, at);
  if (!num || num.form === 'article' || !isInteger(num.value) || num.value.n < 1n || num.value.n > 99n) return money;
  if (num.form === 'digits' && tokens[at].text.length > 2) return money;
  const unit = matchTrailingCurrency(tokens, num.next);
  let next: number;
  let minor = CENT;
  if (unit?.subunit) {
    next = unit.next;
    minor = unit.subunit;
  } else if (unit || isPercentAt(tokens, num.next) || isWord(tokens, num.next, NOT_CENTS_FOLLOWERS)) return money;
  else if (hasAnd ? isClauseEnd(tokens, num.next) || isWord(tokens, num.next, CONJUNCTIONS) : nameAfterNumber && !isSym(tokens, num.next, DASHES)) next = num.next;
  else if (isTwoDigitCents(tokens, at, num.next)) next = num.next; // "$20 43"
  else return money;
  const value = add(money.value, multiply(num.value, minor));
  const fen = minor.s === 1 ? hundredthsAt(tokens, next) : null;
  return fen ? { ...money, value: add(value, fen.value), next: fen.next } : { ...money, value, next };
}

/** "one kuai and five mao five": a digit ending the clause after tenths (mao, jiao) counts hundredths (fen). */
function hundredthsAt(tokens: Token[], i: number): { value: Decimal; next: number } | null {
  const num = parseNumberAt(tokens, i);
  if (!num || num.form === 'article' || !isInteger(num.value) || num.value.n < 1n || num.value.n > 9n || !isClauseEnd(tokens, num.next)) return null;
  return { value: multiply(num.value, CENT), next: num.next };
}

/** "$20 43": two written digits that end the clause are the cents of the amount before them. */
function isTwoDigitCents(tokens: Token[], at: number, after: number): boolean {
  return tokens[at].kind === 'num' && tokens[at].text.length === 2 && after === at + 1 && isClauseEnd(tokens, after);
}

/** "one dollar and one and one point": after the cents another clause may begin. */
const CONJUNCTIONS = new Set(['and', 'or', 'but']);

function isClauseEnd(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !t || (t.kind === 'sym' && '.,;:!?)\n'.includes(t.text));
}

/** "tens of billions of dollars", "billions of euros", "multibillion-dollar", "a billion-dollar deal". */
function parseVague(tokens: Token[], i: number): RawMoney | null {
  if (!isWord(tokens, i, VAGUE_STARTS)) return null;
  let j = i;
  if (isWord(tokens, j, VAGUE_COUNTS) && isWord(tokens, j + 1, 'of')) j += 2;
  if (isWord(tokens, j, VAGUE_SCALES) && isWord(tokens, j + 1, 'of')) {
    const cur = matchCurrencyWord(tokens, j + 2);
    return cur && !cur.subunit ? { startTok: i, next: cur.next, value: null, currency: cur.code, vague: true } : null;
  }
  j = i;
  if (isWord(tokens, j, 'multi') && isSym(tokens, j + 1, DASHES)) j += 2;
  const multi = isWord(tokens, j, MULTI_SCALES) || (j > i && isWord(tokens, j, SCALE_ADJECTIVES));
  const bare = !multi && isWord(tokens, j, SCALE_ADJECTIVES) && !isNumberBefore(tokens, i);
  if (!multi && !bare) return null;
  const dashAt = isSym(tokens, j + 1, DASHES) ? j + 2 : j + 1;
  const cur = matchCurrencyWord(tokens, dashAt);
  if (!cur || cur.subunit || (bare && dashAt === j + 1)) return null;
  return { startTok: i, next: cur.next, value: null, currency: cur.code, vague: true };
}

function isNumberBefore(tokens: Token[], i: number): boolean {
  const t = tokens[i - 1];
  return !!t && (t.kind === 'num' || (t.kind === 'word' && parseNumberAt(tokens, i - 1) !== null && t.lower !== 'a' && t.lower !== 'an'));
}

/** The money expression starting at token i, if any. `range: false` after "from" ("from $5bn to $8bn"). */
export function parseMoneyAt(tokens: Token[], i: number, range = true): RawMoney | null {
  return parseVague(tokens, i) ?? parseCurrencyFirst(tokens, i, range) ?? parseNumberFirst(tokens, i, range);
}
