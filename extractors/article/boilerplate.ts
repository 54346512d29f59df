// What marks an element as site chrome rather than article: its tag, its class/id words, its
// ARIA role, or being hidden. Words are matched at word starts so "relatedArticles",
// "post-comments" and "newsletter_box" all count.
import { attr, type Element, tagOf } from './dom';

/** Never text of the article (code, media, form controls, head). */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'button', 'input', 'select', 'textarea', 'option', 'label', 'head', 'title', 'meta', 'link', 'map', 'math',
  'figcaption', 'dialog', 'menu', 'nav', 'aside', 'footer',
]);
const AMP_CHROME = /^amp-(ad|embed|sticky-ad|sidebar|analytics|pixel|social-share|consent|user-notification|iframe|geo|access)/;
const CHROME_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'dialog', 'alertdialog', 'search', 'menu',
  'menubar', 'toolbar', 'tablist', 'alert', 'marquee', 'timer',
]);

// Chrome whatever else the element is called ("comment-body" is still comments).
const STRONG_NEGATIVE = new RegExp(
  '(?:^|[^a-z])(?:comment(?!ary)|disqus|respond(?:$|[^a-z])|related|recirc|recommend|share|sharing|social|newsletter|subscri|signup|sign-up|' +
    'promo|advert|sponsor|cookie|consent|gdpr|sidebar|side-bar|navbar|navigation|breadcrumb|paywall|' +
    'outbrain|taboola|zergnet|popup|modal|overlay|footer|masthead|byline|dateline|ticker|trending|popular|' +
    'most-?read|most-?viewed|read-?more|read-?next|more-?stories|more-?from|also-?read|see-?also|up-?next|' +
    'tag-?list|toolbar|pagination|pager|skip-?link|login|rating|newsfeed|dek|standfirst|strapline|kicker|' +
    'disclaimer|bio(?:$|[^a-z])|author|timestamp|caption|credit|print-only|sr-only|visually-?hidden|screen-?reader)',
);
// Chrome unless the same element also says it is the article ("entry-meta" vs "meta-content").
const WEAK_NEGATIVE = /(?:^|[^a-z])(?:ad|ads|adv|nav|menu|tags?|meta|more|foot|header|banner|hidden|hide|date|time|extra|aside|info|widgets?|image|img|photo|gallery|figure|tools)(?:$|[^a-z])/;
const POSITIVE = /(?:^|[^a-z])(?:article|body|content|entry|hentry|story|prose|paragraph|(?:main|post|text|blog|copy)(?:$|[^a-z]))/;

export function isSkippedTag(tag: string): boolean {
  return SKIPPED_TAGS.has(tag) || AMP_CHROME.test(tag);
}

function hintsOf(el: Element): string {
  const cls = attr(el, 'class') ?? '';
  const id = attr(el, 'id') ?? '';
  if (!cls && !id) return '';
  // Split camelCase so "relatedLinks" reads as "related-links".
  return `${cls} ${id}`.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
}

/**
 * How sure the markup is that an element is chrome. Words: only its class/id words say so, and a box
 * that turns out to hold most of the page's prose is the article after all (layout classes such as
 * "content-with-sidebar" or "elementor-widget" wrap articles). Hard: its tag, role or visibility.
 */
export const ChromeLevel = { None: 0, Words: 1, Hard: 2 } as const;
export type ChromeLevel = (typeof ChromeLevel)[keyof typeof ChromeLevel];

export function chromeLevel(el: Element): ChromeLevel {
  const tag = tagOf(el);
  if (tag === 'body' || tag === 'html' || tag === 'main') return ChromeLevel.None;
  if (isSkippedTag(tag) || isHidden(el)) return ChromeLevel.Hard;
  const role = attr(el, 'role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return ChromeLevel.Hard;
  if (tag === 'header') return ChromeLevel.Words;
  const hints = hintsOf(el);
  if (!hints) return ChromeLevel.None;
  const chrome = STRONG_NEGATIVE.test(hints) || (WEAK_NEGATIVE.test(hints) && !POSITIVE.test(hints));
  return chrome ? ChromeLevel.Words : ChromeLevel.None;
}

function isHidden(el: Element): boolean {
  if (attr(el, 'hidden') !== undefined || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

const OTHER_TEXT_WORDS = new RegExp(
  '(?:^|[^a-z])(?:comment(?!ary)|disqus|respond(?:$|[^a-z])|repl(?:y|ies)(?:$|[^a-z])|related|recirc|recommend|' +
    'more-?stories|read-?next|up-?next|also-?read|see-?also|most-?read|popular|trending)',
);

/** Whether an element's class/id words name it for text other than the article: comments, other stories. */
export function namesOtherText(el: Element): boolean {
  return OTHER_TEXT_WORDS.test(hintsOf(el));
}

/** Scoring weight of class/id words, as in Readability: +25 for article words, -25 for chrome. */
export function hintWeight(el: Element): number {
  const hints = hintsOf(el);
  if (!hints) return 0;
  let weight = 0;
  if (POSITIVE.test(hints)) weight += 25;
  if (STRONG_NEGATIVE.test(hints) || WEAK_NEGATIVE.test(hints)) weight -= 25;
  return weight;
}
