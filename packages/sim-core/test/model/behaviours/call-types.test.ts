import { describe, expect, it } from 'vitest';
import type { Kpis } from '../../../src/metrics/kpis.js';
import { simulate } from '../../../src/model/simulate.js';

// Call types: each first call is of one type (by share), with that type's handle time and patience;
// the report gives the KPIs of each type beside the queue's, and the types add up to the queue.

const exp = (m: number) => ({ dist: 'exponential' as const, mean: m });
const det = (value: number) => ({ dist: 'deterministic' as const, value });

const scenario = {
  intervals: 2,
  intervalSeconds: 3600,
  queues: [
    {
      id: 'caf',
      calls: 600,
      handleTime: exp(400),
      patience: exp(300),
      types: [
        { id: 'simple', share: 0.6, handleTime: det(360) },
        { id: 'complex', share: 0.4, handleTime: det(840), patience: det(60) },
      ],
      redial: { probability: 0.5, delay: exp(600) },
    },
    { id: 'cpam', calls: 200, handleTime: exp(300) },
  ],
  pools: [{ id: 'agents', serves: ['caf', 'cpam'], agents: 85 }],
};

const ADDITIVE = [
  'offered',
  'answered',
  'abandoned',
  'blocked',
  'inSystem',
  'firstCalls',
  'refused',
] as const;

describe('call types', () => {
  const report = simulate(scenario, { seed: 2, replications: 1 });
  const caf = report.queues.caf!;
  const types = caf.types!;

  it('reports every type of the queue, and none for a queue without types', () => {
    expect(Object.keys(types)).toEqual(['simple', 'complex']);
    expect(report.queues.cpam!.types).toBeUndefined();
    expect(types.simple!.intervals).toHaveLength(2);
  });

  it('splits the queue exactly: every count of the queue is the sum of its types, interval by interval', () => {
    const sum = (a: Kpis, b: Kpis, key: (typeof ADDITIVE)[number]) => (a[key] ?? 0) + (b[key] ?? 0);
    for (const key of ADDITIVE) {
      expect(sum(types.simple!, types.complex!, key)).toBe(caf[key] ?? 0);
      caf.intervals.forEach((interval, i) => {
        expect(sum(types.simple!.intervals[i]!, types.complex!.intervals[i]!, key)).toBe(interval[key] ?? 0);
      });
    }
    expect(Math.max(types.simple!.maxQueueLength, types.complex!.maxQueueLength)).toBeLessThanOrEqual(
      caf.maxQueueLength,
    );
  });

  it('draws each type by its share and gives it its own handle time and patience', () => {
    const firsts = types.simple!.firstCalls + types.complex!.firstCalls;
    // About 1,200 first calls, 60 % simple: a binomial 99.9 % interval (±3.29 sd).
    expect(Math.abs(types.simple!.firstCalls / firsts - 0.6)).toBeLessThanOrEqual(
      3.29 * Math.sqrt((0.6 * 0.4) / firsts),
    );
    // Complex callers hang up after exactly 60 s: no complex call is answered after a longer wait.
    expect(types.complex!.waitP90 ?? 0).toBeLessThanOrEqual(60);
    // Agents are busier with complex calls: the pool's load is 0.6 × 360 + 0.4 × 840 = 552 s per call.
    expect(types.complex!.abandoned / types.complex!.offered).toBeGreaterThan(
      types.simple!.abandoned / types.simple!.offered,
    );
  });
});
