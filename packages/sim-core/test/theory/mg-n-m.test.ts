import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analytic/analyze.js';
import { studentTQuantile } from '../../src/metrics/student-t.js';
import { simulate } from '../../src/model/simulate.js';
import type { DistributionSpec } from '../../src/random/types.js';

// M/G/n+M: does the pickup rate move with the handle-time distribution the way the literature says?
//
// - Moderate to critical load: with exponential patience of rate θ, abandonments happen at rate
//   θ · E[queue], so P(abandon) = θ · E[time an arriving caller spends waiting] (Little's law): the
//   pickup rate falls exactly as waiting grows. And waiting in M/G/s grows with the variability of
//   service at the same mean — the Lee–Longton approximation E[Wq] ≈ (1 + c²)/2 · E[Wq(M/M/s)] (Lee
//   & Longton 1959; Whitt, "Approximations for the GI/G/m queue", Production and Operations
//   Management 2(2), 1993). So at equal mean, lognormal (cv 2, c² = 4) < exponential (c² = 1) <
//   deterministic (c² = 0) in pickup rate.
// - Overload (efficiency-driven regime): Whitt, "Fluid models for multiserver queues with
//   abandonments", Operations Research 54(1), 2006: "steady-state performance depends strongly upon
//   the time-to-abandon distribution beyond its mean, but not upon the service-time distribution
//   beyond its mean"; the fluid pickup rate is agents ÷ load = 1/ρ whatever the handle times.

const aht = 180;
const patience = 300;
const replications = 10;
const t99 = studentTQuantile(0.995, replications - 1) / studentTQuantile(0.975, replications - 1);

function pickupRate(agents: number, load: number, handleTime: DistributionSpec, seed: number) {
  const arrivalRate = load / aht;
  const warmup = 20 * (aht + patience);
  const intervalSeconds = (warmup + 100_000 / arrivalRate) / 4;
  const r = simulate(
    {
      intervals: 4,
      intervalSeconds,
      warmupSeconds: warmup,
      drain: true,
      queues: [
        {
          id: 'q',
          calls: arrivalRate * intervalSeconds,
          handleTime,
          patience: { dist: 'exponential', mean: patience },
        },
      ],
      pools: [{ id: 'p', serves: ['q'], agents }],
    },
    { seed, replications },
  );
  // simulate gives 95 % half-widths; rescale to 99 %.
  return { mean: r.total.pickupRate!, halfWidth99: r.halfWidth!.total.pickupRate! * t99 };
}

describe('M/G/n+M: handle-time variability at the same mean', () => {
  it('at critical load (10 agents, 10 Erlangs) more variable handle times lower the pickup rate', () => {
    const lognormal = pickupRate(10, 10, { dist: 'lognormal', mean: aht, cv: 2 }, 31);
    const exponential = pickupRate(10, 10, { dist: 'exponential', mean: aht }, 31);
    const deterministic = pickupRate(10, 10, { dist: 'deterministic', value: aht }, 31);
    // Each gap exceeds the sum of the two 99 % half-widths: the ordering is not noise.
    expect(exponential.mean - lognormal.mean).toBeGreaterThan(
      exponential.halfWidth99 + lognormal.halfWidth99,
    );
    expect(deterministic.mean - exponential.mean).toBeGreaterThan(
      deterministic.halfWidth99 + exponential.halfWidth99,
    );
  });

  it('in overload (300 agents, 360 Erlangs) the pickup rate stays at the fluid 1/ρ whatever the distribution', () => {
    // Erlang A (analyze, exact for exponential handle times) gives 0.8333332 here: the fluid value
    // 300/360 to 1e-6. Each distribution's simulated pickup rate must contain it in its 99 % interval:
    // at 300 agents the service-time distribution leaves no effect that 10 replications can detect.
    const fluid = 300 / 360;
    const erlangA = analyze({ arrivalRate: 360 / aht, aht, agents: 300, patience }).pickupRate;
    expect(Math.abs(erlangA - fluid)).toBeLessThan(1e-6);
    const exponential = pickupRate(300, 360, { dist: 'exponential', mean: aht }, 41);
    expect(Math.abs(exponential.mean - erlangA)).toBeLessThanOrEqual(exponential.halfWidth99);
    for (const handleTime of [
      { dist: 'lognormal', mean: aht, cv: 2 },
      { dist: 'deterministic', value: aht },
    ] as const) {
      const other = pickupRate(300, 360, handleTime, 41);
      expect(Math.abs(other.mean - fluid), handleTime.dist).toBeLessThanOrEqual(other.halfWidth99);
    }
  });
});
