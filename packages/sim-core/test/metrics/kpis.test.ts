import { describe, expect, it } from 'vitest';
import { addSums, emptySums, kpisOf } from '../../src/metrics/kpis.js';

describe('kpisOf', () => {
  it('computes rates from sums', () => {
    const s = emptySums(2);
    Object.assign(s, {
      offered: 10,
      answered: 6,
      abandoned: 2,
      blocked: 1,
      inSystem: 1,
      firstCalls: 8,
      callersServed: 5,
      waitAnswered: 60,
      waitAll: 100,
      answeredWithin: [3, 5],
      queueArea: 900,
      measuredTime: 1800,
      maxQueueLength: 4,
    });
    s.waitHistogram[4] = 3;
    s.waitHistogram[20] = 3;
    const k = kpisOf(s, [20, 60]);
    // 6 answered waits: 3 in (3, 4] and 3 in (19, 20]. Median: the 3rd reaches the top of (3, 4] → 4.
    // 90 %: 5.4 calls, 2.4 of the 3 in (19, 20] → 19 + 2.4 / 3 = 19.8.
    expect(k.waitP50).toBeCloseTo(4, 12);
    expect(k.waitP90).toBeCloseTo(19.8, 12);
    expect({ ...k, waitP50: 0, waitP90: 0 }).toEqual({
      offered: 10,
      answered: 6,
      abandoned: 2,
      blocked: 1,
      inSystem: 1,
      firstCalls: 8,
      callerServedShare: 5 / 8,
      pickupRate: 0.6,
      asa: 10,
      meanWait: 10,
      serviceLevel: { '20': 0.3, '60': 0.5 },
      waitP50: 0,
      waitP90: 0,
      meanQueueLength: 0.5,
      maxQueueLength: 4,
    });
  });

  it('gives null, never NaN, for empty denominators', () => {
    const k = kpisOf(emptySums(1), [20]);
    expect(k).toMatchObject({ pickupRate: null, asa: null, meanWait: null, callerServedShare: null });
    expect(k).toMatchObject({ waitP50: null, waitP90: null, meanQueueLength: null, maxQueueLength: 0 });
    expect(k.serviceLevel).toEqual({ '20': null });
  });

  it('adds sums', () => {
    const a = emptySums(1);
    const b = emptySums(1);
    b.offered = 3;
    b.answeredWithin[0] = 2;
    b.waitHistogram[7] = 1;
    addSums(a, b);
    addSums(a, b);
    expect(a.offered).toBe(6);
    expect(a.answeredWithin).toEqual([4]);
    expect(a.waitHistogram[7]).toBe(2);
  });
});
