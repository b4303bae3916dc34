import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, erlangC, type QueueMetrics } from '../../src/index.js';
import { answeredWithin, referenceChain } from './reference.js';

const rel = (actual: number, expected: number) =>
  expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);

/** Every numeric field of the metrics, plus serviceLevel at a few thresholds. */
function numbers(m: QueueMetrics): number[] {
  return [
    m.waitProbability,
    m.blockProbability,
    m.abandonProbability,
    m.pickupRate,
    m.asa,
    m.meanWait,
    m.meanQueueLength,
    m.occupancy,
    m.serviceLevel(0),
    m.serviceLevel(20),
    m.serviceLevel(600),
  ];
}

describe('analyze: Erlang C (M/M/n)', () => {
  it('matches the R ErlangC package and pyworkforce example (100 calls / 30 min, AHT 180 s, 14 agents)', () => {
    // ErlangC README (erlang_c): wait_probability 0.1741319, service_level 0.88835, ASA 7.83593701177724 s,
    // occupancy 0.7142857; pyworkforce README: service_level 0.8883500191794669,
    // occupancy 0.7142857142857143, waiting_probability 0.1741319335950498.
    const m = analyze({ arrivalRate: 100 / 1800, aht: 180, agents: 14 });
    expect(m.waitProbability).toBeCloseTo(0.1741319335950498, 14);
    expect(m.serviceLevel(20)).toBeCloseTo(0.8883500191794669, 14);
    expect(m.asa).toBeCloseTo(7.83593701177724, 12);
    expect(m.occupancy).toBeCloseTo(0.7142857142857143, 15);
    expect(m.pickupRate).toBe(1);
  });

  it('is unstable at load ≥ agents: infinite waits, no NaN', () => {
    const m = analyze({ arrivalRate: 1, aht: 10, agents: 10 });
    expect(m.stable).toBe(false);
    expect(m.waitProbability).toBe(1);
    expect(m.asa).toBe(Number.POSITIVE_INFINITY);
    expect(m.meanQueueLength).toBe(Number.POSITIVE_INFINITY);
    expect(m.serviceLevel(20)).toBe(0);
    expect(m.pickupRate).toBe(1);
    expect(analyze({ arrivalRate: 2, aht: 10, agents: 10 }).pickupRate).toBe(0.5);
    expect(numbers(analyze({ arrivalRate: 0, aht: 10, agents: 0 })).some(Number.isNaN)).toBe(false);
  });
});

// Independent numerical references (test/analytic/reference.ts): the chain solved state by state,
// abandonment from Little's law, occupancy from the busy-agent average.
const cases: { name: string; agents: number; load: number; aht: number; patience: number; lines: number }[] =
  [
    { name: 'Erlang A, 1 agent', agents: 1, load: 0.9, aht: 240, patience: 60, lines: Infinity },
    {
      name: 'Erlang A, 10 agents overloaded',
      agents: 10,
      load: 14,
      aht: 300,
      patience: 120,
      lines: Infinity,
    },
    { name: 'Erlang A, 300 agents', agents: 300, load: 295, aht: 420, patience: 300, lines: Infinity },
    { name: 'Erlang A, 1000 agents', agents: 1000, load: 1010, aht: 420, patience: 200, lines: Infinity },
    {
      name: 'Erlang A, 100,000 agents',
      agents: 100_000,
      load: 100_300,
      aht: 300,
      patience: 180,
      lines: Infinity,
    },
    { name: 'M/M/n/K, 10 agents', agents: 10, load: 9, aht: 300, patience: Infinity, lines: 25 },
    {
      name: 'M/M/n/K, 300 agents overloaded',
      agents: 300,
      load: 320,
      aht: 300,
      patience: Infinity,
      lines: 400,
    },
    { name: 'M/M/n/K+M, 1000 agents', agents: 1000, load: 1050, aht: 300, patience: 90, lines: 1100 },
    {
      name: 'M/M/n/n (Erlang B), 100,000 agents',
      agents: 100_000,
      load: 99_800,
      aht: 300,
      patience: Infinity,
      lines: 100_000,
    },
  ];

