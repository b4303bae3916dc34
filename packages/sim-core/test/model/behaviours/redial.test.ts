import { describe, expect, it } from 'vitest';
import type { Kpis } from '../../../src/metrics/kpis.js';
import type { SimulationEvent } from '../../../src/model/listeners.js';
import { simulate } from '../../../src/model/simulate.js';
import { exp, recordEvents } from '../record-events.js';

// Semantic tests of the redial rules (exact, per event): what the rules forbid never happens, what
// they allow does happen. The redial stream against theory is test/theory/erlang-x.test.ts.

/** An overloaded queue: 40 agents for 60 Erlangs, short patience, few lines; everything redials. */
function overloaded(redial: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return {
    intervals: 4,
    intervalSeconds: 1800,
    queues: [
      {
        id: 'cpam',
        calls: 400,
        handleTime: exp(270),
        patience: exp(120),
        lines: 50,
        redial: { probability: 1, delay: exp(300), ...redial },
        ...extra,
      },
    ],
    pools: [{ id: 'agents', serves: ['cpam'], agents: 40 }],
  };
}

/** Per event, the caller's previous attempt ended at (abandon or block time), tracked through recycled ids. */
function withPreviousEnd(
  events: readonly SimulationEvent[],
): { event: SimulationEvent; previousEnd: number }[] {
  const lastEnd = new Map<number, number>();
  return events.map((event) => {
    if (event.type === 'arrival' && event.attempt === 1) lastEnd.delete(event.caller);
    const previousEnd = lastEnd.get(event.caller) ?? Number.NaN;
    if (event.type === 'abandon' || event.type === 'block') lastEnd.set(event.caller, event.time);
    return { event, previousEnd };
  });
}

function conserved(k: Kpis): void {
  expect(k.offered).toBe(k.answered + k.abandoned + k.blocked + (k.refused ?? 0) + k.inSystem);
}

describe('redial block', () => {
  it('refuseWithinSeconds: no redial sooner than the window after the previous attempt is answered or queued', () => {
    const window = 300;
    const { events, sim } = recordEvents(overloaded({ refuseWithinSeconds: window }), 4);
    const redials = withPreviousEnd(events).filter(({ event }) => event.attempt > 1);
    const answered = redials.filter(({ event }) => event.type === 'answer');
    expect(answered.length).toBeGreaterThan(100);
    for (const { event, previousEnd } of redials) {
      // Every redial the model let through (an arrival event) came at least `window` after the end of
      // the previous attempt; refused ones emit no arrival.
      if (event.type === 'arrival') expect(event.time - previousEnd).toBeGreaterThanOrEqual(window);
    }
    const total = sim.report().total;
    // With exponential delays of mean 300 s, about 1 − e^−1 = 63 % of redials come too soon.
    expect(total.refused).toBeGreaterThan(0.5 * (total.offered - total.firstCalls));
    conserved(total);
    for (const q of Object.values(sim.report().queues)) for (const i of q.intervals) conserved(i);
  });

  it('byCause: a cause with probability 0 never redials, the others do', () => {
    const { events } = recordEvents(overloaded({ byCause: { blocked: 0 } }), 2);
    const next = new Map<number, SimulationEvent>();
    let blocks = 0;
    for (let k = events.length - 1; k >= 0; k--) {
      const e = events[k]!;
      if (e.type === 'block') {
        blocks++;
        const after = next.get(e.caller);
        // The next event of that caller id, if any, belongs to a new caller.
        if (after !== undefined) expect(after.attempt).toBe(1);
      }
      if (e.type === 'arrival') next.set(e.caller, e);
    }
    expect(blocks).toBeGreaterThan(50);
    expect(events.some((e) => e.type === 'arrival' && e.attempt > 1)).toBe(true);
  });

  it('later: probability 0 for the 2nd and later redials stops callers at their 2nd attempt', () => {
    const { events } = recordEvents(overloaded({ later: 0 }), 3);
    const attempts = events.filter((e) => e.type === 'arrival').map((e) => e.attempt);
    expect(Math.max(...attempts)).toBe(2);
    const { events: unlimited } = recordEvents(overloaded({}), 3);
    expect(Math.max(...unlimited.filter((e) => e.type === 'arrival').map((e) => e.attempt))).toBeGreaterThan(
      2,
    );
  });

  it('redials continue across interval and day boundaries', () => {
    const scenario = {
      ...overloaded({ delay: { dist: 'deterministic', value: 1200 } }),
      intervals: 2,
      days: 2,
    };
    const { events } = recordEvents(scenario, 5);
    const day = 2 * 1800;
    const firstOfCaller = new Map<number, number>();
    let crossDay = 0;
    let crossInterval = 0;
    for (const e of events) {
      if (e.type !== 'arrival') continue;
      if (e.attempt === 1) firstOfCaller.set(e.caller, e.time);
      else {
        const first = firstOfCaller.get(e.caller)!;
        if (Math.floor(e.time / day) > Math.floor(first / day)) crossDay++;
        if (Math.floor(e.time / 1800) > Math.floor(first / 1800)) crossInterval++;
      }
    }
    expect(crossDay).toBeGreaterThan(0);
    expect(crossInterval).toBeGreaterThan(crossDay);
  });

  it('reports refused in every KPI set once a queue redials, and not otherwise', () => {
    const report = simulate(overloaded({ refuseWithinSeconds: 60 }), { seed: 1 });
    expect(report.queues.cpam!.intervals.every((i) => typeof i.refused === 'number')).toBe(true);
    const plain = overloaded({});
    delete (plain.queues[0] as { redial?: unknown }).redial;
    expect('refused' in simulate(plain, { seed: 1 }).total).toBe(false);
  });
});
