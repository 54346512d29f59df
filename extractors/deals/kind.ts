// What is bought: an equity investment, electricity, data-centre space, chips, or cloud compute.
// Read from the words of the deal's sentences, with the provider's kind as the fallback.
import type { DealKind } from '../types';
import type { Party } from './context';

const POWER = /\b(?:power purchase agreements?|ppas?|electricity|nuclear power|(?:the )?(?:plant|reactor|station)['’]s output|output of the|retail electricity supplier)\b/i;
const DATA_CENTER = /\b(?:colocation|co-location|hosting|host|space and power|build(?:ing)? (?:\w+ ){0,3}?(?:data cent(?:re|er)s|campus|supercomputers?)|leases? (?:with|of|to)|\d+-year lease|powered shell)\b/i;
const CHIPS = /\b(?:chips?|gpus?|processors?|accelerators?|equipment|silicon)\b/i;
const COMPUTE = /\b(?:comput(?:e|ing)(?: capacity| power| services)?|cloud|capacity|infrastructure|servers)\b/i;
const GUARANTEE = /\b(?:backstop|guarantee)\w*\b/i;

export function classifyKind(investment: boolean, anchorText: string, provider: Party): DealKind {
  if (investment) return 'investment';
  if (GUARANTEE.test(anchorText) && !COMPUTE.test(anchorText)) return 'other';
  if (POWER.test(anchorText) || provider.kind === 'utility' || provider.kind === 'energy') return 'power';
  if (DATA_CENTER.test(anchorText) || provider.kind === 'data_center') return 'data_center';
  const sellsCapacity = provider.kind === 'cloud' || provider.kind === 'neo_cloud' || provider.kind === 'hyperscaler';
  if (CHIPS.test(anchorText) && !sellsCapacity && !/\bcomputing capacity\b/i.test(anchorText)) return 'chips';
  if (COMPUTE.test(anchorText) || sellsCapacity || CHIPS.test(anchorText)) return 'cloud_compute';
  return 'other';
}
