import type { ReportFigures } from '@decroche/sim-core';
import { formatSeconds, formatShare, PICKUP_TARGET, type QueueKpiView } from '../engine/kpi-view.js';
import type { QueueFactors } from '../sim/protocol.js';
import { h } from './dom.js';
import { QueueChart } from './queue-chart.js';

/** What a queue panel can ask of the simulation. */
export interface QueuePanelActions {
  setAgents(pool: string, agents: number | null): void;
  setFactors(queue: string, factors: QueueFactors): void;
  setBlock(queue: string, block: string, on: boolean): void;
}

/** The words of a block's switch. */
const BLOCK_LABELS: Record<string, string> = {
  callback: 'Callbacks offered',
  appointments: 'Appointments booked',
  dissuasion: '"Call back later" message',
  ivr: 'Voice server',
};

const KPI_ROWS = [
  ['pickup-day', 'Pickup, day so far'],
  ['asa', 'Mean wait when answered (ASA)'],
  ['abandon-share', 'Hung up'],
  ['waiting', 'Callers waiting'],
  ['offered', 'Calls offered'],
  ['agents', 'Agents busy / on duty'],
] as const;

/**
 * One queue's panel: its pickup rate for the current interval against the 85 % target (a bar and
 * text), the other KPIs as text, the what-if controls of its pools, of its volume and handle time
 * and a switch per block it has that can be switched (`switches`), and its chart. Every figure is also in the page as text, with `data-kpi` naming it.
 */
export class QueuePanel {
  readonly element: HTMLElement;
  private readonly pickupText: HTMLElement;
  private readonly fill: HTMLElement;
  private readonly values = new Map<string, HTMLElement>();
  private readonly agentInputs = new Map<string, HTMLInputElement>();
  private readonly chart: QueueChart;

  constructor(
    readonly queue: string,
    private readonly pools: readonly string[],
    intervals: number,
    clockOf: (interval: number) => string,
    actions: QueuePanelActions,
    switches: readonly string[] = [],
  ) {
    this.pickupText = h(
      'span',
      { class: 'pickup-big', 'data-kpi': 'pickup-interval', 'data-queue': queue },
      '—',
    );
    this.fill = h('div', { class: 'fill', style: 'width:0%' });
    const bar = h(
      'div',
      { class: 'pickup-bar', 'aria-hidden': 'true' },
      this.fill,
      h('div', { class: 'target' }),
    );
    const dl = h('dl', { class: 'kpis' });
    for (const [key, label] of KPI_ROWS) {
      const dd = h('dd', { 'data-kpi': key, 'data-queue': queue }, '—');
      this.values.set(key, dd);
      dl.append(h('dt', {}, label), dd);
    }
    const whatIf = h('div', { class: 'what-if', role: 'group', 'aria-label': `What if, ${queue}` });
    for (const pool of pools) {
      const input = h('input', {
        type: 'number',
        min: '0',
        step: '10',
        'data-pool': pool,
        'aria-label': `Agents of ${pool}`,
      });
      input.addEventListener('change', () => {
        const n = Math.round(Number(input.value));
        if (Number.isFinite(n) && n >= 0) actions.setAgents(pool, n);
      });
      const reset = h('button', { type: 'button', title: 'Back to the scheduled agents' }, 'schedule');
      reset.addEventListener('click', () => actions.setAgents(pool, null));
      this.agentInputs.set(pool, input);
      whatIf.append(h('label', {}, `Agents, ${pool}`), h('span', {}, input, ' ', reset));
    }
    const factors: QueueFactors = { calls: 1, handleTime: 1 };
    for (const [key, label] of [
      ['calls', 'Calls'],
      ['handleTime', 'Handle time'],
    ] as const) {
      const output = h('output', {}, '100 %');
      const range = h('input', {
        type: 'range',
        min: '50',
        max: '200',
        step: '5',
        value: '100',
        'data-factor': key,
        'data-queue': queue,
        'aria-label': `${label} factor, ${queue}`,
      });
      range.addEventListener('input', () => (output.textContent = `${range.value} %`));
      range.addEventListener('change', () => {
        factors[key] = Number(range.value) / 100;
        actions.setFactors(queue, { ...factors });
      });
      whatIf.append(h('label', {}, `${label} ×`), h('span', {}, range, ' ', output));
    }
    for (const block of switches) {
      const label = BLOCK_LABELS[block] ?? block;
      const box = h('input', {
        type: 'checkbox',
        'data-block': block,
        'data-queue': queue,
        'aria-label': `${label}, ${queue}`,
      });
      box.checked = true;
      box.addEventListener('change', () => actions.setBlock(queue, block, box.checked));
      whatIf.append(h('label', {}, label), h('span', {}, box));
    }
    const chartHost = h('div', { class: 'chart' });
    this.element = h(
      'section',
      { class: 'queue-panel', 'aria-label': `Queue ${queue}` },
      h('h2', {}, queue),
      h(
        'div',
        {},
        h(
          'span',
          {
            class: 'muted',
            title: 'Calls answered ÷ calls settled (answered, hung up or blocked) since this interval began',
          },
          'Pickup this interval ',
        ),
        this.pickupText,
        h('span', { class: 'muted' }, ` (target ${PICKUP_TARGET * 100} %)`),
      ),
      bar,
      dl,
      whatIf,
      chartHost,
    );
    this.chart = new QueueChart(chartHost, queue, pools, intervals, clockOf, 280);
  }

  /** Shows `view` and the agents of the panel's pools (`agents[pool] = [busy, on duty]`). */
  update(view: QueueKpiView, agents: Map<string, { busy: number; onDuty: number }>): void {
    this.pickupText.textContent = formatShare(view.pickupInterval);
    const share = view.pickupInterval ?? 0;
    this.fill.style.width = `${Math.min(100, share * 100)}%`;
    this.fill.classList.toggle('met', share >= PICKUP_TARGET);
    this.set('pickup-day', formatShare(view.pickupDay));
    this.set('asa', formatSeconds(view.asa));
    this.set('abandon-share', formatShare(view.abandonShare));
    this.set('waiting', view.waiting.toLocaleString('en'));
    this.set('offered', view.offered.toLocaleString('en'));
    let busy = 0;
    let onDuty = 0;
    for (const pool of this.pools) {
      const a = agents.get(pool);
      if (a === undefined) continue;
      busy += a.busy;
      onDuty += a.onDuty;
      const input = this.agentInputs.get(pool)!;
      if (document.activeElement !== input) input.value = String(a.onDuty);
    }
    this.set('agents', `${busy.toLocaleString('en')} / ${onDuty.toLocaleString('en')}`);
  }

  updateChart(kpis: ReportFigures, interval: number): void {
    this.chart.update(kpis, interval);
  }

  resizeChart(width: number): void {
    this.chart.resize(width);
  }

  destroy(): void {
    this.chart.destroy();
    this.element.remove();
  }

  private set(key: string, text: string): void {
    const el = this.values.get(key)!;
    if (el.textContent !== text) el.textContent = text;
  }
}
