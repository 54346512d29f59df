// Matching and derivation are pure: every row here is one situation a reader would judge.
import { describe, expect, it } from 'vitest';
import { deriveDeal, keepDealIds, statusHistory } from '../../db/consolidate/derive';
import { clusterReports, compatible, familyKey, normalizeName, type ReportFacts } from '../../db/consolidate/match';
import { shuffled } from '../helpers/shuffle';

let nextId = 1;
const report = (over: Partial<ReportFacts>): ReportFacts => ({
  id: nextId++, articleId: nextId, url: `https://news${nextId}.test/a`, outlet: `news${nextId}`,
  buyerName: 'OpenAI', providerName: 'Oracle', buyerId: 'openai', providerId: 'oracle', pairKey: 'org:openai>org:oracle',
  kind: 'cloud_compute', amount: '10000000000', amountHigh: null, currency: 'USD', qualifier: 'exact', per: null,
  amountUsd: '10000000000', durationMonths: null, capacityMw: null, status: 'signed', announcedOn: '2025-03-01',
  evidenceStart: 0, groupKey: null, ...over,
});

describe('compatible', () => {
  const rows: [string, Partial<ReportFacts>, Partial<ReportFacts>, boolean][] = [
    ['"about $10 billion" and "$10.2 billion"', { qualifier: 'about' }, { amount: '10200000000' }, true],
    ['"$10 billion" and "$10.2 billion" (within 5%)', {}, { amount: '10200000000' }, true],
    ['$10 billion and $3 billion', {}, { amount: '3000000000' }, false],
    ['one side without a value', {}, { amount: null, currency: null, qualifier: null }, true],
    ['"up to $12 billion" and $10 billion', { amount: '12000000000', qualifier: 'up_to' }, {}, true],
    ['"more than $10 billion" and $8 billion', { qualifier: 'more_than' }, { amount: '8000000000' }, false],
    ['a range that holds the other', { amount: '9000000000', amountHigh: '11000000000' }, {}, true],
    ['EUR and USD that agree in dollars', { currency: 'EUR', amount: '9300000000', amountUsd: '10100000000' }, {}, true],
    ['EUR and USD that do not', { currency: 'EUR', amount: '3000000000', amountUsd: '3250000000' }, {}, false],
    ['per year and a total', { per: 'year', amount: '2000000000' }, {}, true],
    ['kinds differ', {}, { kind: 'chips' }, false],
    ['five years and 60 months', { durationMonths: '60' }, { durationMonths: '60' }, true],
    ['five years and seven years', { durationMonths: '60' }, { durationMonths: '84' }, false],
    ['1 GW and 1.1 GW', { capacityMw: '1000' }, { capacityMw: '1100' }, true],
    ['1 GW and 4.5 GW', { capacityMw: '1000' }, { capacityMw: '4500' }, false],
    ['an expansion and the deal it enlarges', { status: 'expanded' }, {}, false],
  ];
  it.each(rows)('%s', (_name, a, b, expected) => {
    expect(compatible(report(a), report(b))).toBe(expected);
    expect(compatible(report(b), report(a))).toBe(expected);
  });
});

describe('names and families', () => {
  it.each([
    ['Nebius Group N.V.', 'nebius'],
    ['Crusoe Energy Systems, Inc.', 'crusoe energy systems'],
    ['Électricité de France', 'electricite de france'],
    ['AT&T', 'at and t'],
    ['The Group', 'the group'],
  ])('%s normalizes to %s', (name, expected) => expect(normalizeName(name)).toBe(expected));
  it('a known company is its gazetteer root, an unknown one its name', () => {
    expect(familyKey('amazon', 'AWS')).toBe('org:amazon');
    expect(familyKey(null, 'Nscale Ltd')).toBe('name:nscale');
  });
});

