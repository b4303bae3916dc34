import fc from 'fast-check';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import type { Kpis } from '../../src/metrics/kpis.js';
import type { SimulationReport } from '../../src/metrics/report.js';
import { replicationSeed, simulate } from '../../src/model/simulate.js';
import { ScenarioError } from '../../src/scenario/scenario-error.js';
import type { ScenarioInput } from '../../src/scenario/types.js';
import { exp, recordEvents } from './record-events.js';

const base = {
  intervals: 3,
  intervalSeconds: 1800,
  serviceLevelSeconds: [20, 60],
  queues: [
    {
      id: 'caf',
      calls: [300, 500, 200],
      handleTime: { dist: 'lognormal', mean: 240, cv: 1.2 },
      patience: exp(180),
    },
    { id: 'cpam', calls: [100, 150, 80], handleTime: exp(300), lines: 30 },
  ],
  pools: [
    { id: 'a', serves: ['caf'], agents: [30, 45, 20] },
    { id: 'b', serves: ['caf', 'cpam'], agents: [15, 20, 10] },
  ],
} satisfies ScenarioInput;

function allKpis(r: SimulationReport): Kpis[] {
  return [r.total, ...Object.values(r.queues).flatMap((q) => [q, ...q.intervals])];
}

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(numbersIn);
}

function checkReport(r: SimulationReport): void {
  for (const n of numbersIn(r)) expect(Number.isFinite(n)).toBe(true); // no NaN, no infinity
  for (const k of allKpis(r)) {
    expect(k.offered).toBe(k.answered + k.abandoned + k.blocked + k.inSystem);
    for (const rate of [k.pickupRate, k.callerServedShare, ...Object.values(k.serviceLevel)]) {
      if (rate !== null) expect(rate).toBeGreaterThanOrEqual(0);
      if (rate !== null) expect(rate).toBeLessThanOrEqual(1);
    }
    for (const sl of Object.values(k.serviceLevel))
      if (sl !== null) expect(sl).toBeLessThanOrEqual(k.pickupRate!);
    if (k.waitP50 !== null) expect(k.waitP50).toBeLessThanOrEqual(k.waitP90!);
    expect(k.pickupRate === null).toBe(k.offered === 0);
    expect(k.asa === null).toBe(k.answered === 0);
    expect(k.firstCalls).toBeLessThanOrEqual(k.offered);
  }
  for (const p of Object.values(r.pools)) {
    for (const o of [p.occupancy, ...p.intervals.map((i) => i.occupancy)]) {
      if (o !== null) expect(o).toBeGreaterThanOrEqual(0);
      if (o !== null) expect(o).toBeLessThanOrEqual(1 + 1e-12);
    }
  }
}

