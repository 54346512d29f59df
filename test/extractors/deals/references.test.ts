// Parties named without their name, resolved to the company they denote (references.ts via buildContext).
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../extractors/deals/context';
import { findOrganizations } from '../../../extractors/orgs';
import { splitSentences } from '../../../extractors/text/sentences';

/** The company each description or pronoun in the text resolves to, as "written -> company". */
function references(text: string): string[] {
  const sentences = splitSentences(text);
  const ctx = buildContext({ title: null, body: text, published: '2025-11-20', sentences, mentions: findOrganizations(text, sentences) });
  return ctx.sentences.flatMap((s) => s.parties).filter((p) => p.reference).map((p) => `${p.reference} -> ${p.text}`);
}

describe('references', () => {
  it.each([
    ['a located description of a cloud provider', 'CoreWeave said that OpenAI has expanded its contract with the New Jersey-based cloud provider.', ['the New Jersey-based cloud provider -> CoreWeave']],
    ['a place with its state before "-based"', 'AEP wants more power. The Columbus, Ohio-based utility agreed to buy fuel cells from Bloom Energy.', ['The Columbus, Ohio-based utility -> AEP']],
    ['a description whose kind rules out the nearer company', 'Nvidia will supply OpenAI. The chipmaker said deliveries start next year.', ['The chipmaker -> Nvidia']],
    ['a generic description: the subject of the sentence before', 'Microsoft signed a deal with Nebius. The company said it would pay $17.4 billion.', ['The company -> Microsoft']],
    ['"It" opening a sentence', 'Talen Energy has a new customer. It agreed to supply Amazon.', ['It -> Talen Energy']],
    ['an expletive "It" is no company', 'Nebius signed a deal with Microsoft. It is the largest contract in its history.', []],
    ['a role noun is no description', 'Microsoft agreed to act as the anchor customer for Nscale.', []],
    ['"the search company" is the technology company, not the utility before it', 'Google and NV Energy signed a deal under which the utility will supply the search company.', ['the utility -> NV Energy', 'the search company -> Google']],
    ['"its stock" bought is the company named before the buyer', 'Nokia said Nvidia would buy $1 billion of its stock.', ['its -> Nokia']],
    ['no description across a preposition, and "business" is a market', 'Nokia put Nvidia at the centre of the mobile-network business.', []],
    ['a site named with its owner: "the campus\'s" is the owner\'s', "Brazos Grid will power Halvane Digital's planned AI campus. Halvane said Oracle agreed to lease the campus's first building.", ["the campus -> Halvane Digital"]],
    ['a site built by a company', 'Oracle will lease space at the campus being developed by Halvane Digital. Meta took the site\'s second hall.', ["the site -> Halvane Digital"]],
    ['a site owned by the company an apposition says was set up for it', "Enel bought a stake in Kessel Data Partners, the company Vantor set up to own its Milan campus. Meta took 40 MW in the campus's first hall.", ["the campus -> Kessel Data Partners"]],
    ['"the campus\'s operator" is the campus\'s owner, not the sentence before\'s subject', "Brazos Grid will power Halvane Digital's planned AI campus. Oracle signed a lease with the campus's operator.", ["the campus's operator -> Halvane Digital"]],
    ['a site with no owner named is no company', "Oracle agreed to lease the campus's first building.", []],
  ])('%s', (_name, text, expected) => {
    expect(references(text)).toEqual(expected);
  });
});
