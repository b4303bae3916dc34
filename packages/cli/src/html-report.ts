import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { escapeHtml, textToHtml } from './html-tables.js';

/** One line of a chart. */
export interface ChartSeries {
  label: string;
  /** One value per x; null leaves a gap. */
  values: (number | null)[];
  color: string;
  /** Dashed, for reference lines such as a target. */
  dash?: boolean;
}

/** One chart of the report: x positions with their labels, lines, and shaded bands between two lines. */
export interface Chart {
  title: string;
  /** Labels of the x positions (clock times, interval numbers, agents). */
  xLabels: string[];
  xTitle: string;
  yTitle: string;
  /** How the y axis and the legend show values. */
  y: 'percent' | 'count' | 'decimal';
  series: ChartSeries[];
  /** Shade between series `upper` and `lower` (indexes into `series`), e.g. a confidence band. */
  bands?: { upper: number; lower: number; color: string }[];
}

/** What an HTML report holds: a title, charts, and the text tables the terminal shows. */
export interface HtmlReport {
  title: string;
  subtitle: string;
  charts: Chart[];
  /** The command's text output: its tables become HTML tables, its other lines paragraphs. */
  tables: string;
}

const require = createRequire(import.meta.url);

/** uPlot's script and style, read from its installed package so the report needs no network. */
function uplotAssets(): { js: string; css: string } {
  const js = readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8');
  const css = readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8');
  return { js, css };
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

// Runs in the browser: one uPlot chart per entry of the embedded data.
const DRAW = `
const charts = JSON.parse(document.getElementById('charts').textContent);
const show = { percent: (v) => v == null ? '–' : (v * 100).toFixed(1) + ' %',
  count: (v) => v == null ? '–' : Math.round(v).toLocaleString('fr-FR'),
  decimal: (v) => v == null ? '–' : v.toFixed(1) };
for (const chart of charts) {
  const box = document.createElement('section');
  box.className = 'chart';
  const h = document.createElement('h2');
  h.textContent = chart.title;
  box.append(h);
  document.getElementById('figures').append(box);
  const xs = chart.xLabels.map((_, i) => i);
  const fmt = show[chart.y];
  const opts = {
    width: Math.min(960, document.body.clientWidth - 32), height: 280,
    scales: { x: { time: false }, y: chart.y === 'percent' ? { range: [0, 1] } : { auto: true } },
    axes: [
      { label: chart.xTitle, values: (u, ticks) => ticks.map((t) => chart.xLabels[t] ?? ''),
        splits: () => xs.filter((i) => i % Math.ceil(xs.length / 12) === 0) },
      { label: chart.yTitle, values: (u, ticks) => ticks.map(fmt), size: 70 },
    ],
    series: [{ label: chart.xTitle, value: (u, v) => v == null ? '' : chart.xLabels[v] }].concat(chart.series.map((s) => ({
      label: s.label, stroke: s.color, width: 2, dash: s.dash ? [6, 4] : undefined,
      value: (u, v) => fmt(v), points: { show: xs.length < 40 } }))),
    bands: (chart.bands || []).map((b) => ({ series: [b.upper + 1, b.lower + 1], fill: b.color })),
  };
  new uPlot(opts, [xs].concat(chart.series.map((s) => s.values)), box);
}
`;

/**
 * One self-contained HTML page (no network: uPlot inlined) with the report's charts and its tables
 * (HTML tables made from the command's text output).
 */
export function htmlReport(report: HtmlReport): string {
  const { js, css } = uplotAssets();
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${css}</style>
<style>
body { font-family: system-ui, sans-serif; margin: 16px; color: #222; }
h1 { font-size: 1.4em; margin: 0 0 4px; }
h2 { font-size: 1.05em; margin: 24px 0 4px; }
p.sub { color: #555; margin: 0 0 16px; }
#tables table { border-collapse: collapse; font-size: 13px; margin: 8px 0 16px; }
#tables th, #tables td { padding: 3px 10px; border-bottom: 1px solid #ddd; text-align: left; white-space: nowrap; }
#tables th { background: #f2f2f2; }
#tables .num { text-align: right; font-variant-numeric: tabular-nums; }
#tables p { margin: 8px 0; }
</style>
</head>
<body>
<h1>${escapeHtml(report.title)}</h1>
<p class="sub">${escapeHtml(report.subtitle)}</p>
<div id="figures"></div>
<h2>Tables</h2>
<div id="tables">
${textToHtml(report.tables)}
</div>
<script id="charts" type="application/json">${scriptJson(report.charts)}</script>
<script>${js}</script>
<script>${DRAW}</script>
</body>
</html>
`;
}
