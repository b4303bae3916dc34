import type { Kpis, ReportFigures } from '@decroche/sim-core';

/** The pickup-rate target of French public services. */
export const PICKUP_TARGET = 0.85;

/** What the KPI panel shows for one queue. */
export interface QueueKpiView {
  /**
   * Pickup rate of the attempts settled (answered or lost) since the current interval began, whenever
   * they arrived — the live figure of a wallboard.
   */
  pickupInterval: number | null;
  /** Pickup rate of the day so far: attempts that arrived today and are settled. */
  pickupDay: number | null;
  /** Mean wait of answered calls so far, seconds. */
  asa: number | null;
  /** Abandoned ÷ offered so far. */
  abandonShare: number | null;
  /** Offered attempts so far. */
  offered: number;
  /** Callers waiting now. */
  waiting: number;
}

/**
 * Pickup rate of the settled attempts of `k`: answered ÷ (offered − still waiting). A live view
 * leaves out the callers still in the line, whose outcome is not known yet; at the end of a run it
 * equals the report's `pickupRate` when nobody is left waiting. `null` when nothing is settled.
 *
 * @example
 * ```ts
 * const day = simulate({ intervals: 1, queues: [{ id: 'caf', calls: 100, handleTime: { dist: 'exponential', mean: 300 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 20 }] }, { seed: 1 }).total;
 * settledPickupRate(day) === day.answered / (day.offered - day.inSystem) // => true
 * settledPickupRate({ ...day, offered: 0, inSystem: 0 }) // => null
 * ```
 */
export function settledPickupRate(k: Kpis): number | null {
  const settled = k.offered - k.inSystem;
  return settled > 0 ? k.answered / settled : null;
}

/**
 * Interval of the day of simulated time `t` (the last one past the horizon).
 *
 * @example
 * ```ts
 * intervalOfDay(4000, 1800, 17, 1) // => 2
 * intervalOfDay(30600 + 10, 1800, 17, 2) // => 0
 * ```
 */
export function intervalOfDay(t: number, intervalSeconds: number, intervals: number, days: number): number {
  const g = Math.min(intervals * days - 1, Math.floor(t / intervalSeconds));
  return Math.max(0, g) % intervals;
}

/**
 * The KPI view of queue `queue` from the KPIs so far, the attempts settled since the current
 * interval began, and the callers waiting now.
 *
 * @example
 * ```ts
 * const sim = createSimulation({ intervals: 1, queues: [{ id: 'caf', calls: 900, handleTime: { dist: 'exponential', mean: 300 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 100 }] }, { seed: 2 });
 * sim.advanceTo(900);
 * const view = queueKpiView(sim.snapshot().kpis, 'caf', { answered: 30, lost: 10 }, 4);
 * view.pickupInterval // => 0.75
 * view.waiting // => 4
 * view.offered === sim.snapshot().kpis.queues.caf.offered // => true
 * ```
 */
export function queueKpiView(
  kpis: ReportFigures,
  queue: string,
  settledNow: { answered: number; lost: number },
  waiting: number,
): QueueKpiView {
  const day = kpis.queues[queue];
  const settled = settledNow.answered + settledNow.lost;
  return {
    pickupInterval: settled > 0 ? settledNow.answered / settled : null,
    pickupDay: day ? settledPickupRate(day) : null,
    asa: day?.asa ?? null,
    abandonShare: day && day.offered > 0 ? day.abandoned / day.offered : null,
    offered: day?.offered ?? 0,
    waiting,
  };
}

/**
 * `61.2 %`, or `—` for no figure.
 *
 * @example
 * ```ts
 * formatShare(0.6123) // => '61.2 %'
 * formatShare(null) // => '—'
 * ```
 */
export function formatShare(share: number | null): string {
  return share === null ? '—' : `${(share * 100).toFixed(1)} %`;
}

/**
 * `4 min 05 s`, `35 s`, or `—` for no figure.
 *
 * @example
 * ```ts
 * formatSeconds(245) // => '4 min 05 s'
 * formatSeconds(35.4) // => '35 s'
 * ```
 */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '—';
  const s = Math.round(seconds);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}
