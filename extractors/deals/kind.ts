// What is bought: an equity investment, electricity, data-centre space, chips, or cloud compute.
// Read from the words of the deal's sentences, with the provider's kind as the fallback.
import type { DealKind } from '../types';
import { namedAsCloud, type Party } from './context';
import { CLAUSE_CHAR } from './cues';

const POWER = new RegExp(String.raw`\b(?:power (?:purchase|supply) (?:agreements?|deals?|contracts?)|ppas?|electricity|(?:nuclear|renewable|clean|carbon-free|solar|wind|wind-solar|hybrid|geothermal|fusion|hydro|hydroelectric|hydropower)(?: and (?:solar|wind|storage|geothermal))? (?:energy|power|capacity|farms?|plants?|output)|(?:the )?(?:plant|reactor|station)['’]s output|output of the|(?:megawatts|gigawatts|MW|GW) of (?:output|electricity)|(?:suppl\w*|deliver\w*|sell\w*|buy\w*|purchas\w*)\b${CLAUSE_CHAR}{0,30}?\b(?:megawatts|gigawatts|MW|GW) of power|retail electricity supplier)\b`, 'i');
const DATA_CENTER = /\b(?:colocation|co-location|hosting|host|tenants?|space and power|data[- ]cent(?:re|er) space|build(?:ing)? (?:[\w'’,-]+ ){0,8}?(?:data cent(?:re|er)s?|comput(?:ing|e) cent(?:re|er)s?|campus(?:es)?|supercomputers?)|leases? (?:with|of|to)|leas(?:e|es|ed|ing) (?:[\w.'’-]+ ){0,7}?(?:campus(?:es)?|data cent(?:re|er)s?|facilit(?:y|ies)|buildings?)\b|(?:\d+|[a-z]+)-year lease|leas(?:e|es|ed|ing)(?: for)? (?:up to |about |roughly )?[\d,.]+\s?(?:MW|megawatts)|powered shell)\b/i;
const CHIPS = /\b(?:chips?|semiconductors?|gpus?|tpus?|tensor processing units?|processors?|accelerators?|equipment|silicon|servers|hardware)\b/i;
// "Google's TPUs for its data centres": chips the buyer installs itself, even when the seller also rents capacity.
const OWN_SITES = /\b(?:for|in|into) (?:its|their) (?:own )?data cent(?:re|er)s\b/i;
const CHIPS_OBJECT = new RegExp(String.raw`\b(?:suppl\w*|sell\w*|sold|deliver\w*|buy\w*|bought|purchas\w*|ship\w*|provid\w*)\b${CLAUSE_CHAR}{0,40}?\b(?:chips?|gpus?|tpus?|processors?|accelerators?)\b`, 'i');
// "access to Nvidia GPUs", "GPU services", "renting GPUs": time on someone else's chips.
const GPU_COMPUTE = /\b(?:gpus?[- ](?:clusters?|capacity|cloud|hours?|instances|services|time|leases?|rentals?)|gpus? as a service|access to (?:[\w'’-]+ ){0,3}?gpus?|rent(?:s|ed|ing)? (?:[\w'’-]+ ){0,3}?gpus?)\b/i;
// "an inference contract": serving a customer's models on the provider's machines.
const COMPUTE = /\b(?:comput(?:e|ing)(?: capacity| power| services)?|cloud|capacity|infrastructure|servers|inference)\b/i;
const MODEL = /\b(?:models?(?!\s+(?:developers?|makers?|builders?|compan(?:y|ies)|start-?ups?|labs?)\b)|licen[cs](?:e|es|ing)|software)\b/i;
const GUARANTEE = /\b(?:backstop|guarantee)\w*\b/i;
// The deal is the loan ("a loan from", "lent ... to"), not a loan mentioned on the side ("service its loans").
const DEBT = /\b(?:loans?\s+(?:to|from|of)|lent|lends?|lending|credit (?:facility|facilities|line)|financing facilit(?:y|ies)|debt financing)\b/i;
// "agreed to buy $5 billion of Intel stock": buying shares is an investment.
// "to sell a minority stake to X": the buyer of the stake invests.
const EQUITY_PURCHASE = /\b(?:buy|buys|bought|buying|purchas\w*|acquir\w*|sell|sells|selling|sold)\s+(?:\S+\s+){0,4}?(?:stock|shares|a stake|an? (?:\w+ )?(?:equity |minority |majority )?stake)\b/i;

/** The deal's words say it buys electricity. */
export const readsAsPower = (text: string): boolean => POWER.test(text);

export function classifyKind(investment: boolean, anchorText: string, provider: Party): DealKind {
  if (investment || EQUITY_PURCHASE.test(anchorText)) return 'investment';
  if (GUARANTEE.test(anchorText) && !COMPUTE.test(anchorText)) return 'other';
  // A loan or credit facility is financing, whatever it buys.
  if (DEBT.test(anchorText)) return 'other';
  if (POWER.test(anchorText) || provider.kind === 'utility' || provider.kind === 'energy') return 'power';
  if (DATA_CENTER.test(anchorText) || provider.kind === 'data_center') return 'data_center';
  const sellsCapacity = provider.kind === 'cloud' || provider.kind === 'neo_cloud' || provider.kind === 'hyperscaler' || namedAsCloud(provider);
  const ownSites = OWN_SITES.test(anchorText);
  // "AMD will supply OpenAI with Instinct GPUs adding up to 6 gigawatts of computing capacity": a chip maker's chips.
  const chipsSold = provider.kind === 'chip_maker' && CHIPS_OBJECT.test(anchorText);
  // "an operator of GPU clusters", "dedicated GPU capacity": compute rented out, not chips sold.
  if (!chipsSold && GPU_COMPUTE.test(anchorText)) return 'cloud_compute';
  if (CHIPS.test(anchorText) && (chipsSold || ((!sellsCapacity || ownSites) && !/\bcomputing capacity\b/i.test(anchorText)))) return 'chips';
  // "a custom version of Google's Gemini model": a model licence, not capacity, whoever sells it.
  if (MODEL.test(anchorText) && !COMPUTE.test(anchorText) && !CHIPS.test(anchorText)) return 'other';
  if (COMPUTE.test(anchorText) || sellsCapacity || CHIPS.test(anchorText)) return 'cloud_compute';
  // "an agreement under which the Gulf state will invest €30 billion in a campus": money put in, whatever it builds.
  if (/\binvest(?:s|ed|ing|ments?)?\b/i.test(anchorText)) return 'investment';
  // "The two companies signed the supply agreement": what a chip maker supplies, when the words do not say, is chips.
  return provider.kind === 'chip_maker' ? 'chips' : 'other';
}
