// Reads this suite's fixture pages (test/fixtures/article).
import { readFileSync } from 'node:fs';

export function fixture(name: string): string {
  return readFileSync(new URL(`../../fixtures/article/${name}`, import.meta.url), 'utf8');
}

export const BODY = [
  'The utility said on Tuesday that it had signed a twenty-year agreement to supply power to the new campus, which will draw about 300 megawatts once it is fully built.',
  'Construction is expected to start next spring, and the first buildings could be in service by late 2027, according to a filing with state regulators, who must still approve the plan.',
  'Local officials welcomed the investment, saying it would bring hundreds of construction jobs, although residents have raised concerns about water use and noise near the site.',
];
