import type { Scenario, SimulationReport, SweepResult } from '@decroche/sim-core';
import { intervalLabel } from './format-table.js';
import type { Chart, ChartSeries } from './html-report.js';

/** A simulated run to chart: a name when several are compared (today, plan), its scenario, its report. */
export interface ChartedRun {
  name?: string;
  scenario: Scenario;
  report: SimulationReport;
}

/** The pickup target set for French public services' phone platforms, drawn when no other is given. */
export const PUBLIC_TARGET = 0.85;

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#17becf', '#7f7f7f'];
const BANDS = [
  'rgba(31,119,180,0.15)',
  'rgba(214,39,40,0.15)',
  'rgba(44,160,44,0.15)',
  'rgba(148,103,189,0.15)',
];

function named(run: ChartedRun, what: string): string {
  return run.name === undefined ? what : `${what} (${run.name})`;
}

function agentsServing(scenario: Scenario, queueId: string): number[] {
  return Array.from({ length: scenario.intervals }, (_, i) =>
    scenario.pools.filter((p) => p.serves.includes(queueId)).reduce((sum, p) => sum + (p.agents[i] ?? 0), 0),
  );
}

/**
 * Three charts per queue, interval by interval: calls (attempts and first calls) and agents; the
 * pickup rate with its 95 % confidence band against the target; the mean and longest queue.
 */
export function queueCharts(runs: ChartedRun[], target: number | undefined): Chart[] {
  const first = runs[0];
  if (first === undefined) return [];
  const xLabels = Array.from({ length: first.scenario.intervals }, (_, i) =>
    intervalLabel(first.scenario, i),
  );
  const xTitle = xLabels[0] === '0' ? 'interval' : 'start';
  const charts: Chart[] = [];
  for (const id of Object.keys(first.report.queues)) {
    const calls: ChartSeries[] = [];
    const pickup: ChartSeries[] = [];
    const bands: Chart['bands'] = [];
    const queue: ChartSeries[] = [];
    runs.forEach((run, r) => {
      const q = run.report.queues[id];
      if (q === undefined) return;
      const color = COLORS[r % COLORS.length] ?? '#000';
      if (r === 0) {
        calls.push({ label: 'attempts', values: q.intervals.map((k) => k.offered), color: '#7f7f7f' });
        calls.push({ label: 'first calls', values: q.intervals.map((k) => k.firstCalls), color: '#bcbd22' });
      }
      calls.push({ label: named(run, 'agents'), values: agentsServing(run.scenario, id), color });
      pickup.push({ label: named(run, 'pickup rate'), values: q.intervals.map((k) => k.pickupRate), color });
      const hw = run.report.halfWidth?.queues[id]?.intervals;
      if (hw !== undefined) {
        const shift = (sign: number) =>
          q.intervals.map((k, i) =>
            k.pickupRate === null ? null : k.pickupRate + sign * (hw[i]?.pickupRate ?? 0),
          );
        pickup.push({ label: named(run, '95 % upper'), values: shift(1), color: 'rgba(0,0,0,0)' });
        pickup.push({ label: named(run, '95 % lower'), values: shift(-1), color: 'rgba(0,0,0,0)' });
        bands.push({
          upper: pickup.length - 2,
          lower: pickup.length - 1,
          color: BANDS[r % BANDS.length] ?? '',
        });
      }
      queue.push({
        label: named(run, 'mean queue'),
        values: q.intervals.map((k) => k.meanQueueLength),
        color,
      });
      queue.push({
        label: named(run, 'longest queue'),
        values: q.intervals.map((k) => k.maxQueueLength),
        color,
        dash: true,
      });
    });
    if (target !== undefined)
      pickup.push({ label: 'target', values: xLabels.map(() => target), color: '#000', dash: true });
    charts.push(
      {
        title: `${id}: calls and agents`,
        xLabels,
        xTitle,
        yTitle: 'per interval',
        y: 'count',
        series: calls,
      },
      {
        title: `${id}: pickup rate`,
        xLabels,
        xTitle,
        yTitle: 'answered ÷ offered',
        y: 'percent',
        series: pickup,
        bands,
      },
      { title: `${id}: callers waiting`, xLabels, xTitle, yTitle: 'callers', y: 'decimal', series: queue },
    );
  }
  return charts;
}

/**
 * The pickup rate of every sweep point: x is the agents (or agents factor), one line with its
 * band per combination of calls and handle-time factors.
 */
export function sweepCharts(result: SweepResult, target: number | undefined): Chart[] {
  const xOf = (p: SweepResult['points'][number]) => (p.agents === null ? p.agentsFactor : p.agents);
  const xs = [...new Set(result.points.map(xOf))];
  const combos = [...new Set(result.points.map((p) => `${p.calls}|${p.aht}`))];
  const series: ChartSeries[] = [];
  const bands: Chart['bands'] = [];
  combos.forEach((combo, c) => {
    const [calls, aht] = combo.split('|');
    const at = (x: number) => result.points.find((p) => xOf(p) === x && `${p.calls}|${p.aht}` === combo);
    const value = (x: number) => at(x)?.report.total.pickupRate ?? null;
    const hw = (x: number) => at(x)?.report.halfWidth?.total.pickupRate;
    const color = COLORS[c % COLORS.length] ?? '#000';
    series.push({ label: `calls ×${calls}, AHT ×${aht}`, values: xs.map(value), color });
    if (result.points.some((p) => p.report.halfWidth !== undefined)) {
      const shift = (sign: number) =>
        xs.map((x) => (value(x) === null ? null : (value(x) ?? 0) + sign * (hw(x) ?? 0)));
      series.push({ label: '95 % upper', values: shift(1), color: 'rgba(0,0,0,0)' });
      series.push({ label: '95 % lower', values: shift(-1), color: 'rgba(0,0,0,0)' });
      bands.push({
        upper: series.length - 2,
        lower: series.length - 1,
        color: BANDS[c % BANDS.length] ?? '',
      });
    }
  });
  if (target !== undefined)
    series.push({ label: 'target', values: xs.map(() => target), color: '#000', dash: true });
  const agentsAxis = result.points[0]?.agents !== null;
  return [
    {
      title: 'pickup rate over the grid, all queues together',
      xLabels: xs.map(String),
      xTitle: agentsAxis ? 'agents' : 'agents ×',
      yTitle: 'answered ÷ offered',
      y: 'percent',
      series,
      bands,
    },
  ];
}
