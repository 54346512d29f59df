// Generated news pages for the pipeline benchmarks: deterministic from the page number, varied in
// length, site chrome, metadata and wording, with deals and other figures (revenue, losses,
// capacity plans) in the text, so extraction does the work it does on real news. About 50 KB of
// HTML, 32 mentions and 2 deals a page: near the deal eval pages (28 mentions, 1 deal a page).

/** A small deterministic generator (mulberry32): page i is the same page in every process. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BUYERS = ['OpenAI', 'Anthropic', 'Meta', 'xAI', 'Microsoft', 'Mistral AI', 'Perplexity', 'Helios Robotics', 'Cohere', 'Stability AI'];
const PROVIDERS = ['Amazon Web Services', 'Oracle', 'CoreWeave', 'Google Cloud', 'Microsoft Azure', 'Nebius', 'Nvidia', 'AMD', 'Lambda', 'Crusoe'];
const UTILITIES = ['Constellation Energy', 'NextEra Energy', 'Duke Energy', 'Vistra', 'Talen Energy'];
const PLACES = ['Texas', 'Ohio', 'Virginia', 'Arizona', 'Norway', 'Quebec', 'the Netherlands', 'Georgia'];
const SECTIONS = ['Technology', 'Business', 'Markets', 'AI', 'Energy', 'Cloud'];
const AUTHORS = ['Dana Whitfield', 'Marco Ruiz', 'Priya Natarajan', 'Tom Becker', 'Aiko Tanaka', 'Lena Fischer'];

type Pick = <T>(items: readonly T[]) => T;

const DEAL_SENTENCES: ((p: Pick, n: () => number) => string)[] = [
  (p, n) => `${p(BUYERS)} has signed a ${p(['five', 'six', 'seven', 'ten'])}-year, $${n()} billion agreement with ${p(PROVIDERS)} for cloud computing capacity.`,
  (p, n) => `${p(BUYERS)} agreed to buy about $${n()} billion of chips from ${p(PROVIDERS)} over the next ${p(['three', 'four', 'five'])} years, the companies said on ${p(['Monday', 'Tuesday', 'Thursday'])}.`,
  (p, n) => `Under the deal, ${p(PROVIDERS)} will supply ${p(BUYERS)} with ${n() * 10} megawatts of data center capacity in ${p(PLACES)} starting next year.`,
  (p, n) => `${p(BUYERS)} will pay ${p(PROVIDERS)} up to $${n()} billion, according to people familiar with the matter.`,
  (p, n) => `The ${p(['Microsoft', 'Amazon', 'Google', 'Meta'])} data center in ${p(PLACES)} will draw ${n() * 20} MW from a ${p(UTILITIES)} plant under a 20-year power purchase agreement.`,
];

const FIGURE_SENTENCES: ((p: Pick, n: () => number) => string)[] = [
  (p, n) => `${p(PROVIDERS)} reported revenue of $${n()}.${n() % 10} billion for the quarter, up ${n() * 3}% from a year earlier.`,
  (p, n) => `${p(BUYERS)} lost $${n()} billion last year and expects to spend more than $${n() * 10} billion on computing by 2030.`,
  (p, n) => `Shares of ${p(PROVIDERS)} rose ${n() % 9}.${n() % 10}% in early trading, giving it a market value of about $${n() * 40} billion.`,
  (p, n) => `The company raised $${n() * 100} million in a funding round that valued it at $${n()} billion.`,
  (p, n) => `${p(UTILITIES)} said it plans to add ${n()}.${n() % 10} gigawatts of generation by the end of the decade.`,
  (p, n) => `Analysts at ${p(['Bernstein', 'Morgan Stanley', 'Jefferies'])} estimate the project could cost €${n() * 2} billion ($${n() * 2 + 1} billion).`,
];

const FILLER_SENTENCES: ((p: Pick) => string)[] = [
  (p) => `The agreement is the latest in a series of large commitments as companies race to secure the computing power needed to train and run artificial intelligence models.`,
  (p) => `A spokesperson for ${p(PROVIDERS)} declined to comment beyond the statement.`,
  (p) => `Demand for graphics processors has outstripped supply for more than two years, pushing prices higher across the industry.`,
  (p) => `Executives said the arrangement gives ${p(BUYERS)} more flexibility as its workloads grow.`,
  (p) => `Investors have questioned whether spending on this scale can be recovered, given how quickly hardware becomes obsolete.`,
  (p) => `Construction is expected to begin in ${p(['spring', 'the summer', 'the autumn', 'early next year'])}, subject to permits.`,
  (p) => `"We are building for the next decade, not the next quarter," the chief executive told reporters in ${p(PLACES)}.`,
  (p) => `Regulators in ${p(PLACES)} have raised concerns about the strain that new data centers put on local grids and water supplies.`,
];

export interface NewsPage {
  path: string;
  html: string;
}

export function newsPagePath(i: number): string {
  return `/news/${2024 + (i % 2)}/${String((i % 12) + 1).padStart(2, '0')}/story-${i}.html`;
}

/** Page i of the generated site; deterministic. */
export function generateNewsPage(i: number, origin = 'http://127.0.0.1'): NewsPage {
  const rand = seeded(i * 7919 + 1);
  const pick: Pick = (items) => items[Math.floor(rand() * items.length)];
  const n = () => 1 + Math.floor(rand() * 60);
  const path = newsPagePath(i);
  const buyer = pick(BUYERS);
  const provider = pick(PROVIDERS);
  const title = `${buyer} ${pick(['strikes', 'signs', 'agrees to', 'inks'])} ${pick(['multibillion-dollar', 'record', 'long-term', 'major'])} ${pick(['compute', 'cloud', 'chip', 'power'])} deal with ${provider}`;
  const day = `2025-${String((i % 9) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`;
  const paragraphs: string[] = [];
  const count = 4 + Math.floor(rand() * 18);
  for (let k = 0; k < count; k++) {
    const sentences: string[] = [];
    const len = 1 + Math.floor(rand() * 4);
    for (let s = 0; s < len; s++) {
      const r = rand();
      sentences.push(r < 0.08 ? pick(DEAL_SENTENCES)(pick, n) : r < 0.3 ? pick(FIGURE_SENTENCES)(pick, n) : pick(FILLER_SENTENCES)(pick));
    }
    paragraphs.push(k > 0 && rand() < 0.1 ? `<h2>${pick(['What it means', 'The numbers', 'Background', 'What comes next'])}</h2>` : '');
    paragraphs.push(`<p>${sentences.join(' ')}</p>`);
  }
  const jsonLd = rand() < 0.6
    ? `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: `${day}T09:30:00Z`, author: { '@type': 'Person', name: pick(AUTHORS) } })}</script>`
    : `<meta property="article:published_time" content="${day}T09:30:00Z">`;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title} | ${pick(['The Compute Ledger', 'Grid & Silicon', 'Cloud Desk'])}</title>
