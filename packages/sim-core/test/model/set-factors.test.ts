import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/model/create-simulation.js';
import { simulate } from '../../src/model/simulate.js';
import type { ScenarioInput } from '../../src/scenario/types.js';

const scenario = {
  intervals: 2,
  intervalSeconds: 1800,
  queues: [{ id: 'caf', calls: 2000, handleTime: { dist: 'exponential', mean: 60 } }],
  pools: [{ id: 'agents', serves: ['caf'], agents: 200 }],
} satisfies ScenarioInput;

/** Times of the first calls heard while advancing `sim` to `t`. */
function firstCalls(sim: ReturnType<typeof createSimulation>, t: number): number[] {
  const times: number[] = [];
  const stop = sim.on('arrival', (e) => {
    if (e.attempt === 1) times.push(e.time);
  });
  sim.advanceTo(t);
  stop();
  return times;
}

describe('Simulation.setFactors', () => {
  it("multiplies a queue's first calls from now on, leaving the past as it was", () => {
    const sim = createSimulation(scenario, { seed: 21 });
    const control = createSimulation(scenario, { seed: 21 });
    expect(firstCalls(sim, 1800)).toEqual(firstCalls(control, 1800));
    sim.setFactors('caf', { calls: 1.5 });
    const after = firstCalls(sim, 3600).length;
    // First calls in the second half-hour are Poisson with mean 1.5 × 2000 = 3000: within 3.29
    // standard deviations (√3000) of it but for a 0.1 % chance.
    expect(Math.abs(after - 3000)).toBeLessThan(3.29 * Math.sqrt(3000));
    expect(sim.snapshot().kpis.queues.caf!.intervals[1]!.firstCalls).toBe(after);
  });

  it('multiplies the handle time of the calls that arrive from now on', () => {
    const fixed: ScenarioInput = {
      ...scenario,
      queues: [{ ...scenario.queues[0]!, handleTime: { dist: 'deterministic', value: 100 } }],
    };
    const sim = createSimulation(fixed, { seed: 5 });
    const answered = new Map<number, { at: number; arrival: number }>();
    const durations = { before: new Set<number>(), after: new Set<number>() };
    sim.on('answer', (e) => answered.set(e.caller, { at: e.time, arrival: e.time - e.wait }));
    sim.on('end', (e) => {
      const a = answered.get(e.caller)!;
      answered.delete(e.caller);
      durations[a.arrival < 900 ? 'before' : 'after'].add(Math.round((e.time - a.at) * 1e6) / 1e6);
    });
    sim.advanceTo(900);
    sim.setFactors('caf', { handleTime: 1.5 });
    sim.advanceTo(Number.POSITIVE_INFINITY);
    expect([...durations.before]).toEqual([100]);
    expect([...durations.after]).toEqual([150]);
  });

  it('changes nothing when the factors stay what they were', () => {
    const sim = createSimulation(scenario, { seed: 3 });
    sim.advanceTo(1000);
    sim.setFactors('caf', { calls: 1, handleTime: 1 });
    sim.advanceTo(Number.POSITIVE_INFINITY);
    expect(sim.report()).toEqual(simulate(scenario, { seed: 3 }));
  });

  it('names the queue or the factor that is wrong', () => {
    const sim = createSimulation(scenario, { seed: 1 });
    expect(() => sim.setFactors('cpam', { calls: 2 })).toThrow('queueId must be one of caf, got cpam');
    expect(() => sim.setFactors('caf', { calls: -1 })).toThrow('calls must be a finite number ≥ 0, got -1');
    expect(() => sim.setFactors('caf', { handleTime: 0 })).toThrow(
      'handleTime must be a finite number > 0, got 0',
    );
    expect(() => sim.setFactors('caf', { handleTime: Number.NaN })).toThrow(
      'handleTime must be a finite number > 0, got NaN',
    );
  });
});
