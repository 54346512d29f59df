import { describe, expect, it } from 'vitest';
import { findOrganizations } from '../../../extractors/orgs';
import { splitSentences } from '../../../extractors/text/sentences';
import type { Sentence } from '../../../extractors/types';

/** Sentences split at ". " and newlines: enough for short fixtures. */
function splitFixture(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const m of text.matchAll(/[^.\n]+(?:\.(?=\s|$)|$)/g)) {
    if (m[0].trim()) sentences.push({ start: m.index, end: m.index + m[0].length, index: sentences.length, text: m[0] });
  }
  return sentences;
}

const find = (text: string) => findOrganizations(text, splitFixture(text));
const found = (text: string) => find(text).map((m) => `${m.text}=${m.org_id ?? 'null'}`);

describe('findOrganizations: gazetteer names', () => {
  it.each([
    ['OpenAI signed a $38 billion deal with Amazon Web Services.', ['OpenAI=openai', 'Amazon Web Services=amazon-web-services']],
    ['The arrangement gives OpenAI access to AWS capacity.', ['OpenAI=openai', 'AWS=amazon-web-services']],
    ["Amazon.com said Amazon's cloud unit would host it.", ['Amazon.com=amazon', "Amazon's cloud unit=amazon-web-services"]],
    ['The Facebook parent agreed to pay CoreWeave.', ['Facebook parent=meta-platforms', 'CoreWeave=coreweave']],
    ['Shares of NVIDIA Corp. rose.', ['NVIDIA Corp.=nvidia']],
    ["Microsoft Corp's Azure will host the models.", ['Microsoft Corp=microsoft', 'Azure=microsoft-azure']],
    ['Nebius Group N.V. signed with Meta Platforms Inc.', ['Nebius Group N.V.=nebius', 'Meta Platforms Inc.=meta-platforms']],
    ['Google Cloud won the contract, Google said.', ['Google Cloud=google-cloud', 'Google=google']],
    ['Talen Energy will supply Amazon. Talen shares rose.', ['Talen Energy=talen-energy', 'Amazon=amazon', 'Talen=talen-energy']],
    ['G42 and MGX invested alongside AMD.', ['G42=g42', 'MGX=mgx', 'AMD=amd']],
    ['Elon Musk’s xAI raised money.', ['Elon Musk’s xAI=xai']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findOrganizations: common words and look-alikes are not companies', () => {
  it.each([
    ['Zuckerberg talked up the metaverse and meta-learning.'],
    ['The oracle at Delphi was consulted.'],
    ['He broke his arm in the fall.'],
    ['Arm in arm, the two walked out.'],
    ['The lambda function runs on demand.'],
    ['Power is the core business of the group.'],
    ['Together, the two companies employ 5,000 people.'],
    ['The Stack Overflow survey was published.'],
    ['Robinson Crusoe was stranded.'],
    ['In September, CEO Sam Altman met investors in Texas.'],
    ['January was slow; Monday was worse.'],
    ['aws and amd in lower case are not the companies.'],
    ['The team used AWS Lambda functions.'.replace('AWS ', '')],
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('accepts a common-word alias with a cue, then everywhere in the text', () => {
    const text = 'Microsoft signed a deal with cloud provider Lambda. Lambda has worked with Microsoft since 2018.';
    expect(found(text)).toEqual(['Microsoft=microsoft', 'Lambda=lambda', 'Lambda=lambda', 'Microsoft=microsoft']);
  });

  it.each([
    ['Lambda said it would deploy the chips.', 'Lambda=lambda'],
    ["Crusoe's Abilene campus is growing.", 'Crusoe=crusoe'],
    ['Constellation Energy owns it. Constellation will restart it.', 'Constellation=constellation-energy'],
    ['The developer Crusoe builds the site.', 'Crusoe=crusoe'],
    ['Vantage, the data-centre operator, bought land.', 'Vantage=vantage-data-centers'],
  ])('cue: %s', (text, expected) => {
    expect(found(text)).toContain(expected);
  });

  it('takes an outlet named with its article only with it', () => {
    expect(found('The Information reported that Information Technology Partners will invest.')).toEqual([
      'Information Technology Partners=null',
    ]);
  });

  it('does not report news outlets', () => {
    expect(found('The Wall Street Journal and Bloomberg reported that Oracle is in talks, according to the Financial Times.')).toEqual([
      'Oracle=oracle',
    ]);
  });
});

describe('findOrganizations: companies the gazetteer does not list', () => {
  it.each([
    ['The chips come from Acme Compute Inc. in Ohio.', 'Acme Compute Inc.'],
    ['Zephyrion Holdings bought the site.', 'Zephyrion Holdings'],
    ['It leases the land from Quellwerk Corp under a new plan.', 'Quellwerk Corp'],
    ['The buyer is Baltrix Ltd, people said.', 'Baltrix Ltd'],
    ['Orvane AG supplies the turbines.', 'Orvane AG'],
    ['Power will come from Pinewood Energy LLC.', 'Pinewood Energy LLC'],
    ['Grevo, the Texas-based data-centre developer, raised money.', 'Grevo'],
    ['Halcyra, a small AI startup, agreed to terms.', 'Halcyra'],
    ['The group hired chip startup Voltrax to design it.', 'Voltrax'],
    ['Meridane signed a ten-year lease for the campus.', 'Meridane'],
    ['Microsoft signed an agreement with Kestrelon to buy capacity.', 'Kestrelon'],
    ['OpenAI will buy capacity from Tarvos over five years.', 'Tarvos'],
    ['Nvidia agreed to take a $5bn stake in Quorvex last year.', 'Quorvex'],
    ["Analysts watched Lumaris's shares fall.", 'Lumaris'],
    ['It rents capacity to Microsoft, Oracle and Brightfold.', 'Brightfold'],
  ])('%s', (text, name) => {
    const unknown = find(text).filter((m) => m.org_id === null);
    expect(unknown.map((m) => m.name)).toEqual([name]);
  });

  it('finds a confirmed name again where it recurs without a cue', () => {
    const text = 'Zephyrion Holdings bought the site. Analysts expect Zephyrion Holdings to expand.';
    expect(find(text).filter((m) => m.org_id === null)).toHaveLength(2);
  });

  it.each([
    ['Sam Altman signed the letter on Monday.'],
    ['Jensen Huang, the company’s chief executive, agreed.'],
    ['President Emmanuel Macron signed the decree. Macron signed another.'],
    ['In March, Texas signed a law with Europe in mind.'],
    ['Separately, a rival raised money.'],
    ['Sites built for bitcoin come with power.'],
    ['It bought chips from Taiwan and power from Ohio.'],
    ['Strategic Diversification Beyond Microsoft Holdings'],
    ['The project with Scottish operator DataVita is on track.'.replace('DataVita', 'the grid')],
    ['Investors include products such as Copilot.'],
    ['“We will not retreat,” Esper said in a speech.'],
    ["Anthropic uses Google's TPUs, Amazon's Trainium and Nvidia's GPUs."],
    ['According to Financial Times News, OpenAI has signed a deal.'],
    ['Later, OpenAI signed the deal.'],
    ['Economist Mary E. Lovely, a professor, agreed.'],
    ['Press Secretary Stephanie Grisham declined. Grisham agreed later.'],
  ])('no unknown company in: %s', (text) => {
    expect(find(text).filter((m) => m.org_id === null).map((m) => m.text)).toEqual([]);
  });
});

describe('findOrganizations: spans and sentences', () => {
  it('reports the text as written, its span and the sentence holding its start', () => {
    const text = 'Microsoft rose. Later, OpenAI signed with Amazon Web Services.\nNVIDIA Corp. fell.';
    const mentions = find(text);
    expect(mentions.map((m) => [m.text, m.start, m.end, m.sentence, m.name])).toEqual([
      ['Microsoft', 0, 9, 0, 'Microsoft'],
      ['OpenAI', 23, 29, 1, 'OpenAI'],
      ['Amazon Web Services', 42, 61, 1, 'Amazon Web Services'],
      ['NVIDIA Corp.', 63, 75, 2, 'Nvidia'],
    ]);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.every((m) => m.kind === 'organization')).toBe(true);
  });

  it('prefers the longest name and never overlaps', () => {
    expect(found('Google Cloud Platform and Google parent Alphabet')).toEqual([
      'Google Cloud Platform=google-cloud',
      'Google parent Alphabet=alphabet',
    ]);
  });

  it('stays linear on a long body', () => {
    const paragraph = 'OpenAI signed a deal with Amazon Web Services, Acme Compute Inc. and cloud provider Lambda. ';
    const text = paragraph.repeat(4000);
    const t0 = performance.now();
    const mentions = find(text);
    expect(mentions).toHaveLength(16000);
    // Generous: a quadratic pass would take minutes here; the bound must hold on a loaded machine.
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});

const unlisted = (text: string) => find(text).filter((m) => m.org_id === null).map((m) => m.text);

describe('findOrganizations: unlisted companies by corporate word, place prefix and cue', () => {
  it.each([
    // Corporate words at the end of a capitalized name.
    ['Orlenta Compute will lease the hall.', ['Orlenta Compute']],
    ['The capacity goes to Brevik AI next year.', ['Brevik AI']],
    ['Quillon Systems and Dravo Networks bid for it.', ['Quillon Systems', 'Dravo Networks']],
    ['Power comes from Tamsin Power under the plan.', ['Tamsin Power']],
    ['Funds came from Harrowgate Partners.', ['Harrowgate Partners']],
    ['Starlow Cloud rents racks to startups.', ['Starlow Cloud']],
    ['The hall is run by Ostvik Data.', ['Ostvik Data']],
    ['The plant belongs to Fjordlys Energi.', ['Fjordlys Energi']],
    ['Dunmore Hydro supplies the campus.', ['Dunmore Hydro']],
    ['The site was sold to Kirishima Datacom.', ['Kirishima Datacom']],
    ['The loan came from Anand Infra Credit.', ['Anand Infra Credit']],
    ['The buyer is Hanare Digital Infrastructure Fund.', ['Hanare Digital Infrastructure Fund']],
    ['Corvina Tech will also buy a stake.', ['Corvina Tech']],
    ['The hall was sold to Marlow Realty.', ['Marlow Realty']],
    ['Ostra Properties owns the land.', ['Ostra Properties']],
    ['The loan came from Kaveri Infra.', ['Kaveri Infra']],
    ['Halvorsen Platforms will rent the capacity.', ['Halvorsen Platforms']],
    ['Trakya Telekom agreed to buy the chips.', ['Trakya Telekom']],
    // Foreign legal forms mark the company; the mention spans them as written.
    ['Lumavik AB signed the lease.', ['Lumavik AB']],
    ['Tuulivoima Oy supplies wind power.', ['Tuulivoima Oy']],
    ['Nordkraft AS owns the dam.', ['Nordkraft AS']],
    ['Veltrano SpA builds the cooling.', ['Veltrano SpA']],
    ['Corvalis SAS will host it.', ['Corvalis SAS']],
    ['Shinwa Denki KK supplies the chillers.', ['Shinwa Denki KK']],
    ['Indus Grid Pvt Ltd will build the line.', ['Indus Grid Pvt Ltd']],
    // A place before "-based" is not part of the name; the prefix is a company cue.
    ['Munich-based Tessaro AI will rent the servers.', ['Tessaro AI']],
    ['The deal went to Pune-based Arvali Compute.', ['Arvali Compute']],
    // ... even when the name reads like a person's: people are introduced by a role ("London-based analyst Jo Reyes").
    ['Utrecht-based Nimbus Render signed a five-year lease.', ['Nimbus Render']],
    // Trade words that end company names: hosting, platforms, telekom.
    ['Meridian Hosting agreed to buy 200 MW of power.', ['Meridian Hosting']],
    ['Halcyon Platforms said on Wednesday that it expects to spend more.', ['Halcyon Platforms']],
    ['Anatolia Telekom has agreed to buy the GPUs.', ['Anatolia Telekom']],
    // A descriptor makes a name that reads like a person's a company.
    ['The stake went to hydropower producer Solberg Kraft.', ['Solberg Kraft']],
    ['Lending company Aravind Infra Credit raised the loan.', ['Aravind Infra Credit']],
    // Cues for a single unlisted name.
    ['Marrow, a Texas developer, will build it.', ['Marrow']],
    ['The contract went to startup Quiver.', ['Quiver']],
    ['Under the letter, Brackwell will deliver 300 MW.', ['Brackwell']],
    ['Tarnow said on Tuesday that the site is ready.', ['Tarnow']],
    // An opening name with a deal verb in the past: finite (not a participle) where its object follows.
    ['Quillon raised $500 million from investors.', ['Quillon']],
    ['Harwick invested $50 million in the round.', ['Harwick']],
    ['Harwick led a $500 million round in the company.', ['Harwick']],
    ['Korvex has won a 15-year contract to host the cluster.', ['Korvex']],
    ['Korvex has been chosen to host the cluster.', ['Korvex']],
    // The receiving side of a supply verb, and the direct object of a deal verb.
    ['The utility will supply 300 MW to Zentrix from 2027.', ['Zentrix']],
    ['The lab agreed to pay Calder $9.7 billion over five years.', ['Calder']],
    ['The operator signed Zentrix as its anchor tenant.', ['Zentrix']],
    ['The utility will supply Fjellnet with 80 MW.', ['Fjellnet']],
    ['The startup raised $500 million from Harwick.', ['Harwick']],
    ['The fund led a $500 million round in Quillon.', ['Quillon']],
    ['The round was led by Harwick, with others joining.', ['Harwick']],
    ['The start-up is backed by Tenzan.', ['Tenzan']],
    // Where megawatts come from: a company, even when its name reads like a person's.
    ['Microsoft agreed to buy 250 MW of geothermal power from Tarrow Heat, a Nevada developer.', ['Tarrow Heat']],
    ['Google will take 200 MW from Kestrel Wind under a 12-year arrangement.', ['Kestrel Wind']],
    // A region's government: "the Johor state government", "the Alberta government".
    ['The Johor state government has signed a deal with the developer.', ['Johor state government']],
    ['The Alberta government signed an agreement on Monday.', ['Alberta government']],
    // An organization named with its acronym in brackets.
    ['The Gulf Water and Electricity Company (GWEC) signed the contract.', ['Gulf Water and Electricity Company']],
    ['Rates were set by the Northern Grid Authority (NGA).', ['Northern Grid Authority']],
  ])('%s', (text, expected) => {
    expect(unlisted(text)).toEqual(expected);
  });

  it.each([
    ['Pune-based AI startups are hiring.'],
    ['The line will carry 200 MW from West Texas to Dallas.'],
    ['Meta buys 1,121 MW from Clinton under the deal.'],
    ['Sites built in 2020 are full.'],
    ['Teams won the bid, and Europe has been chosen.'],
    ['Startups raised $5 billion in the quarter.'],
    ['The team is led by chief executive Lena Brodsky.'],
    ['Output raised in the quarter went to the grid.'],
    ['The utility will supply power to Texas and Ohio.'],
    ['The board signed Monday and paid Tuesday.'],
    ['It has the most paying Zentrix subscribers.'],
    ['The tenant will pay R1.2 billion a year.'],
    ['The developer signs MoU for 300 MW.'],
    ['It will sell power to Brodsky Farms.'],
    ['Students at Georgia Tech built the model.'],
    ['The San Francisco AI developer will take the buildings.'],
    ['The Power Purchase Agreement (PPA) runs for 20 years.'],
    ['Data and Power will be the themes of the Summit.'],
    ['Core AI margins improved in the quarter as core costs fell.'],
    ['Analysts at London-based brokers cut their targets.'],
    ['London-based analyst Jo Reyes cut her target.'],
    ['We move the stock to Buy from Hold.'],
    ['Earlier, a Texas developer said the earlier plan had failed.'],
    ['“The grid is full,” Brodsky said.'],
    ['Coach P.J. Brodsky spoke. Brodsky said the team is ready.'],
    ['The Northern Center for Disease Control and Prevention said it had tested them.'],
    ['Officials will hand the dog to Viktor Usov, the dog’s original owner.'],
    ['With Sonos Move, the company created a portable speaker.'],
    ['The bottles are BPA-free.'],
    ['Management said demand was strong, the DRHP said.'],
    ['Chief executive Lena Brodsky spoke. Brodsky said the grid is full.'],
  ])('no unlisted company in: %s', (text) => {
    expect(unlisted(text)).toEqual([]);
  });

  it('finds the short form of a confirmed name where it recurs', () => {
    const text = 'Fjordlys Energi will invest in the campus. Fjordlys will hold 30% of it. Then Fjordlys said more.';
    expect(unlisted(text)).toEqual(['Fjordlys Energi', 'Fjordlys', 'Fjordlys']);
  });

  it('names a company written with its legal form without it', () => {
    expect(find('Lumavik AB signed the lease.').map((m) => [m.text, m.name])).toEqual([['Lumavik AB', 'Lumavik']]);
  });

  it('reads a name written with and without its legal form as one company', () => {
    const text = 'Brattli Kraft AS owns the dam. Brattli Kraft will sell power, and Brattli said so.';
    expect(unlisted(text)).toEqual(['Brattli Kraft AS', 'Brattli Kraft', 'Brattli']);
  });

  it('gives an acronym the full name it was defined for, and no second mention in brackets', () => {
    const text = 'The Gulf Water and Electricity Company (GWEC) signed the contract. GWEC, the sole buyer, will pay.';
    expect(find(text).map((m) => [m.text, m.name])).toEqual([
      ['Gulf Water and Electricity Company', 'Gulf Water and Electricity Company'],
      ['GWEC', 'Gulf Water and Electricity Company'],
    ]);
  });

  it('reads an apposition after a name and its bracketed acronym, and the acronym as the name where it recurs', () => {
    const text = 'The contract was awarded by Statens Regnesenter (SRS), the state agency that buys research computing. SRS picked Nordvik.';
    expect(find(text).map((m) => [m.text, m.name])).toEqual([
      ['Statens Regnesenter', 'Statens Regnesenter'],
      ['SRS', 'Statens Regnesenter'],
      ['Nordvik', 'Nordvik'],
    ]);
  });

  it.each([
    ['The Power Purchase Agreement (PPA), the first of its kind, runs for 20 years.'],
    ['Signed by Lena Brodsky (LB), the chief executive, the letter was sent.'],
  ])('no unlisted company in: %s', (text) => {
    expect(unlisted(text)).toEqual([]);
  });

  it.each([
    ['Korvex and Tenzan Power formed a joint venture.', ['Korvex', 'Tenzan Power']],
    ['The venture of Tenzan Power and Korvex will build it.', ['Tenzan Power', 'Korvex']],
  ])('reads a lone name joined by "and" to a confirmed unlisted company as a company: %s', (text, expected) => {
    expect(unlisted(text)).toEqual(expected);
  });

  it.each([
    ['Texas and Tenzan Power agreed.'],
    ['Power from Tenzan Power and Sunday deliveries start.'],
  ])('joins no place or common word to a confirmed unlisted company: %s', (text) => {
    expect(unlisted(text)).toEqual(['Tenzan Power']);
  });

  it('leaves a short form shared by two confirmed names alone', () => {
    const text = 'Fjordlys Energi and Fjordlys Compute signed. Fjordlys grew.';
    expect(unlisted(text)).toEqual(['Fjordlys Energi', 'Fjordlys Compute']);
  });
});

describe('findOrganizations: ambiguous gazetteer names need a company cue', () => {
  it.each([
    ['Hours later Lambda, the San Jose-based GPU cloud, said it had signed.', ['Lambda=lambda']],
    ['Nvidia will rent chips from Lambda, one of the smaller GPU clouds, for four years.', ['Nvidia=nvidia', 'Lambda=lambda']],
    ['The Lambda, one of the oldest rivers, floods.', []],
    ['Lambda calculus, one of the oldest ideas, still matters.', []],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    ['Vallby Kommunkraft, a public power agency, will build the reactors.', ['Vallby Kommunkraft']],
    ['Ostra Grid, one of the regional utilities, will connect it.', ['Ostra Grid']],
  ])('agencies and utilities by apposition: %s', (text, expected) => {
    expect(unlisted(text)).toEqual(expected);
  });
});

describe('findOrganizations: governments, agencies and countries', () => {
  it.each([
    ['The Norwegian government signed a deal with Nscale.', ['Norwegian government=norwegian-government', 'Nscale=nscale']],
    ["Kenya's government signed a pact with Microsoft.", ["Kenya's government=kenyan-government", 'Microsoft=microsoft']],
    ['The Government of Malaysia will fund the campus.', ['Government of Malaysia=malaysian-government']],
    ['The Saudi government will invest in the campus.', ['Saudi government=saudi-government']],
    ['The U.S. Department of Energy will lend $1 billion.', ['U.S. Department of Energy=us-department-of-energy']],
    ['Mubadala led the round.', ['Mubadala=mubadala']],
    ['Energy Northwest will operate the reactors.', ['Energy Northwest=energy-northwest']],
    ['The Ministry of Electronics and Information Technology will subsidise the GPUs.', ['Ministry of Electronics and Information Technology=null']],
    ['The Energy Ministry approved the plan.', ['Energy Ministry=null']],
    ['The Department of Telecommunications and Vodafone agreed.', ['Department of Telecommunications=null', 'Vodafone=vodafone']],
    // A remit listed with commas may close on "and the ...": "Information, Communications and the Digital Economy".
    ["Kenya's Ministry of Information, Communications and the Digital Economy signed it.", ['Ministry of Information, Communications and the Digital Economy=null']],
    ['The Ministry of Finance and the Treasury agreed.', ['Ministry of Finance=null', 'Treasury=null']],
    ['The Ministry of Energy, Nvidia and the Treasury agreed.', ['Ministry of Energy=null', 'Nvidia=nvidia', 'Treasury=null']],
    ['Norway’s sovereign wealth fund bought shares.', ['Norway’s sovereign wealth fund=nbim']],
    // A country acts as a party only where the text makes it act.
    ['The UAE agreed to invest $1.4 trillion.', ['UAE=uae-government']],
    ['Malaysia signed an agreement with Nvidia.', ['Malaysia=malaysian-government', 'Nvidia=nvidia']],
    ['Microsoft signed a partnership with the UAE.', ['Microsoft=microsoft', 'UAE=uae-government']],
    ['Data centres in the UAE are growing, and Malaysia is next.', []],
    ['Microsoft will invest $10 billion in India.', ['Microsoft=microsoft']],
    ['Nvidia ships chips from Taiwan.', ['Nvidia=nvidia']],
    ['It cut a commitment of jets from the U.S. plane-maker.', []],
    ['Groqon won a $1.5 billion commitment from Saudi Arabia.', ['Groqon=null', 'Saudi Arabia=saudi-government']],
    ['The lab bought power from Norway and capacity from Sweden.', []],
    ["Saudi Arabia's Public Investment Fund invested.", ["Saudi Arabia's Public Investment Fund=saudi-pif"]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findOrganizations: an unlisted word glued before a gazetteer name makes one longer name', () => {
  it.each([
    // "Larchmont Digital Realty" is not Digital Realty: a name word before a listed name is part of another company's name.
    ['Microsoft leased the campus from Brenwood Digital Realty.', ['Microsoft=microsoft', 'Brenwood Digital Realty=null']],
    // At a sentence start, the word needs to recur as a name of its own.
    ['Brenwood Digital Realty signed Microsoft. Brenwood was founded in 2019.', ['Brenwood Digital Realty=null', 'Microsoft=microsoft', 'Brenwood=null']],
    // Counter-cases: a place, a title, a descriptor, a sentence opener or a listed company before the name is no part of it.
    ['The lease in Texas Digital Realty signed covers two halls.', ['Digital Realty=digital-realty']],
    ['Former Digital Realty executives run it, said Chairman Tom Brandt.', ['Digital Realty=digital-realty']],
    ['The chips went to Meridian AI and Digital Realty.', ['Meridian AI=null', 'Digital Realty=digital-realty']],
    ['Landlord Digital Realty signed the lease.', ['Digital Realty=digital-realty']],
    ['Rival Digital Realty signed it. The rival grew.', ['Digital Realty=digital-realty']],
    ['Brenwood Digital Realty signed Microsoft.', ['Digital Realty=digital-realty', 'Microsoft=microsoft']],
    ['Equinix Digital Realty and others signed.', ['Equinix=equinix', 'Digital Realty=digital-realty']],
    ['Microsoft leased it from Equinix Brenwood Digital Realty.', ['Microsoft=microsoft', 'Equinix=equinix', 'Digital Realty=digital-realty']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findOrganizations: a short gazetteer alias with another trade word after it names another company', () => {
  it.each([
    // "Helion" is listed as short for "Helion Energy": "Helion AI" is some other company sharing the first word.
    ['Quarry Hill Data Centers will lease the campus to Helion AI for 15 years.', ['Quarry Hill Data Centers=null', 'Helion AI=null']],
    ['NuScale Compute signed a lease with Microsoft.', ['NuScale Compute=null', 'Microsoft=microsoft']],
    // Counter-cases: the company's own trade word, the full listed name, a lower-case word after it.
    ['Microsoft will buy power from Helion Energy.', ['Microsoft=microsoft', 'Helion Energy=helion']],
    ['Microsoft will buy power from Helion.', ['Microsoft=microsoft', 'Helion=helion']],
    ['Helion power will flow to Microsoft in 2028.', ['Helion=helion', 'Microsoft=microsoft']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('findOrganizations: no longer name is read in a heading', () => {
  it('keeps the listed name in a title-case heading', () => {
    const text = 'Brenwood Digital Realty Deal Expands Ohio Campus\n\nBrenwood said it signed Microsoft.';
    const mentions = findOrganizations(text, splitSentences(text)).map((m) => `${m.text}=${m.org_id ?? 'null'}`);
    expect(mentions).toEqual(['Digital Realty=digital-realty', 'Microsoft=microsoft']);
  });
});

describe('findOrganizations: a gazetteer name with an acronym after it names a unit of its own', () => {
  it.each([
    // "Samsung SDS" is not Samsung Electronics, where the text shows the compound acting as a company.
    ['A consortium led by Samsung SDS won the tender. Samsung SDS shares rose 4%.', ['Samsung SDS=null', 'Samsung SDS=null']],
    // Counter-cases: a product line after the maker's name, with no company cue.
    ['Nvidia DGX systems will be installed, Nvidia said.', ['Nvidia=nvidia', 'Nvidia=nvidia']],
    ['The AMD EPYC processors run the cluster.', ['AMD=amd']],
    ['Oracle OCI capacity doubled.', ['Oracle=oracle', 'OCI=oracle-cloud-infrastructure']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});
