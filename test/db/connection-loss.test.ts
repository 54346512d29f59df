// A job whose database connection is cut retries without spending an attempt (jobs/bullmq-processor.ts):
// the errors a real terminated backend gives must read as a lost connection, and a query's own error must not.
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { isDatabaseConnectionLoss } from '../../src/errors';
import { ADMIN_URL, withAdmin } from '../helpers/postgres';

const clients: pg.Client[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) await c.end().catch(() => {});
});

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  client.on('error', () => {});
  await client.connect();
  clients.push(client);
  return client;
}

describe('isDatabaseConnectionLoss', () => {
  it('is true for a query on a backend that was terminated, and for the next query after it', async () => {
    const client = await connect();
    const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const running = client.query('SELECT pg_sleep(5)').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 200));
    await withAdmin((admin) => admin.query('SELECT pg_terminate_backend($1)', [pid]));
    const during = await running;
    expect(during).toBeInstanceOf(Error);
    expect(isDatabaseConnectionLoss(during)).toBe(true);
    const after = await client.query('SELECT 1').catch((e: unknown) => e);
    expect(isDatabaseConnectionLoss(after)).toBe(true);
  });

  it('is true when the loss is the cause of a wrapping error', () => {
    const cause = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
    expect(isDatabaseConnectionLoss(new Error('Failed query: insert into ...', { cause }))).toBe(true);
  });

  it('is false for errors of the query itself and for other failures', async () => {
    const client = await connect();
    const syntax = await client.query('SELEC 1').catch((e: unknown) => e);
    expect(isDatabaseConnectionLoss(syntax)).toBe(false);
    const division = await client.query('SELECT 1/0').catch((e: unknown) => e);
    expect(isDatabaseConnectionLoss(division)).toBe(false);
    expect(isDatabaseConnectionLoss(new Error('HTTP 503 from the site'))).toBe(false);
    expect(isDatabaseConnectionLoss('a string')).toBe(false);
  });
});
