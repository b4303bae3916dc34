// Simulated redials against Erlang X (exact): the same Markov model — Poisson first calls,
// exponential handle times, patience and redial delays, lines — so the simulated steady state must
// match the numerical solution of the two-dimensional chain (src/analytic/erlang-x-exact.ts).
//
// Method, as in steady-state.ts: R independent replications; the tolerance is each KPI's Bonferroni
// half-width computed from the replications, nothing widened by hand. Each replication is one day
// of 12 long intervals: interval 0 is the warm-up (excluded), 1–10 are measured, and 11 lets the
// redials of callers who first called in 1–10 happen (redials due after the last interval are
// dropped, so the measured callers must not be near it: an interval lasts over 50 redial delays).
//
// Error rate: 2 cases × (pickup rate, service level(20), callers served, attempts per caller) = 8
// statistical checks, each at α = 0.001 / 67 (Bonferroni over the theory suite, suite-checks.ts); R = 30
// replications of 60,000 measured calls. Measured (bench/RESULTS.md, "Test suite: false
// alarms and power"): on 14 seed sets other than the committed one no check failed (largest |z|
// 3.1, tolerance 5.16). Power, on a simulation of a wrong model: handle times 5 % longer and one
// agent fewer fail all 8 checks (|z| ≥ 38); one line fewer fails the 4 checks of the case with
// lines (|z| ≥ 26); patience 5 % longer fails only the service level of the first case (z −6.2).
import { describe, expect, it } from 'vitest';
import { erlangX } from '../../src/analytic/erlang-x.js';
import type { Kpis } from '../../src/metrics/kpis.js';
import { simulate } from '../../src/model/simulate.js';
import type { ScenarioInput } from '../../src/scenario/types.js';
import { countChecks, expectMeanNear, simulatedModel, suiteSeed } from './suite-checks.js';

countChecks('erlang-x');

const REPLICATIONS = 30;
const MEASURED = 10;
const MEASURED_CALLS = 60_000;

interface RedialCase {
  name: string;
  agents: number;
  load: number;
  aht: number;
  patience: number;
  lines?: number;
  probability: number;
  delay: number;
  seed: number;
}

function measuredKpis(intervals: Kpis[]) {
  const measured = intervals.slice(1, 1 + MEASURED);
  const sum = (f: (k: Kpis) => number) => measured.reduce((s, k) => s + f(k), 0);
  const offered = sum((k) => k.offered);
  const firstCalls = sum((k) => k.firstCalls);
  return {
    pickupRate: sum((k) => k.answered) / offered,
    serviceLevel20: sum((k) => (k.serviceLevel['20'] ?? 0) * k.offered) / offered,
    callerServedShare: sum((k) => (k.callerServedShare ?? 0) * k.firstCalls) / firstCalls,
    attemptsPerCaller: offered / firstCalls,
  };
}

function expectErlangX(c: RedialCase): void {
  const arrivalRate = c.load / c.aht;
  const intervalSeconds = MEASURED_CALLS / arrivalRate / MEASURED;
  expect(intervalSeconds).toBeGreaterThan(50 * c.delay);
  const m = simulatedModel({ aht: c.aht, agents: c.agents, patience: c.patience, lines: c.lines });
  const scenario: ScenarioInput = {
    intervals: MEASURED + 2,
    intervalSeconds,
    warmupSeconds: intervalSeconds,
    serviceLevelSeconds: [20],
    queues: [
      {
        id: 'q',
        calls: arrivalRate * intervalSeconds,
        handleTime: { dist: 'exponential', mean: m.aht },
        patience: { dist: 'exponential', mean: m.patience },
        ...(m.lines === undefined ? {} : { lines: m.lines }),
        redial: { probability: c.probability, delay: { dist: 'exponential', mean: c.delay } },
      },
    ],
    pools: [{ id: 'p', serves: ['q'], agents: m.agents }],
  };
  const seed = suiteSeed(c.seed);
  const runs = Array.from({ length: REPLICATIONS }, (_, r) =>
    measuredKpis(simulate(scenario, { seed: seed + r }).queues.q!.intervals),
  );
  const theory = erlangX({
    arrivalRate,
    aht: c.aht,
    agents: c.agents,
    patience: c.patience,
    ...(c.lines === undefined ? {} : { lines: c.lines }),
    redial: { probability: c.probability, delay: c.delay },
  });
  expect(theory.method).toBe('exact');
  const expected = {
    pickupRate: theory.pickupRate,
    serviceLevel20: theory.serviceLevel(20),
    callerServedShare: theory.callerServedShare,
    attemptsPerCaller: theory.attemptsPerCaller,
  };
  for (const [kpi, value] of Object.entries(expected)) {
    expectMeanNear(
      `${c.name} | ${kpi}`,
      runs.map((r) => r[kpi as keyof typeof r]),
      value,
    );
  }
}

describe('simulated redials vs Erlang X (exact), Bonferroni intervals over 30 replications', () => {
  it.each<RedialCase>([
    {
      name: '10 agents, load 12, patience 120 s, 60 % redial after 10 min',
      agents: 10,
      load: 12,
      aht: 300,
      patience: 120,
      probability: 0.6,
      delay: 600,
      seed: 17_100,
    },
    {
      name: '5 agents, 8 lines, load 5, patience 300 s, half redial after 5 min',
      agents: 5,
      load: 5,
      aht: 240,
      patience: 300,
      lines: 8,
      probability: 0.5,
      delay: 300,
      seed: 17_300,
    },
  ])('$name: pickup rate, service level(20), callers served, attempts per caller', (c) => expectErlangX(c));
});