describe('simulate', () => {
  it('keeps offered = answered + abandoned + blocked + inSystem everywhere, with no NaN', () => {
    const r = simulate(base, { seed: 3 });
    checkReport(r);
    expect(r.total.offered).toBe(r.queues.caf!.offered + r.queues.cpam!.offered);
    expect(r.queues.caf!.offered).toBe(r.queues.caf!.intervals.reduce((s, i) => s + i.offered, 0));
    expect(r.queues.cpam!.blocked).toBeGreaterThan(0);
    expect(r.queues.caf!.abandoned).toBeGreaterThan(0);
    expect(Object.keys(r.total.serviceLevel)).toEqual(['20', '60']);
    expect(r.pools.a!.intervals.map((i) => i.agents)).toEqual([30, 45, 20]);
  });

  it('is deterministic: same seed, same report; another seed, another one', () => {
    expect(simulate(base, { seed: 5 })).toEqual(simulate(base, { seed: 5 }));
    expect(simulate(base, { seed: 5 }).total.offered).not.toBe(simulate(base, { seed: 6 }).total.offered);
    expect(simulate({ ...base, seed: 5 })).toEqual(simulate(base, { seed: 5 }));
  });

  it('seeded regression: pinned output of seed 42 (not theory: guards against unnoticed changes)', () => {
    const t = simulate(base, { seed: 42 }).total;
    expect([t.offered, t.answered, t.abandoned, t.blocked, t.inSystem]).toEqual([1382, 1021, 269, 73, 19]);
    expect(t.asa).toBeCloseTo(84.70289677950976, 9);
    expect(t.waitP90).toBeCloseTo(200.45, 9);
    expect(t.meanQueueLength).toBeCloseTo(18.86730361662268, 9);
  });

  it('with replications, gives each figure as the mean of the replications and its 95 % half-width', () => {
    // The reference is computed here from the four single runs, with simple-statistics and a t
    // quantile from a table, not with the library's combination code.
    const r = simulate(base, { seed: 9, replications: 4 });
    const runs = [0, 1, 2, 3].map((k) => simulate(base, { seed: replicationSeed(9, k) }));
    const t975 = 3.182446305284263; // Student t, 3 degrees of freedom, 0.975 (scipy.stats.t.ppf)
    const figures: [string, (x: SimulationReport) => number | null | undefined][] = [
      ['total.offered', (x) => x.total.offered],
      ['total.pickupRate', (x) => x.total.pickupRate],
      ['total.serviceLevel[60]', (x) => x.total.serviceLevel['60']],
      ['caf.intervals[1].asa', (x) => x.queues.caf!.intervals[1]!.asa],
      ['cpam.blocked', (x) => x.queues.cpam!.blocked],
      ['pools.b.occupancy', (x) => x.pools.b!.occupancy],
    ];
    for (const [name, figure] of figures) {
      const values = runs.map((run) => figure(run)!);
      expect(new Set(values).size, `${name}: the replications differ`).toBeGreaterThan(1);
      expect(figure(r), name).toBeCloseTo(mean(values), 9);
      const halfWidth = (t975 * sampleStandardDeviation(values)) / Math.sqrt(4);
      expect(figure(r.halfWidth as unknown as SimulationReport), name).toBeCloseTo(halfWidth, 9);
    }
    expect(simulate(base, { seed: 9, replications: 1 })).toEqual(runs[0]);
    expect(simulate(base, { seed: 9, replications: 1 }).halfWidth).toBeUndefined();
    expect(new Set([0, 1, 2, 3].map((k) => replicationSeed(9, k))).size).toBe(4);
    expect(replicationSeed(9, 1)).not.toBe(replicationSeed(10, 1));
  });

  it('leaves out calls arriving in the warm-up, and with drain serves everyone still waiting', () => {
    const scenario = { ...base, warmupSeconds: 2000 };
    const { events } = recordEvents(scenario, 4);
    const r = simulate(scenario, { seed: 4 });
    expect(r.total.offered).toBe(events.filter((e) => e.type === 'arrival' && e.time >= 2000).length);
    expect(r.queues.caf!.intervals[0]!.offered).toBe(0);
    expect(r.queues.caf!.intervals[0]!.meanQueueLength).toBeNull();
    const noPatience = { ...base, queues: base.queues.map((q) => ({ ...q, calls: [600, 700, 900] })) };
    const open = simulate(noPatience, { seed: 4 });
    expect(open.total.inSystem).toBeGreaterThan(0);
    const drained = simulate({ ...noPatience, drain: true }, { seed: 4 });
    expect(drained.total.inSystem).toBe(0);
    expect(drained.total.offered).toBe(open.total.offered);
  });

  it('reports nulls, not NaN or fake zeros, where a rate has no denominator', () => {
    const r = simulate({
      intervals: 2,
      queues: [{ id: 'q', calls: [0, 20], handleTime: exp(60) }],
      pools: [{ id: 'p', serves: ['q'], agents: 0 }],
    });
    const [empty, full] = r.queues.q!.intervals;
    expect(empty).toMatchObject({ offered: 0, pickupRate: null, asa: null, meanWait: null, waitP50: null });
    expect(empty!.serviceLevel).toEqual({ '20': null });
    expect(full!.inSystem).toBe(full!.offered);
    expect(full!.pickupRate).toBe(0);
    expect(full!.asa).toBeNull();
    expect(r.pools.p!.occupancy).toBeNull();
    checkReport(r);
  });

  it('rejects bad input with the parameter named', () => {
    expect(() => simulate(base, { replications: 0 })).toThrow(
      /replications must be a positive integer, got 0/,
    );
    expect(() => simulate(base, { replications: 2.5 })).toThrow(RangeError);
    expect(() => simulate(base, { seed: Number.NaN })).toThrow(/seed/);
    expect(() => simulate({ ...base, intervalSeconds: -1 })).toThrow(ScenarioError);
  });

  // Random small scenarios: 1–2 queues, 1–2 pools, short days.
  const arbScenario = fc
    .record({
      intervals: fc.integer({ min: 1, max: 3 }),
      days: fc.integer({ min: 1, max: 2 }),
      calls: fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 2, maxLength: 2 }),
      agents: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 2, maxLength: 2 }),
      patience: fc.option(fc.integer({ min: 5, max: 600 })),
      lines: fc.option(fc.integer({ min: 1, max: 20 })),
      redial: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      twoQueues: fc.boolean(),
      shared: fc.boolean(),
      warmup: fc.integer({ min: 0, max: 899 }), // below the shortest run (1 interval of 900 s)
      cv: fc.constantFrom(0, 0.3),
      drain: fc.boolean(),
    })
    .map((a): ScenarioInput => {
      const ids = a.twoQueues ? ['q0', 'q1'] : ['q0'];
      return {
        intervals: a.intervals,
        days: a.days,
        intervalSeconds: 900,
        warmupSeconds: a.warmup,
        dailyVariationCv: a.cv,
        drain: a.drain,
        serviceLevelSeconds: [20],
        queues: ids.map((id, k) => ({
          id,
          calls: a.calls[k]!,
          handleTime: { dist: 'gamma', mean: 120, cv: 1.5 },
          ...(a.patience === null ? {} : { patience: exp(a.patience) }),
          ...(a.lines === null ? {} : { lines: a.lines }),
          ...(a.redial === null
            ? {}
            : { redial: { probability: a.redial, delay: exp(200), maxAttempts: 3 } }),
        })),
        pools: a.shared
          ? [{ id: 'all', serves: ids, agents: a.agents[0]! }]
          : ids.map((id, k) => ({ id: `p${k}`, serves: [id], agents: a.agents[k]! })),
      };
    });

  it('property: conservation, bounds, no NaN and determinism on random scenarios', () => {
    fc.assert(
      fc.property(arbScenario, fc.integer({ min: 1, max: 1000 }), (scenario, seed) => {
        const r = simulate(scenario, { seed });
        checkReport(r);
        expect(simulate(scenario, { seed })).toEqual(r);
      }),
      { numRuns: 60 },
    );
  });

  it('property: raising staffing never changes the arrival stream', () => {
    fc.assert(
      fc.property(
        arbScenario,
        fc.integer({ min: 1, max: 1000 }),
        fc.integer({ min: 1, max: 20 }),
        (s, seed, extra) => {
          const more = { ...s, pools: s.pools.map((p) => ({ ...p, agents: (p.agents as number) + extra })) };
          const [a, b] = [simulate(s, { seed }), simulate(more, { seed })];
          for (const id of Object.keys(a.queues)) {
            const first = (r: SimulationReport) => r.queues[id]!.intervals.map((i) => i.firstCalls);
            expect(first(b)).toEqual(first(a));
            if (!s.queues[0]!.redial) {
              expect(b.queues[id]!.intervals.map((i) => i.offered)).toEqual(
                a.queues[id]!.intervals.map((i) => i.offered),
              );
            }
          }
          // The very arrival instants of first calls are the same, not just their counts.
          const times = (sc: ScenarioInput) =>
            recordEvents(sc, seed)
              .events.filter((e) => e.type === 'arrival' && e.attempt === 1)
              .map((e) => e.time);
          expect(times(more)).toEqual(times(s));
        },
      ),
      { numRuns: 30 },
    );
  });
});

