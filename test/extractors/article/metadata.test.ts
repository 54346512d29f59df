import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../extractors/article';
import type { Article } from '../../../extractors/types';
import { fixture } from './fixtures';

const cases: { name: string; page: string; url?: string; fetchedAt?: string; expected: Partial<Article> }[] = [
  {
    name: 'JSON-LD NewsArticle',
    page: 'json-ld.html',
    expected: {
      title: 'Utility signs campus power deal', published: '2025-11-03', published_source: 'json-ld', modified: '2025-11-04',
      byline: 'Ana Ruiz, Tom Lee', site_name: 'Wirepoint', language: 'en-US',
      canonical_url: 'https://wirepoint.test/business/utility-campus-deal/', url: 'https://wirepoint.test/business/utility-campus-deal/',
    },
  },
  {
    name: 'JSON-LD @graph',
    page: 'json-ld-graph.html',
    expected: { title: 'Utility signs campus power deal', published: '2025-10-13', published_source: 'json-ld', site_name: 'PRLine' },
  },
  {
    name: 'JSON-LD LiveBlogPosting',
    page: 'live-blog.html',
    expected: { title: 'Live: chip makers report earnings', published: '2025-08-27', published_source: 'json-ld', modified: '2025-08-27', language: 'en-GB' },
  },
  {
    name: 'og and article meta tags',
    page: 'meta-tags.html',
    expected: {
      title: 'Utility signs campus power deal', published: '2025-10-06', published_source: 'meta:article:published_time',
      modified: '2025-10-07', byline: 'Ines Carvalho', site_name: 'The Compute Ledger', language: 'en-GB',
      canonical_url: 'https://computeledger.test/power/utility-campus-deal',
    },
  },
  {
    name: '<time> in the article header, not the sidebar nor the update',
    page: 'time-element.html',
    expected: { title: 'Utility signs campus power deal', published: '2025-11-03', published_source: 'time', modified: '2025-11-05', byline: 'Dana Whitcombe', language: 'en' },
  },
  {
    name: 'microdata itemprop=datePublished',
    page: 'microdata.html',
    expected: { title: 'Utility signs campus power deal', published: '2025-09-10', published_source: 'microdata' },
  },
  {
    name: 'date in the URL',
    page: 'no-dates.html',
    url: 'https://example.test/2025/11/03/campus-power-deal/',
    expected: { title: 'Campus power deal', published: '2025-11-03', published_source: 'url', url: 'https://example.test/2025/11/03/campus-power-deal/', canonical_url: null },
  },
  {
    name: 'visible dateline only',
    page: 'dateline.html',
    expected: { title: 'Campus power: a briefing', published: '2026-01-15', published_source: 'dateline', modified: null },
  },
  {
    name: 'no date anywhere',
    page: 'no-dates.html',
    url: 'https://example.test/news/campus-power-deal',
    expected: { published: null, published_source: null, modified: null },
  },
  {
    name: 'date after fetchedAt rejected, next signal used',
    page: 'json-ld.html',
    url: 'https://wirepoint.test/2025/10/30/utility-campus-deal/',
    fetchedAt: '2025-11-01T00:00:00Z',
    expected: { published: '2025-10-30', published_source: 'url', modified: null },
  },
  {
    name: 'timestamp minutes after fetchedAt rejected',
    page: 'json-ld.html',
    fetchedAt: '2025-11-03T16:00:00Z',
    expected: { published: null },
  },
];

describe('extractArticle metadata', () => {
  it.each(cases)('$name', ({ page, url, fetchedAt, expected }) => {
    const article = extractArticle(fixture(page), { url, fetchedAt });
    expect(article).toMatchObject(expected);
  });
});

const metaPage = (metas: string, title = 'A headline for the story') =>
  `<html><head><title>${title}</title>${metas}</head><body><p>Some text of the article that is long enough to count, with a comma.</p></body></html>`;

const metaCases: { name: string; html: string; published: string | null; source: string | null; modified?: string | null }[] = [
  { name: 'parsely-pub-date', html: metaPage('<meta name="parsely-pub-date" content="2019-11-18T21:03:00Z">'), published: '2019-11-18', source: 'meta:parsely-pub-date' },
  { name: 'sailthru.date', html: metaPage('<meta name="sailthru.date" content="2019-11-18 16:03:00">'), published: '2019-11-18', source: 'meta:sailthru.date' },
  { name: 'dc.date', html: metaPage('<meta name="DC.date" content="2019-11-18">'), published: '2019-11-18', source: 'meta:dc.date' },
  { name: 'date', html: metaPage('<meta name="date" content="Mon, 18 Nov 2019 21:03:00 GMT">'), published: '2019-11-18', source: 'meta:date' },
  { name: 'pubdate compact', html: metaPage('<meta name="pubdate" content="20191118">'), published: '2019-11-18', source: 'meta:pubdate' },
  { name: 'og:published_time', html: metaPage('<meta property="og:published_time" content="2019-11-18T10:00:00+09:00">'), published: '2019-11-18', source: 'meta:og:published_time' },
  {
    name: 'modified only is not published',
    html: metaPage('<meta property="article:modified_time" content="2019-11-20T10:00:00Z"><meta property="og:updated_time" content="2019-11-20T10:00:00Z">'),
    published: null, source: null, modified: '2019-11-20',
  },
  {
    name: 'published and modified kept apart',
    html: metaPage('<meta property="article:modified_time" content="2019-11-20T10:00:00Z"><meta property="article:published_time" content="2019-11-18T10:00:00Z">'),
    published: '2019-11-18', source: 'meta:article:published_time', modified: '2019-11-20',
  },
];

describe('published date meta tags', () => {
  it.each(metaCases)('$name', ({ html, published, source, modified }) => {
    const article = extractArticle(html, { fetchedAt: new Date('2020-01-01T00:00:00Z') });
    expect(article.published).toBe(published);
    expect(article.published_source).toBe(source);
    if (modified !== undefined) expect(article.modified).toBe(modified);
  });
});

describe('title', () => {
  it.each([
    { html: metaPage('', 'Utility signs deal | Wirepoint'), title: 'Utility signs deal' },
    { html: metaPage('', 'Utility signs deal - Gridside'), title: 'Utility signs deal' },
    { html: metaPage('<meta property="og:site_name" content="The Ledger">', 'The Ledger: Utility signs deal'), title: 'Utility signs deal' },
    { html: metaPage('<meta property="og:title" content="Utility signs deal - report">', 'x'), title: 'Utility signs deal - report' },
    { html: '<html><body><h1>Only a heading</h1><p>Body text here.</p></body></html>', title: 'Only a heading' },
  ])('$title', ({ html, title }) => {
    expect(extractArticle(html).title).toBe(title);
  });
});
