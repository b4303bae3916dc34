import { describe, expect, it } from 'vitest';
import { erlangC } from '../../src/analytic/erlang-c.js';
import { simulate } from '../../src/model/simulate.js';
import { countChecks, expectMeanNear, suiteSeed } from './suite-checks.js';

// One attempt of at most w seconds on an M/M/n queue: a test caller arriving at a random time sees
// the stationary wait (PASTA) and, in FIFO order, waits what it would have waited had it stayed, so it
// fails with Erlang C's P(W > w) = C(n, a) · exp(−(nμ − λ) w) (Gross & Harris, Fundamentals of
// Queueing Theory, M/M/c waiting-time distribution). The test callers add load: 400 per replication
// against about 60,000 calls (0.7 %). Method of steady-state.ts: a warm-up left out, drained so every
// test caller finishes, R = 30 replications.
//
// Error rate: 2 cases × 1 check (the failed share) = 2 statistical checks, each at α = 0.001 / 64
// (Bonferroni over the theory suite, suite-checks.ts); "every test caller finished" is exact.
countChecks('mystery-callers');

describe('mystery callers vs Erlang C wait distribution (M/M/n)', () => {
  it.each([
    { agents: 10, load: 8.5, aht: 180, w: 60, seed: 21000 },
    { agents: 50, load: 47, aht: 300, w: 120, seed: 22000 },
  ])(
    'M/M/$agents at $load Erlangs: failed share with one attempt of $w s',
    ({ agents, load, aht, w, seed }) => {
      const arrivalRate = load / aht;
      const warmup = 50 * aht;
      const intervalSeconds = (warmup + 60_000 / arrivalRate) / 2;
      const scenario = {
        intervals: 2,
        intervalSeconds,
        warmupSeconds: warmup,
        drain: true,
        queues: [
          {
            id: 'q',
            calls: arrivalRate * intervalSeconds,
            handleTime: { dist: 'exponential' as const, mean: aht },
          },
        ],
        pools: [{ id: 'p', serves: ['q'], agents }],
        mysteryCallers: { queues: ['q'], callers: 400, attempts: 1, waitSeconds: w },
      };
      const replications = 30;
      const shares = Array.from({ length: replications }, (_, r) => {
        const m = simulate(scenario, { seed: suiteSeed(seed) + r }).mystery?.queues.q;
        expect(m?.unfinished).toBe(0);
        return m?.failedShare ?? Number.NaN;
      });
      const theory = erlangC(agents, load) * Math.exp(-(agents / aht - arrivalRate) * w);
      expectMeanNear(`M/M/${agents} at ${load} Erlangs: mystery failed share, wait ${w} s`, shares, theory);
    },
  );
});
