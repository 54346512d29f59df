// The whole extraction of one page: HTML (or plain text) in, article + mentions + deals out.
// Pure: the caller supplies the URL and the fetch time; nothing here reads a clock or does I/O.
import { extractArticle } from './article';
import { explainDeals, findDeals, type CandidateReport, type FindDealsInput } from './deals';
import { findOrganizations } from './orgs';
import { findQuantities } from './quantities';
import { splitSentences } from './text/sentences';
import type { Article, Extraction, Mention } from './types';
import { EXTRACTOR_VERSION } from './version';

export interface ExtractOptions {
  url?: string | null;
  /** Upper bound for the published date (a page cannot be published after it was fetched). */
  fetchedAt?: Date | string | null;
}

export function extract(html: string, options: ExtractOptions = {}): Extraction {
  return extractFromArticle(extractArticle(html, options));
}

/** Plain text is taken as the article body as-is (no page extraction). */
export function extractText(text: string, meta: TextMeta = {}): Extraction {
  return extractFromArticle(textArticle(text, meta));
}

/** extract(), with every candidate deal, kept or dropped, and the evidence that decided it. */
export function explain(html: string, options: ExtractOptions = {}): Explained {
  return explainFromArticle(extractArticle(html, options));
}

export function explainText(text: string, meta: TextMeta = {}): Explained {
  return explainFromArticle(textArticle(text, meta));
}

export interface TextMeta {
  url?: string | null;
  title?: string | null;
  published?: string | null;
}

export interface Explained {
  extraction: Extraction;
  candidates: CandidateReport[];
}

function textArticle(text: string, meta: TextMeta): Article {
  return {
    url: meta.url ?? null,
    canonical_url: null,
    title: meta.title ?? null,
    published: meta.published ?? null,
    published_source: meta.published ? 'given' : null,
    modified: null,
    byline: null,
    site_name: null,
    language: null,
    body: text,
  };
}

export function extractFromArticle(article: Article): Extraction {
  const { deals, mentions } = findDeals(dealInput(article));
  return { extractor_version: EXTRACTOR_VERSION, article, mentions, deals };
}

/** The extraction and every candidate deal, kept or dropped, with the evidence that decided it. */
export function explainFromArticle(article: Article): Explained {
  const { deals, mentions, candidates } = explainDeals(dealInput(article));
  return { extraction: { extractor_version: EXTRACTOR_VERSION, article, mentions, deals }, candidates };
}

function dealInput(article: Article): FindDealsInput {
  const sentences = splitSentences(article.body);
  const publishedYear = article.published ? Number(article.published.slice(0, 4)) : null;
  const mentions: Mention[] = [
    ...findQuantities(article.body, { sentences, publishedYear }),
    ...findOrganizations(article.body, sentences),
  ].sort((a, b) => a.start - b.start || a.end - b.end);
  const title = article.title ?? '';
  const titleSentences = splitSentences(title);
  const headline = { text: title, sentences: titleSentences, mentions: findOrganizations(title, titleSentences) };
  return { title: article.title, headline, body: article.body, published: article.published, sentences, mentions };
}
