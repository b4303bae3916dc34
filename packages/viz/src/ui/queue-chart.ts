import type { ReportFigures } from '@decroche/sim-core';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { PICKUP_TARGET, settledPickupRate } from '../engine/kpi-view.js';
import { cssColour, OKABE_ITO } from '../engine/palette.js';

/**
 * A queue's day, interval by interval, drawn with uPlot: pickup rate of each finished interval
 * (settled calls, %) against the 85 % line on the left axis; mean queue length and agents on duty on the right axis. Intervals not
 * reached yet are gaps.
 */
export class QueueChart {
  private readonly plot: uPlot;
  private readonly xs: number[];

  constructor(
    host: HTMLElement,
    private readonly queue: string,
    private readonly pools: readonly string[],
    intervals: number,
    clockOf: (interval: number) => string,
    width: number,
  ) {
    this.xs = Array.from({ length: intervals }, (_, i) => i);
    const empty = this.xs.map(() => null);
    const opts: uPlot.Options = {
      width,
      height: 150,
      legend: { show: true, live: false },
      cursor: { show: false },
      scales: {
        x: { time: false },
        pct: { range: [0, 100] },
        n: { range: (_u, _min, max) => [0, Math.max(10, max * 1.1)] },
      },
      axes: [
        {
          stroke: '#9aa4b2',
          grid: { stroke: '#2a313c' },
          values: (_u, splits) => splits.map((v) => clockOf(v)),
          space: 50,
        },
        {
          scale: 'pct',
          stroke: '#9aa4b2',
          grid: { stroke: '#2a313c' },
          values: (_u, splits) => splits.map((v) => `${v}%`),
          size: 52,
        },
        { scale: 'n', side: 1, stroke: '#9aa4b2', grid: { show: false }, size: 44 },
      ],
      series: [
        {},
        { label: 'pickup %', scale: 'pct', stroke: cssColour(OKABE_ITO.skyBlue), width: 2 },
        {
          label: '85 %',
          scale: 'pct',
          stroke: cssColour(OKABE_ITO.yellow),
          dash: [4, 4],
          width: 1,
          points: { show: false },
        },
        { label: 'queue', scale: 'n', stroke: cssColour(OKABE_ITO.orange), width: 1.5 },
        { label: 'agents', scale: 'n', stroke: cssColour(OKABE_ITO.bluishGreen), width: 1.5 },
      ],
    };
    const target = this.xs.map(() => PICKUP_TARGET * 100);
    this.plot = new uPlot(opts, [this.xs, empty, target, empty, empty], host);
  }

  /** Redraws with the KPIs so far, up to interval `current` of the day. */
  update(kpis: ReportFigures, current: number): void {
    const queue = kpis.queues[this.queue];
    if (queue === undefined) return;
    const upTo = (i: number) => i <= current;
    // Pickup of finished intervals only: in the current one, the calls still waiting would skew it.
    const pickup = this.xs.map((i) => {
      const k = queue.intervals[i];
      const rate = k && i < current ? settledPickupRate(k) : null;
      return rate === null ? null : rate * 100;
    });
    const length = this.xs.map((i) => (upTo(i) ? (queue.intervals[i]?.meanQueueLength ?? null) : null));
    const agents = this.xs.map((i) => {
      if (!upTo(i) || this.pools.length === 0) return null;
      return this.pools.reduce((sum, p) => sum + (kpis.pools[p]?.intervals[i]?.agents ?? 0), 0);
    });
    const target = this.xs.map(() => PICKUP_TARGET * 100);
    this.plot.setData([this.xs, pickup, target, length, agents]);
  }

  resize(width: number): void {
    this.plot.setSize({ width, height: 150 });
  }

  destroy(): void {
    this.plot.destroy();
  }
}
