// A local news site on 127.0.0.1 serving the generated pages and a sitemap listing them. Pages are
// generated per request (10,000 pages need not sit in memory), or all up front where throughput
// is measured: generating a page costs about a quarter of extracting it, CPU that a real site
// spends on its own machine, not on the pipeline's cores.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateNewsPage, sitemapXml } from './news-pages';

export interface NewsSite {
  origin: string;
  sitemapUrl: string;
  /** Page requests answered so far. */
  served(): number;
  close(): Promise<void>;
}

const PAGE_PATH = /^\/news\/\d{4}\/\d{2}\/story-(\d+)\.html$/;

export async function startNewsSite(pageCount: number, options: { pregenerate?: boolean } = {}): Promise<NewsSite> {
  let origin = '';
  let served = 0;
  let sitemap: Buffer | null = null;
  let pages: Buffer[] | null = null;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const match = PAGE_PATH.exec(path);
    if (path === '/sitemap.xml') {
      sitemap ??= Buffer.from(sitemapXml(origin, pageCount));
      res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' }).end(sitemap);
    } else if (match && Number(match[1]) < pageCount) {
      served++;
      const n = Number(match[1]);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages?.[n] ?? generateNewsPage(n, origin).html);
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (options.pregenerate) pages = Array.from({ length: pageCount }, (_, n) => Buffer.from(generateNewsPage(n, origin).html));
  return {
    origin,
    sitemapUrl: `${origin}/sitemap.xml`,
    served: () => served,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
