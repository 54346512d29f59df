// Whether a candidate is a deal the story reports. Two things settle it by definition: a deal the
// story only recalls or cites (earlier, separate) and one it says was denied or called off are not
// its news. The rest is weighed by a logistic model over the candidate's features (features.ts),
// its weights fitted on the study pages by eval/fit-deal-model.ts and committed as data
// (decision-weights.json). The probability is the deal's confidence; the features that moved it
// most are its reasons.
import type { DealContext } from './context';
import type { Candidate } from './detect';
import { candidateFeatures, FEATURE_NAMES, type FeatureName, type Features } from './features';
import model from './decision-weights.json';

export interface Decision {
  keep: boolean;
  /** 0..1: the model's probability that this is a news deal. */
  probability: number;
  features: Features;
  /** Features that moved the score, strongest first, as "name +1.23". */
  reasons: string[];
}

interface Model {
  bias: number;
  weights: Partial<Record<FeatureName, number>>;
  threshold: number;
}

const MODEL = model as Model;

export function decide(ctx: DealContext, cand: Candidate, all: Candidate[]): Decision {
  return decideFrom(candidateFeatures(ctx, cand, all), MODEL);
}

/** "recalled", "called off" or null: the rule that settles a candidate before any weighing. */
export function ruledOut(features: Features): string | null {
  if (features.recalled_only) return 'recalled: not this story\'s news';
  if (features.called_off) return 'denied or called off';
  return null;
}

export function decideFrom(features: Features, m: Model): Decision {
  const rule = ruledOut(features);
  if (rule) return { keep: false, probability: 0, features, reasons: [rule] };
  let z = m.bias;
  const parts: [FeatureName, number][] = [];
  for (const name of FEATURE_NAMES) {
    const contribution = (m.weights[name] ?? 0) * features[name];
    if (contribution !== 0) parts.push([name, contribution]);
    z += contribution;
  }
  const probability = 1 / (1 + Math.exp(-z));
  const reasons = parts
    .filter(([, c]) => Math.abs(c) >= 0.05)
    .sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]))
    .map(([name, c]) => `${name} ${c > 0 ? '+' : ''}${c.toFixed(2)}`);
  return { keep: probability >= m.threshold, probability, features, reasons };
}