describe.each(cases)('analyze vs an independent chain: $name', ({ agents, load, aht, patience, lines }) => {
  const lambda = load / aht;
  const m = analyze({ arrivalRate: lambda, aht, agents, patience, lines });
  const ref = referenceChain(lambda, 1 / aht, agents, patience === Infinity ? 0 : 1 / patience, lines);
  it('probabilities, queue and occupancy within 1e-9', () => {
    expect(rel(m.waitProbability, ref.wait)).toBeLessThan(1e-9);
    expect(rel(m.blockProbability, ref.block)).toBeLessThan(1e-9);
    expect(rel(m.abandonProbability, ref.abandon)).toBeLessThan(1e-9);
    expect(rel(m.pickupRate, ref.pickup)).toBeLessThan(1e-9);
    expect(rel(m.meanQueueLength, ref.queue)).toBeLessThan(1e-9);
    expect(rel(m.occupancy, ref.busy / agents)).toBeLessThan(1e-9);
    expect(rel(m.meanWait, ref.queue / lambda)).toBeLessThan(1e-9); // Little's law
    expect(rel(m.serviceLevel(0), ref.noWait)).toBeLessThan(1e-9);
    expect(m.serviceLevel(Infinity)).toBe(m.pickupRate);
  });
});

describe('analyze: Erlang A service level and ASA against uniformisation', () => {
  // SL(t) = Σ_{k<n} π_k + Σ_j π_{n+j} P(answered within t | j), each conditional probability computed by
  // uniformising the tagged call's chain (reference.ts) — no closed form shared with src/.
  const systems = [
    { agents: 1, load: 1.3, aht: 180, patience: 90, lines: Infinity },
    { agents: 10, load: 9.5, aht: 300, patience: 120, lines: Infinity },
    { agents: 10, load: 12, aht: 300, patience: 60, lines: 30 },
    { agents: 40, load: 38, aht: 300, patience: 1e4, lines: Infinity },
  ];
  it.each(systems)('SL at 10, 60 and 300 s for $agents agents, load $load, patience $patience', (s) => {
    const mu = 1 / s.aht;
    const theta = 1 / s.patience;
    const lambda = s.load * mu;
    const m = analyze({
      arrivalRate: lambda,
      aht: s.aht,
      agents: s.agents,
      patience: s.patience,
      lines: s.lines,
    });
    const ref = referenceChain(lambda, mu, s.agents, theta, s.lines);
    // States beyond the last with π ≥ 1e-22 change SL by less than 1e-19: leave them out.
    let last = s.lines === Infinity ? ref.pi.length - 1 : s.lines - 1;
    while (ref.pi[last]! < 1e-22) last--;
    for (const t of [10, 60, 300]) {
      const within = answeredWithin(s.agents, mu, theta, last - s.agents, t);
      let sl = ref.noWait;
      for (let k = s.agents; k <= last; k++) sl += ref.pi[k]! * within[k - s.agents]!;
      expect(rel(m.serviceLevel(t), sl)).toBeLessThan(1e-9);
    }
  });

  it('ASA equals ∫ (pickupRate − SL(s)) ds / pickupRate (Simpson, 1e-7)', () => {
    const m = analyze({ arrivalRate: 11 / 300, aht: 300, agents: 10, patience: 150 });
    const end = 5000;
    const steps = 20_000;
    const h = end / steps;
    let integral = 0;
    for (let i = 0; i <= steps; i++) {
      const weight = i === 0 || i === steps ? 1 : i % 2 === 1 ? 4 : 2;
      integral += weight * (m.pickupRate - m.serviceLevel(i * h));
    }
    integral *= h / 3;
    expect(rel(m.asa, integral / m.pickupRate)).toBeLessThan(1e-7);
  });
});