describe('simulate: progress', () => {
  it('reports every day of every replication, in order, without changing the report', () => {
    const seen: [number, number][] = [];
    const scenario = { ...base, days: 3 };
    const withProgress = simulate(scenario, {
      seed: 4,
      replications: 2,
      onProgress: (d, t) => seen.push([d, t]),
    });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6].map((d) => [d, 6]));
    expect(withProgress).toEqual(simulate(scenario, { seed: 4, replications: 2 }));
  });

  it('names a progress callback that is not a function', () => {
    expect(() => simulate(base, { onProgress: 5 as unknown as () => void })).toThrow(
      'onProgress must be a function, got 5',
    );
  });

  it('reports all queues together per interval of the day in total.intervals', () => {
    const report = simulate(
      {
        intervals: 3,
        queues: [
          { id: 'a', calls: [200, 300, 100], handleTime: { dist: 'exponential', mean: 300 } },
          {
            id: 'b',
            calls: 150,
            handleTime: { dist: 'exponential', mean: 200 },
            patience: { dist: 'exponential', mean: 120 },
          },
        ],
        pools: [{ id: 'p', serves: ['a', 'b'], agents: [40, 45, 30] }],
      },
      { seed: 3 },
    );
    const { a, b } = report.queues;
    expect(report.total.intervals).toHaveLength(3);
    report.total.intervals.forEach((k, i) => {
      for (const key of ['offered', 'answered', 'abandoned', 'inSystem', 'firstCalls'] as const) {
        expect(k[key]).toBe(a!.intervals[i]![key] + b!.intervals[i]![key]);
      }
      // Callers waiting in both queues: the sum of each queue's time-averaged length.
      expect(k.meanQueueLength).toBeCloseTo(
        a!.intervals[i]!.meanQueueLength! + b!.intervals[i]!.meanQueueLength!,
        9,
      );
    });
    expect(report.total.intervals.reduce((n, k) => n + k.offered, 0)).toBe(report.total.offered);
  });
});
