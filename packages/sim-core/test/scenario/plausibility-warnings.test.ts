import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { plausibilityWarnings } from '../../src/scenario/plausibility-warnings.js';
import { getPreset } from '../../src/scenario/presets/get-preset.js';
import type { ScenarioInput } from '../../src/scenario/types.js';

/** One queue of 100 calls a half-hour, 7-minute calls, 30 agents (23.3 Erlangs): nothing odd. */
function day(change: (s: Record<string, any>) => void = () => {}) {
  const s: Record<string, any> = {
    intervals: 2,
    queues: [
      {
        id: 'caf',
        calls: 100,
        handleTime: { dist: 'lognormal', mean: 420, cv: 1 },
        patience: { dist: 'exponential', mean: 300 },
        redial: { probability: 0.3, delay: { dist: 'exponential', mean: 900 } },
      },
    ],
    pools: [{ id: 'agents', serves: ['caf'], agents: 30 }],
  };
  change(s);
  return plausibilityWarnings(parseScenario(s as ScenarioInput));
}

describe('plausibilityWarnings', () => {
  it('finds nothing odd in a plausible day, nor in the France preset (overloaded, but callers hang up)', () => {
    expect(day()).toEqual([]);
    expect(plausibilityWarnings(parseScenario(getPreset('france-2023')))).toEqual([]);
  });

  it('flags handle times in minutes or hours written as seconds', () => {
    const minutes = day((s) => {
      s.queues[0].handleTime = { dist: 'exponential', mean: 7 };
    });
    expect(minutes).toEqual([
      {
        path: 'queues[0].handleTime',
        message: 'a mean handle time of 7 s is under 20 s; times are in seconds (7 minutes is 420)',
      },
    ]);
    const hours = day((s) => {
      s.queues[0].handleTime = { dist: 'deterministic', value: 3 * 3600 };
      s.pools[0].agents = 1000;
    });
    expect(hours.map((w) => w.message)).toEqual([
      'a mean handle time of 10800 s is over 2 hours; times are in seconds',
    ]);
  });

  it('flags intervals under 5 minutes, and patience or redial delays under 5 s', () => {
    const w = day((s) => {
      s.intervalSeconds = 30;
      s.queues[0].calls = 2;
      s.queues[0].patience = { dist: 'exponential', mean: 3 };
      s.queues[0].redial.delay = { dist: 'exponential', mean: 2 };
    });
    expect(w.map((x) => x.path)).toEqual(['intervalSeconds', 'queues[0].patience', 'queues[0].redial.delay']);
    expect(w[0]?.message).toBe(
      'intervals of 30 s are under 5 minutes; times are in seconds (1800 is a half-hour)',
    );
  });

  it('flags a pool whose load exceeds its agents all day when nobody hangs up', () => {
    // 100 calls × 420 s ÷ 1800 s = 23.3 Erlangs on 20 agents: 117 % in every interval.
    const w = day((s) => {
      delete s.queues[0].patience;
      s.pools[0].agents = 20;
    });
    expect(w).toEqual([
      {
        path: 'pools[0].agents',
        message:
          'the load exceeds the agents in every interval (occupancy at least 117 %) and nobody hangs up: the queue grows all day; check the calls, handle times (in seconds) and agents',
      },
    ]);
    // One interval within capacity is a plausible day.
    const w2 = day((s) => {
      delete s.queues[0].patience;
      s.pools[0].agents = [20, 30];
    });
    expect(w2).toEqual([]);
  });

  it('with patience, flags only a load over 4 times the agents all day (e.g. calls per day entered per interval)', () => {
    // 23.3 Erlangs on 20 agents with patience: a real overloaded platform, no warning.
    expect(day((s) => (s.pools[0].agents = 20))).toEqual([]);
    // 23.3 Erlangs on 5 agents: 467 %.
    expect(day((s) => (s.pools[0].agents = 5))).toEqual([
      {
        path: 'pools[0].agents',
        message:
          'the load is over 4 times the agents in every interval (at least 467 % of them); check the calls, handle times (in seconds) and agents',
      },
    ]);
  });
});
