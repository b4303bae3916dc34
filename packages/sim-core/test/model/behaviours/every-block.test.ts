import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kpis } from '../../../src/metrics/kpis.js';
import { CallerState, CallerStore } from '../../../src/model/caller-store.js';
import { createSimulation } from '../../../src/model/create-simulation.js';
import { simulate } from '../../../src/model/simulate.js';
import type { ScenarioInput } from '../../../src/scenario/types.js';
import { exp } from './block-fixture.js';

// Every behaviour block on at once, in random scenarios: three queues with priorities sharing pools,
// call types, growth, complete redials, the voice server, dissuasion, callbacks (every rule),
// appointments (limited to a call type or not), overflow into a pool serving another queue, drained or
// not. Small days (3 half-hours, at most a few hundred calls each), so the whole file takes seconds.

const probability = fc.double({ min: 0, max: 1, noNaN: true });

/** The random part of a scenario. */
const cases = fc.record({
  calls: fc.integer({ min: 30, max: 300 }),
  agents: fc.integer({ min: 0, max: 25 }),
  backup: fc.integer({ min: 0, max: 8 }),
  priorityA: fc.integer({ min: -1, max: 1 }),
  priorityB: fc.integer({ min: -1, max: 1 }),
  lines: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
  redial: probability,
  later: probability,
  refuse: fc.integer({ min: 1, max: 1200 }),
  maxAttempts: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  ivr: probability,
  queueLength: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  expectedWait: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
  growth: fc.double({ min: 0.5, max: 2, noNaN: true }),
  rule: fc.constantFrom('keep-place' as const, 'when-idle' as const, 'window' as const),
  offerAboveWait: fc.integer({ min: 0, max: 600 }),
  acceptance: fc.double({ min: 0.1, max: 1, noNaN: true }),
  failure: fc.double({ min: 0, max: 0.5, noNaN: true }),
  retries: fc.integer({ min: 0, max: 2 }),
  bookComplexOnly: fc.boolean(),
  bookShare: fc.double({ min: 0.05, max: 1, noNaN: true }),
  slots: fc.integer({ min: 1, max: 20 }),
  lead: fc.integer({ min: 0, max: 3600 }),
  noShow: fc.double({ min: 0, max: 0.5, noNaN: true }),
  appointmentPool: fc.constantFrom('front', 'backup'),
  afterSeconds: fc.integer({ min: 0, max: 400 }),
  drain: fc.boolean(),
  seed: fc.integer({ min: 0, max: 1000 }),
});
type Case = typeof cases extends fc.Arbitrary<infer C> ? C : never;

function scenario(p: Case, frontAgents = p.agents): ScenarioInput {
  return {
    intervals: 3,
    intervalSeconds: 1800,
    drain: p.drain,
    queues: [
      {
        id: 'a',
        calls: p.calls,
        handleTime: exp(300),
        patience: exp(200),
        priority: p.priorityA,
        ...(p.lines === undefined ? {} : { lines: p.lines }),
        types: [
          { id: 'simple', share: 0.7, handleTime: exp(200) },
          { id: 'complex', share: 0.3, patience: exp(50) },
        ],
        growth: { calls: p.growth, handleTime: p.growth },
        redial: {
          probability: p.redial,
          delay: exp(400),
          later: p.later,
          refuseWithinSeconds: p.refuse,
          byCause: { dissuaded: p.later },
          ...(p.maxAttempts === undefined ? {} : { maxAttempts: p.maxAttempts }),
        },
        ivr: { share: p.ivr, time: exp(30) },
        ...(p.queueLength === undefined && p.expectedWait === undefined
          ? {}
          : { dissuasion: { queueLength: p.queueLength, expectedWait: p.expectedWait } }),
        appointments: {
          ...(p.bookComplexOnly ? { types: ['complex'] } : {}),
          share: p.bookShare,
          slots: p.slots,
          leadSeconds: p.lead,
          noShow: p.noShow,
          handleTime: exp(400),
          pool: p.appointmentPool,
        },
        overflow: { afterSeconds: p.afterSeconds, pool: 'backup' },
        callback: {
          offerAboveWait: p.offerAboveWait,
          acceptance: p.acceptance,
          failure: p.failure,
          rule: p.rule,
          window: [0, 1],
          retries: p.retries,
          retryDelay: exp(600),
        },
      },
      {
        id: 'b',
        calls: 100,
        handleTime: exp(200),
        patience: exp(100),
        priority: p.priorityB,
        dissuasion: { queueLength: 3 },
        redial: { probability: 0.5, delay: exp(300) },
        callback: {
          offerAboveWait: p.offerAboveWait,
          acceptance: p.acceptance,
          rule: p.rule,
          window: [1, 2],
          failure: p.failure,
          retries: p.retries,
          retryDelay: exp(300),
        },
      },
      {
        id: 'c',
        calls: 60,
        handleTime: exp(250),
        patience: exp(300),
        overflow: { afterSeconds: 60, pool: 'b-only' },
      },
    ],
    pools: [
      { id: 'front', serves: ['a', 'b'], agents: frontAgents },
      { id: 'b-only', serves: ['b'], agents: 2 },
      { id: 'backup', serves: ['c'], agents: p.backup },
    ],
  };
}

/** offered = answered + abandoned + blocked + dissuaded + refused + inSystem + callbacks pending. */
function conserved(k: Kpis): boolean {
  return (
    k.offered ===
    k.answered +
      k.abandoned +
      k.blocked +
      (k.dissuaded ?? 0) +
      (k.refused ?? 0) +
      k.inSystem +
      (k.callbacks?.pending ?? 0)
  );
}