<link rel="canonical" href="${origin}${path}"><meta property="og:title" content="${title}">
<meta name="description" content="${title}.">${jsonLd}
<style>${'.c{margin:0}'.repeat(20 + Math.floor(rand() * 200))}</style>
<script>window.__STATE__=${JSON.stringify({ id: i, feed: Array.from({ length: 40 + Math.floor(rand() * 260) }, (_, k) => ({ k, slug: newsPagePath(i + k), t: pick(SECTIONS) })) })};</script>
</head><body>
${chrome(pick, rand, i)}
<main><article>
<div class="kicker">${pick(SECTIONS)}</div><h1>${title}</h1>
<div class="byline">By <a href="/authors/${i % 6}">${pick(AUTHORS)}</a> · <time datetime="${day}">${day}</time></div>
${paragraphs.join('\n')}
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
</article>
<aside class="related"><h3>Related</h3><ul>${Array.from({ length: 3 + (i % 6) }, (_, k) => `<li><a href="${newsPagePath(i + k + 1)}">${pick(BUYERS)} and ${pick(PROVIDERS)}: what we know</a></li>`).join('')}</ul></aside>
</main>
<footer><p>© 2025 Example Media. All rights reserved.</p><ul>${['About', 'Contact', 'Privacy', 'Terms', 'Cookies', 'Careers'].map((x) => `<li><a href="/${x.toLowerCase()}">${x}</a></li>`).join('')}</ul></footer>
</body></html>`;
  return { path, html };
}

/** Site chrome as news sites have it: a mega-menu, icons, a cookie banner, a newsletter box. */
function chrome(pick: Pick, rand: () => number, i: number): string {
  const icon = '<svg viewBox="0 0 24 24" width="16" height="16"><path d="M12 2l3 7h7l-5.5 4 2 7-6.5-4.5L5.5 20l2-7L2 9h7z"/></svg>';
  const menu = Array.from({ length: 6 + Math.floor(rand() * 10) }, (_, m) => {
    const items = Array.from({ length: 5 + Math.floor(rand() * 20) }, (_, k) => `<li class="menu-item"><a class="menu-link" href="/section/${m}/${k}">${icon}<span>${pick(SECTIONS)} ${pick(['news', 'analysis', 'opinion', 'video', 'podcasts'])}</span></a></li>`);
    return `<li class="menu-group"><button aria-expanded="false">${pick(SECTIONS)}</button><ul class="submenu">${items.join('')}</ul></li>`;
  }).join('');
  const banner = i % 3 === 0 ? '<div class="cookie">We use cookies to improve your experience. <button>Accept</button> <a href="/privacy">Learn more</a></div>' : '';
  const newsletter = rand() < 0.5 ? '<div class="newsletter"><h3>Get the morning briefing</h3><p>The day\'s top stories on cloud, chips and power, in your inbox.</p><form><input type="email" placeholder="Email"><button>Sign up</button></form></div>' : '';
  return `<header class="site-header"><a class="logo" href="/">${icon}</a><nav class="mega-menu"><ul>${menu}</ul></nav><form role="search"><input name="q" placeholder="Search"></form></header>${banner}${newsletter}`;
}

/** A sitemap listing pages [0, count). */
export function sitemapXml(origin: string, count: number): string {
  const urls = Array.from({ length: count }, (_, i) => `<url><loc>${origin}${newsPagePath(i)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
