// Shared helper of the simulation-vs-theory tests of one queue in steady state (STYLE.md §4, after
// Ciw's test_processor_sharing.py): M/M/n, M/M/n+M and M/M/n/K+M against `analyze`.
//
// Method. Each replication simulates one long day of 4 big intervals with constant calls and agents,
// starting empty; calls arriving during the warm-up are left out and `drain` lets every call that
// arrived before the end finish its story (in a FIFO queue a caller's fate depends only on those
// ahead of it, so draining adds no bias). Each replication therefore yields unbiased, consistent
// estimates of the steady-state KPIs, and replications are independent (own seeds). The warm-up
// (20 × (aht + patience), at least 50 mean handle times) makes the initial transient negligible: its
// effect decays like exp(−t / relaxation time), and the relaxation times here are at most a few
// thousand seconds.
//
// Tolerance and error rate: see suite-checks.ts. Each KPI is one check whose half-width is
// t(1 − α/2, R − 1) · s / √R with α = 0.001 / 67 (Bonferroni over the whole theory suite), computed
// from the replications themselves — nothing widened by hand. R = 30 replications of 30,000 calls
// rather than 10 of 150,000: less simulated time, and 29 degrees of freedom put the critical t at
// 5.16 instead of 8.32, so the checks keep their power.
import { expect } from 'vitest';
import { analyze } from '../../src/analytic/analyze.js';
import { simulate } from '../../src/model/simulate.js';
import type { ScenarioInput } from '../../src/scenario/types.js';
import { expectMeanNear, simulatedModel, suiteSeed } from './suite-checks.js';

export interface TheoryCase {
  name: string;
  agents: number;
  /** Offered load in Erlangs (arrivalRate × aht). */
  load: number;
  aht: number;
  patience?: number;
  lines?: number;
  /** First seed of the case's replications (seed, seed + 1, …) in the committed seed set. */
  seed: number;
}

export const REPLICATIONS = 30;
/** Calls offered per replication, after the warm-up. */
export const CALLS = 30_000;

/** The replications of `c`'s simulated model (with the planted error, if any): one report each. */
function simulateCase(c: TheoryCase) {
  const arrivalRate = c.load / c.aht;
  const m = simulatedModel({ aht: c.aht, agents: c.agents, patience: c.patience, lines: c.lines });
  const warmup = Math.max(20 * (c.aht + (c.patience ?? 0)), 50 * c.aht);
  const measured = CALLS / arrivalRate;
  const intervalSeconds = (warmup + measured) / 4;
  const scenario: ScenarioInput = {
    intervals: 4,
    intervalSeconds,
    warmupSeconds: warmup,
    drain: true,
    serviceLevelSeconds: [20],
    queues: [
      {
        id: 'q',
        calls: arrivalRate * intervalSeconds,
        handleTime: { dist: 'exponential', mean: m.aht },
        ...(m.patience === undefined ? {} : { patience: { dist: 'exponential', mean: m.patience } }),
        ...(m.lines === undefined ? {} : { lines: m.lines }),
      },
    ],
    pools: [{ id: 'p', serves: ['q'], agents: m.agents }],
  };
  const seed = suiteSeed(c.seed);
  return Array.from({ length: REPLICATIONS }, (_, r) => simulate(scenario, { seed: seed + r }));
}

/**
 * Checks the pickup rate, asa, service level(20) and occupancy of `c` against `analyze`, each within
 * its Bonferroni interval. Without patience or lines (M/M/n) every drained caller is answered: the
 * pickup rate is then an exact check (exactly 1 in every replication), not a statistical one.
 */
export function expectTheory(c: TheoryCase): void {
  const runs = simulateCase(c);
  const theory = analyze({
    arrivalRate: c.load / c.aht,
    aht: c.aht,
    agents: c.agents,
    patience: c.patience,
    lines: c.lines,
  });
  const pickupRates = runs.map((r) => r.total.pickupRate!);
  if (c.patience === undefined && c.lines === undefined) {
    expect.soft(pickupRates, `${c.name} pickupRate (exact)`).toEqual(runs.map(() => theory.pickupRate));
  } else {
    expectMeanNear(`${c.name} | pickupRate`, pickupRates, theory.pickupRate);
  }
  expectMeanNear(
    `${c.name} | asa`,
    runs.map((r) => r.total.asa!),
    theory.asa,
  );
  expectMeanNear(
    `${c.name} | serviceLevel20`,
    runs.map((r) => r.total.serviceLevel['20']!),
    theory.serviceLevel(20),
  );
  expectMeanNear(
    `${c.name} | occupancy`,
    runs.map((r) => r.pools.p!.occupancy!),
    theory.occupancy,
  );
}
