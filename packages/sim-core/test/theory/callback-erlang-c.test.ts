// Callbacks that keep the caller's place, taken by everyone, never failing, offered at any wait:
// each caller who must wait leaves the line and is called back when its turn comes, in the same
// first-come order, so the time to callback is the M/M/n (Erlang C) wait, nobody abandons, and the
// agents' work is unchanged. The share of callers taking a callback is the probability of waiting.
//
// Method, as in steady-state.ts: R independent replications of one long day, calls of the warm-up
// left out, drained at the end (the callers held for a callback are served too); the tolerance is
// each KPI's Bonferroni half-width computed from the replications themselves, nothing widened by
// hand.
//
// Error rate: 2 cases × (share called back, time to callback, service level(20), occupancy)
// = 8 statistical checks, each at α = 0.001 / 67 (Bonferroni over the theory suite, suite-checks.ts),
// over R = 30 replications of 34,000 calls; the per-replication rules (nobody abandons, every call
// answered, every callback completed) are exact checks. Measured (bench/RESULTS.md, "Test suite: false alarms and power"): on
// 20 seed sets other than the committed one no check failed (largest |z| 3.7, tolerance 5.16). Power,
// on a simulation of a wrong model: handle times 5 % longer and one agent fewer fail all 8 checks (|z| ≥ 9.6).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analytic/analyze.js';
import { simulate } from '../../src/model/simulate.js';
import type { ScenarioInput } from '../../src/scenario/types.js';
import { countChecks, expectMeanNear, simulatedModel, suiteSeed } from './suite-checks.js';

countChecks('callback-erlang-c');

const REPLICATIONS = 30;
const CALLS = 34_000;

describe('callbacks keep-place vs Erlang C, Bonferroni intervals over 30 replications', () => {
  it.each([
    { name: 'callbacks, M/M/10, load 8', agents: 10, load: 8, aht: 180, seed: 7100 },
    { name: 'callbacks, M/M/50, load 46', agents: 50, load: 46, aht: 300, seed: 7200 },
  ])('$name: share called back, time to callback, service level(20), occupancy', (c) => {
    const arrivalRate = c.load / c.aht;
    const m = simulatedModel({ aht: c.aht, agents: c.agents });
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
          handleTime: { dist: 'exponential', mean: m.aht },
          callback: { offerAboveWait: 0, acceptance: 1, rule: 'keep-place', failure: 0 },
        },
      ],
      pools: [{ id: 'p', serves: ['q'], agents: m.agents }],
    };
    const seed = suiteSeed(c.seed);
    const runs = Array.from({ length: REPLICATIONS }, (_, r) => simulate(scenario, { seed: seed + r }));
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
    for (const [kpi, [values, expected]] of Object.entries(samples)) {
      expectMeanNear(`${c.name} | ${kpi}`, values, expected);
    }
  });
});
