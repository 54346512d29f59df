// Generalization probes: short passages about real AI-infrastructure deals (2023-2026), written in
// styles the development pages do not use (wire copy, passive voice, provider as subject, funding
// rounds, filings, quotes, non-US currencies, denials, walk-aways, no-deal stories). Expectations
// follow ../shared/eval/deals/README.md and were written before the extractor was run on them.
import type { DealKind, DealStatus, FigureRole, Qualifier } from '../../../extractors/types';

export type Value = [amount: number, currency: string, qualifier: Qualifier] | null;
export type Expected = [buyer: string, provider: string, kind: DealKind, value: Value, months: number | null, mw: number | null, status: DealStatus];

export interface Probe {
  name: string;
  published: string;
  title?: string;
  text: string;
  deals: Expected[];
  /** A known gap this probe documents (run with it.fails): where the mechanism at fault lives. */
  gap?: string;
  /** Tempting figures: the text of the mention and the roles an annotator would accept. */
  roles?: [text: string, roles: FigureRole[]][];
}

export const PROBES: Probe[] = [
  // --- provider as subject, passive voice, selection verbs ---
  {
    name: 'provider wins a contract to make chips for the buyer (filing, through YEAR)',
    published: '2025-07-28',
    title: 'Samsung wins $16.5 bln chip contract from Tesla',
    text: 'Samsung Electronics has won a $16.5 billion contract to manufacture chips for Tesla, according to a regulatory filing on Monday. The contract runs through 2033, the filing showed.',
    deals: [['Tesla', 'Samsung Electronics', 'chips', [16.5e9, 'USD', 'exact'], 96, null, 'signed']],
  },
  {
    name: 'a share price in won',
    published: '2025-07-28',
    text: 'Samsung shares rose 6.8% to 70,400 won after the company disclosed the contract.',
    deals: [],
    roles: [['70,400 won', ['share_price']]],
  },
  {
    name: 'passive: was awarded a contract by the buyer',
    published: '2025-03-10',
    text: 'CoreWeave was awarded a five-year contract worth $11.9 billion by OpenAI to provide AI infrastructure, the companies said on Monday. The contract is the largest in CoreWeave\'s history; the company reported revenue of $1.9 billion for 2024.',
    deals: [['OpenAI', 'CoreWeave', 'cloud_compute', [11.9e9, 'USD', 'exact'], 60, null, 'signed']],
    roles: [['$1.9 billion', ['revenue']]],
  },
  {
    name: 'passive: a contract awarded by a government to build a supercomputer (GBP)',
    published: '2023-11-01',
    text: 'Hewlett Packard Enterprise has been awarded a £225 million contract by the UK government to build Isambard-AI, a supercomputer in Bristol that will use more than 5,000 Nvidia chips.',
    deals: [['UK government', 'Hewlett Packard Enterprise', 'data_center', [225e6, 'GBP', 'exact'], null, null, 'signed']],
  },
  {
    name: 'passive: was picked by the buyer to develop a nuclear campus',
    published: '2026-01-09',
    text: 'Oklo was picked by Meta Platforms to develop a 1.2-gigawatt nuclear power campus in Pike County, Ohio, with Meta agreeing to prepay for power and fund early project work.',
    deals: [['Meta Platforms', 'Oklo', 'power', null, null, 1200, 'signed']],
  },
  {
    name: 'passive: two providers chosen by one buyer',
    published: '2025-07-31',
    text: 'Nscale and Aker have been chosen by OpenAI to build and run Stargate Norway, a data centre near Narvik, the companies said on Thursday.',
    deals: [
      ['OpenAI', 'Nscale', 'data_center', null, null, null, 'signed'],
      ['OpenAI', 'Aker', 'data_center', null, null, null, 'signed'],
    ],
  },
  {
    name: 'provider will supply the buyer with N MW under a PPA',
    published: '2023-05-10',
    text: 'Helion Energy will supply Microsoft with 50 megawatts of electricity from its first fusion power plant from 2028 under a power purchase agreement announced on Wednesday. Helion has raised more than $577 million from investors.',
    deals: [['Microsoft', 'Helion Energy', 'power', null, null, 50, 'signed']],
    roles: [['$577 million', ['funding_round']]],
  },
  {
    name: 'provider will sell the buyer power under 20-year PPAs',
    published: '2026-01-09',
    text: 'Vistra will sell Meta Platforms more than 2,600 megawatts of nuclear power from three plants in Ohio and Pennsylvania under 20-year power purchase agreements, the companies said on Friday.',
    deals: [['Meta Platforms', 'Vistra', 'power', null, 240, 2600, 'signed']],
  },
  {
    name: 'provider signed a 20-year PPA for N MW with the buyer',
    published: '2025-06-12',
    text: 'XGS Energy has signed a 20-year power purchase agreement for 150 MW of new geothermal capacity with Meta in New Mexico.',
    deals: [['Meta', 'XGS Energy', 'power', null, 240, 150, 'signed']],
  },
  {
    name: 'provider will supply energy over N years (TWh is no power figure)',
    published: '2025-09-18',
    text: 'TotalEnergies will supply Google with 1.5 terawatt-hours of renewable electricity over 15 years from two solar farms in Ohio under a power purchase agreement.',
    deals: [['Google', 'TotalEnergies', 'power', null, 180, null, 'signed']],
  },
  {
    name: 'provider inked PPAs with the buyer for N MW',
    published: '2024-03-20',
    text: 'Iberdrola has inked power purchase agreements with Amazon to supply 476 megawatts of renewable energy from wind and solar farms in Spain, Portugal and the United States.',
    deals: [['Amazon', 'Iberdrola', 'power', null, null, 476, 'signed']],
  },
  {
    name: 'several PPAs with one buyer totalling N GW',
    published: '2025-05-28',
    text: 'Engie has signed four power purchase agreements with Meta Platforms totalling 1.3 gigawatts of solar capacity in Texas.',
    deals: [['Meta Platforms', 'Engie', 'power', null, null, 1300, 'signed']],
  },
  {
    name: 'buyer selected provider; deployment schedule is not a term',
    published: '2024-12-18',
    text: 'Data-centre operator Switch selected Oklo to supply 12 gigawatts of power from its Aurora powerhouses under a non-binding master power agreement, with deployments planned through 2044.',
    deals: [['Switch', 'Oklo', 'power', null, null, 12000, 'announced']],
    roles: [['through 2044', ['other', 'target']]],
  },
  {
    name: 'buyer inks deal to buy from SMRs; schedule and no price',
    published: '2024-10-14',
    title: 'Google inks nuclear deal with Kairos Power',
    text: 'Google has signed the world\'s first corporate agreement to buy nuclear energy from multiple small modular reactors developed by Kairos Power. The deal calls for 500 megawatts of capacity, with the first reactor due online by 2030 and further deployments through 2035. Financial terms were not disclosed.',
    deals: [['Google', 'Kairos Power', 'power', null, null, 500, 'signed']],
    roles: [['through 2035', ['other', 'target']]],
  },
  {
    name: 'restart after signing a 25-year PPA for a unit\'s whole output',
    published: '2025-10-27',
    title: 'NextEra to restart Iowa nuclear plant for Google',
    text: 'NextEra Energy will restart the Duane Arnold nuclear plant in Iowa after signing a 25-year power purchase agreement with Google for the output of the 615-megawatt facility, the companies said on Monday. The plant, shut in 2020, is expected back online by early 2029.',
    deals: [['Google', 'NextEra Energy', 'power', null, 300, 615, 'signed']],
  },
  {
    name: 'agreed to buy N MW and increasing its stake: two deals',
    published: '2025-06-30',
    text: 'Google has agreed to buy 200 megawatts of power from Commonwealth Fusion Systems\' first commercial fusion plant in Virginia, and is increasing its stake in the company. The ARC plant is expected to produce 400 megawatts when it comes online in the early 2030s.',
    deals: [
      ['Google', 'Commonwealth Fusion Systems', 'power', null, null, 200, 'signed'],
      ['Google', 'Commonwealth Fusion Systems', 'investment', null, null, null, 'signed'],
    ],
    roles: [['400 megawatts', ['site_capacity', 'target']]],
  },
  {
    name: 'quote, then provider agreed to build for the buyer',
    published: '2025-11-19',
    text: '"This is a landmark partnership," Humain chief executive Tareq Amin said after the Saudi company agreed to build a 500-megawatt data centre for xAI in the kingdom. Musk said xAI would use the facility to train and run its Grok models.',
    deals: [['xAI', 'Humain', 'data_center', null, null, 500, 'signed']],
  },
  // --- data-centre leases, filings, valued-at ---
  {
    name: 'leases with the buyer in a deal valued at about N; site can scale further',
    published: '2025-06-02',
    text: 'Applied Digital signed two 15-year leases with CoreWeave to deliver 250 megawatts of critical IT load at its Ellendale, North Dakota campus, in a deal valued at about $7 billion. The campus is designed to scale to 400 megawatts.',
    deals: [['CoreWeave', 'Applied Digital', 'data_center', [7e9, 'USD', 'about'], 180, 250, 'signed']],
    roles: [['400 megawatts', ['site_capacity', 'target']]],
  },
  {
    name: 'clinches a lease; renewal options and site size are not the deal',
    published: '2025-12-17',
    title: 'Hut 8 clinches $7 billion AI data-centre lease',
    text: 'Hut 8 has signed a 15-year lease with Fluidstack for 245 megawatts of IT capacity at its River Bend campus in Louisiana, a contract worth about $7.0 billion over the base term. Three renewal options could lift the total to $17.7 billion. The site can scale to 2.3 gigawatts.',
    deals: [['Fluidstack', 'Hut 8', 'data_center', [7e9, 'USD', 'about'], 180, 245, 'signed']],
    roles: [['$17.7 billion', ['option_ceiling']], ['2.3 gigawatts', ['site_capacity', 'target']]],
  },
  {
    name: 'provider will host the buyer under 12-year contracts, per a filing',
    published: '2024-06-03',
    text: 'Core Scientific will provide about 200 megawatts of infrastructure to host CoreWeave\'s high-performance computing operations under 12-year contracts, according to a filing. The contracts are expected to generate about $3.5 billion in cumulative revenue.',
    deals: [['CoreWeave', 'Core Scientific', 'data_center', [3.5e9, 'USD', 'about'], 144, 200, 'signed']],
  },
  {
    name: 'buyer will lease an entire campus, people familiar',
    published: '2025-03-20',
    text: 'Oracle has agreed to lease the entire 1.2-gigawatt Abilene campus from developer Crusoe for 15 years, according to people familiar with the matter.',
    deals: [['Oracle', 'Crusoe', 'data_center', null, 180, 1200, 'reported']],
  },
  {
    name: 'a lease with an unnamed hyperscaler is no deal',
    published: '2025-10-09',
    text: 'Applied Digital signed a 15-year lease worth about $5 billion with an investment-grade US hyperscaler it did not name for 200 megawatts at its Polaris Forge 2 campus.',
    deals: [],
  },
  {
    name: 'an unnamed customer in a filing is no deal',
    published: '2025-06-30',
    text: 'Oracle said in a filing on Monday that it had signed multiple large cloud services agreements, including one expected to contribute more than $30 billion in annual revenue starting in fiscal 2028. It did not name the customer.',
    deals: [],
  },
  {
    name: 'asset purchase for a data centre in yen; first phase is not the contract',
    published: '2025-03-14',
    text: 'SoftBank Corp. agreed to buy land and buildings at Sharp\'s Sakai plant for about ¥100 billion, and will convert the former LCD panel factory into an AI data centre with an initial 150 megawatts of power capacity.',
    deals: [['SoftBank Corp.', 'Sharp', 'data_center', [100e9, 'JPY', 'about'], null, null, 'signed']],
    gap: 'deals: converting a bought plant into a data centre reads as cloud_compute, and its initial 150 MW as contracted (orgs now finds "Sharp\'s" as the company)',
  },
  // --- cloud and chips ---
  {
    name: 'buyer tapped provider\'s cloud, three sources told an outlet',
    published: '2025-06-10',
    text: 'OpenAI has tapped Google\'s cloud service to meet its growing need for computing capacity, three sources told Reuters, a surprising collaboration between two prominent competitors.',
    deals: [['OpenAI', 'Google', 'cloud_compute', null, null, null, 'reported']],
  },
  {
    name: 'buyer agreed to rent N GW from provider, worth N a year (reported)',
    published: '2025-07-02',
    text: 'OpenAI has agreed to rent an additional 4.5 gigawatts of data-centre capacity from Oracle as part of its Stargate project, according to people familiar with the matter. The deal is worth about $30 billion a year, one of the people said.',
    deals: [['OpenAI', 'Oracle', 'cloud_compute', [30e9, 'USD', 'about'], null, 4500, 'reported']],
  },
  {
    name: 'expanded contract by up to N, bringing the total to M',
    published: '2025-09-25',
    text: 'CoreWeave expanded its contract with OpenAI by up to $6.5 billion, bringing the total value of their agreements to about $22.4 billion, the cloud provider said on Thursday.',
    deals: [['OpenAI', 'CoreWeave', 'cloud_compute', [6.5e9, 'USD', 'up_to'], null, null, 'expanded']],
    roles: [['$22.4 billion', ['aggregate_commitments']]],
  },
  {
    name: 'an expanded agreement; "Under the agreement" gives the term',
    published: '2025-05-15',
    text: 'OpenAI has signed an expanded agreement with CoreWeave worth up to $4 billion, CoreWeave said in a filing. Under the agreement, which runs through April 2029, CoreWeave will provide OpenAI with additional AI infrastructure.',
    deals: [['OpenAI', 'CoreWeave', 'cloud_compute', [4e9, 'USD', 'up_to'], 48, null, 'expanded']],
  },
  {
    name: 'talks to spend billions on provider chips (vague amount)',
    published: '2025-11-25',
    text: 'Meta Platforms is in discussions to spend billions of dollars on Google\'s tensor processing units for its data centres starting in 2027, The Information reported, citing a person familiar with the matter.',
    deals: [['Meta Platforms', 'Google', 'chips', null, null, null, 'rumored']],
  },
  {
    name: 'provider will sell chips to buyer; five-year plan is not a term',
    published: '2025-05-13',
    text: 'Nvidia will sell 18,000 of its GB300 Grace Blackwell chips to Humain, the AI company launched by Saudi Arabia\'s Public Investment Fund, as the first phase of a plan to deploy several hundred thousand processors over five years.',
    deals: [['Humain', 'Nvidia', 'chips', null, null, null, 'announced']],
  },
  {
    name: 'letters of intent to supply memory chips: two providers',
    published: '2025-10-01',
    text: 'Samsung Electronics and SK Hynix signed letters of intent to supply memory chips for OpenAI\'s Stargate project, with OpenAI expecting demand of up to 900,000 DRAM wafers a month.',
    deals: [
      ['OpenAI', 'Samsung Electronics', 'chips', null, null, null, 'announced'],
      ['OpenAI', 'SK Hynix', 'chips', null, null, null, 'announced'],
    ],
  },
  {
    name: 'wire dateline; buyer will spend EUR with provider',
    published: '2025-11-04',
    text: 'FRANKFURT, Nov 4 (Wirepoint) - Deutsche Telekom will spend about €1 billion with Nvidia to build an industrial AI cloud in Munich, the companies said on Tuesday, using 10,000 Nvidia Blackwell GPUs.',
    deals: [['Deutsche Telekom', 'Nvidia', 'chips', [1e9, 'EUR', 'about'], null, null, 'announced']],
  },
  {
    name: 'planning to pay about N a year for a model, per an outlet citing people',
    published: '2025-11-05',
    text: 'Apple is planning to pay about $1 billion a year for a custom version of Google\'s Gemini model to power a revamped Siri, Bloomberg News reported, citing people familiar with the matter.',
    deals: [['Apple', 'Google', 'other', [1e9, 'USD', 'about'], null, null, 'reported']],
  },
  {
    name: 'a signed framework agreement is signed; analysts\' estimate is not the value',
    published: '2024-05-01',
    title: 'Brookfield to develop 10.5 GW of renewables for Microsoft',
    text: 'Brookfield Asset Management and Microsoft have signed a framework agreement under which Brookfield will develop 10.5 gigawatts of new renewable energy capacity for Microsoft between 2026 and 2030. Analysts estimated the deal could be worth more than $10 billion.',
    // The corpus conventions (call 8): a framework agreement the parties say they signed is signed.
    deals: [['Microsoft', 'Brookfield Asset Management', 'power', null, null, 10500, 'signed']],
    roles: [['$10 billion', ['cost_estimate']]],
  },
  // --- memoranda of understanding ---
  {
    name: 'government and lab sign an MoU',
    published: '2025-07-21',
    text: 'The UK government and OpenAI signed a memorandum of understanding on Monday to explore deploying OpenAI\'s models across public services. The non-binding pact carries no financial commitment.',
    deals: [['UK government', 'OpenAI', 'other', null, null, null, 'announced']],
  },
  {
    name: 'MoU to explore an SMR; a project\'s potential output is not contracted',
    published: '2024-10-16',
    text: 'Amazon signed a memorandum of understanding with Dominion Energy to explore developing a small modular reactor near Dominion\'s North Anna nuclear station in Virginia, which could bring at least 300 megawatts of power to the region.',
    deals: [['Amazon', 'Dominion Energy', 'power', null, null, null, 'announced']],
  },
  // --- investments and funding rounds ---
  {
    // The corpus convention: with the investor's own part unstated, the round it leads is the value.
    name: 'investor led a funding round (its own part unstated: the round is the value)',
    published: '2024-10-16',
    text: 'Amazon led a $500 million funding round in X-energy, the reactor developer said on Wednesday. The companies aim to bring more than 5 gigawatts of nuclear capacity online across the United States by 2039.',
    deals: [['Amazon', 'X-energy', 'investment', [500e6, 'USD', 'exact'], null, null, 'signed']],
    roles: [['5 gigawatts', ['target']]],
  },
  {
    name: 'company secured a round led by an investor',
    published: '2025-09-02',
    text: 'Anthropic has secured $13 billion in a Series F funding round led by Iconiq, valuing the Claude maker at $183 billion.',
    deals: [['Iconiq', 'Anthropic', 'investment', [13e9, 'USD', 'exact'], null, null, 'signed']],
    roles: [['$183 billion', ['valuation']]],
  },
  {
    name: 'round led by an investor who puts in a stated part',
    published: '2025-03-31',
    text: 'OpenAI said it would raise $40 billion in a funding round led by SoftBank Group, at a $300 billion post-money valuation. SoftBank will put in $30 billion of the total, with the rest coming from a syndicate that includes Microsoft, Coatue, Altimeter and Thrive.',
    deals: [['SoftBank Group', 'OpenAI', 'investment', [30e9, 'USD', 'exact'], null, null, 'announced']],
    roles: [['$40 billion', ['funding_round']], ['$300 billion', ['valuation']]],
  },
  {
    name: 'investor will invest EUR, leading a round at a valuation',
    published: '2025-09-09',
    text: 'ASML will invest €1.3 billion in Mistral AI, leading a €1.7 billion Series C round that values the French start-up at €11.7 billion. The Dutch chip-equipment maker will take a stake of about 11%.',
    deals: [['ASML', 'Mistral AI', 'investment', [1.3e9, 'EUR', 'exact'], null, null, 'announced']],
    roles: [['€1.7 billion', ['funding_round']], ['€11.7 billion', ['valuation']]],
  },
  {
    name: 'small EUR investment; earlier valuation',
    published: '2024-02-27',
    text: 'Microsoft will invest €15 million in Mistral AI, the French start-up said, a stake that will convert into equity in its next funding round. Mistral was valued at about €2 billion in December.',
    deals: [['Microsoft', 'Mistral AI', 'investment', [15e6, 'EUR', 'exact'], null, null, 'announced']],
    roles: [['€2 billion', ['valuation']]],
  },
  {
    name: 'government takes a stake, buying shares at a price for a total',
    published: '2025-08-22',
    text: 'The US government will take a 9.9% stake in Intel, buying 433.3 million shares at $20.47 apiece for a total of $8.9 billion, the chipmaker said on Friday.',
    deals: [['US government', 'Intel', 'investment', [8.9e9, 'USD', 'exact'], null, null, 'announced']],
    roles: [['$20.47', ['share_price']]],
  },
  {
    name: 'agreed to invest, paying a share price',
    published: '2025-08-19',
    text: 'SoftBank Group agreed to invest $2 billion in Intel, paying $23 a share for the chipmaker\'s common stock.',
    deals: [['SoftBank Group', 'Intel', 'investment', [2e9, 'USD', 'exact'], null, null, 'signed']],
    roles: [['$23', ['share_price']]],
  },
  {
    name: 'will take a $N stake in a company',
    published: '2025-10-28',
    text: 'Nvidia will take a $1 billion stake in Nokia, buying newly issued shares at $6.01 each, as the two companies team up on AI-native 6G networks.',
    deals: [['Nvidia', 'Nokia', 'investment', [1e9, 'USD', 'exact'], null, null, 'announced']],
    roles: [['$6.01', ['share_price']]],
  },
  {
    name: 'investment plus the investee running on the investor\'s cloud',
    published: '2024-04-16',
    text: 'Microsoft is investing $1.5 billion in Abu Dhabi\'s G42, taking a minority stake and a seat on its board, and G42 will run its AI applications on Microsoft Azure.',
    deals: [
      ['Microsoft', 'G42', 'investment', [1.5e9, 'USD', 'exact'], null, null, 'signed'],
      ['G42', 'Microsoft Azure', 'cloud_compute', null, null, null, 'announced'],
    ],
  },
  {
    name: 'reported speech: said it had invested a further N, completing an earlier commitment',
    published: '2024-03-27',
    text: 'Amazon said on Wednesday it had invested a further $2.75 billion in Anthropic, completing the $4 billion investment it agreed last September.',
    deals: [['Amazon', 'Anthropic', 'investment', [2.75e9, 'USD', 'exact'], null, null, 'signed']],
    roles: [['$4 billion', ['earlier_deal', 'aggregate_commitments']]],
  },
  {
    name: 'new investment reported; earlier one recalled',
    published: '2025-01-22',
    text: 'Google has agreed a new investment of more than $1 billion in Anthropic, according to people familiar with the matter. Google previously invested $2 billion in the start-up, whose Claude models compete with OpenAI\'s ChatGPT.',
    deals: [['Google', 'Anthropic', 'investment', [1e9, 'USD', 'more_than'], null, null, 'reported']],
    roles: [['$2 billion', ['earlier_deal']]],
  },
  {
    name: 'talks to invest more than N, people familiar',
    published: '2025-12-17',
    text: 'Amazon is in talks to invest more than $10 billion in OpenAI, according to people familiar with the matter.',
    deals: [['Amazon', 'OpenAI', 'investment', [10e9, 'USD', 'more_than'], null, null, 'rumored']],
  },
  {
    name: 'buyer tapped lenders for financing: debt and equity providers',
    published: '2025-08-08',
    text: 'Meta Platforms has tapped Pimco and Blue Owl Capital to lead $29 billion of financing for its Hyperion data-centre campus in Louisiana, with Pimco providing $26 billion of debt and Blue Owl $3 billion of equity, people familiar with the matter said.',
    deals: [
      ['Pimco', 'Meta Platforms', 'investment', [26e9, 'USD', 'exact'], null, null, 'reported'],
      ['Blue Owl Capital', 'Meta Platforms', 'investment', [3e9, 'USD', 'exact'], null, null, 'reported'],
    ],
    roles: [['$29 billion', ['funding_round', 'aggregate_commitments']]],
    gap: 'deals: lenders chosen by a borrower ("tapped Pimco ... to lead $29 billion of financing") are read as providers of a service, and a gapped clause ("and Blue Owl $3 billion of equity") gets no deal of its own',
  },
  // --- no deal: denials, walk-aways, recalled deals, earnings, plans, launches, estimates ---
  {
    name: 'denial of a report that a lab rents a rival\'s chips',
    published: '2025-07-01',
    text: 'OpenAI said it has no active plans to use Google\'s in-house chips at scale, denying a Reuters report that it had begun renting Google\'s tensor processing units. OpenAI said it was in early testing with some of Google\'s TPUs.',
    deals: [],
  },
  {
    name: 'denial of a funding report',
    published: '2025-09-19',
    text: 'Elon Musk denied a report that xAI had raised $10 billion at a $200 billion valuation, saying the company was not raising capital right now.',
    deals: [],
    roles: [['$200 billion', ['valuation']]],
  },
  {
    name: 'walked away from talks',
    published: '2024-07-10',
    text: 'Elon Musk\'s xAI has walked away from talks with Oracle over a $10 billion deal to rent servers and will build its own supercomputer in Memphis instead, Musk said. Oracle shares fell 2% to $140.10.',
    deals: [],
    roles: [['$140.10', ['share_price']]],
  },
  {
    name: 'walked away from capacity: one party',
    published: '2025-03-26',
    text: 'Microsoft has walked away from new data-centre projects in the US and Europe that would have consumed about 2 gigawatts of power, analysts at TD Cowen said.',
    deals: [],
  },
  {
    name: 'shareholders voted down a takeover',
    published: '2025-10-30',
    text: 'Core Scientific shareholders voted down CoreWeave\'s $9 billion all-stock offer for the company, ending the takeover. CoreWeave said it would remain a customer under the existing 12-year hosting contracts.',
    deals: [],
  },
  {
    name: 'a deal only recalled',
    published: '2025-03-05',
    text: 'Microsoft\'s $10 billion investment in OpenAI, agreed in January 2023, gave it exclusive rights to sell OpenAI\'s models through its Azure cloud. The software maker has since built its own model team.',
    deals: [],
    roles: [['$10 billion', ['earlier_deal']]],
  },
  {
    name: 'earnings with backlog, capex range and active power',
    published: '2025-08-12',
    text: 'CoreWeave reported second-quarter revenue of $1.21 billion, up 207% from a year earlier, and said its revenue backlog stood at $30.1 billion. The company now expects capital expenditure of $20 billion to $23 billion this year, and had about 470 megawatts of active power at the end of the quarter.',
    deals: [],
    roles: [['$1.21 billion', ['revenue']], ['$30.1 billion', ['revenue']], ['$20 billion', ['capex_plan']]],
  },
  {
    name: 'capex forecast raised; cloud revenue',
    published: '2025-07-24',
    text: 'Alphabet raised its 2025 capital spending forecast to $85 billion from $75 billion, citing demand for its cloud services. Google Cloud revenue rose 32% to $13.6 billion in the quarter.',
    deals: [],
    roles: [['$85 billion', ['capex_plan']], ['$75 billion', ['capex_plan']], ['$13.6 billion', ['revenue']]],
  },
  {
    name: 'capex plan in rupees with a dollar conversion',
    published: '2025-01-07',
    text: 'Microsoft will spend ₹25,700 crore ($3 billion) over the next two years on cloud and AI infrastructure in India, chief executive Satya Nadella said in Bengaluru.',
    deals: [],
    roles: [['₹25,700 crore', ['capex_plan']], ['$3 billion', ['conversion']]],
  },
  {
    name: 'product launch naming customers',
    published: '2025-06-12',
    text: 'AMD unveiled its Instinct MI350 series chips on Thursday, saying OpenAI, Meta and xAI are among the customers for its accelerators. Racks of the new chips will draw up to 1.4 megawatts each.',
    deals: [],
  },
  {
    name: 'analysts\' spending estimate',
    published: '2025-07-30',
    text: 'Morgan Stanley analysts estimate that global data-centre spending will reach $2.9 trillion through 2028, with about $1.5 trillion of it financed outside the hyperscalers\' own cash flows.',
    deals: [],
  },
  // --- second batch, written blind after the first round of fixes, to check they carry over ---
  {
    name: 'agreement to prepare sites; a per-site figure is not contracted',
    published: '2025-05-07',
    text: 'Elementl Power has signed an agreement with Google to prepare three sites for advanced nuclear projects, each expected to generate at least 600 megawatts.',
    deals: [['Google', 'Elementl Power', 'power', null, null, null, 'signed']],
  },
  {
    name: 'a country commits money to a chip maker',
    published: '2025-02-10',
    text: 'Groq has secured a $1.5 billion commitment from Saudi Arabia to expand the delivery of its AI inference chips to the kingdom, chief executive Jonathan Ross said.',
    deals: [['Saudi Arabia', 'Groq', 'chips', [1.5e9, 'USD', 'exact'], null, null, 'announced']],
    gap: 'deals: "to expand the delivery" of a new commitment makes its status expanded (orgs now finds the country as a party)',
  },
  {
    name: 'filing: the buyer agreed to buy "its" capacity (pronoun object)',
    published: '2025-09-15',
    text: 'CoreWeave disclosed in a filing on Monday that Nvidia has agreed to buy $6.3 billion of its unsold cloud capacity through April 2032.',
    deals: [['Nvidia', 'CoreWeave', 'cloud_compute', [6.3e9, 'USD', 'exact'], 84, null, 'signed']],
  },
  {
    name: 'wire abbreviations; initial tranche',
    published: '2023-09-25',
    text: 'Amazon will invest up to $4 bln in Anthropic, taking a minority stake in the AI startup, the companies said on Monday. The initial investment is $1.25 bln.',
    deals: [['Amazon', 'Anthropic', 'investment', [4e9, 'USD', 'up_to'], null, null, 'announced']],
    roles: [['$1.25 bln', ['tranche']]],
  },
  {
    name: 'provider will supply the buyer with N MW under new agreements',
    published: '2025-06-26',
    text: 'Invenergy will supply Meta with 791 megawatts of solar and wind capacity under new agreements announced on Thursday.',
    deals: [['Meta', 'Invenergy', 'power', null, null, 791, 'signed']],
  },
  {
    name: 'provider landed a lease with the buyer at its campus',
    published: '2025-04-14',
    text: 'Galaxy Digital has landed a 15-year lease with CoreWeave for 260 megawatts of critical IT capacity at its Helios campus in West Texas.',
    deals: [['CoreWeave', 'Galaxy Digital', 'data_center', null, 180, 260, 'signed']],
  },
  {
    name: 'denial of a walk-away report',
    published: '2025-03-07',
    text: 'CoreWeave denied a report that Microsoft had walked away from some of its commitments with the cloud provider, saying all of its contractual relationships remained in force.',
    deals: [],
  },
  {
    name: 'nearing a deal to invest, people familiar',
    published: '2025-06-10',
    text: 'Meta Platforms is nearing a deal to invest about $14 billion in Scale AI, people familiar with the matter said.',
    deals: [['Meta Platforms', 'Scale AI', 'investment', [14e9, 'USD', 'about'], null, null, 'rumored']],
  },
  {
    name: 'market value story naming customers',
    published: '2025-10-29',
    text: 'Nvidia\'s market value topped $5 trillion on Wednesday as investors bet on demand from OpenAI and Microsoft.',
    deals: [],
    roles: [['$5 trillion', ['market_cap']]],
  },
  {
    name: 'capex plan; a deal signed months ago',
    published: '2025-10-30',
    text: 'Meta said it would spend up to $72 billion on capital expenditures this year, after signing a $10 billion cloud deal with Google in August.',
    deals: [],
    roles: [['$72 billion', ['capex_plan']], ['$10 billion', ['earlier_deal']]],
  },
  {
    name: 'provider will provide the buyer with N MW; a third party backstops the lease',
    published: '2025-09-25',
    text: 'Cipher Mining will provide Fluidstack with 168 megawatts of critical IT load at its Barber Lake site under a 10-year colocation agreement worth about $3 billion. Google will backstop $1.4 billion of Fluidstack\'s lease obligations and receive warrants for a stake of about 5.4% in Cipher.',
    deals: [
      ['Fluidstack', 'Cipher Mining', 'data_center', [3e9, 'USD', 'about'], 120, 168, 'signed'],
      ['Google', 'Cipher Mining', 'other', [1.4e9, 'USD', 'exact'], null, null, 'signed'],
    ],
  },
  // --- blind batch 3: written before running, in outlets' styles and deal types the table lacked
  // (UK/EU/Asian wire phrasing, offtake, colocation, capacity reservation, anchor tenant, utility
  // service agreement, sovereign fund, amended deal, background-first story, headline-only deal) ---
  {
    name: 'UK style: buyer is to buy power from a wind farm under an N-year deal',
    published: '2025-03-12',
    text: 'Amazon is to buy 350 megawatts of electricity from ScottishPower\'s East Anglia Three offshore wind farm under a 15-year deal, the Spanish-owned utility said on Wednesday.',
    deals: [['Amazon', 'ScottishPower', 'power', null, 180, 350, 'signed']],
  },
  {
    name: 'the two firms have struck: deployment over five years is not a term',
    published: '2025-05-13',
    text: 'Saudi Arabia\'s Humain is teaming up with AMD. The two firms have struck a $10 billion agreement under which AMD will supply chips and software for 500 megawatts of AI compute to be deployed over the next five years.',
    deals: [['Humain', 'AMD', 'chips', [10e9, 'USD', 'exact'], null, 500, 'signed']],
  },
  {
    name: 'buyer will take N MW of capacity from provider under an N-year agreement',
    published: '2025-10-15',
    text: 'Microsoft will take 200 megawatts of capacity from Nscale at a new campus in Texas under a five-year agreement, the London-based neocloud said on Wednesday.',
    deals: [['Microsoft', 'Nscale', 'cloud_compute', null, 60, 200, 'signed']],
  },
  {
    name: 'buyer has committed to spend N a year; a joint venture owned equally',
    published: '2025-02-03',
    text: 'SoftBank Group has committed to spend $3 billion a year deploying OpenAI\'s technology across its companies, and the two will set up a joint venture in Japan, SB OpenAI Japan, owned equally by each side.',
    deals: [['SoftBank Group', 'OpenAI', 'other', [3e9, 'USD', 'exact'], null, null, 'announced']],
  },
  {
    name: 'buyer agreed to take output under offtake agreements',
    published: '2025-07-09',
    text: 'Google has agreed to take 335 megawatts of wind and solar output from Clearway Energy under long-term offtake agreements covering projects in Missouri, Texas and West Virginia.',
    deals: [['Google', 'Clearway Energy', 'power', null, null, 335, 'signed']],
  },
  {
    name: 'capacity reservation agreement for N MW of GPU capacity',
    published: '2025-06-11',
    text: 'Mistral AI has signed a capacity reservation agreement with Fluidstack for 40 megawatts of GPU capacity at a data centre outside Paris, with the first systems due next year.',
    deals: [['Mistral AI', 'Fluidstack', 'cloud_compute', null, null, 40, 'signed']],
  },
  {
    name: 'provider signed an N-year colocation agreement; expected revenue is the value',
    published: '2025-03-04',
    text: 'TeraWulf has signed a 10-year colocation agreement with Core42, the G42 subsidiary, for 60 megawatts of critical IT load at its Lake Mariner campus in New York. The deal is expected to bring in about $1 billion of revenue over its term.',
    deals: [['Core42', 'TeraWulf', 'data_center', [1e9, 'USD', 'about'], 120, 60, 'signed']],
  },
  {
    name: 'buyer became the anchor tenant taking a campus\'s capacity, people familiar',
    published: '2025-08-20',
    text: 'Oracle has become the anchor tenant at Vantage Data Centers\' Frontier campus in Shackelford County, Texas, taking the full 1.4 gigawatts of planned capacity, according to people familiar with the matter.',
    deals: [['Oracle', 'Vantage Data Centers', 'data_center', null, null, 1400, 'reported']],
  },
  {
    name: 'sovereign wealth fund invests as part of a round at a valuation',
    published: '2025-12-10',
    text: 'Singapore sovereign wealth fund GIC has agreed to invest $2 billion in Crusoe, the Abilene data-centre developer, as part of a $3.4 billion round that values the company at more than $13 billion.',
    deals: [['GIC', 'Crusoe', 'investment', [2e9, 'USD', 'exact'], null, null, 'signed']],
    roles: [['$3.4 billion', ['funding_round']], ['$13 billion', ['valuation']]],
  },
  {
    name: 'utility: regulators approve plants; buyer pays under an N-year electric service agreement',
    published: '2025-08-20',
    text: 'Louisiana regulators on Tuesday approved Entergy Louisiana\'s plan to build three gas-fired power plants to serve Meta\'s data centre in Richland Parish. Under a 15-year electric service agreement signed with Entergy Louisiana, Meta will cover the cost of the plants. The campus could eventually draw more than 2 gigawatts.',
    deals: [['Meta', 'Entergy Louisiana', 'power', null, 180, null, 'signed']],
    roles: [['2 gigawatts', ['site_capacity', 'target']]],
  },
  {
    name: 'provider signed a multi-year contract worth more than N to provide capacity to the buyer',
    published: '2025-11-03',
    text: 'Lambda has signed a multi-year contract worth more than $1bn to provide Nvidia-powered cloud capacity to Microsoft, the San Francisco company said on Monday.',
    deals: [['Microsoft', 'Lambda', 'cloud_compute', [1e9, 'USD', 'more_than'], null, null, 'signed']],
  },
  {
    name: 'amended agreement adds N MW, lifting the value by N (filing)',
    published: '2025-11-20',
    text: 'Nebius has amended its agreement with Microsoft to add a further 100 megawatts at its Vineland, New Jersey site, lifting the value of the contract by $2 billion, the company said in a filing.',
    deals: [['Microsoft', 'Nebius', 'cloud_compute', [2e9, 'USD', 'exact'], null, 100, 'expanded']],
  },
  {
    name: 'background paragraph first, the deal in the second',
    published: '2025-09-18',
    text: 'Poland has courted data-centre investment for years, and Warsaw has become one of Europe\'s fastest-growing markets, with about 200 megawatts of capacity in operation.\n\nOn Thursday Microsoft agreed to lease 50 megawatts at a new campus outside Warsaw from Data4 under a 10-year contract, the French developer said.',
    deals: [['Microsoft', 'Data4', 'data_center', null, 120, 50, 'signed']],
    roles: [['200 megawatts', ['site_capacity', 'other', 'target']]],
  },
  {
    name: 'headline carries the deal verb, the body the detail; a separate campus is not contracted',
    published: '2025-10-15',
    title: 'Poolside taps CoreWeave for 40,000-GPU cluster',
    text: 'The AI coding start-up will run its models on a cluster of more than 40,000 Nvidia GB300 chips that CoreWeave will begin delivering in December, Poolside said on Wednesday. Poolside is separately developing Project Horizon, a 2-gigawatt data-centre campus in West Texas.',
    deals: [['Poolside', 'CoreWeave', 'cloud_compute', null, null, null, 'signed']],
    roles: [['2-gigawatt', ['site_capacity', 'target']]],
  },
  {
    name: 'Japanese style: concluded a contract to provide GPU cloud services, in yen',
    published: '2025-04-25',
    text: 'Sakura Internet said on Friday it had concluded a contract with Preferred Networks to provide GPU cloud services for three years, worth about ¥40 billion.',
    deals: [['Preferred Networks', 'Sakura Internet', 'cloud_compute', [40e9, 'JPY', 'about'], 36, null, 'signed']],
  },
  {
    name: 'EU style: agreed an N-year EUR contract to rent GPUs, a newspaper reported',
    published: '2025-09-30',
    text: 'Berlin-based Black Forest Labs has agreed a three-year, €200 million contract to rent Nvidia GPU capacity from Nebius, Handelsblatt reported, citing people close to the company.',
    deals: [['Black Forest Labs', 'Nebius', 'cloud_compute', [200e6, 'EUR', 'exact'], 36, null, 'reported']],
  },
  {
    name: 'French style: utility sealed an N-year supply contract with an operator',
    published: '2025-06-05',
    text: 'EDF has sealed a 12-year nuclear power supply contract with data-centre operator Data4 covering 40 megawatts for its sites around Paris, the French utility said.',
    deals: [['Data4', 'EDF', 'power', null, 144, 40, 'signed']],
  },
  {
    name: 'Indian style: bagged an N-year order in crore',
    published: '2025-08-14',
    text: 'Yotta Data Services has bagged a five-year, ₹2,000 crore order from Sarvam AI for GPU cloud capacity, the Mumbai-based firm said on Thursday.',
    deals: [['Sarvam AI', 'Yotta Data Services', 'cloud_compute', [2000e7, 'INR', 'exact'], 60, null, 'signed']],
  },
  {
    name: 'no deal: a talks report dismissed as false',
    published: '2025-11-12',
    text: 'Oracle dismissed as false a report that it was in talks to lease its Michigan data centre to Anthropic, saying no such discussions were taking place.',
    deals: [],
  },
  {
    name: 'no deal: an analyst note on contracts that could come',
    published: '2025-12-02',
    text: 'Analysts at Jefferies said Microsoft could sign further capacity contracts worth as much as $50 billion with neoclouds such as Nebius and CoreWeave next year, citing channel checks.',
    deals: [],
    roles: [['$50 billion', ['cost_estimate', 'target', 'other']]],
  },
  {
    name: 'no deal: merger speculation without parties',
    published: '2025-12-08',
    text: 'Bankers expect a wave of consolidation among bitcoin miners turned AI hosts, with takeovers worth more than $20 billion possible in 2026 as hyperscalers hunt for powered land.',
    deals: [],
  },
  {
    name: 'no deal: a conference announcement',
    published: '2026-01-20',
    text: 'Nvidia will hold its annual GTC developer conference in San Jose from March 16 to 19, where chief executive Jensen Huang is expected to unveil new chips. Last year\'s event drew about 25,000 attendees.',
    deals: [],
  },

  // --- written 2026-12-02, before the story-level redesign: one row per class it must serve ---
  // Parties named by a description or a pronoun, resolved as a reader resolves them.
  {
    name: 'coreference: a located description of the provider ("the Denver-based developer")',
    published: '2025-12-09',
    text: 'Crusoe said on Tuesday that OpenAI has expanded its lease with the Denver-based data-centre developer by 400 MW at the Abilene campus.',
    deals: [['OpenAI', 'Crusoe', 'data_center', null, null, 400, 'expanded']],
  },
  {
    name: 'coreference: "the startup" as the subject of the next sentence',
    published: '2026-02-16',
    text: 'Harbor Compute, a Lisbon GPU cloud founded in 2023, has landed its first large customer. The startup signed a four-year agreement worth €240 million to provide capacity to Mistral AI, the companies said on Monday.',
    deals: [['Mistral AI', 'Harbor Compute', 'cloud_compute', [240e6, 'EUR', 'exact'], 48, null, 'signed']],
  },
  {
    name: 'coreference: "It" opening the sentence after the company is introduced',
    published: '2025-06-11',
    text: 'Talen Energy has found another data-centre customer. It agreed on Wednesday to supply 500 MW of power to Amazon for 15 years.',
    deals: [['Amazon', 'Talen Energy', 'power', null, 180, 500, 'signed']],
  },
  {
    name: 'a short form of a name the story gave in full',
    published: '2026-03-06',
    text: 'Fjordline Datasenter AS signed a 12-year lease with Lumen Labs on Friday for 40 MW at its campus near Bergen. Fjordline will build a second hall for the tenant.',
    deals: [['Lumen Labs', 'Fjordline Datasenter', 'data_center', null, 144, 40, 'signed']],
  },
  // Stories whose news is not a deal.
  {
    name: 'no deal: an explainer that walks through deals announced weeks before',
    published: '2025-11-20',
    title: 'How to read a GPU-cloud contract',
    text: 'Take the agreement Nebius announced with Microsoft on September 8: $17.4 billion of capacity over five years. Or Meta\'s contract with CoreWeave from late September, worth up to $14.2 billion. Both headline numbers are ceilings, not payments.',
    deals: [],
  },
  {
    name: 'no deal: a results story that credits a deal signed months before',
    published: '2025-11-11',
    title: 'Nebius revenue triples as capacity comes online',
    text: 'Nebius reported third-quarter revenue of $146 million on Tuesday, lifted by the $17.4 billion agreement with Microsoft that it signed in September.',
    deals: [],
    roles: [['$146 million', ['revenue']]],
  },
  {
    name: 'no deal: a list of one company\'s commitments in a losses story',
    published: '2025-11-05',
    title: 'OpenAI\'s losses widen as its compute bill grows',
    text: 'OpenAI lost about $12 billion last quarter. Its obligations keep piling up: a $300 billion contract with Oracle, $38 billion of services from Amazon and an agreement with Broadcom for 10 GW of custom chips.',
    deals: [],
  },
  {
    name: 'a month without a year, after the publication month, is last year',
    published: '2025-02-03',
    text: 'SoftBank invested $500 million in OpenAI in October. It is now in talks to invest up to $25 billion more in OpenAI, people familiar with the matter said.',
    deals: [['SoftBank', 'OpenAI', 'investment', [25e9, 'USD', 'up_to'], null, null, 'rumored']],
    roles: [['$500 million', ['earlier_deal', 'funding_round']]],
  },
  // The second deal of a page.
  {
    name: 'two news deals, the second introduced by "separately"',
    published: '2025-11-03',
    text: 'Microsoft signed a five-year, $9.7 billion contract with IREN on Monday for GPU cloud capacity in Texas. Separately, IREN agreed to buy about $5.8 billion of servers from Dell Technologies to serve the contract.',
    deals: [
      ['Microsoft', 'IREN', 'cloud_compute', [9.7e9, 'USD', 'exact'], 60, null, 'signed'],
      ['IREN', 'Dell Technologies', 'chips', [5.8e9, 'USD', 'about'], null, null, 'signed'],
    ],
  },
  // Status from attribution.
  {
    name: 'a named outlet\'s report makes a signed deal reported',
    published: '2025-09-18',
    text: 'Meta Platforms has signed a cloud computing deal with Google worth more than $10 billion over six years, The Information reported on Thursday.',
    deals: [['Meta Platforms', 'Google', 'cloud_compute', [10e9, 'USD', 'more_than'], 72, null, 'reported']],
  },
  {
    name: 'a new contract with an existing customer is signed, not expanded',
    published: '2025-09-30',
    text: 'CoreWeave signed a new $2 billion contract with Poolside on Monday, adding another model developer to a customer list that already includes OpenAI and Meta.',
    deals: [['Poolside', 'CoreWeave', 'cloud_compute', [2e9, 'USD', 'exact'], null, null, 'signed']],
  },
  // Terms.
  {
    name: 'base value before an option ceiling, term from "through YEAR"',
    published: '2025-09-08',
    text: 'Nebius will provide Microsoft with GPU capacity worth $17.4 billion through 2031; the total could rise to $19.4 billion if Microsoft buys additional services.',
    deals: [['Microsoft', 'Nebius', 'cloud_compute', [17.4e9, 'USD', 'exact'], 72, null, 'signed']],
    roles: [['$19.4 billion', ['option_ceiling']]],
  },
  {
    name: 'value, capacity and term in the sentence after the parties',
    published: '2025-06-11',
    text: 'Amazon has signed a nuclear power agreement with Talen Energy. The contract, worth about $18 billion, covers 1,920 MW through 2042.',
    deals: [['Amazon', 'Talen Energy', 'power', [18e9, 'USD', 'about'], 204, 1920, 'signed']],
  },
  {
    name: 'a value stated as a range',
    published: '2026-01-14',
    text: 'Lambda has signed a multi-year agreement to supply Microsoft with Nvidia-powered capacity worth $4 billion to $5 billion, the companies said.',
    deals: [['Microsoft', 'Lambda', 'cloud_compute', [4e9, 'USD', 'range_low'], null, null, 'signed']],
  },
  // Parties and units.
  {
    name: 'joint statement where the first party carries its short name in parentheses',
    published: '2026-03-04',
    text: 'Oracle Cloud Infrastructure (OCI) and Mistral AI said on Tuesday they have signed a three-year agreement under which Mistral will rent $1.2 billion of computing capacity.',
    deals: [['Mistral AI', 'Oracle Cloud Infrastructure', 'cloud_compute', [1.2e9, 'USD', 'exact'], 36, null, 'signed']],
  },
  {
    name: 'a term stated per year ("five years each") does not make the capacity a unit size',
    published: '2026-05-20',
    text: 'Google signed power purchase agreements of five years each with Ørsted for 400 megawatts.',
    deals: [['Google', 'Ørsted', 'power', null, 60, 400, 'signed']],
  },
  // Selection verbs with a role before the name; investors named by their role in a raise.
  {
    name: 'selection verb with a role description before the provider\'s name',
    published: '2026-02-10',
    text: 'Equinix has signed independent power producer Vistra to supply 400 megawatts to its Dallas campus for 12 years.',
    deals: [['Equinix', 'Vistra', 'power', null, 144, 400, 'signed']],
  },
  {
    name: 'a raise whose lead investor is named with its own commitment',
    published: '2026-04-14',
    text: 'Crusoe has raised $600 million in a Series D round, with Nvidia committing $250 million as lead investor, the company said on Tuesday.',
    deals: [['Nvidia', 'Crusoe', 'investment', [250e6, 'USD', 'exact'], null, null, 'signed']],
    roles: [['$600 million', ['funding_round']]],
  },
  {
    name: 'the company names its anchor investor; the round is the value when the investor\'s share is not stated',
    published: '2026-06-03',
    text: 'Oklo said SoftBank is the anchor investor in a financing of about $400 million, alongside a group of pension funds.',
    deals: [['SoftBank', 'Oklo', 'investment', [400e6, 'USD', 'about'], null, null, 'signed']],
  },
  // Terms across deals of one story.
  {
    name: 'an investment is not sized by the product its money develops',
    published: '2026-03-12',
    text: 'Google will invest $250 million in Kairos Power, the company said on Thursday. The money will fund the Hermes 2 design, a 50 MW molten-salt reactor.',
    deals: [['Google', 'Kairos Power', 'investment', [250e6, 'USD', 'exact'], null, null, 'announced']],
  },
  {
    name: 'a definite deal subject speaks of the deal told last, not of an earlier deal of the same buyer',
    published: '2026-03-12',
    text: 'Amazon will invest $300 million in Oklo. Separately, Amazon signed an agreement with Talen Energy to buy power from its Pennsylvania plant. The agreement covers 960 MW, whose output Amazon will take over 17 years.',
    deals: [
      ['Amazon', 'Oklo', 'investment', [300e6, 'USD', 'exact'], null, null, 'announced'],
      ['Amazon', 'Talen Energy', 'power', null, 204, 960, 'signed'],
    ],
  },
  // Headlines.
  {
    name: 'a headline list of suppliers signed by one buyer; "signs" gives no direction, the kinds do',
    published: '2025-11-03',
    title: 'Microsoft signs Nscale and Lambda for GPU capacity',
    text: 'Microsoft has lined up two more neoclouds for its AI buildout. Nscale will deploy about 100,000 Nvidia GB300 chips in Texas for the software company under a five-year contract worth up to $14 billion. Lambda, the San Jose-based GPU cloud, will supply tens of thousands of chips under a multibillion-dollar agreement, the companies said.',
    deals: [
      ['Microsoft', 'Nscale', 'cloud_compute', [14e9, 'USD', 'up_to'], 60, null, 'signed'],
      ['Microsoft', 'Lambda', 'cloud_compute', null, null, null, 'signed'],
    ],
  },
  {
    name: 'a headline names the buyer the body only describes',
    published: '2026-02-17',
    title: 'Equinix picks Vistra for 400 MW of Texas power',
    text: 'The data-centre operator will take 400 megawatts of firm power from Vistra for 15 years under a letter of intent signed last week, Equinix said on Tuesday.',
    deals: [['Equinix', 'Vistra', 'power', null, 180, 400, 'announced']],
  },
  {
    name: 'a value stated as "between X and Y"',
    published: '2026-01-10',
    text: 'Nebius signed a deal with Microsoft worth between $17 billion and $19 billion.',
    deals: [['Microsoft', 'Nebius', 'cloud_compute', [17e9, 'USD', 'range_low'], null, null, 'signed']],
  },
  {
    name: 'a new investment "on top of" an earlier one dated last year',
    published: '2026-01-10',
    text: 'Google agreed to invest $1 billion in Anthropic on top of the $2 billion it invested last year.',
    deals: [['Google', 'Anthropic', 'investment', [1e9, 'USD', 'exact'], null, null, 'signed']],
    roles: [['$2 billion', ['earlier_deal']]],
  },
  {
    name: 'a deal noun "between" two companies, neither its subject',
    published: '2026-01-10',
    text: 'A $12 billion agreement between Oracle and xAI was signed on Tuesday, the companies said.',
    deals: [['xAI', 'Oracle', 'cloud_compute', [12e9, 'USD', 'exact'], null, null, 'signed']],
  },
  {
    name: 'a pair "in talks over" a contract is rumored',
    published: '2026-01-10',
    text: 'Microsoft and OpenAI are in talks over a $20 billion cloud contract, Bloomberg reported.',
    deals: [['OpenAI', 'Microsoft', 'cloud_compute', [20e9, 'USD', 'exact'], null, null, 'rumored']],
  },
  {
    name: 'an agreement "under which" one party invests is one investment, not two deals',
    published: '2026-01-10',
    text: 'G42 signed an agreement with Microsoft under which the software company will invest $1.5 billion in G42.',
    deals: [['Microsoft', 'G42', 'investment', [1.5e9, 'USD', 'exact'], null, null, 'signed']],
  },
  {
    name: 'an owner inside the buyer\'s apposition is no party',
    published: '2026-01-10',
    text: 'Humain, the AI company owned by Saudi Arabia\'s Public Investment Fund, will buy 18,000 of Nvidia\'s GB300 chips, Nvidia said.',
    deals: [['Humain', 'Nvidia', 'chips', null, null, null, 'announced']],
  },
  // Debt: the borrower is the buyer, the lender the provider, and the kind is other.
  {
    name: 'a lender lends to a borrower',
    published: '2026-01-10',
    text: 'JPMorgan agreed to lend $38 billion to Vantage Data Centers for two campuses.',
    deals: [['Vantage Data Centers', 'JPMorgan', 'other', [38e9, 'USD', 'exact'], null, null, 'signed']],
  },
  {
    name: 'a borrower secures a financing facility from a lender (no equity)',
    published: '2026-01-10',
    text: 'GPU cloud provider Lambda has secured a $500 million financing facility from Macquarie Group, with the Nvidia chips it buys serving as collateral.',
    deals: [['Lambda', 'Macquarie Group', 'other', [500e6, 'USD', 'exact'], null, null, 'signed']],
  },
  {
    name: 'an existing loan enlarged is expanded, by the increment',
    published: '2026-01-10',
    text: 'Blackstone has increased its term loan to CoreWeave by $2 billion.',
    deals: [['CoreWeave', 'Blackstone', 'other', [2e9, 'USD', 'exact'], null, null, 'expanded']],
  },
  {
    name: 'a product sized "totalling N gigawatts" in the deal\'s own clause is its capacity',
    published: '2026-01-10',
    text: 'AMD will supply OpenAI with Instinct GPUs totalling 6 gigawatts under a multiyear agreement.',
    deals: [['OpenAI', 'AMD', 'chips', null, null, 6000, 'signed']],
  },
  {
    name: 'a model number marks the chip maker\'s product, not a second party',
    published: '2026-01-10',
    text: 'Microsoft signed a $9.7 billion deal with IREN for access to Nvidia GB300 capacity over five years.',
    deals: [['Microsoft', 'IREN', 'cloud_compute', [9.7e9, 'USD', 'exact'], 60, null, 'signed']],
  },
  {
    name: 'licensing a company\'s models ("to license X\'s models"); a licence term is no deal term',
    published: '2026-01-10',
    text: 'Microsoft agreed to license OpenAI\'s models through 2032.',
    deals: [['Microsoft', 'OpenAI', 'other', null, null, null, 'signed']],
  },
  {
    name: 'a chip maker named before its product ("Nvidia graphics processors") is the product\'s brand, not a party',
    published: '2025-11-03',
    text: 'OpenAI will rent hundreds of thousands of Nvidia graphics processors from Amazon Web Services under a seven-year agreement worth $38 billion, the companies said on Monday.',
    deals: [['OpenAI', 'Amazon Web Services', 'cloud_compute', [38e9, 'USD', 'exact'], 84, null, 'signed']],
  },
  {
    name: '"It is valued at" after the deal\'s sentence values the deal, not a company',
    published: '2026-01-10',
    text: 'Microsoft has signed a contract with Nebius for GPU capacity. It is valued at $17.4 billion and could rise to $19.4 billion.',
    deals: [['Microsoft', 'Nebius', 'cloud_compute', [17.4e9, 'USD', 'exact'], null, null, 'signed']],
    roles: [['$19.4 billion', ['option_ceiling']]],
  },
  {
    name: 'a power supply agreement: the technology company takes the power from a company no list knows',
    published: '2026-01-10',
    text: 'Adani Green signed a power supply agreement with Google for 1,000 MW worth Rs 25,000 crore.',
    deals: [['Google', 'Adani Green', 'power', [250e9, 'INR', 'exact'], null, 1000, 'signed']],
  },
  {
    name: '"round-the-clock power" is no funding round; a later short name still names the deal in full',
    published: '2026-01-10',
    text: 'Microsoft signed an agreement with Constellation Energy for 835 MW of round-the-clock power from the Crane plant. Constellation will restart the reactor by 2028.',
    deals: [['Microsoft', 'Constellation Energy', 'power', null, null, 835, 'signed']],
  },
  {
    name: '"the search company" is the technology company, not the utility named just before',
    published: '2026-01-10',
    text: 'Google and NV Energy have signed an agreement under which the utility would supply the search company\'s Nevada data centres with 115 MW of geothermal power.',
    deals: [['Google', 'NV Energy', 'power', null, null, 115, 'signed']],
  },
  {
    name: '"buy $N of its stock": the shares are the other company\'s, named before the buyer',
    published: '2026-01-10',
    text: 'Ericsson said on Tuesday that Nvidia would buy $500 million of its stock, making the chipmaker a shareholder in the Swedish company.',
    deals: [['Nvidia', 'Ericsson', 'investment', [500e6, 'USD', 'exact'], null, null, 'announced']],
  },
  {
    name: 'an investor\'s part of a raise told in a "with" clause',
    published: '2026-01-10',
    text: 'xAI raised $20 billion in debt and equity, with Nvidia contributing up to $2 billion.',
    deals: [['Nvidia', 'xAI', 'investment', [2e9, 'USD', 'up_to'], null, null, 'signed']],
    roles: [['$20 billion', ['funding_round']]],
  },
  {
    name: 'terms in a following "Under a letter of intent signed last week, ..." sentence are the deal\'s, and make it announced',
    published: '2026-02-17',
    text: 'Harbor Digital has picked independent power producer Ridgeline Energy to supply its new campus in Ohio, the companies said on Tuesday. Under a letter of intent signed last week, Ridgeline will deliver 300 megawatts for 12 years.',
    deals: [['Harbor Digital', 'Ridgeline Energy', 'power', null, 144, 300, 'announced']],
  },
  {
    name: 'a chip maker\'s GPUs sized as computing capacity are chips',
    published: '2026-01-10',
    text: 'Broadcom will supply Anthropic with custom accelerators adding up to 2 gigawatts of computing capacity under an agreement signed on Monday.',
    deals: [['Anthropic', 'Broadcom', 'chips', null, null, 2000, 'signed']],
  },
  {
    name: 'a loan mentioned on the side ("service its loans") does not make a rental a financing deal',
    published: '2026-01-10',
    text: 'Nvidia has agreed to rent back GPUs from CoreWeave in a four-year arrangement worth about $1.5 billion. CoreWeave pays Nvidia for the chips, and Nvidia then pays CoreWeave a monthly fee to use them, which helps the neocloud service its loans.',
    deals: [['Nvidia', 'CoreWeave', 'cloud_compute', [1.5e9, 'USD', 'about'], 48, null, 'signed']],
  },
  {
    name: 'what the leases are expected to bring in over their life is their value, told in a clause about the landlord',
    published: '2026-01-10',
    text: 'Galaxy Digital has signed CoreWeave as the tenant of its Helios campus, under two leases of 15 years that cover 200 MW and that the landlord expects to bring in about $4.5 billion of revenue over their life.',
    deals: [['CoreWeave', 'Galaxy Digital', 'data_center', [4.5e9, 'USD', 'about'], 180, 200, 'signed']],
  },
  {
    name: '"X values the contract at" gives the deal\'s value, not a company valuation',
    published: '2026-01-10',
    text: 'Arktika DC has signed a seven-year lease with Nebius for 30 MW at its campus outside Oulu. Arktika values the contract at about €420 million.',
    deals: [['Nebius', 'Arktika DC', 'data_center', [420e6, 'EUR', 'about'], 84, 30, 'signed']],
  },
  {
    name: 'no price put on the order: a later share price is no value',
    published: '2026-01-10',
    text: 'American Electric Power has agreed to buy up to 1 GW of fuel cells from Bloom Energy, the two companies said Thursday. Neither side put a price on the order. Bloom\'s shares, which had languished for most of the year, jumped almost 60% to about $24 on Thursday.',
    deals: [['American Electric Power', 'Bloom Energy', 'power', null, null, 1000, 'signed']],
    roles: [['$24', ['share_price']]],
  },
  {
    name: 'share prices moved by a percentage or quoted at the close; revenue moves in billions',
    published: '2026-01-10',
    text: 'Nvidia fell 17% to close at $118.42 on Monday, and Vistra rose 4.8% to $168.20. Oracle said its quarterly revenue rose 12% to $14.9 billion.',
    deals: [],
    roles: [['$118.42', ['share_price']], ['$168.20', ['share_price']], ['$14.9 billion', ['revenue']]],
  },

  // --- written after scoring the pages written apart (eval/apart), before changing any rule ---
  {
    name: 'passive spending: "will be spent by X on Y"',
    published: '2026-02-10',
    text: 'More than $800 million will be spent by Kornblum Systems on Google Cloud over five years under an agreement the companies signed on Tuesday.',
    deals: [['Kornblum Systems', 'Google Cloud', 'cloud_compute', [800e6, 'USD', 'more_than'], 60, null, 'signed']],
  },
  {
    name: 'a contract that starts in a later month ("starting in March") is news, not last year\'s deal',
    published: '2025-11-10',
    text: 'Veltra AI has agreed to take capacity on 20,000 Nvidia chips from Nebius, starting in March, the companies said on Monday.',
    deals: [['Veltra AI', 'Nebius', 'cloud_compute', null, null, null, 'signed']],
  },
  {
    name: 'a company named for its trade ("Photonics") speaks and supplies',
    published: '2026-02-10',
    text: 'Sunrise Photonics said on Friday it had agreed to supply Microsoft with optical transceivers under a three-year contract.',
    deals: [['Microsoft', 'Sunrise Photonics', 'other', null, 36, null, 'signed']],
  },
  {
    name: 'a joint venture named in apposition, then "the venture" invests and buys',
    published: '2026-02-10',
    text: 'Aldana Energy and Meridian Compute have formed a joint venture, Aldana Meridian Cloud, the companies said on Wednesday. Aldana Energy will invest €300 million in the venture. In a second agreement, the venture will buy 200 MW of solar power from Sol Iberia Renewables under a 15-year contract signed the same day.',
    deals: [
      ['Aldana Energy', 'Aldana Meridian Cloud', 'investment', [300e6, 'EUR', 'exact'], null, null, 'announced'],
      ['Aldana Meridian Cloud', 'Sol Iberia Renewables', 'power', null, 180, 200, 'signed'],
    ],
  },
  {
    name: 'a listed company\'s unit named by the parent and its trade ("NTPC Green Energy")',
    published: '2026-02-10',
    text: 'Meta has signed a 20-year agreement to buy 300 MW of solar power from NTPC Green Energy, the companies said on Monday.',
    deals: [['Meta', 'NTPC Green Energy', 'power', null, 240, 300, 'signed']],
  },
  {
    name: '"the company" in an object never denotes its own clause\'s subject',
    published: '2026-02-10',
    text: 'Quorra Cloud has agreed to buy AMD accelerators worth about $900 million, and AMD will invest $150 million in the company, the two said on Tuesday.',
    deals: [
      ['Quorra Cloud', 'AMD', 'chips', [900e6, 'USD', 'about'], null, null, 'signed'],
      ['AMD', 'Quorra Cloud', 'investment', [150e6, 'USD', 'exact'], null, null, 'announced'],
    ],
  },
  {
    name: 'paying for a share of a company is an investment in it',
    published: '2026-02-10',
    text: 'Vantor Telecom is paying €250 million for 20% of Brixa Datacenters, the companies said on Thursday.',
    deals: [['Vantor Telecom', 'Brixa Datacenters', 'investment', [250e6, 'EUR', 'exact'], null, null, 'signed']],
  },
  {
    name: 'a deal the news deal resembles is background',
    published: '2026-02-10',
    text: 'Zephyr Labs signed a $400 million contract with Lambda on Monday. The deal resembles one Microsoft struck with Nebius, whose capacity it agreed earlier this month to buy for $17.4 billion.',
    deals: [['Zephyr Labs', 'Lambda', 'cloud_compute', [400e6, 'USD', 'exact'], null, null, 'signed']],
    roles: [['$17.4 billion', ['other_deal', 'earlier_deal', 'context_deal']]],
  },
  {
    name: 'a lease at a campus developed by a named company is a lease from that company',
    published: '2026-02-10',
    text: 'Separately, Lambda signed a 12-year lease for 60 megawatts at a campus being developed by Prairie Crest Data near Omaha, the developer said on Monday.',
    deals: [['Lambda', 'Prairie Crest Data', 'data_center', null, 144, 60, 'signed']],
  },
  {
    name: 'a provider spending on its own plants: no deal value, no direction',
    published: '2026-02-10',
    text: 'Google has contracted for 200 megawatts of output from hydro plants in Oregon and Washington owned by Tidewater Hydro Partners under a 15-year agreement signed on Monday. Tidewater, which owns 900 MW of plants, will spend about $120 million upgrading turbines at four of them.',
    deals: [['Google', 'Tidewater Hydro Partners', 'power', null, 180, 200, 'signed']],
    roles: [['$120 million', ['capex_plan', 'other']]],
  },
  {
    name: 'a company named as a person\'s employer inside an apposition is no party',
    published: '2026-02-10',
    text: 'Fermi Atomics, the reactor company backed by Nvidia chief executive Jensen Huang, has signed a framework agreement with data centre operator Aligned to supply 4 gigawatts of power through 2045, the companies said on Wednesday.',
    deals: [['Aligned', 'Fermi Atomics', 'power', null, 228, 4000, 'signed']],
  },
  {
    name: 'a state company named "X and Y Company" supplies power',
    published: '2026-02-10',
    text: 'Gulf Water and Power Company will supply 800 MW of solar power to Qamar Data Centers under a 20-year agreement signed on Monday, the utility said.',
    deals: [['Qamar Data Centers', 'Gulf Water and Power Company', 'power', null, 240, 800, 'signed']],
  },
  {
    name: 'an order for a maker\'s products is bought from the maker',
    published: '2026-02-10',
    text: 'Fjell Compute has placed an order for about $300 million of Dell servers built around Nvidia chips, the Oslo-based startup said on Tuesday.',
    deals: [['Fjell Compute', 'Dell', 'chips', [300e6, 'USD', 'about'], null, null, 'signed']],
  },
  {
    name: 'the customer a provider did not name, revealed in a later sentence',
    published: '2026-02-10',
    text: 'Kestrel Foundry has signed a $2 billion contract to manufacture chips, the company said in a filing on Monday, without naming the customer. Hours later, Rivian said it was the buyer.',
    deals: [['Rivian', 'Kestrel Foundry', 'chips', [2e9, 'USD', 'exact'], null, null, 'signed']],
  },
  {
    name: 'a consortium\'s leader stands in for the consortium a buyer selects',
    published: '2026-02-10',
    text: 'Japan\'s Ministry of Economy, Trade and Industry has selected a consortium led by Fujitsu as preferred bidder to build and operate a national AI computing centre in Hokkaido, the ministry said on Tuesday.',
    deals: [['Ministry of Economy, Trade and Industry', 'Fujitsu', 'data_center', null, null, null, 'announced']],
  },
  {
    name: 'a city in the possessive before a company is no party',
    published: '2026-02-10',
    text: 'Chennai-based Orbis Datacenters has signed a 20-year agreement to buy 300 MW of solar power from Madurai\'s Vaigai Power, in a deal valued at Rs 9,000 crore.',
    deals: [['Orbis Datacenters', 'Vaigai Power', 'power', [90e9, 'INR', 'exact'], 240, 300, 'signed']],
  },
  {
    name: '"the company" with its own clause\'s subject ruled out is the sentence\'s main company, not a place',
    published: '2026-02-10',
    text: 'Stavanger-based Fjordline Cloud has agreed to buy Nvidia processors worth about $400 million for a cluster it is building in Bergen, and Nvidia will invest $100 million in the company.',
    deals: [
      ['Fjordline Cloud', 'Nvidia', 'chips', [400e6, 'USD', 'about'], null, null, 'signed'],
      ['Nvidia', 'Fjordline Cloud', 'investment', [100e6, 'USD', 'exact'], null, null, 'announced'],
    ],
  },
  {
    name: 'reported speech of an enlargement: "said it had enlarged ..., adding N to the M it contracted in 2023"',
    published: '2025-11-06',
    text: 'Leith Compute said on Thursday that it had enlarged its power agreement with Tay Hydro, adding 50 MW to the 30 MW it contracted in 2023 and extending the arrangement through 2040.',
    deals: [['Leith Compute', 'Tay Hydro', 'power', null, 180, 50, 'expanded']],
  },
  {
    name: 'a pair announcing together, the second with an article ("X and the Y Authority have announced")',
    published: '2026-02-10',
    text: 'Helio Grid and the Northern Power Authority have announced a 1 GW solar-and-storage project, with the authority to take all of its output.',
    deals: [['Northern Power Authority', 'Helio Grid', 'power', null, null, 1000, 'announced']],
  },
  {
    name: '"the government" denotes the government named before; an investment under an agreement reached is signed',
    published: '2026-02-10',
    text: 'The French government wants an equity stake in Acme Robotics in return for its subsidies, officials said. On Friday the two sides reached an agreement under which the government will invest €2 billion in Acme Robotics common stock for a 10% stake.',
    deals: [['French government', 'Acme Robotics', 'investment', [2e9, 'EUR', 'exact'], null, null, 'signed']],
  },
  {
    name: 'passive supply: "will be supplied to X by Y"',
    published: '2026-02-10',
    text: 'Training capacity worth about $500 million will be supplied to Lumo Labs by CoreWeave under an agreement running through 2029, the companies said on Monday.',
    deals: [['Lumo Labs', 'CoreWeave', 'cloud_compute', [500e6, 'USD', 'about'], 36, null, 'signed']],
  },
  {
    name: 'GPU clusters rented from a compute company are cloud compute, not chips',
    published: '2026-02-10',
    text: 'Microsoft has signed a four-year, $2.1 billion contract with Brage Compute, the Bergen-based operator of GPU clusters, the two companies said on Tuesday.',
    deals: [['Microsoft', 'Brage Compute', 'cloud_compute', [2.1e9, 'USD', 'exact'], 48, null, 'signed']],
  },
];
