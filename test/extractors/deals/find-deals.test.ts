import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, extractText } from '../../../extractors/index';
import type { Deal, Mention } from '../../../extractors/types';

const here = dirname(fileURLToPath(import.meta.url));
const seedPage = readFileSync(resolve(here, '../../fixtures/deals/seed-story.html'), 'utf8');
const PUBLISHED = '2025-11-03';

function run(body: string, title = '') {
  return extractText(body, { title, published: PUBLISHED });
}

function roleOf(mentions: Mention[], text: string, nth = 0): string | null | undefined {
  return mentions.filter((m) => m.kind !== 'organization' && m.text === text)[nth]?.role;
}

describe('findDeals on the seed story', () => {
  const out = extract(seedPage);

  it('finds exactly the OpenAI -> AWS deal with its terms', () => {
    expect(out.deals).toHaveLength(1);
    const d = out.deals[0];
    expect([d.buyer, d.provider, d.kind, d.status]).toEqual(['OpenAI', 'Amazon Web Services', 'cloud_compute', 'signed']);
    expect(d.value).toMatchObject({ amount: 38e9, currency: 'USD', qualifier: 'exact' });
    expect(d.duration_months).toBe(84);
    expect(d.capacity_mw).toBeNull();
    expect(d.evidence).toContain('$38 billion deal with Amazon Web Services');
    expect(d.confidence).toBeGreaterThan(0.5);
  });

  it.each([
    ['$1.5 trillion', 0, ['aggregate_commitments']],
    ['$12 billion', 0, ['quarterly_loss']],
    ['1 gigawatt', 0, ['target']],
    ['$13 billion', 0, ['earlier_deal', 'context_deal']],
    ['$13 billion', 1, ['revenue']],
    ['$100 billion', 0, ['target', 'revenue']],
    ['$38 billion', 0, ['deal_value']],
    ['seven-year', 0, ['deal_term']],
  ])('gives %s (#%i) a role in %j', (text, nth, roles) => {
    expect(roles).toContain(roleOf(out.mentions, text, nth));
  });
});

interface DealRow {
  name: string;
  body: string;
  title?: string;
  expect: Partial<Pick<Deal, 'buyer' | 'provider' | 'kind' | 'status' | 'duration_months' | 'capacity_mw'>> & { amount?: number | null };
}

