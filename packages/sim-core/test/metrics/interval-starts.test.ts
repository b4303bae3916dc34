import { describe, expect, it } from 'vitest';
import { createSimulation, type ScenarioInput, simulate } from '../../src/index.js';

const day: ScenarioInput = {
  opensAt: '08:30',
  intervals: 3,
  queues: [{ id: 'caf', calls: 50, handleTime: { dist: 'exponential', mean: 300 } }],
  pools: [{ id: 'agents', serves: ['caf'], agents: 10 }],
};

describe('interval starts in the report', () => {
  it('labels every interval of queues and pools with its clock time, in simulate and createSimulation', () => {
    const report = simulate(day, { seed: 1, replications: 2 });
    expect(report.queues.caf?.intervals.map((k) => k.start)).toEqual(['08:30', '09:00', '09:30']);
    expect(report.pools.agents?.intervals.map((k) => k.start)).toEqual(['08:30', '09:00', '09:30']);
    expect(report.halfWidth?.queues.caf?.intervals[0]?.start).toBeUndefined();
    const sim = createSimulation(day, { seed: 1 });
    sim.advanceTo(sim.horizon);
    expect(sim.report().queues.caf?.intervals[2]?.start).toBe('09:30');
    // The labels change nothing else.
    const { start: _, ...figures } = report.queues.caf!.intervals[1]!;
    const unlabelled = simulate({ ...day, opensAt: undefined }, { seed: 1, replications: 2 });
    expect(figures).toEqual(unlabelled.queues.caf?.intervals[1]);
  });

  it('adds nothing without opensAt', () => {
    const report = simulate({ ...day, opensAt: undefined }, { seed: 1 });
    expect('start' in (report.queues.caf?.intervals[0] ?? {})).toBe(false);
  });
});