describe('clusterReports', () => {
  const win = { windowDays: 120 };
  const sizes = (reports: ReportFacts[]) => clusterReports(reports, win).map((c) => c.reports.length);

  it('three outlets on three days with "about $10 billion" and "$10.2 billion" are one deal', () => {
    expect(sizes([report({ qualifier: 'about' }), report({ amount: '10200000000', announcedOn: '2025-03-02' }), report({ announcedOn: '2025-03-04' })])).toEqual([3]);
  });
  it('talks, then a report, then the signing are one deal whose status moved', () => {
    const reports = [
      report({ status: 'rumored', announcedOn: '2025-01-10', amount: null }),
      report({ status: 'reported', announcedOn: '2025-02-01', qualifier: 'about' }),
      report({ status: 'signed', announcedOn: '2025-03-20' }),
    ];
    const [deal] = clusterReports(reports, win);
    expect(deal!.reports).toHaveLength(3);
    expect(statusHistory(deal!.reports).map((h) => [h.status, h.reportedOn])).toEqual([
      ['rumored', '2025-01-10'], ['reported', '2025-02-01'], ['signed', '2025-03-20'],
    ]);
  });
  it('an expansion six months later is a new deal pointing at the first', () => {
    const clusters = clusterReports([report({}), report({ status: 'expanded', amount: '4000000000', announcedOn: '2025-09-01' })], win);
    expect(clusters.map((c) => [c.reports.length, c.expands])).toEqual([[1, null], [1, 0]]);
  });
  it('two different deals of one pair in one year stay two', () => {
    expect(sizes([report({}), report({ amount: '30000000000', announcedOn: '2025-07-01' })])).toEqual([1, 1]);
  });
  it('the same terms past the window are another deal', () => {
    expect(sizes([report({}), report({ announcedOn: '2025-09-01' })])).toEqual([1, 1]);
  });
  it('the window chains: each report near the one before joins', () => {
    expect(sizes([report({ announcedOn: '2025-01-01' }), report({ announcedOn: '2025-04-01' }), report({ announcedOn: '2025-07-01' })])).toEqual([3]);
  });
  it('the result does not depend on the order reports come in', () => {
    const reports = [
      report({ qualifier: 'about' }), report({ amount: '10200000000', announcedOn: '2025-03-02' }),
      report({ status: 'expanded', amount: '4000000000', announcedOn: '2025-09-01' }), report({ amount: '30000000000', announcedOn: '2025-07-01' }),
      report({ amount: null, status: 'rumored', announcedOn: '2025-02-01' }), report({ announcedOn: null }),
    ];
    const ids = (rs: ReportFacts[]) => clusterReports(rs, win).map((c) => [c.reports.map((r) => r.id), c.expands]);
    const expected = ids(reports);
    for (let seed = 1; seed <= 20; seed++) expect(ids(shuffled(reports, seed))).toEqual(expected);
  });
  it('a merge override joins reports the rules keep apart; a split keeps one alone', () => {
    const a = report({ groupKey: 'merge:1' });
    const b = report({ amount: '30000000000', groupKey: 'merge:1' });
    const c = report({ announcedOn: '2025-03-02', groupKey: 'split:2' });
    expect(clusterReports([a, b, c, report({ announcedOn: '2025-03-03' })], win).map((k) => k.reports.map((r) => r.id))).toEqual([
      [a.id, b.id], [c.id], [expect.any(Number)],
    ]);
  });
});

describe('deriveDeal', () => {
  it('takes parties and terms from the parties\' statement, status from the furthest report', () => {
    const talks = report({ status: 'rumored', providerName: 'Oracle Corp', amount: '12000000000', durationMonths: '60', announcedOn: '2025-01-10' });
    const signed = report({ status: 'signed', amount: null, currency: null, announcedOn: '2025-03-20', outlet: 'oracle.com' });
    const media = report({ status: 'reported', amount: '10000000000', qualifier: 'about', announcedOn: '2025-02-01', outlet: 'oracle.com' });
    const deal = deriveDeal([talks, signed, media]);
    expect(deal).toMatchObject({
      providerName: 'Oracle', status: 'signed', amount: '10000000000', qualifier: 'about', durationMonths: '60',
      announcedOn: '2025-03-20', firstReportedOn: '2025-01-10', lastReportedOn: '2025-03-20', reportCount: 3, outletCount: 2,
    });
  });
  it('among equals the most recent report wins', () => {
    expect(deriveDeal([report({ amount: '9000000000' }), report({ amount: '9500000000', announcedOn: '2025-03-05' })]).amount).toBe('9500000000');
  });
});

describe('keepDealIds', () => {
  it('a deal keeps the row that shares most of its reports; a new deal gets none', () => {
    const [a, b, c] = [report({ articleId: 1 }), report({ articleId: 2 }), report({ articleId: 3 })];
    expect(keepDealIds([[a!, b!], [c!]], [{ id: 7, memberKeys: ['1|cloud_compute'] }, { id: 5, memberKeys: ['1|cloud_compute', '2|cloud_compute'] }])).toEqual([5, null]);
  });
});
