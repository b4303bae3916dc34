import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/model/simulate.js';
import { parseScenario } from '../../../src/scenario/parse-scenario.js';

const exp = (mean: number) => ({ dist: 'exponential' as const, mean });

describe('mysteryCallers', () => {
  it('leave the platform KPIs untouched: with agents to spare, the report is the one without them', () => {
    const base = {
      intervals: 4,
      queues: [
        { id: 'caf', calls: 200, handleTime: exp(300), patience: exp(120) },
        { id: 'cpam', calls: 100, handleTime: exp(300) },
      ],
      pools: [
        { id: 'a', serves: ['caf'], agents: 300 },
        { id: 'b', serves: ['cpam'], agents: 300 },
      ],
    };
    const plain = simulate(base, { seed: 5 });
    const tested = simulate(
      { ...base, mysteryCallers: { queues: ['caf'], callers: 150, attempts: 3, waitSeconds: 300 } },
      { seed: 5 },
    );
    // Nobody ever waits, so the test callers change no real caller's fate; they are not counted.
    for (const key of [
      'offered',
      'answered',
      'abandoned',
      'firstCalls',
      'callerServedShare',
      'asa',
    ] as const) {
      expect(tested.total[key]).toBe(plain.total[key]);
      expect(tested.queues.caf?.[key]).toBe(plain.queues.caf?.[key]);
    }
    expect(plain.mystery).toBeUndefined();
    const m = tested.mystery?.queues.caf;
    expect(m).toMatchObject({
      callers: 150,
      served: 150,
      failed: 0,
      unfinished: 0,
      failedShare: 0,
      meanTotalWait: 0,
    });
    expect(Object.keys(tested.mystery?.queues ?? {})).toEqual(['caf']);
    expect(m?.intervals.reduce((sum, i) => sum + i.callers, 0)).toBe(150);
    // They do take agents' time.
    expect(tested.pools.a?.occupancy).toBeGreaterThan(plain.pools.a?.occupancy ?? 1);
  });

  it('follow the protocol: with no agent every attempt is abandoned after waitSeconds, attempts times', () => {
    const report = simulate(
      {
        intervals: 8,
        intervalSeconds: 3600,
        queues: [{ id: 'q', calls: 10, handleTime: exp(300) }],
        pools: [{ id: 'p', serves: ['q'], agents: 0 }],
        mysteryCallers: {
          queues: ['q'],
          callers: 400,
          attempts: 3,
          waitSeconds: 240,
          retryDelay: { dist: 'deterministic', value: 600 },
        },
      },
      { seed: 2 },
    );
    const m = report.mystery?.queues.q;
    if (m === undefined) throw new Error('no mystery report');
    // A caller finishes when its 3rd attempt ends: 3 × 240 s of waiting and 2 × 600 s between, so
    // those whose first call came in the last 1,920 s (of 28,800 s) are still at it when the run ends.
    expect(m.failed + m.unfinished).toBe(400);
    expect(m.served).toBe(0);
    expect(m.failedShare).toBe(1);
    expect(m.meanTotalWait).toBeCloseTo(720, 9);
    expect(m.unfinished).toBeGreaterThan(0);
    expect(m.unfinished).toBeLessThan(0.2 * 400); // expected 400 × 1920 / 28800 ≈ 27
    expect(m.intervals.at(-1)?.unfinished).toBe(m.unfinished);
    expect(report.total.offered).toBe(report.total.inSystem + report.total.abandoned + report.total.blocked);
    expect(report.total.firstCalls).toBeLessThan(200);
  });

  it('are checked: queues that do not exist are named with their path', () => {
    const scenario = {
      intervals: 1,
      queues: [{ id: 'q', calls: 10, handleTime: exp(300) }],
      pools: [{ id: 'p', serves: ['q'], agents: 1 }],
    };
    expect(() => parseScenario({ ...scenario, mysteryCallers: { queues: ['caf'], callers: 10 } })).toThrow(
      "mysteryCallers.queues[0]: no queue has id 'caf' (queues: 'q')",
    );
    expect(() =>
      parseScenario({ ...scenario, mysteryCallers: { queues: ['q'], callers: { x: 3 } } }),
    ).toThrow("mysteryCallers.callers.x: no queue has id 'x' (queues: 'q')");
    expect(() =>
      parseScenario({ ...scenario, mysteryCallers: { queues: ['q'], callers: 10, attempts: 0 } }),
    ).toThrow('mysteryCallers.attempts');
    const parsed = parseScenario({ ...scenario, mysteryCallers: { queues: ['q'], callers: 10 } });
    expect(parsed.mysteryCallers).toEqual({
      queues: ['q'],
      callers: 10,
      attempts: 3,
      waitSeconds: 300,
      retryDelay: { dist: 'uniform', min: 600, max: 3600 },
    });
  });
});
