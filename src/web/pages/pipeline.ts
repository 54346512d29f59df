// Pipeline: what `dealdb status` shows from the database (articles by status, recent failures
// with reasons), the queue counts when Redis is configured, and the sources with their schedules.
import type { PipelineData } from '../../../db/web-queries';
import { JOB_STATES, type QueueCounts } from '../../../jobs/queues';
import { externalLink } from '../format';
import { html, type Html } from '../html';

function queueTable(queues: QueueCounts | null): Html {
  if (!queues) return html`<p class="note">No REDIS_URL: no queues; crawl and resume run in-process.</p>`;
  return html`<table class="queues"><thead><tr><th>queue</th>${JOB_STATES.map((s) => html`<th class="n">${s}</th>`)}</tr></thead><tbody>${Object.entries(queues).map(
    ([name, counts]) => html`<tr><th>${name}</th>${JOB_STATES.map((s) => html`<td class="n">${counts[s]}</td>`)}</tr>`,
  )}</tbody></table>`;
}

export function pipelinePage(p: PipelineData, queues: QueueCounts | null): Html {
  return html`<section><h2>Articles by status</h2>
<table class="statuses"><tbody>${Object.entries(p.articles).map(([s, n]) => html`<tr><th>${s}</th><td class="n">${n}</td></tr>`)}</tbody></table></section>
<section><h2>Queues</h2>${queueTable(queues)}</section>
<section><h2>Sources and schedules</h2>${
    p.sources.length
      ? html`<table><thead><tr><th>id</th><th>kind</th><th>url</th><th>every</th><th>enabled</th><th>last run</th><th>last error</th></tr></thead><tbody>${p.sources.map(
          (s) => html`<tr><td>${s.id}</td><td>${s.kind}</td><td>${externalLink(s.url)}</td><td>${s.schedule}</td><td>${s.enabled ? 'yes' : 'no'}</td>
<td>${s.last_run_at ?? 'never'}</td><td>${s.last_error ?? ''}</td></tr>`,
        )}</tbody></table>`
      : html`<p>No sources. Add one with <code>dealdb sources add URL</code>.</p>`
  }</section>
<section><h2>Recent failures</h2>${
    p.failures.length
      ? html`<table class="failures"><thead><tr><th>at</th><th>url</th><th>reason</th></tr></thead><tbody>${p.failures.map(
          (f) => html`<tr><td>${f.at}</td><td>${externalLink(f.url)}</td><td>${f.reason}</td></tr>`,
        )}</tbody></table>`
      : html`<p>No failures.</p>`
  }</section>`;
}
