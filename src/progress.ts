// Progress of long commands on stderr: a redrawn bar on a terminal, otherwise one line of
// counts every few seconds (logs and CI keep a readable record).
import type { Writable } from 'node:stream';

export interface ProgressState {
  done: number;
  /** Known total so far; it may grow while discovery finds more. */
  total: number;
  /** Extra counts shown after the bar: { failed: 2, fetched: 10 }. */
  detail?: Record<string, number>;
}

export interface Progress {
  update(state: ProgressState): void;
  /** Draws the last state and ends the line. */
  finish(): void;
}

const BAR_WIDTH = 30;

export function createProgress(
  stream: Writable & { isTTY?: boolean },
  label: string,
  options: { intervalMs?: number; now?: () => number } = {},
): Progress {
  const tty = Boolean(stream.isTTY);
  const interval = options.intervalMs ?? 5_000;
  const now = options.now ?? Date.now;
  let last: ProgressState | null = null;
  let lastLineAt = -Infinity;
  let lastLine = '';

  const render = (s: ProgressState) => {
    const detail = Object.entries(s.detail ?? {})
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    const counts = `${s.done}/${s.total}${detail ? ` (${detail})` : ''}`;
    if (!tty) return `${label}: ${counts}`;
    const ratio = s.total > 0 ? Math.min(1, s.done / s.total) : 0;
    const filled = Math.round(ratio * BAR_WIDTH);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${Math.round(ratio * 100)}% ${counts}`;
  };

  return {
    update(state) {
      last = state;
      const line = render(state);
      if (tty) {
        if (line !== lastLine) stream.write(`\r\x1b[2K${line}`);
      } else if (now() - lastLineAt >= interval && line !== lastLine) {
        stream.write(`${line}\n`);
        lastLineAt = now();
      } else {
        return;
      }
      lastLine = line;
    },
    finish() {
      if (!last) return;
      const line = render(last);
      if (tty) stream.write(`\r\x1b[2K${line}\n`);
      else if (line !== lastLine) stream.write(`${line}\n`);
    },
  };
}
