// How numbers, money, outlets and links read on the pages.
import { plainNumber } from '../cli/deal-rows';
import { html, type Html } from './html';

const UNITS: [number, string][] = [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm'], [1e3, 'k']];

/** "$38.0 bn": totals in USD on the overview and company pages. */
export function usd(value: number): string {
  for (const [size, unit] of UNITS) if (Math.abs(value) >= size) return `$${(value / size).toFixed(1)} ${unit}`;
  return `$${value.toFixed(0)}`;
}

/** A deal's or report's value in US dollars, "~" when converted at a nearby month's rate (the rates stop before its month). */
export function dealUsd(d: { amount_usd: string | null; fx_estimated: boolean }): string {
  return d.amount_usd === null ? '' : `${d.fx_estimated ? '~' : ''}${usd(Number(d.amount_usd))}`;
}

export function num(value: string | number | null): string {
  if (value === null) return '';
  return plainNumber(String(value)) ?? '';
}

/** Only http(s) links become hrefs: a stored URL such as javascript:... stays text. */
export function externalLink(url: string, label?: string): Html {
  return /^https?:\/\//i.test(url) ? html`<a href="${url}" rel="noopener noreferrer nofollow">${label ?? url}</a>` : html`<span>${label ?? url}</span>`;
}

/** A company: its page when the gazetteer knows it, otherwise its deals. */
export function companyLink(name: string, id: string | null, side: 'buyer' | 'provider'): Html {
  return id ? html`<a href="/companies/${id}">${name}</a>` : html`<a href="/deals?${new URLSearchParams({ [side]: name }).toString()}">${name}</a>`;
}

export const label = (role: string): string => role.replace(/_/g, ' ');
