import { describe, expect, it } from 'vitest';
import { analyze, requiredAgents, staffingTable } from '../../src/index.js';

describe('staffingTable', () => {
  it('staffs each interval and schedules for shrinkage (pyworkforce README: 14 raw, 20 positions)', () => {
    // pyworkforce: transactions 100 per 30 min, AHT 3 min, 80 % in 20 s, shrinkage 0.3 → raw_positions 14,
    // positions 20.
    const table = staffingTable(
      { calls: [100, 0, 250], aht: 180, shrinkage: 0.3 },
      { serviceLevel: { seconds: 20, share: 0.8 }, maxOccupancy: 0.85 },
    );
    const [first, empty, third] = table.rows;
    expect(first).toMatchObject({ interval: 0, calls: 100, agents: 14, scheduled: 20, load: 10 });
    expect(first!.serviceLevel).toBeCloseTo(0.8883500191794669, 12);
    expect(first!.occupancy).toBeCloseTo(10 / 14, 12);
    expect(empty).toMatchObject({ agents: 0, scheduled: 0, pickupRate: 1, asa: 0, occupancy: 0 });
    expect(third!.agents).toBe(
      requiredAgents(
        { arrivalRate: 250 / 1800, aht: 180 },
        { serviceLevel: { seconds: 20, share: 0.8 }, maxOccupancy: 0.85 },
      ),
    );
    expect(table.totals.agentHours).toBe(((14 + 0 + third!.agents) * 1800) / 3600);
    expect(table.totals.scheduledHours).toBe(((20 + 0 + third!.scheduled) * 1800) / 3600);
    expect(table.totals.peakAgents).toBe(third!.agents);
    expect(table.totals.calls).toBe(350);
  });

  it('uses a per-interval AHT, patience and interval length, with call-weighted totals', () => {
    const day = { intervalSeconds: 900, calls: [40, 80], aht: [240, 360], patience: 120 };
    const table = staffingTable(day, { pickupRate: 0.95 });
    for (const row of table.rows) {
      const params = { arrivalRate: row.calls / 900, aht: day.aht[row.interval]!, patience: 120 };
      expect(row.agents).toBe(requiredAgents(params, { pickupRate: 0.95 }));
      expect(row.pickupRate).toBe(analyze({ ...params, agents: row.agents }).pickupRate);
      expect(row.serviceLevel).toBeUndefined();
    }
    const [a, b] = table.rows;
    expect(table.totals.pickupRate).toBeCloseTo((40 * a!.pickupRate + 80 * b!.pickupRate) / 120, 14);
  });

  it('rejects a malformed day with a RangeError naming the field', () => {
    const target = { asa: 30 };
    expect(() => staffingTable({ calls: [], aht: 300 }, target)).toThrow(/calls/);
    expect(() => staffingTable({ calls: [10, -1], aht: 300 }, target)).toThrow(/calls\[1\].*-1/);
    expect(() => staffingTable({ calls: [10, 20], aht: [300] }, target)).toThrow(/aht/);
    expect(() => staffingTable({ calls: [10], aht: [0] }, target)).toThrow(/aht\[0\]/);
    expect(() => staffingTable({ calls: [10], aht: 300, shrinkage: 1 }, target)).toThrow(/shrinkage.*1/);
    expect(() => staffingTable({ calls: [10], aht: 300, intervalSeconds: 0 }, target)).toThrow(
      /intervalSeconds/,
    );
    expect(() => staffingTable({ calls: [10], aht: 300 }, {})).toThrow(/at least one/);
  });
});
