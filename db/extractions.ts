// Writing an extraction: the extraction row, its mentions and deal reports, the move of the
// article's current pointer and the deals its reports join happen in one transaction, so readers
// never see half of it.
import { and, count, eq, ne, sql, type SQL } from 'drizzle-orm';
import type { Deal, Extraction, Mention } from '../extractors/types';
import { newestSnapshotIdOf, newestSnapshotIdWith, upsertSnapshot, type NewSnapshot } from './articles';
import type { Database, Tx } from './client';
import { consolidateExtraction, SAVE_LOCK_KEY, type KeyedReport } from './consolidate/store';
import { DEFAULT_MATCH_WINDOW_DAYS, familyKey, pairKey } from './consolidate/match';
import { organizationFamilies } from './organizations';
import { dealReports, extractions, mentions } from './schema';

export interface CurrentExtraction {
  id: number;
  snapshotId: number | null;
  extractorVersion: string;
}

const num = (v: number | undefined | null) => (v === undefined || v === null ? null : String(v));

export interface SavedExtraction {
  id: number;
  /**
   * The article's newest snapshot when the save ran: when it is not the one extracted, a newer
   * page arrived meanwhile (its own job extracts it, or this save has just overridden it). A
   * snapshot stored after the save began is saved over this one by its own job, which waits for
   * this transaction's row locks: so the check needs no round trip after the commit.
   */
  newestSnapshotId: number | null;
}

interface SaveInput {
  articleId: number;
  extraction: Extraction;
  knownOrganizationIds: ReadonlySet<string>;
  /** Reports this many days apart or fewer may be one deal (DEALDB_DEAL_WINDOW_DAYS). */
  dealWindowDays?: number;
}

/**
 * The snapshot an extraction comes from: a stored one (`id`, null for none), or a page just
 * fetched that the save stores first, in the same statement (`store`: the fast path).
 */
type SnapshotRef = { id: number | null } | { store: NewSnapshot };

/**
 * Stores the extraction as the article's current one; older extractions stay, not current.
 * One transaction: a first statement's data-modifying CTEs unset the old current
 * row, insert the extraction, its mentions and deal reports (each set as one jsonb parameter: building
 * many-row VALUES lists costs more CPU than extracting the page, measured by `npm run bench`)
 * and mark the article extracted. The insert reads `count(*)` of the unset rows, so the old row
 * is unset before the new one meets the one-current-per-article unique index. Then the deals of
 * the pairs its reports (and the replaced extraction's) belong to are recomputed.
 */
export async function saveExtraction(
  database: Database,
  input: SaveInput & {
    snapshotId: number | null;
    /**
     * False: when the current extraction is already from this snapshot with this extractor
     * version, it is the answer and nothing is saved (a job that checked before another job's
     * save landed must not extract the page twice). True (the default, and re-extraction): save.
     */
    replaceSame?: boolean;
  },
): Promise<SavedExtraction> {
  const { id, newestSnapshotId } = await storeExtraction(database, input, { id: input.snapshotId }, input.replaceSame ?? true);
  return { id, newestSnapshotId };
}

export interface SavedFetchedExtraction extends SavedExtraction {
  /** The snapshot stored with it (`created` false: the same bytes were stored already). */
  snapshot: { id: number; created: boolean; fetchedAt: Date };
}

/**
 * The fast path's save: a page just fetched and its extraction in one statement (in one
 * transaction with the deals when it states any), so a page costs one commit, not two. Leaves
 * what saveSnapshot then saveExtraction (replaceSame false) would: when the current extraction
 * already comes from these bytes with this version (a copy of the job got there first), the
 * snapshot is refreshed and that extraction is the answer.
 */
export async function saveFetchedExtraction(database: Database, input: SaveInput & { snapshot: NewSnapshot }): Promise<SavedFetchedExtraction> {
  const saved = await storeExtraction(database, input, { store: input.snapshot }, false);
  return { id: saved.id, newestSnapshotId: saved.newestSnapshotId, snapshot: saved.snapshot! };
}