const DEAL_ROWS: DealRow[] = [
  { name: 'X will pay Y', body: 'Microsoft agreed on Monday to pay Nebius $17.4 billion for GPU capacity over five years.', expect: { buyer: 'Microsoft', provider: 'Nebius', amount: 17.4e9, duration_months: 60, kind: 'cloud_compute', status: 'signed' } },
  { name: 'Y will supply X (provider first)', body: 'CoreWeave has agreed to supply Meta Platforms with computing capacity in a contract worth up to $14.2 billion, the company said.', expect: { buyer: 'Meta Platforms', provider: 'CoreWeave', amount: 14.2e9, status: 'signed' } },
  { name: 'X signed a deal with Y to buy', body: 'Anthropic has signed a deal with Oracle to buy $20 billion of cloud computing over four years.', expect: { buyer: 'Anthropic', provider: 'Oracle', amount: 20e9, duration_months: 48 } },
  { name: 'Y won a contract from X', body: 'Nscale won a $1.5 billion contract from Microsoft to supply GPU servers, the companies said.', expect: { buyer: 'Microsoft', provider: 'Nscale', amount: 1.5e9 } },
  { name: 'investor as buyer', body: 'Amazon is investing $4 billion in Anthropic, the companies said on Friday.', expect: { buyer: 'Amazon', provider: 'Anthropic', kind: 'investment', amount: 4e9, status: 'signed' } },
  { name: 'planned investment is announced', body: 'Nvidia plans to invest up to $100 billion in OpenAI, the two companies said.', expect: { buyer: 'Nvidia', provider: 'OpenAI', kind: 'investment', status: 'announced', amount: 100e9 } },
  { name: 'capacity in a follow-up sentence under the agreement', body: 'Vistra signed a 20-year power purchase agreement with Amazon. Under the agreement, Amazon will buy the plant\'s 1,200 megawatts of output.', expect: { buyer: 'Amazon', provider: 'Vistra', kind: 'power', duration_months: 240, capacity_mw: 1200 } },
  { name: 'power purchase agreement with term and capacity', body: 'Meta Platforms has signed a 20-year power purchase agreement with Vistra for 2,000 megawatts of nuclear power.', expect: { buyer: 'Meta Platforms', provider: 'Vistra', kind: 'power', duration_months: 240, capacity_mw: 2000 } },
  { name: 'data-centre lease', body: 'Cipher Mining has signed a 15-year lease with Amazon Web Services under which it will provide space and power, in a deal valued at $5.5 billion.', expect: { buyer: 'Amazon Web Services', provider: 'Cipher Mining', kind: 'data_center', amount: 5.5e9, duration_months: 180 } },
  { name: 'chips from a chip maker', body: 'OpenAI will buy six gigawatts of processors from AMD under the agreement, the companies said.', expect: { buyer: 'OpenAI', provider: 'AMD', kind: 'chips', capacity_mw: 6000 } },
  { name: 'term sheet is announced', body: 'OpenAI and Broadcom today announced a collaboration to deploy custom accelerators. The companies have signed a term sheet.', expect: { buyer: 'OpenAI', provider: 'Broadcom', status: 'announced' } },
  { name: 'unnamed sources make it reported', body: 'Meta Platforms has signed a cloud agreement with Google worth more than $10 billion, according to a person familiar with the matter.', expect: { buyer: 'Meta Platforms', status: 'reported', amount: 10e9 } },
  { name: 'talks make it rumored', body: 'Oracle is negotiating a cloud computing agreement with Meta Platforms that would be worth about $20 billion, people familiar with the talks said.', expect: { status: 'rumored', amount: 20e9 } },
  { name: 'expansion', body: 'Anthropic and Google have agreed to an expansion of the Claude developer\'s use of Google Cloud, worth tens of billions of dollars.', expect: { buyer: 'Anthropic', status: 'expanded', amount: null } },
  { name: 'term by reference in the next sentence', body: 'Meta Platforms has signed a computing deal with CoreWeave worth $3 billion. The contract runs through 2030.', expect: { duration_months: 60, amount: 3e9 } },
  { name: 'a verb before a product noun is not a brand', body: 'Microsoft has agreed to buy GPU capacity from Nebius for $5 billion over three years.', expect: { buyer: 'Microsoft', provider: 'Nebius', amount: 5e9, duration_months: 36, status: 'signed' } },
  { name: '"purchase agreement" gives no direction', body: 'Vistra signed a 20-year power purchase agreement with Amazon on Monday. Amazon will buy the output of the plant.', expect: { buyer: 'Amazon', provider: 'Vistra', kind: 'power', duration_months: 240 } },
  { name: 'investor "with help from"', body: 'xAI is raising a new round with help from Nvidia, according to people familiar with the matter. Nvidia is expected to put in as much as $2 billion.', expect: { buyer: 'Nvidia', provider: 'xAI', kind: 'investment', status: 'reported', amount: 2e9 } },
  { name: 'act as the customer, company named later', body: 'Microsoft has agreed to act as the anchor customer for the new cluster, giving Nscale the revenue it needs to borrow.', expect: { buyer: 'Microsoft', provider: 'Nscale', status: 'signed' } },
  { name: 'a lease paid for by an investment is not its term', body: 'Nvidia will invest $2 billion in xAI, and the money buys Nvidia processors that are rented to xAI for five years.', expect: { buyer: 'Nvidia', kind: 'investment', duration_months: null, amount: 2e9 } },
  { name: 'the deal as subject states its value', body: 'Nebius signed two colocation agreements with Lambda on Tuesday. The agreements represent about $2.1 billion of contracted revenue over their terms.', expect: { amount: 2.1e9 } },
  { name: 'term clause stops before an option clause', body: 'Meta Platforms has signed a computing deal with CoreWeave worth $3 billion. The contract runs through March 2030, and Meta has an option to extend it through 2031.', expect: { duration_months: 60 } },
  { name: 'a delivery deadline is not the term', body: 'Nscale won a $2 billion contract from Microsoft to supply GPU servers to be delivered within 18 months.', expect: { buyer: 'Microsoft', duration_months: null } },
  { name: 'a site designed for N MW is not contracted capacity', body: 'Microsoft has agreed to buy GPU capacity from Nebius for $5 billion. Nebius will serve Microsoft from a campus that is designed for 300 megawatts of power.', expect: { capacity_mw: null } },
  { name: 'a whole delivered in phases is contracted capacity', body: 'Cipher Mining has signed a 15-year lease with Amazon Web Services worth $5 billion. Cipher will deliver 300 MW of capacity in two phases next year.', expect: { capacity_mw: 300 } },
  { name: 'X tapped Y for capacity', body: 'OpenAI has tapped CoreWeave for another $6.5 billion of capacity.', expect: { buyer: 'OpenAI', provider: 'CoreWeave', amount: 6.5e9 } },
  { name: 'X chose Y to build', body: 'Anthropic said it had chosen Fluidstack to build data centres in Texas worth $50 billion.', expect: { buyer: 'Anthropic', provider: 'Fluidstack', kind: 'data_center', amount: 50e9 } },
  { name: 'Y will build for X', body: 'Oracle will build data centres for OpenAI under a contract valued at $300 billion.', expect: { buyer: 'OpenAI', provider: 'Oracle', kind: 'data_center', amount: 300e9 } },
  { name: 'advanced talks are rumored', body: 'Microsoft is in advanced talks to rent capacity from Nebius for about $10 billion.', expect: { buyer: 'Microsoft', status: 'rumored', amount: 10e9 } },
  { name: 'close to a deal is rumored', body: 'Meta Platforms is close to a deal with Google to rent cloud capacity.', expect: { status: 'rumored' } },
  { name: 'a named outlet\'s report', body: 'Microsoft has signed a deal to rent capacity from Nebius, Bloomberg reported.', expect: { buyer: 'Microsoft', status: 'reported' } },
  { name: 'counted unnamed people', body: 'OpenAI has agreed to pay Cerebras $10 billion for computing capacity, two people said.', expect: { buyer: 'OpenAI', status: 'reported', amount: 10e9 } },
  { name: 'a N MW campus is the site, not the contract', body: 'Microsoft signed a deal with Nebius worth $17.4 billion over five years for capacity at a 300 MW campus in New Jersey.', expect: { capacity_mw: null, duration_months: 60 } },
  { name: 'buying shares is an investment', body: 'Nvidia agreed to buy $5 billion of Intel stock, the companies said on Thursday.', expect: { buyer: 'Nvidia', provider: 'Intel', kind: 'investment', amount: 5e9 } },
  { name: 'building a supercomputer is a data-centre deal', body: 'Nscale has agreed with Microsoft to build one of the country\'s largest low-carbon AI supercomputers.', expect: { kind: 'data_center' } },
];

