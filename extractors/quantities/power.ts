// Power figures in megawatts: "1.2GW", "500 megawatts", "4.5-gigawatt", "a gigawatt", "23 kW"
// (= 0.023 MW), rates ("a gigawatt a week"), ranges ("300 to 480 MW" gives two mentions, as the
// deal corpus counts them) and vague scale words ("gigawatt-scale", "multi-gigawatt").
// Energy (GWh, "megawatt-hours") is not power.
import type { PowerMention, Sentence } from '../types';
import { parseAmount } from './amounts';
import { type Decimal, multiply, pow10, toNumber } from './decimal';
import { parseNumberAt } from './numbers';
import { matchPer } from './periods';
import { spanOf } from './spans';
import { DASHES, isSym, isWord, type Token, tokenize } from './tokens';

/** Symbols are case-sensitive ("MW" is not "mW"); exponents are relative to a megawatt. */
const SYMBOL_UNITS: Record<string, number> = { W: -6, kW: -3, KW: -3, MW: 0, MWe: 0, GW: 3, GWe: 3, TW: 6 };
const WORD_UNITS: Record<string, number> = {
  watt: -6, watts: -6, kilowatt: -3, kilowatts: -3, megawatt: 0, megawatts: 0, gigawatt: 3, gigawatts: 3, terawatt: 6, terawatts: 6,
};
const ONE_WORDS = new Set(['a', 'an', 'one']);
const ENERGY_WORDS = new Set(['hour', 'hours', 'h']);
const VAGUE_SUFFIXES = new Set(['scale', 'class', 'sized', 'size']);
const SCALABLE_UNITS = new Set(['gigawatt', 'megawatt']);
const MULTI_UNITS = new Set(['multigigawatt', 'multimegawatt']);
const VAGUE_STARTS = new Set([...MULTI_UNITS, 'multi', ...SCALABLE_UNITS]);

function unitAt(tokens: Token[], i: number): { exp: number; next: number } | null {
  let j = i;
  if (isSym(tokens, j, DASHES) && !tokens[j].spaced) j++;
  const t = tokens[j];
  if (!t || t.kind !== 'word') return null;
  const exp = Object.hasOwn(SYMBOL_UNITS, t.text) ? SYMBOL_UNITS[t.text] : Object.hasOwn(WORD_UNITS, t.lower) ? WORD_UNITS[t.lower] : null;
  if (exp === null) return null;
  const dashed = isSym(tokens, j + 1, DASHES) && !tokens[j + 1].spaced;
  if (isWord(tokens, dashed ? j + 2 : j + 1, ENERGY_WORDS)) return null; // "megawatt-hours"
  return { exp, next: j + 1 };
}

function toPower(text: string, tokens: Token[], from: number, to: number, mw: Decimal, sentences: Sentence[]): PowerMention {
  return { kind: 'power', ...spanOf(text, tokens, from, to, sentences), mw: toNumber(mw) };
}

function withPer(tokens: Token[], mention: PowerMention, next: number): PowerMention {
  const per = matchPer(tokens, next);
  return per ? { ...mention, per: per.per } : mention;
}

/** "gigawatt-scale", "multi-gigawatt": power of unstated size. */
function parseVague(tokens: Token[], i: number): number | null {
  if (!isWord(tokens, i, VAGUE_STARTS)) return null; // runs at every token: one lookup for most
  if (isWord(tokens, i, MULTI_UNITS)) return i + 1;
  if (isWord(tokens, i, 'multi') && isSym(tokens, i + 1, DASHES) && isWord(tokens, i + 2, SCALABLE_UNITS)) return i + 3;
  if (isWord(tokens, i, SCALABLE_UNITS) && isSym(tokens, i + 1, DASHES) && isWord(tokens, i + 2, VAGUE_SUFFIXES)) return i + 3;
  return null;
}

/** Mentions starting at token i, with the index after them; two for a range. */
function parsePowerAt(text: string, tokens: Token[], i: number, sentences: Sentence[]): { found: PowerMention[]; next: number } | null {
  const vagueEnd = parseVague(tokens, i);
  if (vagueEnd !== null) {
    return { found: [{ kind: 'power', ...spanOf(text, tokens, i, vagueEnd, sentences), mw: null, vague: true }], next: vagueEnd };
  }
  // a range or a change ("from 300 to 480 MW"): two figures either way
  const amount = parseAmount(tokens, i);
  if (!amount) {
    if (!isWord(tokens, i, ONE_WORDS)) return null;
    const u = unitAt(tokens, i + 1);
    if (!u || isSym(tokens, i + 1, DASHES)) return null;
    const one = toPower(text, tokens, i, u.next, pow10(u.exp), sentences);
    return { found: [withPer(tokens, one, u.next)], next: u.next };
  }
  const u = unitAt(tokens, amount.next);
  if (!u) return null;
  const factor = pow10(u.exp);
  const high = amount.high;
  if (!high) {
    const single = toPower(text, tokens, i, u.next, multiply(amount.value, factor), sentences);
    return { found: [withPer(tokens, single, u.next)], next: u.next };
  }
  const lowEnd = parseNumberAt(tokens, i)?.next ?? i + 1;
  const low = toPower(text, tokens, i, lowEnd, multiply(amount.value, factor), sentences);
  const highMention = toPower(text, tokens, lowEnd + 1, u.next, multiply(high, factor), sentences);
  return { found: [low, withPer(tokens, highMention, u.next)], next: u.next };
}

export function findPower(text: string, sentences: Sentence[], tokens: Token[] = tokenize(text)): PowerMention[] {
  const found: PowerMention[] = [];
  for (let i = 0; i < tokens.length; ) {
    const match = parsePowerAt(text, tokens, i, sentences);
    if (!match) {
      i++;
      continue;
    }
    found.push(...match.found);
    i = match.next;
  }
  return found;
}
