// Progress output (a bar on a terminal, periodic lines otherwise) and the version comparison
// `reextract --below-version` selects with.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { isBelow } from '../../src/cli/commands/reextract';
import { createProgress } from '../../src/progress';

function capture(tty: boolean) {
  const stream = Object.assign(new PassThrough(), { isTTY: tty });
  let text = '';
  stream.on('data', (c: Buffer) => (text += c.toString()));
  return { stream, text: () => text };
}

describe('createProgress', () => {
  it('redraws a bar in place on a terminal', () => {
    const out = capture(true);
    const progress = createProgress(out.stream, 'crawl');
    progress.update({ done: 1, total: 4 });
    progress.update({ done: 4, total: 4, detail: { failed: 1 } });
    progress.finish();
    expect(out.text()).toContain('\r\x1b[2Kcrawl [########......................] 25% 1/4');
    expect(out.text().endsWith('crawl [##############################] 100% 4/4 (failed 1)\n')).toBe(true);
  });

  it('writes a line of counts at most every interval otherwise, and the last state at the end', () => {
    const out = capture(false);
    let now = 0;
    const progress = createProgress(out.stream, 'crawl', { intervalMs: 1000, now: () => now });
    progress.update({ done: 0, total: 10 });
    now = 500;
    progress.update({ done: 5, total: 10 });
    now = 1500;
    progress.update({ done: 7, total: 10 });
    now = 1600;
    progress.update({ done: 10, total: 10 });
    progress.finish();
    expect(out.text()).toBe('crawl: 0/10\ncrawl: 7/10\ncrawl: 10/10\n');
  });
});

describe('isBelow', () => {
  it.each([
    ['0.1.0', '0.2.0', true],
    ['0.10.0', '0.9.0', false],
    ['1.0.0', '1.0.0', false],
    ['1.0', '1.0.1', true],
    ['2.0.0-beta', '2.0.0', false],
    [null, '0.1.0', true],
    ['garbage', '0.1.0', true],
  ] as const)('%s below %s: %s', (version, limit, below) => {
    expect(isBelow(version, limit)).toBe(below);
  });
});
