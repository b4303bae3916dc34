import { describe, expect, it } from 'vitest';
import { Outcome, OutcomeAccumulator } from '../../src/metrics/accumulator.js';
import { PoolIntegral } from '../../src/metrics/pool-integral.js';
import { QueueLengthIntegral } from '../../src/metrics/queue-length-integral.js';
import { buildReport, buildTotals, type Measurements } from '../../src/metrics/report.js';

/** 2 queues × 2 intervals of 100 s; 1 pool. */
function measurements(): Measurements {
  const outcomes = new OutcomeAccumulator(4, [20]);
  outcomes.record(0, Outcome.answered, 10, 1, 0); // queue a, interval 0
  outcomes.record(1, Outcome.abandoned, 50, 1, 1); // queue a, interval 1
  outcomes.record(3, Outcome.answered, 30, 1, 3); // queue b, interval 1
  outcomes.record(3, Outcome.blocked, 0, 1, 3);
  const queueLengths = new QueueLengthIntegral(3, 2, 0, 200);
  queueLengths.change(0, 0, 1);
  queueLengths.change(2, 0, 1);
  queueLengths.boundary(100, 1);
  queueLengths.change(1, 150, 2);
  queueLengths.change(2, 150, 2);
  queueLengths.boundary(200, 1);
  const pools = new PoolIntegral(1, 2, 0, 200);
  pools.setStaffed(0, 0, 2);
  pools.changeBusy(0, 0, 1);
  pools.boundary(100, 1);
  pools.boundary(200, 1);
  return {
    queueIds: ['a', 'b'],
    poolIds: ['p'],
    intervals: 2,
    outcomes,
    queueLengths,
    pools,
    measuredTime: Float64Array.from([100, 100]),
    scheduledAgents: [[2, 2]],
  };
}

describe('buildReport', () => {
  it('sums cells into queue and total KPIs, and areas into occupancy', () => {
    const r = buildReport(measurements());
    expect(r.queues.a).toMatchObject({ offered: 2, answered: 1, abandoned: 1, asa: 10, meanWait: 30 });
    expect(r.queues.a!.serviceLevel).toEqual({ '20': 0.5 });
    expect(r.queues.a!.meanQueueLength).toBe(1); // 1 waiting all along
    expect(r.queues.b!.intervals[1]).toMatchObject({ offered: 2, pickupRate: 0.5, maxQueueLength: 2 });
    expect(r.queues.b!.intervals[0]!.pickupRate).toBeNull();
    expect(r.total).toMatchObject({ offered: 4, answered: 2, blocked: 1, abandoned: 1, asa: 20 });
    expect(r.total.meanQueueLength).toBe(1.5); // all-queues series: (1 × 150 + 3 × 50) / 200
    expect(r.total.maxQueueLength).toBe(3);
    expect(r.pools.p).toEqual({
      occupancy: 0.5,
      intervals: [
        { occupancy: 0.5, agents: 2 },
        { occupancy: 0.5, agents: 2 },
      ],
    });
    expect(r.halfWidth).toBeUndefined();
  });
});

describe('buildTotals', () => {
  it('gives the totals of buildReport, figure for figure, without the intervals', () => {
    const totals = buildTotals(measurements());
    const { intervals: _, ...total } = buildReport(measurements()).total;
    expect(totals.total).toEqual(total);
    expect(totals.total).toMatchObject({
      offered: 4,
      answered: 2,
      asa: 20,
      meanQueueLength: 1.5,
      maxQueueLength: 3,
    });
    const { intervals: __, ...b } = buildReport(measurements()).queues.b!;
    expect(totals.queues).toEqual({ a: expect.objectContaining({ offered: 2, asa: 10, meanWait: 30 }), b });
    expect(totals.pools).toEqual({ p: { occupancy: 0.5 } });
  });
});
