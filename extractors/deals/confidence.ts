// How sure we are of a deal, 0..1, with the reasons that moved it.
export interface ConfidenceSignals {
  directional: boolean;
  inHeadline: boolean;
  inLead: boolean;
  valueSameSentence: boolean;
  resolved: boolean;
  unnamedSources: boolean;
  rumored: boolean;
}

const WEIGHTS: readonly [keyof ConfidenceSignals, number, string][] = [
  ['directional', 0.15, 'deal verb gives direction'],
  ['inHeadline', 0.15, 'named in headline'],
  ['inLead', 0.1, 'in the lead paragraph'],
  ['valueSameSentence', 0.1, 'value in same sentence'],
  ['resolved', 0.1, 'parties resolved in gazetteer'],
  ['unnamedSources', -0.1, 'reported by unnamed sources'],
  ['rumored', -0.15, 'talks only'],
];

export function scoreConfidence(signals: ConfidenceSignals): { confidence: number; reasons: string[] } {
  let confidence = 0.45;
  const reasons = ['deal verb in sentence'];
  for (const [key, weight, reason] of WEIGHTS) {
    if (!signals[key]) continue;
    confidence += weight;
    reasons.push(reason);
  }
  return { confidence: Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100, reasons };
}
