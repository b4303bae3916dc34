import { describe, it } from 'vitest';
import { expectTheory } from './steady-state.js';
import { countChecks } from './suite-checks.js';

// M/M/n (Erlang C): callers never hang up, unlimited lines; only stable loads exist.
//
// 3 cases × (asa, service level(20), occupancy) = 9 statistical checks, plus 3 exact ones (the
// pickup rate of a drained M/M/n is exactly 1), each at
// α = 0.001 / 67 (Bonferroni over the theory suite, suite-checks.ts). Measured (bench/RESULTS.md, "Test suite: false alarms and power"): on 14 seed sets
// other than the committed one no check of this file failed (largest |z| 2.9, tolerance 5.16). Power,
// on a simulation of a wrong model: handle times 5 % longer fail all 9 checks (|z| 6.5 to 37); one
// agent fewer fails the 3 checks of M/M/10 (|z| ≥ 30) but not those of M/M/300 (|z| ≈ 2: one agent
// in 300 barely moves these KPIs; the case is there for scale, its aht check has the power).
countChecks('mm-n');

describe('simulation vs Erlang C (M/M/n), Bonferroni intervals over 30 replications', () => {
  it.each([
    { name: 'M/M/1, load 0.5', agents: 1, load: 0.5, aht: 180, seed: 1100 },
    { name: 'M/M/10, load 7', agents: 10, load: 7, aht: 180, seed: 1200 },
    { name: 'M/M/300, load 280', agents: 300, load: 280, aht: 180, seed: 1300 },
  ])('$name: pickup rate, asa, service level(20) and occupancy', (c) => expectTheory(c));
});
