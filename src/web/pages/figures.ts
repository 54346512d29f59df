// Figures: counts by role (links filter), then the figures of a role with the sentence each came from.
import type { FigureRow, FiguresResult } from '../../../db/web-queries';
import { externalLink, label, num } from '../format';
import { html, type Html } from '../html';

function value(f: FigureRow): string {
  if (f.kind === 'money') return f.amount === null ? 'vague' : `${f.currency ?? ''} ${num(f.amount)}${f.per ? `/${f.per}` : ''}`;
  if (f.kind === 'duration') return f.months !== null ? `${num(f.months)} months` : f.days !== null ? `${num(f.days)} days` : 'vague';
  return f.mw === null ? 'vague' : `${num(f.mw)} MW${f.per ? `/${f.per}` : ''}`;
}

function sentence(f: FigureRow): Html {
  const at = f.start_offset - f.sentence_start;
  const end = Math.min(f.sentence.length, at + (f.end_offset - f.start_offset));
  if (at < 0 || at > f.sentence.length) return html`${f.sentence}`;
  return html`${f.sentence.slice(0, at)}<mark class="fig" data-role="${f.role ?? 'unassigned'}">${f.sentence.slice(at, end)}</mark>${f.sentence.slice(end)}`;
}

export function figuresPage(r: FiguresResult, current: { role?: string; kind?: string; page: number; size: number }): Html {
  const pages = Math.max(1, Math.ceil(r.total / current.size));
  const link = (p: number, text: string) => {
    const params = new URLSearchParams();
    if (current.role) params.set('role', current.role);
    if (current.kind) params.set('kind', current.kind);
    params.set('page', String(p));
    return html`<a href="/figures?${params.toString()}" rel="${text}">${text}</a>`;
  };
  return html`<section><h2>By role</h2>
<table class="roles"><thead><tr><th>role</th><th>kind</th><th class="n">figures</th></tr></thead><tbody>${r.roles.map(
    (x) => html`<tr><td><a href="/figures?${new URLSearchParams({ role: x.role, kind: x.kind }).toString()}">${label(x.role)}</a></td><td>${x.kind}</td><td class="n">${x.figures}</td></tr>`,
  )}</tbody></table></section>
<section><h2>${current.role ? label(current.role) : 'All figures'}${current.kind ? ` (${current.kind})` : ''}: ${r.total}</h2>
<table class="figures"><thead><tr><th>figure</th><th>value</th><th>role</th><th>sentence</th><th>article</th></tr></thead><tbody>${r.figures.map(
    (f) => html`<tr><td>${f.text}</td><td>${value(f)}</td><td>${label(f.role ?? 'unassigned')}</td><td class="sentence">${sentence(f)}</td>
<td>${externalLink(f.url, f.title ?? f.url)} ${f.published ?? ''}</td></tr>`,
  )}</tbody></table>
<p class="paging">${current.page > 1 ? link(current.page - 1, 'prev') : ''} ${current.page < pages ? link(current.page + 1, 'next') : ''}</p></section>`;
}