async function storeExtraction(database: Database, input: SaveInput, snapshot: SnapshotRef, replaceSame: boolean): Promise<Saved> {
  const { articleId, extraction, knownOrganizationIds, dealWindowDays = DEFAULT_MATCH_WINDOW_DAYS } = input;
  const orgId = (id: string | null) => (id && knownOrganizationIds.has(id) ? id : null);
  const mentionRows = JSON.stringify(extraction.mentions.map((m) => mentionRow(m, orgId)));
  const families = extraction.deals.length > 0 ? await organizationFamilies(database) : NO_FAMILIES;
  const dealRows = JSON.stringify(extraction.deals.map((d) => dealRow(d, orgId, families)));
  const save = (tx: Tx | null, ref: SnapshotRef): Promise<SavedRow[]> => {
    const statement = saveStatement({ articleId, snapshot: ref, extraction, mentionRows, dealRows, inTransaction: tx !== null, replaceSame });
    const name = 'store' in ref ? 'dealdb_save_fetched_extraction' : 'dealdb_save_extraction';
    return tx ? tx.rows<SavedRow>(statement, name) : database.exclusive(() => database.namedRows<SavedRow>(name, statement));
  };
  const alreadySaved = () => currentFromSnapshot(database, articleId, snapshot, extraction.extractor_version);
  return retryConcurrentSave(alreadySaved, async () => {
    let ref = snapshot;
    let stored: Saved['snapshot'];
    // Most pages state no deal: when the page before stated none either, no deal changes, and
    // one statement (its own transaction, one round trip) is the whole save.
    if (extraction.deals.length === 0) {
      const [row] = await save(null, ref);
      if (row && row.id !== null) return toSaved(row);
      // The fast path's statement stored the snapshot even so (the article stays `fetched`):
      // the transaction saves the extraction of it.
      if (row) [ref, stored] = [{ id: Number(row.snapshot_id) }, storedSnapshot(row)];
    }
    return database.transaction(async (tx) => {
      const [row] = await save(tx, ref);
      await consolidateExtraction(tx, { reports: row!.reports ?? [], replacedPairs: row!.replaced_pairs ?? [] }, { windowDays: dealWindowDays });
      return { ...toSaved(row!), ...(stored && { snapshot: stored }) };
    });
  });
}

interface Saved extends SavedExtraction {
  /** With `store`: the snapshot stored. */
  snapshot?: SavedFetchedExtraction['snapshot'];
}

const toSaved = (row: SavedRow): Saved => ({
  id: Number(row.id),
  newestSnapshotId: row.newest_snapshot === null ? null : Number(row.newest_snapshot),
  ...(row.snapshot_id !== undefined && { snapshot: storedSnapshot(row) }),
});

const storedSnapshot = (row: SavedRow): Saved['snapshot'] => ({
  id: Number(row.snapshot_id),
  created: Boolean(row.snapshot_created),
  fetchedAt: new Date(row.snapshot_fetched_at!),
});

interface SavedRow extends Record<string, unknown> {
  /** Null only in the fast path's row when the extraction was not saved (see saveStatement). */
  id: number | string | null;
  newest_snapshot: number | string | null;
  replaced_pairs?: string[] | null;
  reports?: KeyedReport[] | null;
  /** With `store`: the snapshot stored. */
  snapshot_id?: number | string;
  snapshot_created?: boolean;
  snapshot_fetched_at?: Date | string;
}

const NO_FAMILIES: ReadonlyMap<string, string> = new Map();

/**
 * Outside a transaction (`inTransaction` false) the statement saves nothing and returns no row
 * when the current extraction has deal reports: their deals must be recomputed in a transaction.
 * Inside one it also takes the lock every deal write holds (lockForSave), then the locks of the
 * pairs to recompute (one round trip fewer than locking them in a statement of their own).
 * With `store` it first stores the snapshot (as saveSnapshot) and always returns one row, with
 * the snapshot's columns, and a null id when the extraction was not saved; the article is then
 * marked as saveSnapshot marks it (`extracted` when the current extraction comes from these
 * bytes, else `fetched`).
 */
