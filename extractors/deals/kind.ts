// What is bought: an equity investment, electricity, data-centre space, chips, or cloud compute.
// Read from the words of the deal's sentences, with the provider's kind as the fallback.
import type { DealKind } from '../types';
import type { Party } from './context';

const POWER = /\b(?:power purchase agreements?|ppas?|electricity|nuclear power|(?:the )?(?:plant|reactor|station)['’]s output|output of the|retail electricity supplier)\b/i;
const DATA_CENTER = /\b(?:colocation|co-location|hosting|host|space and power|data[- ]cent(?:re|er) space|build(?:ing)? (?:[\w'’-]+ ){0,8}?(?:data cent(?:re|er)s|campus(?:es)?|supercomputers?)|leases? (?:with|of|to)|\d+-year lease|powered shell)\b/i;
const CHIPS = /\b(?:chips?|gpus?|processors?|accelerators?|equipment|silicon)\b/i;
const COMPUTE = /\b(?:comput(?:e|ing)(?: capacity| power| services)?|cloud|capacity|infrastructure|servers)\b/i;
const GUARANTEE = /\b(?:backstop|guarantee)\w*\b/i;
// "agreed to buy $5 billion of Intel stock": buying shares is an investment.
const EQUITY_PURCHASE = /\b(?:buy|buys|bought|buying|purchas\w*|acquir\w*)\s+(?:\S+\s+){0,4}?(?:stock|shares|a stake|an? (?:\w+ )?equity stake)\b/i;

export function classifyKind(investment: boolean, anchorText: string, provider: Party): DealKind {
  if (investment || EQUITY_PURCHASE.test(anchorText)) return 'investment';
  if (GUARANTEE.test(anchorText) && !COMPUTE.test(anchorText)) return 'other';
  if (POWER.test(anchorText) || provider.kind === 'utility' || provider.kind === 'energy') return 'power';
  if (DATA_CENTER.test(anchorText) || provider.kind === 'data_center') return 'data_center';
  const sellsCapacity = provider.kind === 'cloud' || provider.kind === 'neo_cloud' || provider.kind === 'hyperscaler';
  if (CHIPS.test(anchorText) && !sellsCapacity && !/\bcomputing capacity\b/i.test(anchorText)) return 'chips';
  if (COMPUTE.test(anchorText) || sellsCapacity || CHIPS.test(anchorText)) return 'cloud_compute';
  return 'other';
}
