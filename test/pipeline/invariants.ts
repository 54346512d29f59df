// What must hold when the pipeline has finished, whatever happened on the way: read from the
// rows and compared with a one-shot extraction of each article's newest stored page.
import { extract } from '../../extractors';
import { EXTRACTOR_VERSION } from '../../extractors/version';
import { unpackBody } from '../../jobs/snapshot-body';
import { decodeBody } from '../../src/http/charset';
import type { PipelineEnv } from './harness';

interface ArticleFacts {
  id: number;
  url: string;
  status: string;
  error_code: string | null;
  last_error: string | null;
  current: number;
  current_snapshot: number | null;
  current_version: string | null;
  current_title: string | null;
  newest_snapshot: number | null;
}

/** A deal as compared: the fields a reader of the table sees, amounts as numbers. */
const dealKey = (d: { buyer: string; provider: string; kind: string; amount: string | number | null; currency: string | null; months: string | number | null; status: string }) =>
  [d.buyer, d.provider, d.kind, d.amount === null ? '' : Number(d.amount), d.currency ?? '', d.months === null ? '' : Number(d.months), d.status].join('|');

/**
 * Every violation found, one line each (empty when all holds):
 * - every article terminal: extracted, or failed with a code and a reason;
 * - `mustExtract` URLs extracted and `mustFail` URLs failed with the given code;
 * - an extracted article has exactly one current extraction, made from its newest snapshot by
 *   this extractor version, and no failed article has one (its status would contradict it);
 * - its title and deals (stored once each) are what one extraction of that snapshot gives.
 */
export async function checkInvariants(
  pipe: PipelineEnv,
  expected: { mustExtract: string[]; mustFail: Record<string, string> },
): Promise<string[]> {
  const problems: string[] = [];
  const rows = await pipe.query<ArticleFacts>(`
    SELECT a.id::int, a.url, a.status, a.error_code, a.last_error,
           (SELECT count(*)::int FROM extractions e WHERE e.article_id = a.id AND e.is_current) AS current,
           c.snapshot_id::int AS current_snapshot, c.extractor_version AS current_version, c.title AS current_title,
           (SELECT s.id::int FROM snapshots s WHERE s.article_id = a.id ORDER BY s.fetched_at DESC, s.id DESC LIMIT 1) AS newest_snapshot
    FROM articles a LEFT JOIN extractions c ON c.article_id = a.id AND c.is_current ORDER BY a.id`);
  const byUrl = new Map(rows.map((r) => [r.url, r]));
  // Articles left unfinished are listed below, once.
  for (const url of expected.mustExtract) {
    const row = byUrl.get(url);
    const status = row?.status;
    // The failure's own code and words name the cause when a seed fails.
    const reason = row?.error_code ? ` (${row.error_code}: ${row.last_error})` : '';
    if (status !== 'extracted' && status !== 'queued' && status !== 'fetched') problems.push(`${url}: ${status ?? 'missing'}${reason}, expected extracted`);
  }
  for (const [url, code] of Object.entries(expected.mustFail)) {
    const row = byUrl.get(url);
    if (row?.status !== 'failed' || row.error_code !== code) problems.push(`${url}: ${row?.status ?? 'missing'} (${row?.error_code}), expected failed with ${code}`);
  }
  for (const r of rows) {
    const upToDate = r.current === 1 && r.current_snapshot !== null && r.current_snapshot === r.newest_snapshot && r.current_version === EXTRACTOR_VERSION;
    if (r.status === 'failed') {
      if (!r.error_code || !r.last_error) problems.push(`${r.url}: failed without a reason`);
      if (upToDate) problems.push(`${r.url}: failed, but extracted from its newest page`);
    } else if (r.status !== 'extracted') {
      problems.push(`${r.url}: left ${r.status}`);
    } else if (!upToDate) {
      problems.push(`${r.url}: extracted, but ${r.current} current extractions, from snapshot ${r.current_snapshot} (newest ${r.newest_snapshot}), version ${r.current_version}`);
    } else {
      problems.push(...(await compareWithOneShot(pipe, r)));
    }
  }
  return problems;
}

async function compareWithOneShot(pipe: PipelineEnv, r: ArticleFacts): Promise<string[]> {
  const [snapshot] = await pipe.query<{ body: Buffer; content_type: string | null; final_url: string; fetched_at: Date }>(
    'SELECT body, content_type, final_url, fetched_at FROM snapshots WHERE id = $1',
    [r.newest_snapshot],
  );
  const { text } = decodeBody(await unpackBody(snapshot!.body), snapshot!.content_type);
  const once = extract(text, { url: snapshot!.final_url, fetchedAt: snapshot!.fetched_at });
  const problems: string[] = [];
  if (once.article.title !== r.current_title) problems.push(`${r.url}: title "${r.current_title}", one-shot "${once.article.title}"`);
  const stored = await pipe.query<{ buyer_name: string; provider_name: string; kind: string; amount: string | null; currency: string | null; duration_months: string | null; status: string }>(
    'SELECT buyer_name, provider_name, kind, amount, currency, duration_months, status FROM current_deal_reports WHERE article_id = $1',
    [r.id],
  );
  const storedKeys = stored.map((d) => dealKey({ buyer: d.buyer_name, provider: d.provider_name, kind: d.kind, amount: d.amount, currency: d.currency, months: d.duration_months, status: d.status })).sort();
  const onceKeys = once.deals
    .map((d) => dealKey({ buyer: d.buyer, provider: d.provider, kind: d.kind, amount: d.value?.amount_exact ?? null, currency: d.value?.currency ?? null, months: d.duration_months, status: d.status }))
    .sort();
  if (storedKeys.join('\n') !== onceKeys.join('\n')) problems.push(`${r.url}: deals stored ${JSON.stringify(storedKeys)}, one-shot ${JSON.stringify(onceKeys)}`);
  return problems;
}
