import { describe, expect, it } from 'vitest';
import { ORGANIZATIONS, normalizeName, resolveOrganization } from '../../../extractors/orgs';
import { OUTLETS } from '../../../extractors/orgs/gazetteer';
import data from '../../../extractors/orgs/gazetteer.json';

describe('gazetteer.json', () => {
  it('lists at least 150 organizations with unique ids and existing parents', () => {
    expect(ORGANIZATIONS.length).toBeGreaterThanOrEqual(150);
    const ids = new Set(ORGANIZATIONS.map((o) => o.id));
    expect(ids.size).toBe(ORGANIZATIONS.length);
    for (const o of ORGANIZATIONS) {
      expect(o.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      if (o.parent) expect(ids.has(o.parent), `${o.id} parent ${o.parent}`).toBe(true);
      expect(o.aliases).toContain(o.name);
    }
  });

  it('gives no alias (nor its suffix-free form) to two organizations', () => {
    const owner = new Map<string, string>();
    for (const o of ORGANIZATIONS) {
      for (const alias of o.aliases) {
        for (const key of new Set([alias.toLowerCase(), normalizeName(alias)])) {
          const prior = owner.get(key);
          expect(prior === undefined || prior === o.id, `"${alias}" in ${prior} and ${o.id}`).toBe(true);
          owner.set(key, o.id);
        }
      }
    }
  });

  it('marks as ambiguous only aliases the organization has', () => {
    for (const o of data.organizations as { id: string; aliases: string[]; ambiguous?: string[] }[]) {
      for (const a of o.ambiguous ?? []) expect(o.aliases, o.id).toContain(a);
    }
  });

  it('resolves every alias to its own organization', () => {
    for (const o of ORGANIZATIONS) {
      for (const alias of o.aliases) expect(resolveOrganization(alias)?.id, alias).toBe(o.id);
    }
  });

  it('uses only the kinds the schema knows, and takes no outlet for a company', () => {
    const kinds = ['lab', 'hyperscaler', 'cloud', 'chip_maker', 'neo_cloud', 'data_center', 'utility', 'energy', 'investor', 'sovereign', 'network', 'other'];
    for (const o of ORGANIZATIONS) expect(kinds, o.id).toContain(o.kind);
    for (const outlet of OUTLETS) expect(resolveOrganization(outlet), outlet).toBeNull();
  });
});

describe('resolveOrganization', () => {
  it.each([
    ['AWS', 'amazon-web-services'],
    ['Amazon Web Services', 'amazon-web-services'],
    ["Amazon's cloud unit", 'amazon-web-services'],
    ['Amazon', 'amazon'],
    ['Amazon.com', 'amazon'],
    ['Amazon.com, Inc.', 'amazon'],
    ['Meta Platforms', 'meta-platforms'],
    ['Meta Platforms Inc.', 'meta-platforms'],
    ['the Facebook parent', 'meta-platforms'],
    ['Facebook', 'meta-platforms'],
    ['NVIDIA Corp.', 'nvidia'],
    ['nvidia corporation', 'nvidia'],
    ["Nvidia's", 'nvidia'],
    ["Microsoft Corp's Azure", 'microsoft-azure'],
    ['Microsoft Corp.', 'microsoft'],
    ['Google Cloud', 'google-cloud'],
    ["Google's cloud unit", 'google-cloud'],
    ['Alphabet Inc.', 'alphabet'],
    ['Oracle Corp', 'oracle'],
    ['OCI', 'oracle-cloud-infrastructure'],
    ['Nebius Group N.V.', 'nebius'],
    ['SoftBank Group Corp.', 'softbank-group'],
    ['Talen Energy Corp.', 'talen-energy'],
    ['The ChatGPT maker', 'openai'],
    ['Anthropic PBC', 'anthropic'],
    ['Elon Musk’s xAI', 'xai'],
    ['Iris Energy', 'iren'],
    ['the French government', 'french-government'],
    ['Department of Energy', 'us-department-of-energy'],
    ["Saudi Arabia's Public Investment Fund", 'saudi-pif'],
    ['Constellation Energy Corporation', 'constellation-energy'],
  ])('%s -> %s', (name, id) => {
    expect(resolveOrganization(name)?.id).toBe(id);
  });

  it.each([['metaverse'], ['Acme Compute Inc.'], ['France'], ["Nvidia's Blackwell"], ['']])('%s -> null', (name) => {
    expect(resolveOrganization(name)).toBeNull();
  });

  it('keeps the parent chain: Google Cloud -> Google -> Alphabet', () => {
    expect(resolveOrganization('Google Cloud')?.parent).toBe('google');
    expect(resolveOrganization('Google')?.parent).toBe('alphabet');
    expect(resolveOrganization('AWS')?.parent).toBe('amazon');
    expect(resolveOrganization('Azure')?.parent).toBe('microsoft');
  });
});
