// `dealdb extract --explain`: every candidate deal of a page, kept or dropped, with what decided it.
import path from 'node:path';
import { expect, it } from 'vitest';
import { jsonLines, PROJECT_ROOT, runCli } from '../helpers/cli';

const SEED_PAGE = path.join(PROJECT_ROOT, 'test/fixtures/deals/seed-story.html');

it('lists the kept deal and the recalled one with their reasons', async () => {
  const run = await runCli(['extract', '--explain', SEED_PAGE]);
  expect(run.code).toBe(0);
  const [page] = jsonLines(run.stdout);
  const candidates = page!.candidates as { a: string; b: string; kept: boolean; probability: number; reasons: string[]; features: Record<string, number> }[];
  const kept = candidates.filter((c) => c.kept);
  expect(kept.map((c) => [c.a, c.b])).toEqual([['OpenAI', 'Amazon Web Services']]);
  expect(kept[0].probability).toBeGreaterThan(0.5);
  expect(kept[0].reasons.length).toBeGreaterThan(0);
  const recalled = candidates.find((c) => !c.kept && [c.a, c.b].includes('Microsoft'));
  expect(recalled?.reasons).toEqual([expect.stringMatching(/^recalled/)]);
  expect(recalled?.features.recalled_only).toBe(1);
  expect(page!.deals).toHaveLength(1);
});

it('prints no candidates without the flag', async () => {
  const [page] = jsonLines((await runCli(['extract', SEED_PAGE])).stdout);
  expect(page).not.toHaveProperty('candidates');
});
