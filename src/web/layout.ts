// The page shell every HTML page shares: head, navigation, and the chart script when a page has charts.
import { html, type Html } from './html';

const NAV = [
  { href: '/', label: 'Overview' },
  { href: '/deals', label: 'Deals' },
  { href: '/figures', label: 'Figures' },
  { href: '/pipeline', label: 'Pipeline' },
  { href: '/api', label: 'API' },
];

export function page(options: { title: string; path: string; body: Html; charts?: boolean }): string {
  const { title, path, body, charts } = options;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · dealdb</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/app.css">
${charts ? html`<script src="/assets/echarts.min.js" defer></script><script src="/assets/charts.js" defer></script>` : ''}
</head>
<body>
<header><a class="brand" href="/">dealdb</a><nav>${NAV.map(
    (n) => html`<a href="${n.href}"${n.href === path ? html` aria-current="page"` : ''}>${n.label}</a>`,
  )}</nav></header>
<main>
<h1>${title}</h1>
${body}
</main>
</body>
</html>
`.text;
}