interface MultiRow {
  name: string;
  body: string;
  deals: [buyer: string, provider: string, kind: Deal['kind'], amount: number | null][];
}

const MULTI_DEAL_ROWS: MultiRow[] = [
  {
    name: 'a second investor shares the first one\'s verb',
    body: 'Anthropic has committed to buying $30 billion of capacity on Microsoft\'s Azure cloud, and Nvidia and Microsoft will invest in Anthropic. Nvidia will put in up to $10 billion and Microsoft up to $5 billion.',
    deals: [['Anthropic', 'Microsoft', 'cloud_compute', 30e9], ['Nvidia', 'Anthropic', 'investment', 10e9], ['Microsoft', 'Anthropic', 'investment', 5e9]],
  },
  {
    name: 'a guarantor of a tenant\'s lease deals with the landlord',
    body: 'IREN will lease data-centre space to Lambda under a 10-year agreement. Microsoft will backstop $2 billion of Lambda\'s lease obligations.',
    deals: [['Lambda', 'IREN', 'data_center', null], ['Microsoft', 'IREN', 'other', 2e9]],
  },
];

describe('findDeals with several deals', () => {
  it.each(MULTI_DEAL_ROWS)('$name', (row) => {
    const { deals } = run(row.body);
    const got = deals.map((d) => [d.buyer, d.provider, d.kind, d.value?.amount ?? null]);
    expect(got).toEqual(expect.arrayContaining(row.deals));
    expect(got).toHaveLength(row.deals.length);
  });
});

