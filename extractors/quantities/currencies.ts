// What names a currency in news text: symbols, "US$"-style dollar prefixes, ISO codes, currency
// words ("euros", "Australian dollars"), and subunits ("cents", "pence"). `null` = a currency the
// text names but no single ISO code fits ("francs", "riyals", "bitcoin").
import { type Decimal } from './decimal';
import { isSym, type Token } from './tokens';

export const SYMBOLS: Record<string, string | null> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS',
  '₫': 'VND', '₱': 'PHP', '₦': 'NGN', '₴': 'UAH', '₾': 'GEL', '₭': 'LAK', '₸': 'KZT', '₿': null, '元': 'CNY', '円': 'JPY',
};

/** Letters written before "$": "US$", "C$", "HK$", "Mex$", "usd$". Single letters must be upper case. */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', usd: 'USD', c: 'CAD', ca: 'CAD', can: 'CAD', cdn: 'CAD', cad: 'CAD', a: 'AUD', au: 'AUD', aud: 'AUD',
  hk: 'HKD', hkd: 'HKD', s: 'SGD', sg: 'SGD', sgd: 'SGD', nz: 'NZD', nzd: 'NZD', nt: 'TWD', r: 'BRL', mex: 'MXN', mx: 'MXN',
};

// Upper-case ISO 4217 codes. Codes that are also English words or tech names (ALL, TOP, CUP,
// PEN, MAD, TRY, SOS, AMD, PHP, CVE, GEL, BAM, BOB, MOP) are left out: "160 million AMD shares".
const ISO_CODES = new Set(
  ('USD EUR GBP JPY CNY INR KRW CAD AUD NZD HKD SGD CHF SEK NOK DKK PLN CZK HUF RUB ZAR BRL MXN ARS CLP COP ' +
    'IDR MYR THB VND TWD SAR AED QAR KWD BHD OMR JOD ILS EGP NGN KES LBP UAH MNT KZT PKR BDT LKR ISK RON BGN ' +
    'TND DZD IQD IRR UYU LAK GHS MAD').split(' ').filter((c) => c !== 'MAD'),
);
/** Codes also accepted in lower case ("usd 200", "10 rmb"). */
const LOWER_CODES = new Set(['usd', 'eur', 'gbp', 'jpy', 'cny', 'rmb', 'inr', 'cad', 'aud', 'chf', 'myr', 'hkd', 'sgd', 'nzd', 'krw']);

export interface CurrencyWord {
  code: string | null;
  /** May stand before the number ("EUR 20", "Rs 20", "malaysian ringgit 42"). */
  prefix: boolean;
  /** For subunits: the fraction of the main unit ("cents" = 0.01). */
  subunit?: Decimal;
  /** "grand" = 1,000 of the currency. */
  multiplier?: Decimal;
  /** Also a common English word ("won"): after a number it names money only for sums news writes in it. */
  commonWord?: boolean;
  /** An abbreviation that may keep its dot ("Rs.", "l.e."). */
  abbreviation?: boolean;
}

const CENT: Decimal = { n: 1n, s: 2 };
const word = (code: string | null, prefix = false): CurrencyWord => ({ code, prefix });
const sub = (code: string | null): CurrencyWord => ({ code, prefix: false, subunit: CENT });

