import { describe, expect, it } from 'vitest';
import { chainMetrics } from '../../src/analytic/queue-chain.js';
import { referenceChain } from './reference.js';

describe('chainMetrics', () => {
  it('solves M/M/1+M against the state-by-state chain', () => {
    const m = chainMetrics({
      arrivalRate: 1,
      serviceRate: 0.8,
      agents: 1,
      abandonRate: 0.25,
      waitingRoom: Infinity,
    });
    const ref = referenceChain(1, 0.8, 1, 0.25, Infinity);
    expect(m.waitProbability).toBeCloseTo(ref.wait, 14);
    expect(m.abandonProbability).toBeCloseTo(ref.abandon, 14);
    expect(m.meanQueueLength).toBeCloseTo(ref.queue, 13);
  });

  it('puts an overloaded, very patient queue near its fluid limit without overflow', () => {
    // λ = 2, nμ = 1, θ = 1e-6: the queue holds about (λ − nμ)/θ = 10^6 callers, pickup → nμ/λ.
    const m = chainMetrics({
      arrivalRate: 2,
      serviceRate: 0.1,
      agents: 10,
      abandonRate: 1e-6,
      waitingRoom: Infinity,
    });
    expect(m.pickupRate).toBeCloseTo(0.5, 6);
    expect(m.meanQueueLength / 1e6).toBeCloseTo(1, 3);
    expect(m.meanWait).toBeCloseTo(m.abandonProbability / 1e-6, 3);
    expect(m.serviceLevel(60)).toBe(0);
  });

  it('has ASA = (j + 1)/(nμ) averaged over waiting states when nobody abandons', () => {
    const m = chainMetrics({
      arrivalRate: 0.9,
      serviceRate: 0.1,
      agents: 10,
      abandonRate: 0,
      waitingRoom: 40,
    });
    const ref = referenceChain(0.9, 0.1, 10, 0, 50);
    let answeredWait = 0;
    for (let j = 0; j < 40; j++) answeredWait += ref.pi[10 + j]! * ((j + 1) / 1);
    expect(m.asa).toBeCloseTo(answeredWait / (1 - ref.block), 12);
  });
});
