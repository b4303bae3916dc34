import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analytic/analyze.js';
import { studentTQuantile } from '../../src/metrics/student-t.js';
import { calibrate } from '../../src/optimize/calibrate.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import type { ScenarioInput } from '../../src/scenario/types.js';

const exp = (mean: number) => ({ dist: 'exponential' as const, mean });

// An M/M/n+M queue in steady state (the method of test/theory/steady-state.ts): constant calls and
// agents, a warm-up of 20 × (aht + patience) left out, drained so every measured call ends.
function steadyQueue(agents: number, load: number, aht: number, patience: number, calls: number) {
  const warmup = 20 * (aht + patience);
  const arrivalRate = load / aht;
  const intervalSeconds = (warmup + calls / arrivalRate) / 2;
  return parseScenario({
    intervals: 2,
    intervalSeconds,
    warmupSeconds: warmup,
    drain: true,
    queues: [
      { id: 'q', calls: arrivalRate * intervalSeconds, handleTime: exp(aht), patience: exp(patience) },
    ],
    pools: [{ id: 'p', serves: ['q'], agents }],
  });
}

describe('calibrate', () => {
  it('recovers the mean handle time that Erlang A gives for a pickup rate, within its confidence interval', () => {
    // M/M/20+M, 20 calls every 180 s, mean patience 120 s: Erlang A (analyze) gives the pickup rate
    // of a 180 s mean handle time; starting from 300 s, the calibration must find 180 s back from it.
    const truth = 180;
    const arrivalRate = 20 / 180;
    const target = analyze({ arrivalRate, aht: truth, agents: 20, patience: 120 }).pickupRate;
    const replications = 8;
    const fit = calibrate(steadyQueue(20, arrivalRate * 300, 300, 120, 30_000), {
      parameters: [{ queue: 'q', knob: 'handleTimeMean', min: 60, max: 600, measure: 'pickupRate', target }],
      seed: 9100,
      replications,
      tolerance: 1e-4,
    });
    const [p] = fit.parameters;
    if (p === undefined) throw new Error('no parameter');
    expect(p.converged).toBe(true);
    expect(Math.abs(p.residual)).toBeLessThanOrEqual(1e-4);
    expect(p.slope).toBeLessThan(0);
    // 99 % interval: the reported 95 % uncertainty rescaled by the t quantiles, plus what the
    // residual tolerance allows.
    const rescale = studentTQuantile(0.995, replications - 1) / studentTQuantile(0.975, replications - 1);
    const uncertainty = p.uncertainty ?? Number.POSITIVE_INFINITY;
    expect(uncertainty).toBeGreaterThan(0);
    expect(uncertainty).toBeLessThan(0.05 * truth);
    expect(Math.abs(p.value - truth)).toBeLessThanOrEqual(rescale * uncertainty + 1e-4 / Math.abs(p.slope));
    expect(fit.scenario.queues[0]?.handleTime).toEqual({ dist: 'exponential', mean: p.value });
    expect(fit.report.queues.q?.pickupRate).toBe(p.measured);
  });

  it('fits several independent queues at once, each agents scale to its own pickup rate', () => {
    const queue = (id: string, calls: number) => ({
      id,
      calls,
      handleTime: exp(300),
      patience: exp(200),
    });
    const scenario = {
      intervals: 2,
      queues: [queue('a', 900), queue('b', 600)],
      pools: [
        { id: 'pa', serves: ['a'], agents: 100 },
        { id: 'pb', serves: ['b'], agents: [80, 60] },
      ],
    };
    const fit = calibrate(scenario, {
      parameters: [
        { queue: 'a', knob: 'agentsScale', min: 0.5, max: 2, measure: 'pickupRate', target: 0.9 },
        { queue: 'b', knob: 'agentsScale', min: 0.5, max: 2, measure: 'pickupRate', target: 0.7 },
      ],
      seed: 4,
      replications: 3,
    });
    const [a, b] = fit.parameters;
    if (a === undefined || b === undefined) throw new Error('missing parameter');
    // Whole agents: the fit stops at the step where the rate crosses the target, within one agent's worth.
    for (const p of [a, b]) {
      expect(p.converged).toBe(true);
      expect(Math.abs(p.residual)).toBeLessThan(0.01);
    }
    expect(fit.scenario.pools[0]?.agents).toEqual([Math.round(100 * a.value), Math.round(100 * a.value)]);
    expect(fit.scenario.pools[1]?.agents).toEqual([Math.round(80 * b.value), Math.round(60 * b.value)]);
    expect(fit.report.queues.b?.pickupRate).toBe(b.measured);
    // 5 fixed simulations (both ends, the slope's two, the final one) plus the steps.
    expect(fit.evaluations).toBeGreaterThan(5);
  });

  it('names the parameter when the target is out of reach or the knob does not fit the queue', () => {
    const scenario = {
      intervals: 1,
      queues: [
        { id: 'a', calls: 100, handleTime: exp(300), patience: exp(200) },
        { id: 'b', calls: 100, handleTime: { dist: 'deterministic', value: 300 } },
      ],
      pools: [{ id: 'shared', serves: ['a', 'b'], agents: 20 }],
    } satisfies ScenarioInput;
    const calibrateWith = (parameter: object) => () =>
      calibrate(scenario, {
        parameters: [
          {
            queue: 'a',
            knob: 'patienceMean',
            min: 10,
            max: 20,
            measure: 'pickupRate',
            target: 0.999,
            ...parameter,
          },
        ],
        replications: 1,
      });
    expect(calibrateWith({})).toThrow(
      /^parameters\[0\]\.target: 0\.999 is not reached: patienceMean from 10 to 20 gives/,
    );
    expect(calibrateWith({ knob: 'agentsScale' })).toThrow(
      'parameters[0].queue: agentsScale needs pools serving only a; pool shared also serves b',
    );
    expect(calibrateWith({ queue: 'b', knob: 'handleTimeMean' })).toThrow(
      "parameters[0].queue: queue b's handleTime (deterministic) has no mean",
    );
    expect(calibrateWith({ queue: 'c' })).toThrow('parameters[0].queue: queue must be one of a, b, got c');
    expect(calibrateWith({ knob: 'redialProbability' })).toThrow(
      'parameters[0].queue: queue a has no redial block',
    );
    expect(calibrateWith({ min: 30 })).toThrow('parameters[0].max: must be > min (30), got 20');
    expect(calibrateWith({ measure: 'pickup' })).toThrow(
      'parameters[0].measure: must be one of pickupRate, callerServedShare, mysteryFailedShare or a function, got pickup',
    );
    expect(calibrateWith({ target: Number.NaN })).toThrow(
      'parameters[0].target: must be a finite number, got NaN',
    );
    expect(() => calibrate(scenario, { parameters: [] })).toThrow('parameters must be a non-empty array');
  });
});
