import { type Kpis, type ScenarioInput, simulate } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { kpiCsv } from '../../src/engine/kpi-csv.js';
import {
  formatSeconds,
  formatShare,
  intervalOfDay,
  queueKpiView,
  settledPickupRate,
} from '../../src/engine/kpi-view.js';

const scenario: ScenarioInput = {
  intervals: 3,
  queues: [
    {
      id: 'caf',
      calls: [300, 500, 200],
      handleTime: { dist: 'exponential', mean: 300 },
      patience: { dist: 'exponential', mean: 200 },
    },
  ],
  pools: [{ id: 'agents', serves: ['caf'], agents: 60 }],
};

describe('KPI view', () => {
  it('leaves callers still waiting out of the live pickup rate', () => {
    const k = { offered: 100, answered: 72, abandoned: 18, blocked: 0, inSystem: 10 } as Kpis;
    expect(settledPickupRate(k)).toBeCloseTo(0.8, 12);
    expect(settledPickupRate({ ...k, offered: 10, answered: 0, abandoned: 0 })).toBeNull();
  });

  it("equals the report's pickup rate once the run is over with nobody waiting", () => {
    const report = simulate({ ...scenario, drain: true }, { seed: 7 });
    const view = queueKpiView(report, 'caf', { answered: 30, lost: 10 }, 0);
    expect(report.queues.caf!.inSystem).toBe(0);
    expect(view.pickupDay).toBe(report.queues.caf!.pickupRate);
    expect(view.pickupInterval).toBe(0.75);
    expect(queueKpiView(report, 'caf', { answered: 0, lost: 0 }, 0).pickupInterval).toBeNull();
    expect(view.abandonShare).toBe(report.queues.caf!.abandoned / report.queues.caf!.offered);
    expect(view.asa).toBe(report.queues.caf!.asa);
  });

  it('finds the interval of the day, the last one past the end', () => {
    expect(intervalOfDay(0, 1800, 3, 1)).toBe(0);
    expect(intervalOfDay(1800, 1800, 3, 1)).toBe(1);
    expect(intervalOfDay(99_999, 1800, 3, 1)).toBe(2);
    expect(intervalOfDay(5400 + 1800, 1800, 3, 2)).toBe(1);
  });

  it('formats shares and durations, with a dash for no figure', () => {
    expect(formatShare(0.6123)).toBe('61.2 %');
    expect(formatShare(null)).toBe('—');
    expect(formatSeconds(35.4)).toBe('35 s');
    expect(formatSeconds(245)).toBe('4 min 05 s');
    expect(formatSeconds(null)).toBe('—');
  });
});

describe('KPI CSV', () => {
  it('has one row per queue and interval, one per queue for the day and the total, with the report figures', () => {
    const report = simulate(scenario, { seed: 3 });
    const csv = kpiCsv(report, (i) => ['08:30', '09:00', '09:30'][i]!);
    const rows = csv
      .trim()
      .split('\n')
      .map((line) => line.split(','));
    expect(rows[0]).toEqual([
      'queue',
      'interval',
      'start',
      'offered',
      'answered',
      'abandoned',
      'blocked',
      'inSystem',
      'pickupRate',
      'asa',
      'meanQueueLength',
      'maxQueueLength',
      'dissuaded',
      'refused',
      'selfServed',
      'callbacksOffered',
      'appointmentsBooked',
    ]);
    // No block in this scenario: their columns are empty.
    expect(rows[2]!.slice(12)).toEqual(['', '', '', '', '']);
    expect(rows).toHaveLength(1 + 3 + 1 + 1);
    const second = report.queues.caf!.intervals[1]!;
    expect(rows[2]!.slice(0, 5)).toEqual([
      'caf',
      '1',
      '09:00',
      String(second.offered),
      String(second.answered),
    ]);
    expect(Number(rows[2]![8])).toBeCloseTo(second.pickupRate!, 4);
    expect(rows[5]!.slice(0, 4)).toEqual(['total', 'day', '', String(report.total.offered)]);
  });
});
