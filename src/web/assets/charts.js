// Draws the charts of a page from its <script type="application/json" id="chart-data"> with ECharts
// (served from node_modules by the server). Plain browser JavaScript: no build step.
(function () {
  'use strict';
  var source = document.getElementById('chart-data');
  if (!source || !window.echarts) return;
  var specs = JSON.parse(source.textContent);

  function compact(v, unit) {
    var units = [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm'], [1e3, 'k']];
    for (var i = 0; i < units.length; i++) if (Math.abs(v) >= units[i][0]) return (unit === 'USD' ? '$' : '') + (v / units[i][0]).toFixed(1) + ' ' + units[i][1] + (unit === 'MW' ? ' MW' : '');
    return (unit === 'USD' ? '$' : '') + Math.round(v) + (unit === 'MW' ? ' MW' : '');
  }

  function option(spec) {
    var fmt = function (v) { return compact(v, spec.unit); };
    // Tooltips drawn on the canvas (richText), not as HTML: no company name can become markup, and
    // the page's CSP (no inline styles) holds.
    var tooltip = { trigger: 'axis', renderMode: 'richText', valueFormatter: fmt };
    if (spec.type === 'stacked') {
      return {
        tooltip: tooltip, legend: { top: 0 }, grid: { left: 70, right: 20, top: 40, bottom: 40 },
        xAxis: { type: 'category', data: spec.x }, yAxis: { type: 'value', axisLabel: { formatter: fmt } },
        series: spec.series.map(function (s) { return { name: s.name, type: 'bar', stack: 'total', data: s.values }; }),
      };
    }
    if (spec.type === 'bars') {
      return {
        tooltip: tooltip, grid: { left: 70, right: 20, top: 20, bottom: 40 },
        xAxis: { type: 'category', data: spec.x }, yAxis: { type: 'value', axisLabel: { formatter: fmt } },
        series: [{ name: spec.unit, type: 'bar', data: spec.values }],
      };
    }
    if (spec.type === 'ranking') {
      return {
        tooltip: tooltip, grid: { left: 150, right: 30, top: 10, bottom: 30 },
        yAxis: { type: 'category', data: spec.x.slice().reverse(), axisLabel: { width: 140, overflow: 'truncate' } },
        xAxis: { type: 'value', axisLabel: { formatter: fmt } },
        series: [{ name: spec.unit, type: 'bar', data: spec.values.slice().reverse() }],
      };
    }
    if (spec.type === 'matrix') {
      var max = spec.cells.reduce(function (m, c) { return Math.max(m, c[2]); }, 0);
      return {
        tooltip: { renderMode: 'richText', formatter: function (p) { return spec.rows[p.value[1]] + ' → ' + spec.cols[p.value[0]] + ': ' + fmt(p.value[2]); } },
        grid: { left: 150, right: 30, top: 10, bottom: 110 },
        xAxis: { type: 'category', data: spec.cols, axisLabel: { rotate: 40, width: 100, overflow: 'truncate' }, name: 'provider' },
        yAxis: { type: 'category', data: spec.rows, axisLabel: { width: 140, overflow: 'truncate' }, name: 'buyer' },
        visualMap: { min: 0, max: max || 1, show: false, inRange: { color: ['#dce8fb', '#1f4fa8'] } },
        series: [{ name: 'flows', type: 'heatmap', data: spec.cells }],
      };
    }
    return null;
  }

  specs.forEach(function (spec) {
    var el = document.getElementById(spec.id);
    var opt = option(spec);
    if (!el || !opt) return;
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    chart.on('finished', function () {
      el.setAttribute('data-drawn', String(opt.series.reduce(function (n, s) { return n + s.data.filter(function (v) { return Array.isArray(v) ? v[2] : v; }).length; }, 0)));
    });
    chart.setOption(opt);
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