describe('findDeals frames, statuses and kinds', () => {
  it.each(DEAL_ROWS)('$name', (row) => {
    const { deals } = run(row.body, row.title);
    expect(deals).toHaveLength(1);
    const d = deals[0];
    const { amount, ...fields } = row.expect;
    expect(d).toMatchObject(fields);
    if (amount !== undefined) expect(d.value?.amount ?? null).toBe(amount);
  });
});

const ROLE_ROWS: [string, string, string, string][] = [
  ['revenue', 'Nebius reported revenue of $146 million for the quarter.', '$146 million', 'revenue'],
  ['quarterly loss', 'The company posted a quarterly loss of $12 billion.', '$12 billion', 'quarterly_loss'],
  ['valuation', 'Anthropic, valued at $183 billion in its last round, declined to comment.', '$183 billion', 'valuation'],
  ['market cap', 'The deal left IREN with a market value of $16.5 billion.', '$16.5 billion', 'market_cap'],
  ['share price', 'AMD shares jumped 24% to $226.71 on Monday.', '$226.71', 'share_price'],
  ['capex plan', 'Microsoft will spend about $80 billion on AI data centres this fiscal year.', '$80 billion', 'capex_plan'],
  ['aggregate', 'The agreements bring its total commitments to $1.4 trillion.', '$1.4 trillion', 'aggregate_commitments'],
  ['earlier deal', 'Last year Amazon invested $4 billion in the company.', '$4 billion', 'earlier_deal'],
  ['option ceiling', 'If Microsoft takes up options, the total could reach $19.4 billion.', '$19.4 billion', 'option_ceiling'],
  ['tranche', 'The first $10 billion would be committed once a definitive agreement is signed.', '$10 billion', 'tranche'],
  ['site capacity', 'The campus is designed for 300 megawatts of power.', '300 megawatts', 'site_capacity'],
  ['target', 'The company aims to add 1 gigawatt of capacity a week by 2030.', '1 gigawatt', 'target'],
  ['cost estimate', 'A gigawatt of capacity costs between $20 billion and $25 billion to build, analysts estimate.', '$20 billion', 'cost_estimate'],
  ['funding round', 'xAI raised $10 billion of debt and equity in a funding round.', '$10 billion', 'funding_round'],
  ['conversion', 'Fluidstack will build a €10 billion campus (about $10.4 billion) in France.', '$10.4 billion', 'conversion'],
  ['delivery deadline', 'The servers will be delivered within 18 months.', '18 months', 'other'],
  ['rights term', 'Microsoft keeps rights to the models through 2032.', 'through 2032', 'other'],
  ['company age', 'It is the largest commitment in the four decades it has operated in the country.', 'four decades', 'other'],
  ['charity', 'The utility also pledged $1 million in charitable giving over five years.', '$1 million', 'other'],
  ['charity period', 'The utility also pledged $1 million in charitable giving over five years.', 'five years', 'other'],
  ['tax revenue', 'The plant will deliver $13 million a year in local tax revenue.', '$13 million', 'other'],
  ['net worth', 'The rally added more than $50 billion to the fortune of its founder.', '$50 billion', 'other'],
  ['site designed for', 'The site is designed for 750 megawatts in total.', '750 megawatts', 'site_capacity'],
  ['ramp steps', 'Deliveries will ramp up in steps: 300 MW by 2027 and 600 MW by 2029.', '600 MW', 'tranche'],
  ['grow a site to', 'The developer plans to grow the site to 1.5 gigawatts over time.', '1.5 gigawatts', 'target'],
  ['to reach', 'The cluster will be the first to reach a gigawatt of power.', 'a gigawatt', 'target'],
  ['projected revenue', 'The chief executive projects $100 billion of revenue by 2028.', '$100 billion', 'target'],
  ['revenue before "while"', 'Revenue rose 40% to $146 million, while capital expenditure jumped to $955 million.', '$146 million', 'revenue'],
  ['capex after "while"', 'Revenue rose 40% to $146 million, while capital expenditure jumped to $955 million.', '$955 million', 'capex_plan'],
  ['revenue, then earnings', 'Revenue came in at $72 million and adjusted earnings at $41 million.', '$72 million', 'revenue'],
  ['operating income', 'The margins imply about $315 million of annual net operating income at full run-rate.', '$315 million', 'profit'],
  ['of investment', 'Bringing the plant back will require about $1.6 billion of investment.', '$1.6 billion', 'capex_plan'],
  ['money going on data centres', 'Roughly half of the money, around £11bn, will go on new data centres.', '£11bn', 'capex_plan'],
  ['committed to new capacity', 'The cloud company committed £1.5bn to new British capacity.', '£1.5bn', 'capex_plan'],
  ['national investment', 'Nvidia put the value of its UK investment at up to £11bn.', '£11bn', 'capex_plan'],
  ['spent on infrastructure', 'More than C$7.5 billion of that will be spent over the next two years on new cloud and AI infrastructure.', 'C$7.5 billion', 'capex_plan'],
  ['a range of years is not the past', 'Microsoft will have invested C$19 billion in Canada between 2023 and 2027, the largest commitment it has made there.', 'C$19 billion', 'capex_plan'],
  ['of commitments', 'OpenAI has signed up for more than $1.4 trillion of long-term infrastructure commitments.', '$1.4 trillion', 'aggregate_commitments'],
  ['revenue under contract', 'Its remaining performance obligations, revenue under contract, jumped to $455 billion.', '$455 billion', 'revenue'],
  ['corresponds to', 'Ten gigawatts of capacity corresponds to about 5 million GPUs, or 10 gigawatts of chips.', '10 gigawatts', 'cost_estimate'],
  ['analyst over a topical word', 'One analyst put the potential sales value at around $90 billion.', '$90 billion', 'cost_estimate'],
  ['burn rate', 'The start-up is spending about $1 billion a month.', '$1 billion', 'loss'],
  ['annual average', 'The contract value works out to an average of roughly $367 million a year.', '$367 million', 'restatement'],
  // "Separately" alone introduces the news as often as a cited deal; a plan dated weeks back is one the story recalls.
  ['a separate deal', 'Nvidia separately intends to invest up to $100 billion in OpenAI, a plan it announced in September.', '$100 billion', 'earlier_deal'],
  ['recalled deal\'s unit', 'The deal follows an agreement last year with Microsoft, a contract tied to the restart of an 835-megawatt unit.', '835-megawatt', 'earlier_deal'],
  ['undisclosed amount', 'Microsoft also struck a separate multibillion-dollar deal with Lambda.', 'multibillion-dollar', 'other'],
  ['asset sale', 'Meta plans to offload $2 billion of data-centre assets to partners.', '$2 billion', 'other_deal'],
];

