// The read-only web app behind `dealdb serve`: server-rendered pages, a JSON API under /api/, and
// the chart assets served from the project's own files. Every read goes through db/web-queries
// (READ ONLY transactions); every parameter through params.ts (400 on anything unexpected).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Database } from '../../db/client';
import type { QueueCounts } from '../../jobs/queues';
import { exportDeals, listDeals, listFigures, loadCompany, loadDeal, loadOverview, loadPipeline } from '../../db/web-queries';
import { splitSentences } from '../../extractors/text/sentences';
import { dealCells, dealFields, dealJson } from '../cli/deal-rows';
import { writeCsv, writeJsonLines } from '../cli/output';
import type { Logger } from '../log';
import { companyJson, dealApiJson, dealDetailJson, figuresJson } from './api';
import { html } from './html';
import { page } from './layout';
import { apiPage } from './pages/api-doc';
import { companyPage } from './pages/company';
import { dealPage } from './pages/deal';
import { dealsPage } from './pages/deals';
import { figuresPage } from './pages/figures';
import { overviewPage } from './pages/overview';
import { pipelinePage } from './pages/pipeline';
import { BadRequestError, MAX_EXPORT_ROWS, parseCompanyId, parseDealId, parseDealQuery, parseFigureQuery, parseNoQuery } from './params';

