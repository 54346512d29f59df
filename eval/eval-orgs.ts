// Scores the company finder (extractors/orgs) against the deal corpus's party names, study split only.
//   npm run eval:orgs [-- --verbose] [--json]
// Needs ../shared/eval/deals beside the project (eval/lib/shared.ts says what to do when it is absent).
// What counts:
//   - a gold party (each distinct buyer or provider name of a page, keyed as the deal scorer keys
//     names: orgs.json aliases, else the name without punctuation and corporate suffixes) is found
//     when an organization mention of that page keys the same, by its canonical name or as written;
//   - precision is over the distinct keys the finder reports per page: "party" precision counts
//     those that are a party of the page (a lower bound: most companies a story names are not
//     parties). Unlisted names (no gazetteer id) are split into parties, companies orgs.json knows,
//     and the rest, which --verbose lists for a reader to judge.
// Check pages are never read here: their parties are scored only through `npm run eval:deals`.
import { extract } from '../extractors/index';
import type { OrganizationMention } from '../extractors/types';
import { companyNamer, pageIds, readGold, readPage } from './lib/deal-corpus';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const asJson = args.includes('--json');

interface Tally {
  parties: number;
  found: number;
  predicted: number;
  predictedParties: number;
  unlisted: number;
  unlistedParties: number;
  unlistedKnown: number;
}

function main(): void {
  const key = companyNamer();
  const t: Tally = { parties: 0, found: 0, predicted: 0, predictedParties: 0, unlisted: 0, unlistedParties: 0, unlistedKnown: 0 };
  const missed: string[] = [];
  const unjudged: string[] = [];
  const ids = pageIds('study');
  let ms = 0;
  for (const id of ids) {
    const gold = readGold(id);
    const parties = new Map<string, string>();
    for (const d of gold.deals) for (const name of [d.buyer, d.provider]) parties.set(key(name), name);
    const html = readPage(id);
    const t0 = performance.now();
    const orgs = extract(html).mentions.filter((m): m is OrganizationMention => m.kind === 'organization');
    ms += performance.now() - t0;

    // One entry per key: a mention whose canonical name or written form is a party stands for that party.
    const predicted = new Map<string, OrganizationMention>();
    for (const m of orgs) {
      const keys = [key(m.name), key(m.text)];
      predicted.set(keys.find((k) => parties.has(k)) ?? keys[0], m);
    }
    t.parties += parties.size;
    for (const [k, name] of parties) {
      if (predicted.has(k)) t.found++;
      else missed.push(`${id} MISSED "${name}"`);
    }
    t.predicted += predicted.size;
    for (const [k, m] of predicted) {
      const isParty = parties.has(k);
      if (isParty) t.predictedParties++;
      if (m.org_id !== null) continue;
      t.unlisted++;
      if (isParty) t.unlistedParties++;
      else if (!k.startsWith('name:')) t.unlistedKnown++;
      else unjudged.push(`${id} UNLISTED "${m.text}"`);
    }
  }
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  const summary = {
    split: 'study',
    pages: ids.length,
    recall: ratio(t.found, t.parties),
    party_precision: ratio(t.predictedParties, t.predicted),
    ...t,
    unlisted_unjudged: t.unlisted - t.unlistedParties - t.unlistedKnown,
    ms: Math.round(ms),
  };
  if (asJson) {
    console.log(JSON.stringify(verbose ? { ...summary, missed, unjudged } : summary));
    return;
  }
  console.log(`== study: ${ids.length} pages (organization mentions against gold party names)`);
  console.log(`party recall     ${summary.recall.toFixed(3)}  (${t.found}/${t.parties} distinct parties per page found)`);
  console.log(`party precision  ${summary.party_precision.toFixed(3)}  (${t.predictedParties}/${t.predicted} distinct names per page are parties; a lower bound)`);
  console.log(
    `unlisted names   ${t.unlisted}: ${t.unlistedParties} parties, ${t.unlistedKnown} known to orgs.json, ${summary.unlisted_unjudged} to judge (--verbose lists them)`,
  );
  if (verbose) for (const line of [...missed, ...unjudged]) console.log(`  ${line}`);
  console.log(`extraction: ${ids.length} pages in ${summary.ms} ms`);
}

main();
