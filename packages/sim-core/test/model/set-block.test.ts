import { describe, expect, it } from 'vitest';
import { createSimulation, type ScenarioInput, simulate } from '../../src/index.js';

/** Two queues on one pool, overloaded in the morning: callbacks and dissuasion have work to do. */
function scenario(blocks: Record<string, unknown>): ScenarioInput {
  return {
    intervals: 4,
    intervalSeconds: 1800,
    drain: true,
    queues: [
      {
        id: 'caf',
        calls: [500, 400, 200, 100],
        handleTime: { dist: 'exponential', mean: 360 },
        patience: { dist: 'exponential', mean: 600 },
        ...blocks,
      },
      { id: 'other', calls: 100, handleTime: { dist: 'exponential', mean: 300 } },
    ],
    pools: [{ id: 'p', serves: ['caf', 'other'], agents: 80 }],
  };
}

const callback = { offerAboveWait: 120, acceptance: 0.5, rule: 'keep-place' };
const appointments = {
  share: 0.3,
  slots: 20,
  leadSeconds: 1800,
  handleTime: { dist: 'exponential', mean: 600 },
  pool: 'p',
};
const dissuasion = { queueLength: 60 };

/** The platform's figures of a report, without the blocks' own counters. */
function platform(report: ReturnType<typeof simulate>) {
  const { offered, answered, abandoned, blocked, inSystem, meanWait, waitP90 } = report.queues.caf!;
  return {
    offered,
    answered,
    abandoned,
    blocked,
    inSystem,
    meanWait,
    waitP90,
    pool: report.pools.p!.occupancy,
  };
}

function runOff(blocks: Record<string, unknown>, keys: string[], seed: number) {
  const sim = createSimulation(scenario(blocks), { seed });
  for (const key of keys) sim.setBlock('caf', key, false);
  sim.advanceTo(Number.POSITIVE_INFINITY);
  return sim.report();
}

describe('Simulation.setBlock', () => {
  it.each([
    ['callback', { callback }],
    ['appointments', { appointments }],
    ['dissuasion', { dissuasion }],
    ['ivr', { ivr: { share: 0.2, time: { dist: 'exponential', mean: 60 } } }],
  ])(
    'the %s block switched off from the start leaves the run of the scenario without it, call for call',
    (key, blocks) => {
      const off = runOff(blocks, [key], 7);
      const without = simulate(scenario({}), { seed: 7 });
      expect(platform(off)).toEqual(platform(without));
      // The switch changed something: on, the block settles callers and the figures differ.
      const on = simulate(scenario(blocks), { seed: 7 });
      expect(platform(on)).not.toEqual(platform(without));
    },
  );

  it('switched off mid-run, a block offers nothing more to new callers and finishes what it holds', () => {
    const sim = createSimulation(scenario({ callback }), { seed: 3 });
    expect(sim.switchableBlocks('caf')).toEqual(['callback']);
    expect(sim.switchableBlocks('other')).toEqual([]);
    sim.advanceTo(1800);
    const before = sim.snapshot().kpis.queues.caf!.callbacks!;
    expect(before.accepted).toBeGreaterThan(50);
    sim.setBlock('caf', 'callback', false);
    sim.advanceTo(Number.POSITIVE_INFINITY);
    const report = sim.report();
    const after = report.queues.caf!.callbacks!;
    // Offered and accepted stop at the switch; every accepted callback is made or given up by the end.
    expect(after.offered).toBe(before.offered);
    expect(after.accepted).toBe(before.accepted);
    expect(after.completed + after.failed).toBe(after.accepted);
    expect(report.queues.caf!.intervals.slice(1).map((row) => row.callbacks!.offered)).toEqual([0, 0, 0]);
    // Switched back on, callers are offered callbacks again.
    const again = createSimulation(scenario({ callback }), { seed: 3 });
    again.setBlock('caf', 'callback', false);
    again.advanceTo(1800);
    again.setBlock('caf', 'callback', true);
    again.advanceTo(Number.POSITIVE_INFINITY);
    const rows = again.report().queues.caf!.intervals.map((row) => row.callbacks!.offered);
    expect(rows[0]).toBe(0);
    expect(rows[1]).toBeGreaterThan(0);
  });

  it('names the queue or the block that cannot be switched', () => {
    // Overflow has no switch: its second pool takes callers by how long they have waited, whenever
    // they came (its `admit` hook only sets a timer).
    const withBackup = scenario({ callback, overflow: { afterSeconds: 120, pool: 'backup' } });
    withBackup.pools.push({ id: 'backup', serves: ['other'], agents: 5 });
    expect(createSimulation(withBackup, { seed: 1 }).switchableBlocks('caf')).toEqual(['callback']);
    const sim = createSimulation(scenario({ callback }), { seed: 1 });
    expect(() => sim.setBlock('caf', 'appointments', false)).toThrow(
      'block must be one of the blocks queue caf has that can be switched (callback), got appointments',
    );
    expect(() => sim.setBlock('other', 'callback', false)).toThrow('(none), got callback');
    expect(() => sim.setBlock('nope', 'callback', false)).toThrow(
      'queueId must be one of caf, other, got nope',
    );
    expect(() => sim.switchableBlocks('nope')).toThrow('queueId must be one of caf, other, got nope');
  });
});