/** Lower-case word sequences (space-joined); plurals listed where news uses them. */
const WORDS: Record<string, CurrencyWord> = {};
function define(names: string, entry: CurrencyWord): void {
  for (const name of names.split('|')) WORDS[name] = entry;
}
define('dollar|dollars|us dollar|us dollars|u s dollar|u s dollars|american dollars', word('USD', true));
define('bucks', word('USD'));
define('canadian dollar|canadian dollars', word('CAD', true));
define('australian dollar|australian dollars', word('AUD', true));
define('new zealand dollar|new zealand dollars', word('NZD', true));
define('hong kong dollar|hong kong dollars', word('HKD', true));
define('singapore dollar|singapore dollars', word('SGD', true));
define('taiwan dollars|new taiwan dollars', word('TWD', true));
define('euro|euros', word('EUR', true));
define('pound|pounds|pounds sterling|sterling|british pounds|quid', word('GBP'));
define('lebanese pound|lebanese pounds', word('LBP', true));
define('egyptian pound|egyptian pounds|egyptianpound|genihat masriya', word('EGP', true));
define('l e', { code: 'EGP', prefix: false, abbreviation: true });
define('yen|japanese yen', word('JPY'));
define('yuan|renminbi|chinese yuan|kuai', word('CNY'));
define('rmb', word('CNY', true));
define('won', { ...word('KRW'), commonWord: true });
define('korean won|south korean won', word('KRW'));
define('rupee|rupees|indian rupees', word('INR', true));
define('rs', { code: 'INR', prefix: true, abbreviation: true });
define('pakistani rupees', word('PKR', true));
define('franc|francs', word(null));
define('swiss franc|swiss francs', word('CHF', true));
define('ringgit|ringgits|malaysian ringgit|malaysian ringgits|malaysia ringgit|malaysia ringgits', word('MYR', true));
define('shekel|shekels', word('ILS'));
define('riyal|riyals|rial|rials|dinar|dinars|dirham|dirhams|peso|pesos|kroner|bitcoin|bitcoins|btc|satoshi|satoshis', word(null));
define('saudi riyal|saudi riyals|saudiriyal', word('SAR', true));
define('qatari riyal|qatari riyals', word('QAR', true));
define('kuwaiti dinar|kuwaiti dinars', word('KWD', true));
define('uae dirham|uae dirhams|emirati dirhams', word('AED', true));
define('mexican peso|mexican pesos', word('MXN', true));
define('reais|brazilian real|brazilian reais', word('BRL', true));
define('rouble|roubles|ruble|rubles', word('RUB'));
define('rand|south african rand', word('ZAR'));
define('lira|turkish lira', word('TRY'));
define('tugrik|tugriks', word('MNT'));
define('hryvnia|hryvnias', word('UAH'));
define('zloty|zlotys', word('PLN'));
define('krona|kronor', word('SEK'));
define('baht', word('THB'));
define('rupiah', word('IDR'));
define('naira', word('NGN'));
define('peseta|pesetas', word('ESP'));
define('guilder|guilders|dutch guilders', word('NLG'));
define('deutsche marks', word('DEM'));
define('cent|cents|penny|pennies', sub('USD'));
define('pence', sub('GBP'));
define('sen', sub('MYR'));
define('kopiyka|kopiykas|kopecks', sub('UAH'));
define('paise', sub('INR'));
WORDS.grand = { code: 'USD', prefix: false, multiplier: { n: 1000n, s: 0 } };

/** First words of the names above: most words are rejected with one lookup. */
const FIRST_WORDS = new Set(Object.keys(WORDS).map((name) => name.split(' ')[0]));

/** Upper-case-only words: "RM42" (ringgit), "42 LE" (Egyptian pounds). */
const CASED_WORDS: Record<string, CurrencyWord> = { RM: word('MYR', true), LE: word('EGP') };

export interface CurrencyMatch extends CurrencyWord {
  /** Index of the first token after the currency. */
  next: number;
  /** "120 MEUR": an M in front of the code means millions. */
  millions?: boolean;
  /** Written as a code ("EUR", "RM") rather than a name. */
  iso?: boolean;
  /** Written as a symbol ("$", "€"). */
  symbol?: boolean;
}

const MAX_PHRASE_WORDS = 3;

/** A currency code, name or subunit starting at token i (longest name wins). */
export function matchCurrencyWord(tokens: Token[], i: number): CurrencyMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const code = matchCode(t.text);
  if (code) return { code: code.code, prefix: true, next: i + 1, millions: code.millions, iso: true };
  if (t.text in CASED_WORDS) return { ...CASED_WORDS[t.text], next: i + 1, iso: true };
  if (!FIRST_WORDS.has(t.lower)) return null;
  let best: CurrencyMatch | null = null;
  let phrase = '';
  let j = i;
  for (let n = 0; n < MAX_PHRASE_WORDS && tokens[j]?.kind === 'word'; n++) {
    phrase = n ? `${phrase} ${tokens[j].lower}` : tokens[j].lower;
    const entry = WORDS[phrase];
    if (entry) best = { ...entry, next: j + 1 };
    // "u.s. dollars": an unspaced "." may join the words of a name
    j = isSym(tokens, j + 1, '.') && !tokens[j + 1].spaced ? j + 2 : j + 1;
  }
  if (best?.abbreviation && isSym(tokens, best.next, '.') && !tokens[best.next].spaced) best.next++;
  return best;
}

const isKnownCode = (c: string, raw: string) => (raw === c ? ISO_CODES.has(c) || c === 'RMB' : LOWER_CODES.has(raw));

function matchCode(text: string): { code: string; millions: boolean } | null {
  if (text.length < 3 || text.length > 4) return null;
  const upper = text.toUpperCase();
  if (isKnownCode(upper, text)) return { code: upper === 'RMB' ? 'CNY' : upper, millions: false };
  // "MEUR", "MUSD", "musd": millions of the code
  if (text.length === 4 && (text[0] === 'M' || text[0] === 'm') && isKnownCode(upper.slice(1), text.slice(1))) {
    return { code: upper.slice(1) === 'RMB' ? 'CNY' : upper.slice(1), millions: true };
  }
  return null;
}