function saveStatement(input: {
  articleId: number;
  snapshot: SnapshotRef;
  extraction: Extraction;
  mentionRows: string;
  dealRows: string;
  inTransaction: boolean;
  replaceSame: boolean;
}): SQL {
  const { articleId, snapshot, extraction, mentionRows, dealRows, inTransaction, replaceSame } = input;
  const { article } = extraction;
  const store = 'store' in snapshot;
  const stored = sql`stored_snapshot`;
  const snapshotId = 'store' in snapshot ? sql`(SELECT id FROM ${stored})` : sql`${snapshot.id}`;
  const newest = store ? newestSnapshotIdWith(articleId, stored) : newestSnapshotIdOf(articleId);
  const result = sql`SELECT saved.id,
                 (SELECT json_agg(DISTINCT r.pair_key) FROM deal_reports r
                  WHERE r.extraction_id IN (SELECT id FROM unset) AND r.pair_key IS NOT NULL) AS replaced_pairs,
                 (SELECT json_agg(json_build_object('id', d.id, 'pair_key', d.pair_key)) FROM saved_deals d) AS reports,
                 (SELECT count(*) FROM locked) AS locked, ${newest} AS newest_snapshot
          FROM saved
          UNION ALL
          SELECT done.id, NULL::json, NULL::json, 0::bigint, ${newest} FROM done`;
  return sql`WITH ${'store' in snapshot ? sql`${stored} AS (${upsertSnapshot(articleId, snapshot.store)}), ` : sql``}done AS (
            SELECT e.id FROM extractions e
            WHERE NOT ${replaceSame} AND e.article_id = ${articleId} AND e.is_current
              AND e.snapshot_id IS NOT DISTINCT FROM ${snapshotId} AND e.extractor_version = ${extraction.extractor_version}
          ), blocked AS (
            -- Two EXISTS, not one OR over extractions: PostgreSQL's generic plan for the OR scanned the table.
            SELECT 1 WHERE EXISTS (SELECT 1 FROM done)
              OR (NOT ${inTransaction} AND EXISTS (SELECT 1 FROM extractions e JOIN deal_reports r ON r.extraction_id = e.id
                                                  WHERE e.article_id = ${articleId} AND e.is_current))
          ), unset AS (
            UPDATE extractions SET is_current = false
            WHERE article_id = ${articleId} AND is_current AND NOT EXISTS (SELECT 1 FROM blocked) RETURNING id
          ), saved AS (
            INSERT INTO extractions (article_id, snapshot_id, extractor_version, is_current, title, published, published_source,
                                     modified, byline, site_name, language, canonical_url, body)
            SELECT ${articleId}, ${snapshotId}, ${extraction.extractor_version}, true, ${article.title}, ${article.published}::date,
                   ${article.published_source}, ${article.modified}, ${article.byline}, ${article.site_name}, ${article.language},
                   ${article.canonical_url}, ${article.body}
            FROM (SELECT count(*) FROM unset) AS done
            WHERE NOT EXISTS (SELECT 1 FROM blocked)
            RETURNING id
          ), saved_mentions AS (
            INSERT INTO mentions (extraction_id, kind, text, start_offset, end_offset, sentence_index, role, amount, amount_high,
                                  currency, qualifier, per, months, days, mw, vague, organization_id, organization_name, detail)
            SELECT saved.id, x.kind, x.text, x.start_offset, x.end_offset, x.sentence_index, x.role, x.amount, x.amount_high,
                   x.currency, x.qualifier, x.per, x.months, x.days, x.mw, coalesce(x.vague, false), x.organization_id,
                   x.organization_name, x.detail
            FROM saved, jsonb_to_recordset(${mentionRows}::jsonb) AS x(kind text, text text, start_offset int, end_offset int,
                 sentence_index int, role text, amount numeric, amount_high numeric, currency text, qualifier text, per text,
                 months numeric, days numeric, mw numeric, vague boolean, organization_id text, organization_name text, detail jsonb)
          ), saved_deals AS (
            INSERT INTO deal_reports (extraction_id, buyer_name, provider_name, buyer_id, provider_id, kind, amount, amount_high, currency,
                               qualifier, per, duration_months, capacity_mw, status, announced_on, evidence, evidence_start,
                               evidence_end, confidence, confidence_reasons, pair_key, amount_usd, fx_rate, fx_month, fx_estimated)
            SELECT saved.id, x.buyer_name, x.provider_name, x.buyer_id, x.provider_id, x.kind, x.amount, x.amount_high, x.currency,
                   x.qualifier, x.per, x.duration_months, x.capacity_mw, x.status, ${article.published}::date, x.evidence,
                   x.evidence_start, x.evidence_end, x.confidence, x.confidence_reasons, x.pair_key,
                   usd.amount_usd, usd.fx_rate, usd.fx_month, usd.fx_estimated
            FROM saved, jsonb_to_recordset(${dealRows}::jsonb) AS x(buyer_name text, provider_name text, buyer_id text,
                 provider_id text, kind text, amount numeric, amount_high numeric, currency text, qualifier text, per text,
                 duration_months numeric, capacity_mw numeric, status text, evidence text, evidence_start int, evidence_end int,
                 confidence real, confidence_reasons jsonb, pair_key text),
                 dealdb_usd(x.amount, x.currency, ${article.published}::date) AS usd
            RETURNING id, pair_key
          ), marked AS (
            UPDATE articles SET ${
              store
                ? sql`status = CASE WHEN EXISTS (SELECT 1 FROM saved) OR EXISTS (SELECT 1 FROM done) THEN 'extracted' ELSE 'fetched' END,
                      canonical_url = CASE WHEN EXISTS (SELECT 1 FROM saved) THEN ${article.canonical_url} ELSE canonical_url END,`
                : sql`status = 'extracted', canonical_url = ${article.canonical_url},`
            } last_error = NULL, error_code = NULL, updated_at = now()
            WHERE id = ${articleId} ${store ? sql`` : sql`AND NOT EXISTS (SELECT 1 FROM blocked)`}
          ), locked AS (
            -- The lock every write of deals holds (lockForSave) first, then the pair locks of the new
            -- reports and of the replaced ones in key order (no two saves wait on each other in a
            -- cycle): the next statement reads the pairs as their last writers committed them.
            SELECT CASE WHEN k.key IS NULL THEN pg_advisory_xact_lock_shared(${SAVE_LOCK_KEY})
                        ELSE pg_advisory_xact_lock(hashtextextended(k.key, 0)) END
            FROM (SELECT key FROM (SELECT NULL::text AS key
                                   UNION SELECT x.pair_key FROM jsonb_to_recordset(${dealRows}::jsonb) AS x(pair_key text)
                                   UNION SELECT r.pair_key FROM deal_reports r
                                         WHERE r.extraction_id IN (SELECT id FROM unset) AND r.pair_key IS NOT NULL) AS keys
                  ORDER BY key NULLS FIRST) AS k
            WHERE ${inTransaction}
          )
          ${
            store
              ? sql`SELECT r.*, s.id AS snapshot_id, s.created AS snapshot_created, s.fetched_at AS snapshot_fetched_at
                    FROM ${stored} AS s LEFT JOIN (${result}) AS r ON true`
              : result
          }`;
}