describe('analyze: limits', () => {
  it('patience → ∞ (1e12 s) gives Erlang C', () => {
    for (const [agents, load] of [
      [1, 0.5],
      [10, 8],
      [300, 290],
      [100_000, 99_500],
    ] as const) {
      const c = analyze({ arrivalRate: load / 300, aht: 300, agents });
      const a = analyze({ arrivalRate: load / 300, aht: 300, agents, patience: 1e12 });
      expect(rel(a.waitProbability, c.waitProbability)).toBeLessThan(1e-8);
      expect(rel(a.asa, c.asa)).toBeLessThan(1e-8);
      expect(rel(a.meanQueueLength, c.meanQueueLength)).toBeLessThan(1e-8);
      expect(rel(a.serviceLevel(20), c.serviceLevel(20))).toBeLessThan(1e-8);
      expect(a.pickupRate).toBeCloseTo(1, 8);
      expect(rel(c.waitProbability, erlangC(agents, load))).toBeLessThan(1e-14);
    }
  });

  it('very many lines give unlimited lines (no blocking)', () => {
    const unlimited = analyze({ arrivalRate: 0.5, aht: 20, agents: 12, patience: 30 });
    const many = analyze({ arrivalRate: 0.5, aht: 20, agents: 12, patience: 30, lines: 1e9 });
    expect(many.blockProbability).toBe(0);
    expect(rel(many.pickupRate, unlimited.pickupRate)).toBeLessThan(1e-14);
    expect(rel(many.serviceLevel(10), unlimited.serviceLevel(10))).toBeLessThan(1e-14);
    const c = analyze({ arrivalRate: 0.5, aht: 20, agents: 12, lines: 1e9 });
    expect(rel(c.asa, analyze({ arrivalRate: 0.5, aht: 20, agents: 12 }).asa)).toBeLessThan(1e-12);
  });

  it('handles pathological corners without NaN', () => {
    const corners = [
      { arrivalRate: 0, aht: 300, agents: 5, patience: 60 },
      { arrivalRate: 0, aht: 300, agents: 0, patience: 60 },
      { arrivalRate: 1, aht: 300, agents: 0, patience: 60 },
      { arrivalRate: 1, aht: 300, agents: 0, lines: 5 },
      { arrivalRate: 1, aht: 300, agents: 0, lines: 0 },
      { arrivalRate: 1, aht: 300, agents: 10, lines: 10 },
      { arrivalRate: 1e6, aht: 1e-6, agents: 1, patience: 1e-6 },
      { arrivalRate: 10, aht: 300, agents: 100, patience: 1e8 },
      { arrivalRate: 1e-9, aht: 1e5, agents: 100_000, patience: 10 },
    ];
    for (const params of corners) {
      const values = numbers(analyze(params));
      expect(values.some(Number.isNaN), JSON.stringify(params)).toBe(false);
    }
    expect(analyze({ arrivalRate: 1, aht: 300, agents: 0, patience: 60 }).abandonProbability).toBe(1);
    expect(analyze({ arrivalRate: 1, aht: 300, agents: 0, lines: 5 }).blockProbability).toBe(1);
  });
});

describe('analyze: validation', () => {
  it.each([
    [{ arrivalRate: -1, aht: 1, agents: 1 }, /arrivalRate.*-1/],
    [{ arrivalRate: Number.NaN, aht: 1, agents: 1 }, /arrivalRate.*NaN/],
    [{ arrivalRate: Number.POSITIVE_INFINITY, aht: 1, agents: 1 }, /arrivalRate/],
    [{ arrivalRate: 1, aht: 0, agents: 1 }, /aht.*0/],
    [{ arrivalRate: 1, aht: 1, agents: 1.5 }, /agents.*1\.5/],
    [{ arrivalRate: 1, aht: 1, agents: -2 }, /agents.*-2/],
    [{ arrivalRate: 1, aht: 1, agents: 2, patience: 0 }, /patience.*0/],
    [{ arrivalRate: 1, aht: 1, agents: 2, patience: Number.NaN }, /patience.*NaN/],
    [{ arrivalRate: 1, aht: 1, agents: 2, lines: 1 }, /lines.*1/],
    [{ arrivalRate: 1, aht: 1, agents: 2, lines: 3.5 }, /lines.*3\.5/],
  ])('rejects %o', (params, message) => {
    expect(() => analyze(params)).toThrow(RangeError);
    expect(() => analyze(params)).toThrow(message);
  });

  it('rejects a negative or NaN service-level threshold', () => {
    const m = analyze({ arrivalRate: 1, aht: 5, agents: 7, patience: 30 });
    expect(() => m.serviceLevel(-1)).toThrow(/seconds.*-1/);
    expect(() => m.serviceLevel(Number.NaN)).toThrow(RangeError);
  });
});

