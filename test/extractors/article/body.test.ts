import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../extractors/article';
import { BODY, fixture } from './fixtures';

// One row per chrome trap: the body must be exactly the article's paragraphs (and subheads).
const traps: { trap: string; page: string; body?: string[] }[] = [
  { trap: 'navigation, ticker and footer', page: 'trap-nav.html' },
  { trap: 'related links inside the content and a read-next aside', page: 'trap-related.html' },
  { trap: 'newsletter box inside the content', page: 'trap-newsletter.html' },
  { trap: 'cookie banner and consent dialog', page: 'trap-cookie.html' },
  { trap: 'reader comments longer than the article', page: 'trap-comments.html' },
  { trap: 'a comment box holding most of the prose (named for comments only on the outer box)', page: 'trap-comments-long.html' },
  { trap: 'an article inside a wrapper whose class names comments ("has-comments")', page: 'comments-wrapper.html' },
  { trap: 'a comment thread with no telling class words, longer than the article', page: 'trap-comments-unmarked.html' },
  { trap: 'a list of other stories (linked headlines with teasers) beside the article', page: 'trap-story-list.html' },
  { trap: 'a second, longer article appended after the article', page: 'trap-second-article.html' },
  { trap: 'a second article after one whose headline sits above it', page: 'trap-second-article-headless.html' },
  { trap: 'a second article in a box built like the article\'s (no <article> tags)', page: 'trap-second-article-div.html' },
  { trap: 'a dated comment thread under a "Comments (12)" label, reply buttons only', page: 'trap-comments-dated.html' },
  { trap: 'paywall note and disclaimer', page: 'trap-paywall.html' },
  { trap: 'share bars', page: 'trap-share.html' },
  { trap: 'div soup without <p>', page: 'trap-div-soup.html' },
  { trap: '<br>-separated text in a table cell', page: 'trap-br-text.html' },
  { trap: 'AMP page (amp-sidebar, amp-ad, amp-social-share)', page: 'trap-amp.html' },
  { trap: 'headline, dek, byline, dateline span, wire credit', page: 'trap-header.html', body: [BODY[0], 'What comes next', BODY[1], BODY[2]] },
  { trap: 'WordPress entry with <time> meta', page: 'time-element.html' },
  { trap: 'analysis page with only a visible dateline', page: 'dateline.html' },
  {
    trap: 'press release: "About" section is body',
    page: 'json-ld-graph.html',
    body: [BODY[0], BODY[1], 'About the utility', 'The utility serves two million customers across three states and operates a fleet of gas, wind and nuclear plants.'],
  },
];

describe('article body', () => {
  it.each(traps)('$trap', ({ page, body }) => {
    const article = extractArticle(fixture(page));
    expect(article.body.split('\n')).toEqual(body ?? BODY);
    expect(article.body).not.toContain('TRAP');
  });

  it('live blog: every entry, newest first, without the sidebar', () => {
    const lines = extractArticle(fixture('live-blog.html')).body.split('\n');
    expect(lines).toEqual([
      'Shares rise after the bell',
      expect.stringMatching(/^Shares of the chip maker rose/),
      'Results are out',
      expect.stringMatching(/^The company reported quarterly revenue of \$46\.7 billion/),
      expect.stringMatching(/^Welcome to our live coverage/),
    ]);
  });
});

describe('formats kept whole', () => {
  it('live blog without telling class words: intro, permalinked headlines and entries, no stamps', () => {
    const lines = extractArticle(fixture('live-blog-unmarked.html')).body.split('\n');
    expect(lines).toHaveLength(9);
    expect(lines[0]).toMatch(/^Welcome to our live coverage/);
    expect(lines.filter((_, i) => i % 2 === 1)).toEqual(['Shares rise after the bell', 'Results are out', 'Analysts expect a beat', 'What to watch']);
    expect(lines).not.toContain('Share');
    expect(lines.join(' ')).not.toMatch(/hours ago/);
  });

  it('briefing: sections built alike under h2 subheads are one article', () => {
    const lines = extractArticle(fixture('digest-sections.html')).body.split('\n');
    expect(lines).toHaveLength(9);
    expect([lines[0], lines[3], lines[6]]).toEqual(['Power', 'Chips', 'Water']);
  });

  it('roundup: a page that is a list of other stories keeps the list', () => {
    const lines = extractArticle(fixture('roundup.html')).body.split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^The company said the project/);
  });

  it('Q&A: every question and its answer', () => {
    const lines = extractArticle(fixture('qa-unmarked.html')).body.split('\n');
    expect(lines).toHaveLength(8);
    expect(lines.filter((_, i) => i % 2 === 0)).toEqual([
      'What did the utility sign?',
      'When does construction start?',
      'Who is for it, and who is against it?',
      'What happens next?',
    ]);
  });
});

describe('malformed input returns an Article', () => {
  it.each([
    { name: 'empty string', html: '' },
    { name: 'plain text', html: 'Just a sentence, with no markup at all, long enough to be a paragraph.' },
    { name: 'unclosed tags', html: '<html><body><div><p>First paragraph of the story, with a comma, long enough<p>Second one<div><span>' },
    { name: 'garbage bytes', html: '\u0000\ufffd\u0001<<<>>>&&&#xZZ;<p \u0007="x">\ud800 text, more text, and still more text here</p>' },
    { name: 'broken JSON-LD', html: '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": </script><p>Body text of the story.</p>' },
    { name: 'deep nesting', html: '<div>'.repeat(3000) + '<p>Deep text, with commas, in a deeply nested page.</p>' },
  ])('$name', ({ html }) => {
    const article = extractArticle(html, { url: 'not a url', fetchedAt: 'not a date' });
    expect(typeof article.body).toBe('string');
    expect(article.published).toBeNull();
  });

  it('keeps the text of unclosed paragraphs', () => {
    const html = '<html><body><div><p>First paragraph of the story, with a comma, long enough<p>Second paragraph, also with a comma, and long enough';
    expect(extractArticle(html).body).toBe('First paragraph of the story, with a comma, long enough\nSecond paragraph, also with a comma, and long enough');
  });
});
