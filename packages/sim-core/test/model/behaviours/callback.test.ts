import { describe, expect, it } from 'vitest';
import { createSimulation, parseScenario, type ScenarioInput, simulate } from '../../../src/index.js';
import { exp, issuesOf, withoutCounters } from './block-fixture.js';

/** One queue of `calls` per half-hour over `intervals`, exponential handle times of 300 s. */
function scenario(
  callback: Record<string, unknown>,
  options: { agents?: number; patience?: number; intervals?: number } = {},
): ScenarioInput {
  return {
    intervals: options.intervals ?? 4,
    drain: true,
    queues: [
      {
        id: 'q',
        calls: 500,
        handleTime: exp(300),
        ...(options.patience ? { patience: exp(options.patience) } : {}),
        callback: callback as never,
      },
    ],
    pools: [{ id: 'p', serves: ['q'], agents: options.agents ?? 80 }],
  };
}

describe('callback block: validation', () => {
  it('refuses bad values with their path', () => {
    const bad = { offerAboveWait: -1, acceptance: 1.5, rule: 'later', failure: 2, retries: 0.5 };
    expect(issuesOf(scenario(bad)).map((i) => i.path)).toEqual([
      'queues[0].callback.offerAboveWait',
      'queues[0].callback.acceptance',
      'queues[0].callback.rule',
      'queues[0].callback.failure',
      'queues[0].callback.retries',
    ]);
  });

  it('asks for a window with the window rule, a retry delay with retries, a window within the day', () => {
    expect(issuesOf(scenario({ offerAboveWait: 0, acceptance: 1, rule: 'window' }))).toEqual([
      { path: 'queues[0].callback.window', message: "is required when rule is 'window'" },
    ]);
    expect(issuesOf(scenario({ offerAboveWait: 0, acceptance: 1, failure: 0.5, retries: 1 }))).toEqual([
      { path: 'queues[0].callback.retryDelay', message: 'is required when retries > 0 and failure > 0' },
    ]);
    expect(issuesOf(scenario({ offerAboveWait: 0, acceptance: 1, rule: 'window', window: [3, 2] }))).toEqual([
      { path: 'queues[0].callback.window[1]', message: 'must be >= the first interval 3, got 2' },
    ]);
    expect(issuesOf(scenario({ offerAboveWait: 0, acceptance: 1, rule: 'window', window: [2, 4] }))).toEqual([
      { path: 'queues[0].callback.window[1]', message: 'must be < 4, the intervals of a day, got 4' },
    ]);
  });

  it('applies the defaults: keep-place, no failure, no retries', () => {
    expect(parseScenario(scenario({ offerAboveWait: 60, acceptance: 0.4 })).queues[0]!.callback).toEqual({
      offerAboveWait: 60,
      acceptance: 0.4,
      rule: 'keep-place',
      failure: 0,
      retries: 0,
    });
  });
});