const arbitraryQueue = fc.record({
  agents: fc.integer({ min: 0, max: 3000 }),
  utilisation: fc.double({ min: 0, max: 2, noNaN: true }),
  aht: fc.double({ min: 1, max: 3600, noNaN: true }),
  patience: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.double({ min: 0.5, max: 1e5, noNaN: true })),
  extraLines: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 0, max: 5000 })),
});

type ArbitraryQueue = typeof arbitraryQueue extends fc.Arbitrary<infer T> ? T : never;

function paramsOf(q: ArbitraryQueue) {
  const load = q.utilisation * Math.max(1, q.agents);
  return {
    arrivalRate: load / q.aht,
    aht: q.aht,
    agents: q.agents,
    patience: q.patience,
    lines: q.agents + q.extraLines,
  };
}

// Sums over up to 10^5 states carry relative rounding errors near 1e-12: compare within 1e-10.
const nearlyAtMost = (a: number, b: number) => a <= b + 1e-10 * Math.max(1, Math.abs(b));

describe('analyze: properties', () => {
  it('never returns NaN; probabilities lie in [0, 1] and add up', () => {
    fc.assert(
      fc.property(arbitraryQueue, (q) => {
        const m = analyze(paramsOf(q));
        const values = numbers(m);
        expect(values.some(Number.isNaN)).toBe(false);
        for (const p of [
          m.waitProbability,
          m.blockProbability,
          m.abandonProbability,
          m.pickupRate,
          m.occupancy,
        ]) {
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1 + 1e-12);
        }
        if (m.stable) {
          expect(Math.abs(m.pickupRate + m.abandonProbability + m.blockProbability - 1)).toBeLessThan(1e-9);
          expect(nearlyAtMost(m.serviceLevel(20), m.pickupRate)).toBe(true);
          expect(nearlyAtMost(m.serviceLevel(10), m.serviceLevel(20))).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('more agents: pickup and service level up, waits down', () => {
    fc.assert(
      fc.property(arbitraryQueue, (q) => {
        const p = paramsOf(q);
        const a = analyze(p);
        const b = analyze({ ...p, agents: p.agents + 1, lines: p.lines + 1 });
        expect(nearlyAtMost(a.pickupRate, b.pickupRate)).toBe(true);
        expect(nearlyAtMost(a.serviceLevel(20), b.serviceLevel(20))).toBe(true);
        expect(nearlyAtMost(b.asa, a.asa)).toBe(true);
        // meanWait counts blocked calls as 0 s: with lines, one more agent lets in calls that were
        // blocked and now wait (0 agents and 686 lines: every call blocked, meanWait 0; 1 agent:
        // 342 s), so it falls with agents only when nothing is blocked.
        if (p.lines === Number.POSITIVE_INFINITY) expect(nearlyAtMost(b.meanWait, a.meanWait)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('more patience: fewer abandons, more pickups, longer waits', () => {
    fc.assert(
      fc.property(arbitraryQueue, fc.double({ min: 1.01, max: 10, noNaN: true }), (q, factor) => {
        const p = paramsOf(q);
        if (p.patience === Number.POSITIVE_INFINITY || p.agents === 0) return;
        const a = analyze(p);
        const b = analyze({ ...p, patience: p.patience * factor });
        expect(nearlyAtMost(b.abandonProbability, a.abandonProbability)).toBe(true);
        expect(nearlyAtMost(a.pickupRate, b.pickupRate)).toBe(true);
        expect(nearlyAtMost(a.meanWait, b.meanWait)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('more lines: less blocking, more pickups', () => {
    fc.assert(
      fc.property(arbitraryQueue, (q) => {
        const p = paramsOf(q);
        if (p.lines === Number.POSITIVE_INFINITY || p.agents === 0) return;
        const a = analyze(p);
        const b = analyze({ ...p, lines: p.lines + 1 });
        expect(nearlyAtMost(b.blockProbability, a.blockProbability)).toBe(true);
        expect(nearlyAtMost(a.pickupRate, b.pickupRate)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
