// Callbacks that keep the caller's place, taken by everyone, never failing, offered at any wait:
// each caller who must wait leaves the line and is called back when its turn comes, in the same
// first-come order, so the time to callback is the M/M/n (Erlang C) wait, nobody abandons, and the
// agents' work is unchanged. The share of callers taking a callback is the probability of waiting.
//
// Method, as in steady-state.ts: R independent replications of one long day, calls of the warm-up
// left out, drained at the end (the callers held for a callback are served too); the tolerance is
// each KPI's confidence half-width computed from the replications themselves, nothing widened by
// hand. Error rate: alpha = 1e-4 per check (two-sided t interval), so the checks together fail a
// correct model about 8 times in 10,000 runs (8 checks).
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analytic/analyze.js';
import { studentTQuantile } from '../../src/metrics/student-t.js';
import { simulate } from '../../src/model/simulate.js';
import type { ScenarioInput } from '../../src/scenario/types.js';

const REPLICATIONS = 10;
const CALLS = 100_000;
const ALPHA = 1e-4;

describe('callbacks keep-place vs Erlang C, 1 − 1e-4 confidence intervals over replications', () => {
  it.each([
    { name: 'M/M/10, load 8', agents: 10, load: 8, aht: 180, seed: 7100 },
    { name: 'M/M/50, load 46', agents: 50, load: 46, aht: 300, seed: 7200 },
  ])('$name: share called back, time to callback, service level(20), occupancy', (c) => {
    const arrivalRate = c.load / c.aht;
    const warmup = 50 * c.aht;
    const intervalSeconds = (warmup + CALLS / arrivalRate) / 4;
    const scenario: ScenarioInput = {
      intervals: 4,
      intervalSeconds,
      warmupSeconds: warmup,
      drain: true,
      queues: [
        {
          id: 'q',
          calls: arrivalRate * intervalSeconds,
          handleTime: { dist: 'exponential', mean: c.aht },
          callback: { offerAboveWait: 0, acceptance: 1, rule: 'keep-place', failure: 0 },
        },
      ],
      pools: [{ id: 'p', serves: ['q'], agents: c.agents }],
    };
    const runs = Array.from({ length: REPLICATIONS }, (_, r) => simulate(scenario, { seed: c.seed + r }));
    const theory = analyze({ arrivalRate, aht: c.aht, agents: c.agents });
    for (const run of runs) {
      const t = run.total;
      expect(t.abandoned).toBe(0);
      expect(t.pickupRate).toBe(1);
      expect(t.callbacks!.completed).toBe(t.callbacks!.accepted);
      expect(t.callbacks!.accepted).toBe(t.callbacks!.offered);
    }
    const samples: Record<string, [number[], number]> = {
      calledBackShare: [
        runs.map((r) => r.total.callbacks!.accepted / r.total.offered),
        theory.waitProbability,
      ],
      asa: [runs.map((r) => r.total.asa!), theory.asa],
      serviceLevel20: [runs.map((r) => r.total.serviceLevel['20']!), theory.serviceLevel(20)],
      occupancy: [runs.map((r) => r.pools.p!.occupancy!), theory.occupancy],
    };
    const t = studentTQuantile(1 - ALPHA / 2, REPLICATIONS - 1);
    for (const [kpi, [values, expected]] of Object.entries(samples)) {
      const halfWidth = (t * sampleStandardDeviation(values)) / Math.sqrt(values.length);
      const simulated = mean(values);
      expect(
        Math.abs(simulated - expected),
        `${c.name} ${kpi}: ${simulated} ± ${halfWidth} vs ${expected}`,
      ).toBeLessThanOrEqual(halfWidth);
    }
  });
});