/**
 * Two saves of one article at once (two workers, a job retried while its first run still
 * writes) can both find no current extraction; the second then meets the first in the
 * one-current-per-article index. When the first saved the same snapshot with the same extractor
 * version, the work is done and its id is the answer (each page is extracted once); otherwise
 * saving again replaces the first as a later save would.
 */
async function retryConcurrentSave(alreadySaved: () => Promise<Saved | null>, fn: () => Promise<Saved>): Promise<Saved> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= 3 || !String((err as Error)?.message).includes('extractions_current_idx')) throw err;
      const done = await alreadySaved();
      if (done !== null) return done;
    }
  }
}

/** With `store`, the snapshot is the article's one with those bytes (the other save stored it), if any. */
async function currentFromSnapshot(database: Database, articleId: number, snapshot: SnapshotRef, version: string): Promise<Saved | null> {
  const [row] = await database.exclusive(() =>
    'store' in snapshot
      ? database.namedRows<SavedRow>(
          'dealdb_current_from_stored_snapshot',
          sql`SELECT e.id, ${newestSnapshotIdOf(articleId)} AS newest_snapshot,
                     s.id AS snapshot_id, false AS snapshot_created, s.fetched_at AS snapshot_fetched_at
              FROM extractions e JOIN snapshots s ON s.id = e.snapshot_id
              WHERE e.article_id = ${articleId} AND e.is_current AND s.content_hash = ${snapshot.store.contentHash}
                AND e.extractor_version = ${version}`,
        )
      : database.namedRows<SavedRow>(
          'dealdb_current_from_snapshot',
          sql`SELECT id, ${newestSnapshotIdOf(articleId)} AS newest_snapshot FROM extractions WHERE article_id = ${articleId} AND is_current
                AND snapshot_id IS NOT DISTINCT FROM ${snapshot.id} AND extractor_version = ${version}`,
        ),
  );
  return row ? toSaved(row) : null;
}

/** A report's row, with the pair key it is matched under (its parties' families) and stored with from the start. */
function dealRow(d: Deal, orgId: (id: string | null) => string | null, families: ReadonlyMap<string, string>) {
  const buyerId = orgId(d.buyer_org_id);
  const providerId = orgId(d.provider_org_id);
  const family = (id: string | null) => (id === null ? null : families.get(id) ?? null);
  return {
    buyer_name: d.buyer,
    provider_name: d.provider,
    buyer_id: buyerId,
    provider_id: providerId,
    pair_key: pairKey(familyKey(family(buyerId), d.buyer), familyKey(family(providerId), d.provider)),
    kind: d.kind,
    amount: d.value?.amount_exact ?? null,
    amount_high: d.value?.amount_high_exact ?? null,
    currency: d.value?.currency ?? null,
    qualifier: d.value?.qualifier ?? null,
    per: d.value?.per ?? null,
    duration_months: num(d.duration_months),
    capacity_mw: num(d.capacity_mw),
    status: d.status,
    evidence: d.evidence,
    evidence_start: d.evidence_span.start,
    evidence_end: d.evidence_span.end,
    confidence: d.confidence,
    confidence_reasons: d.confidence_reasons,
  };
}

