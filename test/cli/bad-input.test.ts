// Every bad input gets a one-line error naming the problem and the fix, a non-zero exit, and
// nothing half-written.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../helpers/cli';

let dataDir: string;
let server: http.Server;
let base: string;
let closedPort: number;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dealdb-cli-'));
  server = http.createServer((req, res) => {
    if (req.url === '/image.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    } else {
      res.writeHead(404, { 'content-type': 'text/html' });
      res.end('<h1>not here</h1>');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  // A port that was open a moment ago and is closed now: connection refused.
  const probe = net.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = (probe.address() as net.AddressInfo).port;
  await new Promise((r) => probe.close(r));
});

afterAll(async () => {
  await new Promise((r) => server.close(r));
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const env = () => ({ DEALDB_DATA_DIR: dataDir, DEALDB_ALLOW_PRIVATE_HOSTS: '127.0.0.1' });

const COMMAND_NAMES = ['extract', 'ingest', 'deals', 'sql', 'migrate', 'sources', 'crawl', 'worker', 'status', 'resume', 'reextract'];

describe('help', () => {
  it('dealdb --help lists every command with its summary and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    for (const name of COMMAND_NAMES) expect(run.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
  });

  it.each(COMMAND_NAMES)(
    'dealdb %s --help prints its usage with an example and exits 0',
    async (name) => {
      const run = await runCli([name, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^usage: dealdb ${name}`));
      expect(run.stdout).toMatch(/example/);
    },
  );

  it('refuses arguments a command does not take', async () => {
    const run = await runCli(['status', 'extra'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unexpected arguments: extra/);
  });
});

describe('the command line refuses bad input clearly', () => {
  it('names an unknown command and how to list them (exit 2)', async () => {
    const run = await runCli(['extrakt', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown command "extrakt".*dealdb --help/);
  });

  it('refuses an unknown option with the usage (exit 2)', async () => {
    const run = await runCli(['deals', '--bogus'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--bogus/);
    expect(run.stderr).toMatch(/usage: dealdb deals/);
  });

  it.each([
    ['a missing file', () => 'no/such/page.html', /no such file: no\/such\/page\.html \(give an http\(s\) URL or the path of a saved page\)/],
    ['a malformed URL', () => 'http://exa mple.com/x', /not a valid URL/],
    ['an unsupported scheme', () => 'ftp://example.com/page.html', /unsupported URL scheme/],
    ['an unreachable host', () => `http://127.0.0.1:${closedPort}/story`, /127\.0\.0\.1/],
    ['a non-HTML response', () => `${base}/image.png`, /image\/png/],
    ['a missing page (404)', () => `${base}/gone`, /404/],
  ])('extract reports %s as a JSON error line and exits 1', async (_what, input, message) => {
    const run = await runCli(['extract', input()], { env: env() });
    expect(run.code).toBe(1);
    const [line] = jsonLines(run.stdout);
    expect(line!.error).toMatch(message);
    expect(line!.error).not.toMatch(/\n/);
  });

  it('ingest of bad inputs writes nothing for them and exits 1', async () => {
    const run = await runCli(['ingest', 'no/such/page.html', 'http://exa mple.com/'], { env: env() });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no such file/);
    const articles = await runCli(['sql', '--json', 'select count(*)::int as n from articles'], { env: env() });
    expect(jsonLines(articles.stdout)).toEqual([{ n: 0 }]);
  });

  it('names an unreachable DATABASE_URL and the fix (exit 1)', async () => {
    const run = await runCli(['deals'], { env: { DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPort}/nope` } });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot connect to PostgreSQL at 127\.0\.0\.1:\d+\/nope.*unset DATABASE_URL to use the embedded database/);
  });

  it('names an invalid setting and where the settings are listed (exit 1)', async () => {
    const run = await runCli(['deals'], { env: { DATABASE_URL: 'mysql://x', DEALDB_DATA_DIR: dataDir } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/DATABASE_URL must be a PostgreSQL URL.*\.env\.example/);
  });

  it('sql refuses writes without --write and takes them with it', async () => {
    const refused = await runCli(['sql', "insert into sources (kind, url) values ('feed', 'https://x.test/feed')"], { env: env() });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/add --write/);
    const written = await runCli(['sql', '--write', "insert into sources (kind, url) values ('feed', 'https://x.test/feed')"], { env: env() });
    expect(written.code).toBe(0);
    const count = await runCli(['sql', '--json', 'select count(*)::int as n from sources'], { env: env() });
    expect(jsonLines(count.stdout)).toEqual([{ n: 1 }]);
  });

  it('sql --json prints one object per row', async () => {
    const run = await runCli(['sql', '--json', 'select 1 as one'], { env: env() });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('{"one":1}\n');
  });

  it('refuses a bad --since date', async () => {
    const run = await runCli(['deals', '--since', '2025-02-30'], { env: env() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--since expects a date as YYYY-MM-DD/);
  });
});
