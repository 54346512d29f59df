// Runs the probe table (probe-cases.ts) through the whole pipeline: deals must match exactly,
// tempting figures must get an accepted role, and no-deal passages must give no deal figure.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../extractors/index';
import { getOrganization, normalizeName, resolveOrganization } from '../../../extractors/orgs/gazetteer';
import type { Deal } from '../../../extractors/types';
import { PROBES, type Expected, type Probe, type Value } from './probe-cases';

/** One key per company: the gazetteer's top parent (AWS = Amazon), else the normalized name. */
function companyKey(name: string): string {
  let org = resolveOrganization(name);
  if (!org) return normalizeName(name);
  for (let parent = org.parent && getOrganization(org.parent); parent; parent = parent.parent && getOrganization(parent.parent)) org = parent;
  return org.id;
}

function describeValue(v: Value): string {
  return v ? `${v[0]} ${v[1]} ${v[2]}` : 'no value';
}

function describeExpected(e: Expected): string {
  const [buyer, provider, kind, value, months, mw, status] = e;
  return `${companyKey(buyer)} -> ${companyKey(provider)} | ${kind} | ${describeValue(value)} | ${months} mo | ${mw} MW | ${status}`;
}

function describeDeal(d: Deal): string {
  const value: Value = d.value ? [d.value.amount, d.value.currency, d.value.qualifier] : null;
  return describeExpected([d.buyer, d.provider, d.kind, value, d.duration_months, d.capacity_mw, d.status]);
}

describe('deal probes', () => {
  const check = (probe: Probe) => {
    const out = extractText(probe.text, { title: probe.title ?? null, published: probe.published });
    expect(out.deals.map(describeDeal).sort()).toEqual(probe.deals.map(describeExpected).sort());
    for (const [text, roles] of probe.roles ?? []) {
      const m = out.mentions.find((x) => x.kind !== 'organization' && x.text === text);
      expect(roles, `role of ${text}`).toContain(m?.role);
    }
    if (probe.deals.length === 0) {
      const dealRoles = out.mentions.filter((m) => m.kind !== 'organization' && /^deal_/.test(m.role ?? ''));
      expect(dealRoles.map((m) => m.text)).toEqual([]);
    }
  };
  it.each(PROBES.filter((p) => !p.gap))('$name', check);
  // Known gaps: each row says which mechanism (here or in another extractor) it waits for.
  it.fails.each(PROBES.filter((p) => p.gap))('known gap: $name', check);
});
