// What names a currency in news text: symbols, "US$"-style dollar prefixes, ISO codes, currency
// words ("euros", "Australian dollars"), and subunits ("cents", "pence"). `null` = a currency the
// text names but no single ISO code fits ("francs", "riyals", "bitcoin").
import { type Decimal } from './decimal';
import { isSym, type Token } from './tokens';

export const SYMBOLS: Record<string, string | null> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₩': 'KRW', '₹': 'INR', '₽': 'RUB', '₺': 'TRY', '₪': 'ILS',
  '₫': 'VND', '₱': 'PHP', '₦': 'NGN', '₴': 'UAH', '₾': 'GEL', '₭': 'LAK', '₸': 'KZT', '₿': null, '元': 'CNY', '円': 'JPY',
  '৳': 'BDT', '₡': 'CRC', '₲': 'PYG', '₵': 'GHS', '₮': 'MNT', '฿': 'THB', '₼': 'AZN', '֏': 'AMD',
  // signs shared by several currencies (rupee, franc, lira, rial): the text names no single code
  '₨': null, '₣': null, '₤': null, '﷼': null,
};

/** Letters written before "$": "US$", "C$", "HK$", "Mex$", "usd$". Single letters must be upper case. */
export const DOLLAR_PREFIXES: Record<string, string> = {
  us: 'USD', usd: 'USD', c: 'CAD', ca: 'CAD', can: 'CAD', cdn: 'CAD', cad: 'CAD', a: 'AUD', au: 'AUD', aud: 'AUD',
  hk: 'HKD', hkd: 'HKD', s: 'SGD', sg: 'SGD', sgd: 'SGD', nz: 'NZD', nzd: 'NZD', nt: 'TWD', ntd: 'TWD', twd: 'TWD', r: 'BRL', brl: 'BRL',
  mex: 'MXN', mx: 'MXN', mxn: 'MXN', j: 'JMD', jmd: 'JMD', n: 'NAD', nad: 'NAD', z: 'ZWL', ec: 'XCD', xcd: 'XCD', tt: 'TTD', ttd: 'TTD',
  bz: 'BZD', bzd: 'BZD', bds: 'BBD', bbd: 'BBD', fj: 'FJD', fjd: 'FJD', rd: 'DOP', dop: 'DOP', si: 'SBD', ws: 'WST', t: 'TOP',
  ar: 'ARS', ars: 'ARS', col: 'COP', cop: 'COP', clp: 'CLP', uy: 'UYU',
};

/** Letters written before "¥": "RMB¥", "CN¥", "JP¥". */
export const YEN_PREFIXES: Record<string, string> = { rmb: 'CNY', cn: 'CNY', cny: 'CNY', jp: 'JPY', jpy: 'JPY' };

