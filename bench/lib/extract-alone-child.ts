// One process of the "extraction alone" reference: generates its share of the news pages, says
// ready, and on "go" extracts them all and reports how long that took. No I/O while measuring.
import { extract } from '../../extractors';
import { generateNewsPage } from './news-pages';

const [from, to, origin] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4]];
const FETCHED_AT = new Date('2026-01-01T00:00:00Z');
const pages: { html: string; url: string }[] = [];
for (let i = from; i < to; i++) {
  const page = generateNewsPage(i, origin);
  pages.push({ html: page.html, url: `${origin}${page.path}` });
}
process.send!({ type: 'ready' });
process.once('message', () => {
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (const p of pages) extract(p.html, { url: p.url, fetchedAt: FETCHED_AT });
  const cpu = process.cpuUsage(cpu0);
  process.send!({ type: 'done', ms: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000, pages: pages.length }, () =>
    process.exit(0),
  );
});
