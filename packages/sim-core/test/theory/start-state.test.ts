import { describe, it } from 'vitest';
import type { SimulationReport } from '../../src/metrics/report.js';
import { createSimulation } from '../../src/model/create-simulation.js';
import { simulate } from '../../src/model/simulate.js';
import type { ScenarioInput } from '../../src/scenario/types.js';
import { countChecks, expectMeanNear, suiteSeed } from './suite-checks.js';

// Intraday re-planning: a run started from the state of a running simulation (startState) must
// continue it as the simulation itself goes on — the same distribution of the rest of the day, since
// the state holds everything the future depends on (callers waiting and for how long, callers due
// to redial and since when, calls in progress and for how long; patience, handle and redial times
// left drawn knowing they exceed the time spent). No formula gives the rest of this day (a peak,
// lognormal handle times, gamma patience, redials), so the check is between the two runs: in each
// of R = 30 replications, a day is simulated to 10:20, its state taken, the day run on to its end,
// and a second run started from the state with its own seed; the mean difference of their figures
// over the four half-hours after the start (pickup rate, mean wait of answered calls, mean queue
// length) must be 0 within t(1 − α/2, R − 1) · s / √R. (Not occupancy: the agents are all busy from
// the peak to the end in both runs, so it could not differ.) Measured over 20+ other seed sets in
// bench/RESULTS.md ("Test suite").
//
// Error rate: 1 case × 3 figures = 3 statistical checks, each at α = 0.001 / 67 (Bonferroni over the theory suite,
// suite-checks.ts).
countChecks('start-state');

const scenario: ScenarioInput = {
  opensAt: '08:30',
  intervals: 8,
  queues: [
    {
      id: 'caf',
      calls: [300, 500, 700, 700, 600, 500, 400, 300],
      handleTime: { dist: 'lognormal', mean: 420, cv: 1 },
      patience: { dist: 'gamma', mean: 400, cv: 0.8 },
      redial: { probability: 0.4, delay: { dist: 'lognormal', mean: 900, cv: 1 } },
    },
  ],
  pools: [{ id: 'caf-agents', serves: ['caf'], agents: [80, 110, 130, 130, 120, 100, 80, 60] }],
};
const START = 3 * 1800 + 1200; // 10:20, inside the peak: callers waiting, redialing, agents busy
const AFTER = [4, 5, 6, 7]; // the half-hours wholly after the start, 10:30–12:30

/** Pickup rate, mean wait of answered calls and mean queue length over the half-hours after the start. */
function restOfDay(report: SimulationReport): [number, number, number] {
  const intervals = AFTER.map((i) => report.queues.caf!.intervals[i]!);
  const offered = intervals.reduce((a, k) => a + k.offered, 0);
  const answered = intervals.reduce((a, k) => a + k.answered, 0);
  const waited = intervals.reduce((a, k) => a + (k.asa ?? 0) * k.answered, 0);
  const queue = intervals.reduce((a, k) => a + (k.meanQueueLength ?? 0), 0) / intervals.length;
  return [answered / offered, waited / answered, queue];
}

describe('a run from the state of a running simulation continues it', () => {
  it('gives the rest of the day the simulation itself gives (pickup, asa, queue length after 10:20)', () => {
    const replications = 30;
    const differences = Array.from({ length: replications }, (_, r) => {
      const sim = createSimulation(scenario, { seed: suiteSeed(41000) + r });
      sim.advanceTo(START);
      const start = sim.startState();
      sim.advanceTo(Infinity);
      const continued = simulate({ ...scenario, start }, { seed: suiteSeed(42000) + r });
      const a = restOfDay(sim.report());
      const b = restOfDay(continued);
      return a.map((x, k) => x - b[k]!);
    });
    const figure = (k: number) => differences.map((d) => d[k]!);
    expectMeanNear('pickup rate after the start: simulation − run from its state', figure(0), 0);
    expectMeanNear('asa after the start: simulation − run from its state', figure(1), 0);
    expectMeanNear('mean queue length after the start: simulation − run from its state', figure(2), 0);
  });
});