// Upper-case ISO 4217 codes. Codes that are also English words or other names (ALL, TOP, CUP,
// PEN, MAD, TRY, SOS, AMD, PHP, CVE, GEL, BAM, BOB, MOP, NIO, AZN, NPR, BSD, SDG, CRC) are left
// out: "160 million AMD shares".
const ISO_CODES = new Set(
  ('USD EUR GBP JPY CNY INR KRW CAD AUD NZD HKD SGD CHF SEK NOK DKK PLN CZK HUF RUB ZAR BRL MXN ARS CLP COP ' +
    'IDR MYR THB VND TWD SAR AED QAR KWD BHD OMR JOD ILS EGP NGN KES LBP UAH MNT KZT PKR BDT LKR ISK RON BGN ' +
    'TND DZD IQD IRR UYU LAK GHS DOP JMD TTD BBD BZD FJD XCD NAD BWP ZMW MWK UGX TZS ETB RWF XOF XAF MMK KHR ' +
    'MVR AFN SYP YER LYD RSD HRK BYN MDL KGS UZS TJS VES PYG GTQ HNL PAB HTG XPF').split(' '),
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
  /** A subunit read only after a main amount ("one kuai and five mao"; "5 Mao portraits" is no money). */
  afterAmountOnly?: boolean;
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
// Kenyan shillings as East African papers write them: "KSh 12 billion", "Ksh1.2bn".
define('ksh', { code: 'KES', prefix: true, abbreviation: true });
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
define('lira|liras|turkish lira', word('TRY'));
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
define('deutschmarks|deutsche mark|german marks', word('DEM'));
define('lire|italian lire', word('ITL'));
define('markka|markkas|finnish markka|finnish markkas', word('FIM'));
define('french francs', word('FRF'));
define('belgian francs', word('BEF'));
define('dong', { ...word('VND'), commonWord: true });
define('forint|forints', word('HUF'));
define('koruna|korunas|koruny', word('CZK'));
define('lei|leu', word('RON'));
define('leva|lev', { ...word('BGN'), commonWord: true });
define('taka', word('BDT'));
define('tenge', word('KZT'));
define('cedi|cedis', word('GHS'));
define('birr', word('ETB'));
define('kyat|kyats', word('MMK'));
define('riel|riels', word('KHR'));
define('lari', word('GEL'));
define('soles|nuevos soles', word('PEN'));
define('quetzal|quetzales', word('GTQ'));
define('lempira|lempiras', word('HNL'));
define('colones', word('CRC'));
define('guarani|guaranis|guaranies', word('PYG'));
define('bolivar|bolivars|bolivares', word('VES'));
define('boliviano|bolivianos', word('BOB'));
define('kwacha|shilling|shillings|krone|manat|manats', word(null));
define('kronur', word('ISK'));
defineNational();
define('cent|cents|penny|pennies', sub('USD'));
define('euro cent|euro cents|eurocents', sub('EUR'));
define('us cent|us cents', sub('USD'));
define('mao|jiao', { code: 'CNY', prefix: false, subunit: { n: 1n, s: 1 }, afterAmountOnly: true });
define('kobo', sub('NGN'));
define('halala|halalas|halalah', sub('SAR'));
define('satang', sub('THB'));
define('groszy|grosz', sub('PLN'));
define('agora|agorot', sub('ILS'));
define('centavos|centimos|centimes|fils|piastres', sub(null));
define('pence', sub('GBP'));
define('sen', sub('MYR'));
define('kopiyka|kopiykas|kopecks', sub('UAH'));
define('paise|paisa', sub('INR'));
/**
 * "[nationality] [currency]": "Jamaican dollars", "Swedish kronor", "Kenyan shillings". Each
 * nationality is listed with the currency names its country uses and the code they mean.
 */
function defineNational(): void {
  const nations: [string, string, string][] = [
    ['jamaican|jamaica', 'dollar|dollars', 'JMD'], ['bahamian', 'dollar|dollars', 'BSD'], ['barbadian|barbados', 'dollar|dollars', 'BBD'],
    ['belize|belizean', 'dollar|dollars', 'BZD'], ['bermudian|bermuda', 'dollar|dollars', 'BMD'], ['brunei', 'dollar|dollars', 'BND'],
    ['fijian|fiji', 'dollar|dollars', 'FJD'], ['guyanese|guyana', 'dollar|dollars', 'GYD'], ['liberian', 'dollar|dollars', 'LRD'],
    ['namibian', 'dollar|dollars', 'NAD'], ['trinidad and tobago|trinidad', 'dollar|dollars', 'TTD'], ['zimbabwean|zimbabwe', 'dollar|dollars', 'ZWL'],
    ['east caribbean', 'dollar|dollars', 'XCD'], ['cayman islands|cayman', 'dollar|dollars', 'KYD'], ['surinamese', 'dollar|dollars', 'SRD'],
    ['solomon islands', 'dollar|dollars', 'SBD'], ['taiwanese|taiwan', 'dollar|dollars', 'TWD'],
    ['swedish', 'krona|kronor|crown|crowns', 'SEK'], ['danish', 'krone|kroner|crown|crowns', 'DKK'], ['norwegian', 'krone|kroner|crown|crowns', 'NOK'], ['icelandic', 'krona|kronur', 'ISK'],
    ['czech', 'koruna|korunas|crowns', 'CZK'], ['hungarian', 'forint|forints', 'HUF'], ['polish', 'zloty|zlotys|zlotych', 'PLN'],
    ['romanian', 'leu|lei', 'RON'], ['bulgarian', 'lev|leva', 'BGN'], ['ukrainian', 'hryvnia|hryvnias', 'UAH'], ['russian', 'rouble|roubles|ruble|rubles', 'RUB'],
    ['serbian', 'dinar|dinars', 'RSD'], ['jordanian', 'dinar|dinars', 'JOD'], ['bahraini', 'dinar|dinars', 'BHD'], ['iraqi', 'dinar|dinars', 'IQD'],
    ['algerian', 'dinar|dinars', 'DZD'], ['tunisian', 'dinar|dinars', 'TND'], ['libyan', 'dinar|dinars', 'LYD'],
    ['omani', 'rial|rials', 'OMR'], ['iranian', 'rial|rials', 'IRR'], ['yemeni', 'rial|rials', 'YER'], ['moroccan', 'dirham|dirhams', 'MAD'],
    ['kenyan', 'shilling|shillings', 'KES'], ['ugandan', 'shilling|shillings', 'UGX'], ['tanzanian', 'shilling|shillings', 'TZS'],
    ['somali', 'shilling|shillings', 'SOS'], ['nigerian', 'naira', 'NGN'], ['ghanaian', 'cedi|cedis', 'GHS'], ['south african', 'rand', 'ZAR'],
    ['ethiopian', 'birr', 'ETB'], ['zambian', 'kwacha', 'ZMW'], ['malawian', 'kwacha', 'MWK'], ['botswana', 'pula', 'BWP'],
    ['sri lankan', 'rupee|rupees', 'LKR'], ['nepalese|nepali', 'rupee|rupees', 'NPR'], ['mauritian', 'rupee|rupees', 'MUR'], ['indian', 'rupee', 'INR'],
    ['pakistani', 'rupee', 'PKR'], ['indonesian', 'rupiah', 'IDR'], ['thai', 'baht', 'THB'], ['vietnamese', 'dong', 'VND'], ['philippine', 'peso|pesos', 'PHP'],
    ['argentine|argentinian', 'peso|pesos', 'ARS'], ['chilean', 'peso|pesos', 'CLP'], ['colombian', 'peso|pesos', 'COP'], ['uruguayan', 'peso|pesos', 'UYU'],
    ['dominican', 'peso|pesos', 'DOP'], ['cuban', 'peso|pesos', 'CUP'], ['peruvian', 'sol|soles', 'PEN'], ['venezuelan', 'bolivar|bolivars|bolivares', 'VES'],
    ['costa rican', 'colon|colones', 'CRC'], ['kazakh|kazakhstani', 'tenge', 'KZT'], ['bangladeshi', 'taka', 'BDT'], ['israeli', 'shekel|shekels|new shekels', 'ILS'],
    ['turkish', 'lira|liras', 'TRY'], ['japanese', 'yen', 'JPY'], ['south korean|korean', 'won', 'KRW'], ['north korean', 'won', 'KPW'],
    ['azerbaijani', 'manat|manats', 'AZN'], ['turkmen', 'manat|manats', 'TMT'], ['armenian', 'dram|drams', 'AMD'], ['georgian', 'lari', 'GEL'],
    ['egyptian', 'pound|pounds', 'EGP'], ['sudanese', 'pound|pounds', 'SDG'], ['syrian', 'pound|pounds', 'SYP'], ['swiss', 'franc|francs', 'CHF'],
    ['cfa', 'franc|francs', 'XOF'], ['rwandan', 'franc|francs', 'RWF'], ['congolese', 'franc|francs', 'CDF'],
    ['hong kong', 'dollar|dollars', 'HKD'], ['singapore|singaporean', 'dollar|dollars', 'SGD'], ['new zealand', 'dollar|dollars', 'NZD'],
    ['canadian', 'dollar|dollars', 'CAD'], ['australian', 'dollar|dollars', 'AUD'], ['mexican', 'peso|pesos', 'MXN'], ['brazilian', 'real|reais', 'BRL'],
    ['saudi', 'riyal|riyals', 'SAR'], ['qatari', 'riyal|riyals', 'QAR'], ['kuwaiti', 'dinar|dinars', 'KWD'], ['uae|emirati', 'dirham|dirhams', 'AED'],
    ['malaysian|malaysia', 'ringgit|ringgits', 'MYR'], ['chinese', 'yuan|renminbi', 'CNY'], ['new taiwan', 'dollar|dollars', 'TWD'],
    ['hk', 'dollar|dollars', 'HKD'], ['nz|kiwi', 'dollar|dollars', 'NZD'], ['aussie', 'dollar|dollars', 'AUD'], ['yuan', 'renminbi', 'CNY'],
  ];
  for (const [adjectives, names, code] of nations) {
    for (const adjective of adjectives.split('|')) for (const name of names.split('|')) WORDS[`${adjective} ${name}`] ??= word(code, true);
  }
}
WORDS.grand = { code: 'USD', prefix: false, multiplier: { n: 1000n, s: 0 } };

/** First words of the names above: most words are rejected with one lookup. */
const FIRST_WORDS = new Set(Object.keys(WORDS).map((name) => name.split(' ')[0]));

/** Words matched with their case: "RM42" (ringgit), "42 LE" (Egyptian pounds), "Rp 10,000", "500 zł", "300 kr", "DM 10 million". */
const CASED_WORDS = new Map(Object.entries({
  RM: word('MYR', true), DM: word('DEM', true), LE: word('EGP'), Rp: word('IDR', true), zł: word('PLN', true), Kč: word('CZK'), kr: { code: null, prefix: false, abbreviation: true },
}));

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

const MAX_PHRASE_WORDS = 5;

/** A currency code, name or subunit starting at token i (longest name wins). */
export function matchCurrencyWord(tokens: Token[], i: number): CurrencyMatch | null {
  const t = tokens[i];
  if (!t || t.kind !== 'word') return null;
  const code = CODE_SPELLINGS.get(t.text);
  if (code) return { code: code.code, prefix: true, next: i + 1, millions: code.millions, iso: true };
  const cased = CASED_WORDS.get(t.text);
  if (cased) return { ...cased, next: i + 1, iso: true };
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

/**
 * Every spelling of a code, exactly as written: upper case, the lower-case ones, and with an M in
 * front for millions ("MEUR", "MUSD", "musd"). One lookup per word instead of upper-casing it.
 */
const CODE_SPELLINGS = new Map<string, { code: string; millions: boolean }>();
for (const raw of [...ISO_CODES, 'RMB', ...LOWER_CODES]) {
  const upper = raw.toUpperCase();
  const code = upper === 'RMB' ? 'CNY' : upper;
  CODE_SPELLINGS.set(raw, { code, millions: false });
  for (const m of ['M', 'm']) CODE_SPELLINGS.set(m + raw, { code, millions: true });
}