describe('figure roles', () => {
  it.each(ROLE_ROWS)('%s', (_name, body, text, role) => {
    expect(roleOf(run(body).mentions, text)).toBe(role);
  });
});

const NO_DEAL_ROWS: [string, string][] = [
  ['earnings', 'CoreWeave said revenue for the quarter reached $981 million, and it expects full-year revenue of more than $5 billion. Microsoft accounted for 62% of revenue.'],
  ['product launch', 'Nvidia began shipping its Blackwell Ultra chips. A 1-gigawatt AI data centre requires roughly $35 billion of Nvidia chips and systems, Jensen Huang said.'],
  ['capex plan', 'Microsoft said it will invest C$19 billion in Canada between 2023 and 2027, including C$7.5 billion over the next two years on cloud infrastructure.'],
  ['recalled deal only', 'Last year Microsoft signed a 20-year contract with Constellation Energy. The company now runs 400 data centres.'],
  ['a customer described, not a role taken on', 'Microsoft became the largest customer of CoreWeave this year, accounting for 62% of revenue.'],
  ['an adviser hired', 'OpenAI has hired Goldman Sachs to advise on the listing, the company said.'],
  ['a guarantee with no deal to back', 'SoftBank will guarantee $5 billion of OpenAI\'s debt obligations, the bank said.'],
];

describe('no deal', () => {
  it.each(NO_DEAL_ROWS)('%s', (_name, body) => {
    const out = run(body);
    expect(out.deals).toEqual([]);
    for (const m of out.mentions) if (m.kind !== 'organization') expect(m.role).not.toMatch(/^deal_/);
  });
});
