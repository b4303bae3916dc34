import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, requiredAgents, type StaffingTarget } from '../../src/index.js';

function meets(
  params: Parameters<typeof requiredAgents>[0],
  agents: number,
  target: StaffingTarget,
): boolean {
  const m = analyze({ ...params, agents });
  if (!m.stable) return false;
  if (target.pickupRate !== undefined && m.pickupRate < target.pickupRate) return false;
  if (target.asa !== undefined && m.asa > target.asa) return false;
  if (target.maxOccupancy !== undefined && m.occupancy > target.maxOccupancy) return false;
  if (target.serviceLevel && m.serviceLevel(target.serviceLevel.seconds) < target.serviceLevel.share)
    return false;
  return true;
}

/** The answer by plain linear search from 0. */
function bruteForce(params: Parameters<typeof requiredAgents>[0], target: StaffingTarget): number {
  let n = 0;
  while (!meets(params, n, target)) n++;
  return n;
}

describe('requiredAgents', () => {
  it('finds pyworkforce / R ErlangC example staffing: 14 agents for 100 calls per 30 min, AHT 3 min, 80/20', () => {
    // pyworkforce README: raw_positions 14 (with max_occupancy 0.85); R ErlangC calculate_agents: agents 14.
    const params = { arrivalRate: 100 / 1800, aht: 180 };
    expect(requiredAgents(params, { serviceLevel: { seconds: 20, share: 0.8 }, maxOccupancy: 0.85 })).toBe(
      14,
    );
  });

  it('agrees with linear search on random queues and targets', () => {
    const target = fc.record(
      {
        pickupRate: fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        serviceLevel: fc.record({
          seconds: fc.integer({ min: 0, max: 120 }),
          share: fc.double({ min: 0.3, max: 0.95, noNaN: true }),
        }),
        asa: fc.double({ min: 1, max: 300, noNaN: true }),
        maxOccupancy: fc.double({ min: 0.5, max: 1, noNaN: true }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 80, noNaN: true }),
        fc.double({ min: 20, max: 900, noNaN: true }),
        fc.oneof(fc.constant(undefined), fc.double({ min: 5, max: 2000, noNaN: true })),
        target,
        (load, aht, patience, t) => {
          if (Object.keys(t).length === 0) return;
          const params = { arrivalRate: load / aht, aht, patience };
          if (patience !== undefined && Object.keys(t).join() === 'maxOccupancy') {
            // 0 agents are never busy: an occupancy cap alone cannot size a queue whose callers abandon.
            expect(() => requiredAgents(params, t)).toThrow(/occupancy cap alone/);
            return;
          }
          expect(requiredAgents(params, t)).toBe(bruteForce(params, t));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('is exact at 100,000 Erlangs: the answer meets the target and one agent fewer does not', () => {
    const target = { serviceLevel: { seconds: 20, share: 0.8 } };
    for (const params of [
      { arrivalRate: 100_000 / 300, aht: 300 },
      { arrivalRate: 100_000 / 300, aht: 300, patience: 180 },
    ]) {
      const n = requiredAgents(params, target);
      expect(meets(params, n, target)).toBe(true);
      expect(meets(params, n - 1, target)).toBe(false);
    }
  });

  it('respects lines: a target reachable only with more agents than lines is refused', () => {
    const params = { arrivalRate: 1, aht: 10, lines: 12 };
    expect(requiredAgents(params, { pickupRate: 0.85 })).toBe(bruteForce(params, { pickupRate: 0.85 }));
    // 12 agents and no waiting room: pickup = 1 − B(12, 10) = 0.88 at most.
    expect(() => requiredAgents(params, { pickupRate: 0.9 })).toThrow(/unreachable.*12/);
  });

  it('needs no agents without calls', () => {
    expect(requiredAgents({ arrivalRate: 0, aht: 300 }, { asa: 20 })).toBe(0);
  });

  it('refuses empty, malformed and unreachable targets with a RangeError', () => {
    const params = { arrivalRate: 1, aht: 60, patience: 120 };
    expect(() => requiredAgents(params, {})).toThrow(/at least one/);
    expect(() => requiredAgents(params, { pickupRate: 1.2 })).toThrow(/pickupRate.*1\.2/);
    expect(() => requiredAgents(params, { serviceLevel: { seconds: -1, share: 0.8 } })).toThrow(
      /seconds.*-1/,
    );
    expect(() => requiredAgents(params, { asa: Number.NaN })).toThrow(/asa.*NaN/);
    expect(() => requiredAgents(params, { pickupRate: 1 })).toThrow(/unreachable/);
    expect(() => requiredAgents(params, { serviceLevel: { seconds: 20, share: 1 } })).toThrow(/unreachable/);
    expect(() => requiredAgents(params, { asa: 0 })).toThrow(/unreachable/);
    expect(() => requiredAgents({ arrivalRate: -1, aht: 60 }, { asa: 20 })).toThrow(/arrivalRate/);
  });

  it('refuses an occupancy cap alone when callers abandon or lines are limited, unless no calls come', () => {
    // Abandoned or blocked calls free the agents: 0 agents have occupancy 0 and would "meet" the cap.
    expect(() => requiredAgents({ arrivalRate: 1, aht: 60, patience: 120 }, { maxOccupancy: 0.85 })).toThrow(
      RangeError,
    );
    expect(() => requiredAgents({ arrivalRate: 1, aht: 60, lines: 80 }, { maxOccupancy: 0.85 })).toThrow(
      /occupancy cap alone.*pickupRate, serviceLevel or asa/,
    );
    expect(requiredAgents({ arrivalRate: 0, aht: 60, patience: 120 }, { maxOccupancy: 0.85 })).toBe(0);
    // With another target the cap still binds, as a linear search finds.
    const params = { arrivalRate: 1, aht: 60, patience: 120 };
    const both = { pickupRate: 0.5, maxOccupancy: 0.85 };
    expect(requiredAgents(params, both)).toBe(bruteForce(params, both));
    // Without patience or lines the cap alone is a valid Erlang C target: the least n with 60 / n ≤ 0.85.
    expect(requiredAgents({ arrivalRate: 1, aht: 60 }, { maxOccupancy: 0.85 })).toBe(71);
  });

  it('pickupRate 1 without patience or lines means any stable staffing', () => {
    expect(requiredAgents({ arrivalRate: 1, aht: 9.5 }, { pickupRate: 1 })).toBe(10);
  });
});
