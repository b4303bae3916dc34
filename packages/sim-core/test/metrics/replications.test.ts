import { describe, expect, it } from 'vitest';
import type { Kpis } from '../../src/metrics/kpis.js';
import { combineReplications } from '../../src/metrics/replications.js';
import type { SimulationReport } from '../../src/metrics/report.js';

function report(offered: number, asa: number | null): SimulationReport {
  const k = { offered, asa, serviceLevel: { '20': asa === null ? null : 0.5 } } as unknown as Kpis;
  return {
    total: { ...k, intervals: [k, k] },
    queues: { q: { ...k, intervals: [k, k] } },
    pools: { p: { occupancy: offered / 10, intervals: [{ occupancy: null, agents: 3 }] } },
  };
}

describe('combineReplications', () => {
  it('averages every figure and gives 95 % half-widths of the same shape', () => {
    const r = combineReplications([report(1, 10), report(2, 20), report(3, null)]);
    expect(r.total.offered).toBe(2);
    // Half-width of [1, 2, 3]: t(0.975, 2) · 1 / √3 = 4.302652729749462 / 1.7320508075688772
    // (t from scipy.stats.t.ppf).
    expect(r.halfWidth!.total.offered).toBeCloseTo(4.302652729749462 / Math.sqrt(3), 10);
    // asa is null in one replication: mean and interval of the two that define it.
    expect(r.total.asa).toBe(15);
    expect(r.halfWidth!.total.asa).toBeCloseTo((12.706204736174694 * Math.sqrt(50)) / Math.sqrt(2), 8);
    expect(r.queues.q!.intervals).toHaveLength(2);
    expect(r.pools.p!.intervals[0]).toEqual({ occupancy: null, agents: 3 });
    expect(r.halfWidth!.pools.p!.intervals[0]).toEqual({ occupancy: null, agents: 0 });
    expect(r.total.serviceLevel).toEqual({ '20': 0.5 });
  });

  it('leaves out halfWidth for a single report and refuses none', () => {
    expect(combineReplications([report(4, 1)]).halfWidth).toBeUndefined();
    expect(combineReplications([report(4, 1)]).total.offered).toBe(4);
    expect(() => combineReplications([])).toThrow(/at least one report/);
  });
});
