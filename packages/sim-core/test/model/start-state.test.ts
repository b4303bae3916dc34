// Runs that start from a given state (`start`): every figure here follows by hand from the rules of
// placeStartState (deterministic times make them exact); the statistical check that a run started
// from a snapshot continues it is in test/theory/start-state.test.ts.
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/model/create-simulation.js';
import { simulate } from '../../src/model/simulate.js';
import type { ScenarioInput } from '../../src/scenario/types.js';

const fixed = (value: number) => ({ dist: 'deterministic' as const, value });

describe('a run from a start state', () => {
  it('keeps waiting callers their patience left and counts their whole wait in the interval they arrived in', () => {
    // Start at 1000 s (intervals of 600 s): callers waiting 100 s and 250 s arrived at 900 and 750,
    // both in interval 1; patience 300 s: they hang up at 1200 and 1050, having waited 300 s each.
    // Nobody else calls and no agent is on duty.
    const report = simulate({
      intervalSeconds: 600,
      intervals: 4,
      queues: [{ id: 'q', calls: 0, handleTime: fixed(60), patience: fixed(300) }],
      pools: [{ id: 'p', serves: ['q'], agents: 0 }],
      start: { time: 1000, queues: { q: { waiting: [100, 250] } } },
    });
    const q = report.queues.q!;
    expect([q.offered, q.abandoned, q.firstCalls, q.meanWait]).toEqual([2, 2, 2, 300]);
    expect(q.intervals.map((k) => k.offered)).toEqual([0, 2, 0, 0]);
    // Queue lengths are measured from the start: 2 callers from 1000 to 1050, then 1 until 1200.
    expect(q.intervals[1]?.meanQueueLength).toBeCloseTo((2 * 50 + 1 * 150) / 200, 12);
    expect(q.intervals[0]?.meanQueueLength).toBeNull();
  });

  it('lets busy agents finish the call they are on, then answer the callers waiting', () => {
    // One agent 100 s into a 300 s call at the start (1800 s): it is free at 2000 and takes the
    // caller who had waited 20 s, then at 2300 the one who had waited 10 s. Waits: 20 + 200 = 220
    // and 10 + 500 = 510.
    const report = simulate({
      intervals: 2,
      queues: [{ id: 'q', calls: 0, handleTime: fixed(300) }],
      pools: [{ id: 'p', serves: ['q'], agents: 1 }],
      start: { time: 1800, queues: { q: { waiting: [10, 20] } }, pools: { p: { busy: [100] } } },
    });
    const q = report.queues.q!;
    expect([q.answered, q.asa]).toEqual([2, (220 + 510) / 2]);
    // Busy 200 s with the start's call, then two calls of 300 s, out of the 1800 s measured.
    expect(report.pools.p!.intervals[1]?.occupancy).toBeCloseTo(800 / 1800, 12);
    expect(report.pools.p!.intervals[0]?.agents).toBe(1);
  });

  it('redials the callers due to redial after the delay they have left, as attempts of an earlier first call', () => {
    // Redial delay 600 s; 100 s since the attempt ended at the start (900 s): the redial comes at 1400,
    // is answered at once (interval 0 of 1800 s), and is no first call.
    const report = simulate({
      intervals: 2,
      queues: [
        {
          id: 'q',
          calls: 0,
          handleTime: fixed(60),
          redial: { probability: 1, delay: fixed(600) },
        },
      ],
      pools: [{ id: 'p', serves: ['q'], agents: 1 }],
      start: { time: 900, queues: { q: { redialing: [100] } } },
    });
    const q = report.queues.q!;
    expect([q.offered, q.answered, q.firstCalls]).toEqual([1, 1, 0]);
    expect(q.intervals.map((k) => k.offered)).toEqual([1, 0]);
  });

  it('starts at the clock time with opensAt, and predicts only the rest of the day', () => {
    const scenario: ScenarioInput = {
      opensAt: '08:30',
      intervals: 4,
      queues: [{ id: 'q', calls: 200, handleTime: { dist: 'exponential', mean: 300 } }],
      pools: [{ id: 'p', serves: ['q'], agents: 40 }],
    };
    const byClock = simulate({ ...scenario, start: { time: '09:30' } }, { seed: 4 });
    expect(byClock).toEqual(simulate({ ...scenario, start: { time: 34200 } }, { seed: 4 }));
    expect(byClock.queues.q!.intervals.map((k) => k.offered === 0)).toEqual([true, true, false, false]);
    expect(byClock.queues.q!.intervals[0]?.start).toBe('08:30');
  });

  it('takes the state of a running simulation as it is (startState), with the clock time under opensAt', () => {
    const scenario: ScenarioInput = {
      opensAt: '08:00',
      intervals: 2,
      queues: [
        {
          id: 'q',
          calls: 400,
          handleTime: { dist: 'exponential', mean: 300 },
          patience: { dist: 'exponential', mean: 600 },
          redial: { probability: 0.5, delay: { dist: 'exponential', mean: 300 } },
        },
      ],
      pools: [{ id: 'p', serves: ['q'], agents: 50 }],
    };
    const sim = createSimulation(scenario, { seed: 9 });
    sim.advanceTo(2400);
    const state = sim.startState();
    const snapshot = sim.snapshot();
    expect(state.time).toBe(8 * 3600 + 2400);
    expect(state.queues.q?.waiting).toEqual(snapshot.queues.q?.waited);
    expect(state.pools.p?.busy).toHaveLength(snapshot.pools.p!.busy);
    expect(state.queues.q?.redialing.length).toBeGreaterThan(0);
    for (const spent of [...state.pools.p!.busy, ...state.queues.q!.redialing]) {
      expect(spent).toBeGreaterThanOrEqual(0);
      expect(spent).toBeLessThanOrEqual(2400);
    }
    // A run from that state holds, at its start, the same callers waiting and agents busy.
    const resumed = createSimulation({ ...scenario, start: state }, { seed: 1 });
    expect(resumed.now).toBe(2400);
    expect(resumed.snapshot().queues.q?.waiting).toBe(snapshot.queues.q?.waiting);
    expect(resumed.snapshot().pools.p?.busy).toBe(snapshot.pools.p?.busy);
    sim.advanceTo(Infinity);
    expect(() => sim.startState()).toThrow('the run has finished: there is no state to start from');
  });
});