/** The counts of a KPI set that its parts (call types) add up to: attempts, callers, the blocks' counts. */
function counts(k?: Kpis): number[] {
  if (k === undefined) return Array.from({ length: 17 }, () => 0);
  const c = k.callbacks!;
  const a = k.appointments!;
  return [
    k.offered,
    k.answered,
    k.abandoned,
    k.blocked,
    k.inSystem,
    k.firstCalls,
    k.dissuaded ?? 0,
    k.refused ?? 0,
    k.selfServed ?? 0,
    c.offered,
    c.accepted,
    c.completed,
    c.failed,
    c.pending,
    a.booked,
    a.held + a.noShow,
    a.pending,
  ];
}

const addCounts = (x: number[], y: number[]) => x.map((v, i) => v + y[i]!);

// Every caller the model creates (a first call) and every end of one (the caller leaves for good:
// served, gave up, settled by the voice server, called at its appointment or a no-show) go through
// the caller store: watch both, per store, and fail on a caller ending twice.
const allocate = CallerStore.prototype.allocate;
const release = CallerStore.prototype.release;
const present = new Map<CallerStore, Set<number>>();
const created = new Map<CallerStore, number>();
beforeAll(() => {
  CallerStore.prototype.allocate = function (this: CallerStore) {
    const id = allocate.call(this);
    const ids = present.get(this) ?? new Set<number>();
    present.set(this, ids);
    if (ids.has(id)) throw new Error(`caller ${id} created while present`);
    ids.add(id);
    created.set(this, (created.get(this) ?? 0) + 1);
    return id;
  };
  CallerStore.prototype.release = function (this: CallerStore, id: number) {
    if (!present.get(this)?.has(id)) throw new Error(`caller ${id} ended twice, or was never created`);
    present.get(this)!.delete(id);
    release.call(this, id);
  };
});
afterAll(() => {
  CallerStore.prototype.allocate = allocate;
  CallerStore.prototype.release = release;
});

/** The callers still present in the one store a run used, by state. */
function stillPresent(): Record<number, number> {
  expect(present.size).toBe(1);
  const [[store, ids]] = [...present.entries()] as [[CallerStore, Set<number>]];
  const byState: Record<number, number> = {};
  for (const id of ids) byState[store.state[id]!] = (byState[store.state[id]!] ?? 0) + 1;
  expect(byState[CallerState.free]).toBeUndefined();
  expect(ids.size).toBe(store.live);
  return byState;
}

describe('every block on, random scenarios', () => {
  it('conserves attempts in every KPI set, and every first-time caller ends exactly once or is still pending', () => {
    fc.assert(
      fc.property(cases, (p) => {
        present.clear();
        created.clear();
        const report = simulate(scenario(p), { seed: p.seed });
        const rows = Object.values(report.queues).flatMap((q) => [q, ...Object.values(q.types ?? {})]);
        const all = [report.total, ...rows.flatMap((q) => [q, ...q.intervals])];
        expect(all.filter((k) => !conserved(k))).toEqual([]);
        // Queue a's call types split it exactly, the blocks' counts included.
        const a = report.queues.a!;
        const types = Object.values(a.types!);
        for (const [k, parts] of [
          [a, types],
          ...a.intervals.map((interval, i) => [interval, types.map((type) => type.intervals[i]!)] as const),
        ] as const) {
          expect(parts.reduce((sum, part) => addCounts(sum, counts(part)), counts())).toEqual(counts(k));
        }
        // The callers still present at the end are those the report counts as pending: waiting
        // (inSystem), holding a callback or an appointment not yet made, about to redial, or on the
        // phone (already answered); drained, none waits or is held.
        const byState = stillPresent();
        const t = report.total;
        const held = t.callbacks!.pending + t.appointments!.pending;
        const selfServed = t.selfServed ?? 0; // absent when no queue uses the voice server (share 0)
        expect(byState[CallerState.waiting] ?? 0).toBe(t.inSystem);
        expect(byState[CallerState.held] ?? 0).toBe(held);
        if (p.drain) expect(t.inSystem + held).toBe(0);
        // Each first-time caller was created once: offered (firstCalls), settled by the voice server,
        // or booked at once (bookings also come from redials, hence at least).
        const firstTime = created.values().next().value!;
        expect(firstTime).toBeGreaterThanOrEqual(t.firstCalls + selfServed);
        expect(firstTime).toBeLessThanOrEqual(t.firstCalls + selfServed + t.appointments!.booked);
      }),
      { numRuns: 30 },
    );
  });

  it('is deterministic, and keeps common random numbers when the staffing changes', () => {
    fc.assert(
      fc.property(cases, (p) => {
        present.clear();
        expect(simulate(scenario(p), { seed: p.seed })).toEqual(simulate(scenario(p), { seed: p.seed }));
        // With 5 more agents the same callers arrive at the same times, and the voice server settles
        // the same ones: only what the agents do differs.
        const arrivals = (agents: number) => {
          const sim = createSimulation(scenario(p, agents), { seed: p.seed });
          const firstCalls: string[] = [];
          sim.on('arrival', (e) => {
            if (e.attempt === 1) firstCalls.push(`${e.queue}@${e.time}`);
          });
          sim.advanceTo(sim.horizon);
          const report = sim.report();
          return { firstCalls, selfServed: report.queues.a!.intervals.map((k) => k.selfServedSeconds) };
        };
        expect(arrivals(p.agents + 5)).toEqual(arrivals(p.agents));
      }),
      { numRuns: 15 },
    );
  });
});
