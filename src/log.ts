// Logs go to stderr (stdout carries command output, often JSON Lines), one line each:
// human-readable on a terminal, JSON otherwise so log collectors can parse it.
import type { LogLevel } from './config';

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(level: LogLevel, stream: NodeJS.WriteStream = process.stderr): Logger {
  const pretty = Boolean(stream.isTTY);
  const write = (at: Exclude<LogLevel, 'silent'>) => (msg: string, fields: Record<string, unknown> = {}) => {
    if (ORDER[at] < ORDER[level]) return;
    if (pretty) {
      const extra = Object.entries(fields).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
      stream.write(`${at.padEnd(5)} ${msg}${extra.length ? ` ${extra.join(' ')}` : ''}\n`);
    } else {
      stream.write(`${JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...fields })}\n`);
    }
  };
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') };
}
