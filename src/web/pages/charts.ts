// What the chart script (assets/charts.js) draws: plain data, turned into ECharts options in the browser.
export type ChartSpec =
  | { id: string; type: 'stacked'; unit: string; x: string[]; series: { name: string; values: number[] }[] }
  | { id: string; type: 'bars' | 'ranking'; unit: string; x: string[]; values: number[] }
  | { id: string; type: 'matrix'; unit: string; rows: string[]; cols: string[]; cells: [number, number, number][] };