class NotFoundError extends Error {}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** Read once at start: the chart library from node_modules (no CDN), our stylesheet and chart script. */
function loadAssets(): Map<string, { type: string; body: Buffer }> {
  return new Map([
    ['echarts.min.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(require.resolve('echarts/dist/echarts.min.js')) }],
    ['charts.js', { type: 'text/javascript; charset=utf-8', body: readFileSync(path.join(HERE, 'assets/charts.js')) }],
    ['app.css', { type: 'text/css; charset=utf-8', body: readFileSync(path.join(HERE, 'assets/app.css')) }],
  ]);
}

// Scripts only from this server: even markup that escaped escaping could not run.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** The sentence holding an offset, as the extractors split them (a page's figures share few articles: split each once). */
function sentenceFinder(): (text: string, offset: number) => { start: number; text: string } {
  let last: { text: string; sentences: ReturnType<typeof splitSentences> } | null = null;
  return (text, offset) => {
    if (last?.text !== text) last = { text, sentences: splitSentences(text) };
    const s = last.sentences.find((x) => offset >= x.start && offset < x.end);
    return s ? { start: s.start, text: s.text.trimEnd() } : { start: 0, text: '' };
  };
}

export interface WebOptions {
  /** With REDIS_URL: the queues' job counts, for the Pipeline page (as `dealdb status` shows them). */
  queueCounts?: () => Promise<QueueCounts>;
}

export function buildWebServer(database: Database, log: Logger, options: WebOptions = {}): FastifyInstance {
  const app = Fastify({ logger: false, routerOptions: { maxParamLength: 200, ignoreTrailingSlash: true } });
  const assets = loadAssets();

  app.addHook('onRequest', async (request) => {
    (request as FastifyRequest & { startedAt: bigint }).startedAt = process.hrtime.bigint();
  });
  app.addHook('onSend', async (request, reply) => {
    const started = (request as FastifyRequest & { startedAt?: bigint }).startedAt;
    if (started) reply.header('server-timing', `app;dur=${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)}`);
    reply.header('content-security-policy', CSP).header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer');
  });

  const sendPage = (reply: FastifyReply, title: string, pathname: string, body: ReturnType<typeof html>, charts = false) =>
    reply.type('text/html; charset=utf-8').send(page({ title, path: pathname, body, charts }));

  app.get('/', async (request, reply) => {
    parseNoQuery(request.query);
    return sendPage(reply, 'Overview', '/', overviewPage(await loadOverview(database)), true);
  });
  app.get('/deals', async (request, reply) => {
    const query = parseDealQuery(request.query);
    return sendPage(reply, 'Deals', '/deals', dealsPage(query, await listDeals(database, query.filter, query.page)));
  });
  app.get('/deals.csv', async (request, reply) => {
    const query = parseDealQuery(request.query);
    const out = new PassThrough();
    writeCsv(out, dealFields('csv'), (await exportDeals(database, query.filter, query.page, MAX_EXPORT_ROWS)).map((d) => dealCells(d, 'csv')));
    out.end();
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="deals.csv"').send(out);
  });
  app.get('/deals.jsonl', async (request, reply) => {
    const query = parseDealQuery(request.query);
    const out = new PassThrough();
    writeJsonLines(out, (await exportDeals(database, query.filter, query.page, MAX_EXPORT_ROWS)).map(dealJson));
    out.end();
    return reply.type('application/x-ndjson; charset=utf-8').header('content-disposition', 'attachment; filename="deals.jsonl"').send(out);
  });
  app.get<{ Params: { id: string } }>('/deals/:id', async (request, reply) => {
    parseNoQuery(request.query);
    const detail = await loadDeal(database, parseDealId(request.params.id));
    if (!detail) throw new NotFoundError(`no deal ${request.params.id}`);
    return sendPage(reply, `${detail.deal.buyer} · ${detail.deal.provider}`, '/deals', dealPage(detail));
  });
  app.get<{ Params: { id: string } }>('/companies/:id', async (request, reply) => {
    parseNoQuery(request.query);
    const company = await loadCompany(database, parseCompanyId(request.params.id));
    if (!company) throw new NotFoundError(`no company ${request.params.id} in the gazetteer`);
    return sendPage(reply, company.name, '/companies', companyPage(company), true);
  });
  app.get('/figures', async (request, reply) => {
    const { filter, page: p } = parseFigureQuery(request.query);
    return sendPage(reply, 'Figures', '/figures', figuresPage(await listFigures(database, filter, p, sentenceFinder()), { ...filter, ...p }));
  });
  app.get('/pipeline', async (request, reply) => {
    parseNoQuery(request.query);
    const queues = options.queueCounts ? await options.queueCounts() : null;
    return sendPage(reply, 'Pipeline', '/pipeline', pipelinePage(await loadPipeline(database), queues));
  });
  app.get('/api', async (request, reply) => {
    parseNoQuery(request.query);
    return sendPage(reply, 'JSON API', '/api', apiPage());
  });

  app.get('/api/deals', async (request) => {
    const query = parseDealQuery(request.query);
    const result = await listDeals(database, query.filter, query.page);
    return { total: result.total, page: query.page.page, size: query.page.size, deals: result.deals.map(dealApiJson) };
  });
  app.get<{ Params: { id: string } }>('/api/deals/:id', async (request) => {
    parseNoQuery(request.query);
    const detail = await loadDeal(database, parseDealId(request.params.id));
    if (!detail) throw new NotFoundError(`no deal ${request.params.id}`);
    return dealDetailJson(detail);
  });
  app.get<{ Params: { id: string } }>('/api/companies/:id', async (request) => {
    parseNoQuery(request.query);
    const company = await loadCompany(database, parseCompanyId(request.params.id));
    if (!company) throw new NotFoundError(`no company ${request.params.id} in the gazetteer`);
    return companyJson(company);
  });
  app.get('/api/figures', async (request) => {
    const { filter, page: p } = parseFigureQuery(request.query);
    return figuresJson(await listFigures(database, filter, p, sentenceFinder()), p);
  });

  app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
    const asset = assets.get(request.params.name);
    if (!asset) throw new NotFoundError(`no asset ${request.params.name}`);
    return reply.type(asset.type).header('cache-control', 'public, max-age=3600').send(asset.body);
  });

  const fail = (request: FastifyRequest, reply: FastifyReply, status: number, message: string) => {
    if (request.url.startsWith('/api/')) return reply.code(status).send({ error: message });
    const title = status === 400 ? 'Bad request' : status === 404 ? 'Not found' : 'Error';
    return reply.code(status).type('text/html; charset=utf-8').send(page({ title, path: '', body: html`<p class="error">${message}</p><p><a href="/">back to the overview</a></p>` }));
  };
  app.setNotFoundHandler((request, reply) => fail(request, reply, 404, `no page at ${request.url.split('?')[0]}; start from the overview`));
  app.setErrorHandler((err, request, reply) => {
    if (err instanceof BadRequestError) return fail(request, reply, 400, err.message);
    if (err instanceof NotFoundError) return fail(request, reply, 404, err.message);
    const status = (err as { statusCode?: number }).statusCode;
    // Fastify's own client errors (a malformed URL, a bad header) keep their 4xx and message.
    if (status && status >= 400 && status < 500) return fail(request, reply, status, (err as Error).message);
    log.error('web request failed', { url: request.url, error: (err as Error)?.stack ?? String(err) });
    return fail(request, reply, 500, 'the server failed to answer; the error is in its log');
  });
  return app;
}
