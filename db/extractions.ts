// Writing an extraction: the extraction row, its mentions and deals, and the move of the
// article's current pointer happen in one transaction, so readers never see half of it.
import { and, count, eq, ne } from 'drizzle-orm';
import type { Extraction, Mention } from '../extractors/types';
import type { Database } from './client';
import { articles, deals, extractions, mentions } from './schema';

export interface CurrentExtraction {
  id: number;
  snapshotId: number | null;
  extractorVersion: string;
}

export async function currentExtraction(database: Database, articleId: number): Promise<CurrentExtraction | undefined> {
  return database.exclusive(
    async () =>
      (
        await database.db
          .select({ id: extractions.id, snapshotId: extractions.snapshotId, extractorVersion: extractions.extractorVersion })
          .from(extractions)
          .where(and(eq(extractions.articleId, articleId), eq(extractions.isCurrent, true)))
      )[0],
  );
}

/** Stores the extraction as the article's current one; older extractions stay, not current. */
export async function saveExtraction(
  database: Database,
  input: { articleId: number; snapshotId: number | null; extraction: Extraction; knownOrganizationIds: ReadonlySet<string> },
): Promise<number> {
  const { articleId, snapshotId, extraction, knownOrganizationIds } = input;
  const { article } = extraction;
  const orgId = (id: string | null) => (id && knownOrganizationIds.has(id) ? id : null);
  return database.exclusive(() =>
    database.db.transaction(async (tx) => {
      // Unset the old current row first: the partial unique index allows one current per article.
      await tx
        .update(extractions)
        .set({ isCurrent: false })
        .where(and(eq(extractions.articleId, articleId), eq(extractions.isCurrent, true)));
      const [row] = await tx
        .insert(extractions)
        .values({
          articleId,
          snapshotId,
          extractorVersion: extraction.extractor_version,
          isCurrent: true,
          title: article.title,
          published: article.published,
          publishedSource: article.published_source,
          modified: article.modified,
          byline: article.byline,
          siteName: article.site_name,
          language: article.language,
          canonicalUrl: article.canonical_url,
          body: article.body,
        })
        .returning({ id: extractions.id });
      const extractionId = row!.id;
      if (extraction.mentions.length > 0) {
        await tx.insert(mentions).values(extraction.mentions.map((m) => mentionRow(extractionId, m, orgId)));
      }
      if (extraction.deals.length > 0) {
        await tx.insert(deals).values(
          extraction.deals.map((d) => ({
            extractionId,
            buyerName: d.buyer,
            providerName: d.provider,
            buyerId: orgId(d.buyer_org_id),
            providerId: orgId(d.provider_org_id),
            kind: d.kind,
            amount: d.value?.amount_exact ?? null,
            amountHigh: d.value?.amount_high_exact ?? null,
            currency: d.value?.currency ?? null,
            qualifier: d.value?.qualifier ?? null,
            per: d.value?.per ?? null,
            durationMonths: d.duration_months === null ? null : String(d.duration_months),
            capacityMw: d.capacity_mw === null ? null : String(d.capacity_mw),
            status: d.status,
            announcedOn: article.published,
            evidence: d.evidence,
            evidenceStart: d.evidence_span.start,
            evidenceEnd: d.evidence_span.end,
            confidence: d.confidence,
            confidenceReasons: d.confidence_reasons,
          })),
        );
      }
      await tx
        .update(articles)
        .set({ status: 'extracted', canonicalUrl: article.canonical_url, lastError: null, errorCode: null, updatedAt: new Date() })
        .where(eq(articles.id, articleId));
      return extractionId;
    }),
  );
}

const num = (v: number | undefined | null) => (v === undefined || v === null ? null : String(v));

function mentionRow(extractionId: number, m: Mention, orgId: (id: string | null) => string | null) {
  const base = {
    extractionId,
    kind: m.kind,
    text: m.text,
    startOffset: m.start,
    endOffset: m.end,
    sentenceIndex: m.sentence,
    role: m.role ?? null,
    detail: m,
  };
  switch (m.kind) {
    case 'money':
      return {
        ...base,
        amount: m.amount_exact,
        amountHigh: m.amount_high_exact ?? null,
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
      return { ...base, organizationId: orgId(m.org_id), organizationName: m.name };
  }
}

export async function extractionCounts(database: Database, extractionId: number): Promise<{ deals: number; mentions: number }> {
  return database.exclusive(async () => {
    const [d] = await database.db.select({ n: count() }).from(deals).where(eq(deals.extractionId, extractionId));
    const [m] = await database.db
      .select({ n: count() })
      .from(mentions)
      .where(and(eq(mentions.extractionId, extractionId), ne(mentions.kind, 'organization')));
    return { deals: d?.n ?? 0, mentions: m?.n ?? 0 };
  });
}