describe('callback block: behaviour', () => {
  it('keep-place with everyone accepting and nobody hanging up leaves the waits and the agents work unchanged (same seed)', () => {
    // In FIFO order a callback taken in the caller's turn is answered exactly when the caller would
    // have been: the same sample path, so the same figures to rounding.
    const plain = scenario({ offerAboveWait: 0, acceptance: 1 });
    delete (plain.queues[0] as Record<string, unknown>).callback;
    const base = simulate(plain, { seed: 11 });
    const withCallbacks = simulate(scenario({ offerAboveWait: 0, acceptance: 1 }), { seed: 11 });
    const t = withCallbacks.total;
    expect(t.callbacks!.accepted).toBeGreaterThan(500); // most callers had to wait at 80 agents for 83 Erlangs
    expect(t.callbacks!.completed).toBe(t.callbacks!.accepted);
    expect(t.answered).toBe(base.total.answered);
    expect(t.asa!).toBeCloseTo(base.total.asa!, 9);
    expect(t.serviceLevel['20']!).toBeCloseTo(base.total.serviceLevel['20']!, 12);
    expect(withCallbacks.pools.p!.occupancy!).toBeCloseTo(base.pools.p!.occupancy!, 12);
    // The mean time to callback is the mean wait of the callers who took one: all who waited.
    expect(t.callbacks!.meanDelay! * t.callbacks!.completed).toBeCloseTo(t.asa! * t.answered, 3);
  });

  it('offers only above offerAboveWait, by the estimate (position + 1) × aht ÷ agents', () => {
    // 1 agent, aht 300 s: a caller finding the agent busy expects 300 s with nobody ahead, 600 s with
    // one ahead. Acceptance 0 keeps the sample path the same whatever the threshold.
    const offered = (offerAboveWait: number) =>
      simulate(
        {
          intervals: 1,
          queues: [
            {
              id: 'q',
              calls: 12,
              handleTime: exp(300),
              callback: { offerAboveWait, acceptance: 0 },
            },
          ],
          pools: [{ id: 'p', serves: ['q'], agents: 1 }],
        },
        { seed: 9 },
      ).total.callbacks!.offered;
    const busy = offered(0); // every caller finding the agent busy
    const someoneAhead = offered(300);
    expect(busy).toBeGreaterThan(someoneAhead);
    expect(someoneAhead).toBe(offered(599.999));
    expect(someoneAhead).toBeGreaterThan(offered(600));
    expect(offered(1e9)).toBe(0);
  });

  it('a callback never picked up is tried 1 + retries times, then counts as abandoned', () => {
    const report = simulate(
      scenario(
        {
          offerAboveWait: 0,
          acceptance: 1,
          failure: 1,
          retries: 2,
          retryDelay: { dist: 'deterministic', value: 60 },
        },
        { agents: 70 },
      ),
      { seed: 5 },
    );
    const t = report.total;
    expect(t.callbacks!.accepted).toBeGreaterThan(0);
    expect(t.callbacks!.completed).toBe(0);
    expect(t.callbacks!.meanDelay).toBeNull();
    expect(t.callbacks!.failed).toBe(t.callbacks!.accepted);
    expect(t.abandoned).toBe(t.callbacks!.failed); // nobody hangs up otherwise
    expect(t.callbacks!.pending).toBe(0); // drained
  });

  it('window: no callback before the window, and callers still held at the end count as pending', () => {
    const sim = createSimulation(
      {
        ...scenario({ offerAboveWait: 0, acceptance: 1, rule: 'window', window: [3, 3] }, { agents: 78 }),
        drain: false,
      },
      { seed: 6 },
    );
    sim.advanceTo(3 * 1800 - 1);
    const before = sim.report().total;
    expect(before.callbacks!.accepted).toBeGreaterThan(0);
    expect(before.callbacks!.completed).toBe(0);
    expect(before.callbacks!.pending).toBe(before.callbacks!.accepted);
    sim.advanceTo(sim.horizon);
    const after = sim.report().total;
    expect(after.callbacks!.completed).toBeGreaterThan(0);
    expect(after.offered).toBe(
      after.answered + after.abandoned + after.blocked + after.inSystem + after.callbacks!.pending,
    );
  });

  it('when-idle: no callback while callers wait', () => {
    // 40 agents for 83 Erlangs of callers who never hang up: once the line has formed (in the first
    // half-hour) it never empties, so callbacks asked for later are never made.
    const q = simulate(
      {
        ...scenario({ offerAboveWait: 0, acceptance: 0.5, rule: 'when-idle' }, { agents: 40 }),
        drain: false,
      },
      { seed: 7 },
    ).queues.q!;
    for (const later of q.intervals.slice(1)) {
      expect(later.callbacks!.accepted).toBeGreaterThan(100);
      expect(later.callbacks!.completed).toBe(0);
      expect(later.callbacks!.pending).toBe(later.callbacks!.accepted);
    }
  });

  it('acceptance 0: offered, never accepted, and the callers run as without the block', () => {
    const s = scenario({ offerAboveWait: 0, acceptance: 0 }, { patience: 300 });
    const t = simulate(s, { seed: 8 }).total;
    delete (s.queues[0] as Record<string, unknown>).callback;
    const base = simulate(s, { seed: 8 }).total;
    expect(t.callbacks!.offered).toBeGreaterThan(0);
    expect(t.callbacks!.accepted).toBe(0);
    expect(withoutCounters(t, 'callbacks')).toEqual(withoutCounters(base, 'callbacks'));
  });
});
