import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../extractors/index';
import type { Deal, Mention } from '../../../extractors/types';

const here = dirname(fileURLToPath(import.meta.url));
const seed = readFileSync(resolve(here, '../../../../shared/seeds/000_582ab120f8017f97.txt'), 'utf8');
const PUBLISHED = '2025-11-03';

function run(body: string, title = '') {
  return extractText(body, { title, published: PUBLISHED });
}

function roleOf(mentions: Mention[], text: string, nth = 0): string | null | undefined {
  return mentions.filter((m) => m.kind !== 'organization' && m.text === text)[nth]?.role;
}

describe('findDeals on the seed story', () => {
  const out = run(seed, "OpenAI's $38 billion AWS deal: what the seven-year contract means");

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
  { name: 'power purchase agreement with term and capacity', body: 'Meta Platforms has signed a 20-year power purchase agreement with Vistra for 2,000 megawatts of nuclear power.', expect: { buyer: 'Meta Platforms', provider: 'Vistra', kind: 'power', duration_months: 240, capacity_mw: 2000 } },
  { name: 'data-centre lease', body: 'Cipher Mining has signed a 15-year lease with Amazon Web Services under which it will provide space and power, in a deal valued at $5.5 billion.', expect: { buyer: 'Amazon Web Services', provider: 'Cipher Mining', kind: 'data_center', amount: 5.5e9, duration_months: 180 } },
  { name: 'chips from a chip maker', body: 'OpenAI will buy six gigawatts of processors from AMD under the agreement, the companies said.', expect: { buyer: 'OpenAI', provider: 'AMD', kind: 'chips', capacity_mw: 6000 } },
  { name: 'term sheet is announced', body: 'OpenAI and Broadcom today announced a collaboration to deploy custom accelerators. The companies have signed a term sheet.', expect: { buyer: 'OpenAI', provider: 'Broadcom', status: 'announced' } },
  { name: 'unnamed sources make it reported', body: 'Meta Platforms has signed a cloud agreement with Google worth more than $10 billion, according to a person familiar with the matter.', expect: { buyer: 'Meta Platforms', status: 'reported', amount: 10e9 } },
  { name: 'talks make it rumored', body: 'Oracle is negotiating a cloud computing agreement with Meta Platforms that would be worth about $20 billion, people familiar with the talks said.', expect: { status: 'rumored', amount: 20e9 } },
  { name: 'expansion', body: 'Anthropic and Google have agreed to an expansion of the Claude developer\'s use of Google Cloud, worth tens of billions of dollars.', expect: { buyer: 'Anthropic', status: 'expanded', amount: null } },
  { name: 'term by reference in the next sentence', body: 'Meta Platforms has signed a computing deal with CoreWeave worth $3 billion. The contract runs through 2030.', expect: { duration_months: 60, amount: 3e9 } },
];

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
];

describe('no deal', () => {
  it.each(NO_DEAL_ROWS)('%s', (_name, body) => {
    const out = run(body);
    expect(out.deals).toEqual([]);
    for (const m of out.mentions) if (m.kind !== 'organization') expect(m.role).not.toMatch(/^deal_/);
  });
});
