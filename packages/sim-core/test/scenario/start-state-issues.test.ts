import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import { ScenarioError } from '../../src/scenario/scenario-error.js';
import { startRunSeconds } from '../../src/scenario/start-time.js';

const day = {
  intervals: 4,
  queues: [
    {
      id: 'caf',
      calls: 100,
      handleTime: { dist: 'exponential' as const, mean: 300 },
      redial: { probability: 0.5, delay: { dist: 'exponential' as const, mean: 600 } },
    },
    { id: 'cnav', calls: 50, handleTime: { dist: 'exponential' as const, mean: 300 } },
  ],
  pools: [{ id: 'agents', serves: ['caf', 'cnav'], agents: 20 }],
};

function problems(input: unknown): string[] {
  try {
    parseScenario(input as never);
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues.map((i) => `${i.path}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('start state: validation', () => {
  it('accepts seconds since the first interval (no opensAt), durations in every entry, and keeps the input as written', () => {
    const start = {
      time: '1h',
      queues: { caf: { waiting: ['4m', 30], redialing: [120] } },
      pools: { agents: { busy: ['2m', 400] } },
    };
    const s = parseScenario({ ...day, start });
    expect(s.start).toEqual({
      time: 3600,
      queues: { caf: { waiting: [240, 30], redialing: [120] } },
      pools: { agents: { busy: [120, 400] } },
    });
    expect(startRunSeconds(s)).toBe(3600);
    expect(parseScenario(s)).toEqual(s); // a parsed scenario parses to itself
  });

  it('reads the time as a clock time with opensAt: 10:30 and 37800 (seconds after midnight) are 2 h after 08:30', () => {
    const opening = { ...day, intervals: 8, opensAt: '08:30' };
    expect(startRunSeconds(parseScenario({ ...opening, start: { time: '10:30' } }))).toBe(7200);
    expect(startRunSeconds(parseScenario({ ...opening, start: { time: 37800 } }))).toBe(7200);
  });

  it('names every problem with its path', () => {
    expect(
      problems({
        ...day,
        start: {
          time: 600,
          queues: { caf: { waiting: [700, 10] }, cnav: { redialing: [5] }, nope: { waiting: [1] } },
          pools: { agents: { busy: [-1] }, others: { busy: [] } },
        },
      }),
    ).toEqual(['start.pools.agents.busy[0]: must be >= 0, got -1']);
    expect(
      problems({
        ...day,
        start: {
          time: 600,
          queues: { caf: { waiting: [700, 10] }, cnav: { redialing: [5] }, nope: { waiting: [1] } },
          pools: { others: { busy: [] } },
        },
      }),
    ).toEqual([
      'start.queues.caf.waiting[0]: a caller cannot have waited 700 s when the run began 600 s before the start',
      "start.queues.cnav.redialing: queue 'cnav' has no redial block",
      "start.queues.nope: no queue has id 'nope' (queues: 'caf', 'cnav')",
      "start.pools.others: no pool has id 'others' (pools: 'agents')",
    ]);
    expect(problems({ ...day, start: { time: 7200 } })).toEqual([
      'start.time: must be ≥ 0 and < the 7200 s simulated (days × intervals × intervalSeconds), got 7200',
    ]);
    expect(problems({ ...day, start: { time: '10:30' } })).toEqual([
      "start.time: a clock time needs the scenario's opensAt; without it, give seconds since the first interval began, got '10:30'",
    ]);
    expect(problems({ ...day, opensAt: '08:30', start: { time: 7200 } })).toEqual([
      'start.time: must be from opensAt 08:30 to before 10:30 (with opensAt a number is seconds after midnight: 10:30 is 37800), got 7200',
    ]);
    expect(problems({ ...day, start: { time: 'soon' } })).toEqual([
      "start.time: must be a clock time such as 10:30, or a duration such as 90s, 6m or 1h30m, or a number of seconds, got 'soon'",
    ]);
    expect(
      problems({ ...day, mysteryCallers: { queues: ['caf'], callers: 10 }, start: { time: 600 } }),
    ).toEqual(['start: cannot be combined with mysteryCallers (test callers are placed over the whole run)']);
  });
});
