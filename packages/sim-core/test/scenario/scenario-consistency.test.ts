import { describe, expect, it } from 'vitest';
import { intervalCount, scenarioConsistencyIssues } from '../../src/scenario/scenario-consistency.js';

describe('intervalCount', () => {
  it('takes intervals when given, else the first calls list, else the first agents list', () => {
    expect(intervalCount({ intervals: 4, queues: [{ calls: [1, 2] }] })).toEqual({ intervals: 4 });
    expect(
      intervalCount({ queues: [{ calls: 3 }, { calls: [1, 2] }], pools: [{ agents: [1, 2, 3] }] }),
    ).toEqual({
      intervals: 2,
      source: 'queues[1].calls',
    });
    expect(intervalCount({ queues: [{ calls: 3 }], pools: [{ agents: [1, 2, 3] }] })).toEqual({
      intervals: 3,
      source: 'pools[0].agents',
    });
    expect(intervalCount({ queues: [{ calls: 3 }] })).toBeUndefined();
    expect(intervalCount({ intervals: 'x' })).toBeUndefined();
  });
});

describe('scenarioConsistencyIssues', () => {
  it('names the list the intervals were read from when another list disagrees', () => {
    expect(
      scenarioConsistencyIssues({
        queues: [{ id: 'a', calls: [1, 2] }],
        pools: [{ id: 'p', serves: ['a'], agents: [1, 2, 3] }],
      }),
    ).toEqual([
      {
        path: 'pools[0].agents',
        message: 'must have 2 entries (one per interval, like queues[0].calls), got 3',
      },
    ]);
  });

  it('checks the warm-up against the horizon with the default interval length and days', () => {
    expect(
      scenarioConsistencyIssues({
        intervals: 2,
        warmupSeconds: 3600,
        queues: [{ id: 'a', calls: 1 }],
        pools: [{ id: 'p', serves: ['a'], agents: 1 }],
      }),
    ).toEqual([
      {
        path: 'warmupSeconds',
        message: 'must be < the 3600 s simulated (days × intervals × intervalSeconds), got 3600',
      },
    ]);
  });

  it('skips what has the wrong type, which the schema reports', () => {
    expect(scenarioConsistencyIssues('text')).toEqual([]);
    expect(
      scenarioConsistencyIssues({ intervals: 1, queues: 'x', pools: [{ id: 'p', serves: 'a', agents: 1 }] }),
    ).toEqual([]);
    expect(
      scenarioConsistencyIssues({
        intervals: 1,
        queues: [{ id: 7, calls: 1 }],
        pools: [{ id: 'p', serves: [7], agents: 1 }],
      }),
    ).toEqual([]);
  });
});
