// The JSON object `extract`, `reextract` and the eval scripts print for one page: the
// SCHEMA.md fields first, then the extras.
import type { Extraction } from '../../extractors/types';

export function extractionToJson(extraction: Extraction, id?: string): Record<string, unknown> {
  const { article } = extraction;
  return {
    ...(id === undefined ? {} : { id }),
    url: article.url,
    title: article.title,
    published: article.published,
    byline: article.byline,
    body: article.body,
    mentions: extraction.mentions,
    deals: extraction.deals,
    canonical_url: article.canonical_url,
    site_name: article.site_name,
    language: article.language,
    published_source: article.published_source,
    modified: article.modified,
    extractor_version: extraction.extractor_version,
  };
}
