// Configuration from the environment, validated once at start-up; everything else receives
// the typed Config and never reads process.env itself.
import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_MATCH_WINDOW_DAYS } from '../db/consolidate/match';
import { ConfigError } from './errors';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const optionalUrl = (schemes: string[], what: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || schemes.some((s) => v.startsWith(`${s}://`)), {
      message: `must be a ${what} URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}`,
    });

const EnvSchema = z.object({
  DATABASE_URL: optionalUrl(['postgres', 'postgresql'], 'PostgreSQL'),
  DEALDB_DATA_DIR: z.string().trim().default('.dealdb'),
  REDIS_URL: optionalUrl(['redis', 'rediss'], 'Redis'),
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  DEALDB_ALLOW_PRIVATE_HOSTS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((h) => h.trim().toLowerCase()).filter(Boolean)),
  DEALDB_USER_AGENT: z.string().trim().min(1).default('dealdb/0.1 (+https://github.com/dealdb/dealdb)'),
  DEALDB_FETCH_CONCURRENCY: positiveInt(16),
  // Extraction runs one page at a time per process; the other jobs wait on the database meanwhile.
  DEALDB_EXTRACT_CONCURRENCY: positiveInt(4),
  DEALDB_MAX_PAGE_BYTES: positiveInt(10 * 1024 * 1024),
  DEALDB_QUEUE_PREFIX: z.string().trim().min(1).default('dealdb'),
  DEALDB_HOST_DELAY_MS: z.coerce.number().int().min(0).default(1000),
  DEALDB_HOST_CONCURRENCY: positiveInt(2),
  DEALDB_JOB_ATTEMPTS: positiveInt(5),
  DEALDB_JOB_BACKOFF_MS: positiveInt(5000),
  DEALDB_JOB_LOCK_MS: positiveInt(30_000),
  DEALDB_SHUTDOWN_TIMEOUT_MS: positiveInt(30_000),
  DEALDB_DEAL_WINDOW_DAYS: positiveInt(DEFAULT_MATCH_WINDOW_DAYS),
});

export interface Config {
  databaseUrl: string | undefined;
  /** Absolute path of the embedded database folder (used only without DATABASE_URL). */
  dataDir: string;
  redisUrl: string | undefined;
  logLevel: LogLevel;
  allowPrivateHosts: string[];
  userAgent: string;
  fetchConcurrency: number;
  extractConcurrency: number;
  maxPageBytes: number;
  queuePrefix: string;
  /** Minimum ms between two requests to one host (robots.txt Crawl-delay raises it). */
  hostDelayMs: number;
  /** Requests in flight per host, per process. */
  hostConcurrency: number;
  /** Attempts per fetch/extract/discover job, the first included. */
  jobAttempts: number;
  /** First retry delay of a job; doubles each attempt, with jitter. */
  jobBackoffMs: number;
  /** How long a worker's lock on an active job lasts; a job whose worker died is retried after it. */
  jobLockMs: number;
  /** How long `dealdb worker` waits for in-flight jobs on SIGTERM/SIGINT before closing anyway. */
  shutdownTimeoutMs: number;
  /** Two reports this many days apart or fewer may tell of one deal. */
  dealWindowDays: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems} (see .env.example for every variable)`);
  }
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(cwd, e.DEALDB_DATA_DIR),
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    allowPrivateHosts: e.DEALDB_ALLOW_PRIVATE_HOSTS,
    userAgent: e.DEALDB_USER_AGENT,
    fetchConcurrency: e.DEALDB_FETCH_CONCURRENCY,
    extractConcurrency: e.DEALDB_EXTRACT_CONCURRENCY,
    maxPageBytes: e.DEALDB_MAX_PAGE_BYTES,
    queuePrefix: e.DEALDB_QUEUE_PREFIX,
    hostDelayMs: e.DEALDB_HOST_DELAY_MS,
    hostConcurrency: e.DEALDB_HOST_CONCURRENCY,
    jobAttempts: e.DEALDB_JOB_ATTEMPTS,
    jobBackoffMs: e.DEALDB_JOB_BACKOFF_MS,
    jobLockMs: e.DEALDB_JOB_LOCK_MS,
    shutdownTimeoutMs: e.DEALDB_SHUTDOWN_TIMEOUT_MS,
    dealWindowDays: e.DEALDB_DEAL_WINDOW_DAYS,
  };
}
