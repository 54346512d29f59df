// The decision on a candidate: rules that settle it, then the logistic model (decide.ts).
import { describe, expect, it } from 'vitest';
import { decideFrom, ruledOut } from '../../../extractors/deals/decide';
import { FEATURE_NAMES, type Features } from '../../../extractors/deals/features';

const none = (): Features => Object.fromEntries(FEATURE_NAMES.map((f) => [f, 0])) as Features;
const withFeatures = (on: Partial<Features>): Features => ({ ...none(), ...on });
const model = { bias: -1, threshold: 0.5, weights: { headline_both: 2, position: -1 } };

describe('deal decision', () => {
  it.each([
    ['a deal the story only recalls', { recalled_only: 1 }, "recalled: not this story's news"],
    ['a denied or called-off deal', { called_off: 1 }, 'denied or called off'],
    ['anything else is weighed', { headline_both: 1 }, null],
  ])('%s', (_name, on, rule) => {
    expect(ruledOut(withFeatures(on))).toBe(rule);
  });

  it('a ruled-out candidate is dropped whatever its weights say', () => {
    const d = decideFrom(withFeatures({ recalled_only: 1, headline_both: 1 }), model);
    expect(d).toMatchObject({ keep: false, probability: 0 });
  });

  it.each([
    ['bias alone is below even odds', {}, false, 1 / (1 + Math.exp(1))],
    ['headline support lifts it over', { headline_both: 1 }, true, 1 / (1 + Math.exp(-1))],
    ['a late position pulls it back', { headline_both: 1, position: 1 }, false, 0.5 - 1e-12],
  ])('%s', (_name, on, keep, probability) => {
    const d = decideFrom(withFeatures(on), { ...model, threshold: 0.5 + 1e-12 });
    expect(d.keep).toBe(keep);
    expect(d.probability).toBeCloseTo(probability, 9);
  });

  it('reasons are the contributions that moved the score, strongest first', () => {
    const d = decideFrom(withFeatures({ headline_both: 1, position: 0.5 }), model);
    expect(d.reasons).toEqual(['headline_both +2.00', 'position -0.50']);
  });
});