/** Fields stored in their own columns; `detail` keeps only the rest (conversion links, end-date flags...). */
const COLUMN_FIELDS = new Set([
  'kind', 'text', 'start', 'end', 'sentence', 'role', 'amount', 'amount_exact', 'amount_high', 'amount_high_exact',
  'currency', 'qualifier', 'per', 'months', 'days', 'mw', 'vague', 'org_id', 'name',
]);

/** A plain loop: a page has dozens of mentions, and entries/filter/fromEntries cost more than the insert (bench profile). */
function mentionDetail(m: Mention): Record<string, unknown> | null {
  let detail: Record<string, unknown> | null = null;
  for (const key in m) if (!COLUMN_FIELDS.has(key)) (detail ??= {})[key] = m[key as keyof Mention];
  return detail;
}

function mentionRow(m: Mention, orgId: (id: string | null) => string | null) {
  const base = {
    kind: m.kind,
    text: m.text,
    start_offset: m.start,
    end_offset: m.end,
    sentence_index: m.sentence,
    role: m.role ?? null,
    detail: mentionDetail(m),
  };
  switch (m.kind) {
    case 'money':
      return {
        ...base,
        amount: m.amount_exact,
        amount_high: m.amount_high_exact ?? null,
        currency: m.currency,
        qualifier: m.qualifier,
        per: m.per ?? null,
        vague: Boolean(m.vague),
      };
    case 'duration':
      return { ...base, months: num(m.months), days: num(m.days), vague: Boolean(m.vague) };
    case 'power':
      return { ...base, mw: num(m.mw), per: m.per ?? null, vague: Boolean(m.vague) };
    case 'organization':
      return { ...base, organization_id: orgId(m.org_id), organization_name: m.name };
  }
}

export async function extractionCounts(database: Database, extractionId: number): Promise<{ deals: number; mentions: number }> {
  return database.exclusive(async () => {
    const [d] = await database.db.select({ n: count() }).from(dealReports).where(eq(dealReports.extractionId, extractionId));
    const [m] = await database.db
      .select({ n: count() })
      .from(mentions)
      .where(and(eq(mentions.extractionId, extractionId), ne(mentions.kind, 'organization')));
    return { deals: d?.n ?? 0, mentions: m?.n ?? 0 };
  });
}

export interface ExtractionInput {
  url: string;
  snapshot: { id: number; body: Uint8Array; contentType: string | null; finalUrl: string; fetchedAt: Date } | null;
  current: CurrentExtraction | null;
}

/** Everything the extract stage reads about an article, in one round trip. */
export async function loadExtractionInput(database: Database, articleId: number): Promise<ExtractionInput | undefined> {
  const [row] = await database.exclusive(() =>
    database.namedRows<Record<string, any>>(
      'dealdb_load_extraction_input',
      sql`SELECT a.url, s.id AS snapshot_id, s.body, s.content_type, s.final_url, s.fetched_at,
                 e.id AS current_id, e.snapshot_id AS current_snapshot_id, e.extractor_version AS current_version
          FROM articles a
          LEFT JOIN LATERAL (
            SELECT id, body, content_type, final_url, fetched_at FROM snapshots
            WHERE article_id = a.id ORDER BY fetched_at DESC, id DESC LIMIT 1
          ) s ON true
          LEFT JOIN extractions e ON e.article_id = a.id AND e.is_current
          WHERE a.id = ${articleId}`,
    ),
  );
  if (!row) return undefined;
  return {
    url: row.url,
    snapshot:
      row.snapshot_id === null
        ? null
        : {
            id: Number(row.snapshot_id),
            body: row.body,
            contentType: row.content_type,
            finalUrl: row.final_url,
            fetchedAt: new Date(row.fetched_at),
          },
    current:
      row.current_id === null
        ? null
        : {
            id: Number(row.current_id),
            snapshotId: row.current_snapshot_id === null ? null : Number(row.current_snapshot_id),
            extractorVersion: row.current_version,
          },
  };
}
