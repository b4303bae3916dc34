import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/index.js';
import { scenarioIssuesFromZod } from '../../src/scenario/zod-issues.js';

function issuesOf(input: unknown) {
  const result = scenarioSchema.safeParse(input, { reportInput: true });
  return result.success ? [] : scenarioIssuesFromZod(result.error.issues);
}

const queue = { id: 'q', calls: 1, handleTime: { dist: 'exponential', mean: 60 } };
const pool = { id: 'p', serves: ['q'], agents: 1 };

describe('scenarioIssuesFromZod', () => {
  it('writes one issue per unknown key, with a suggestion or the allowed keys', () => {
    expect(issuesOf({ queues: [{ ...queue, line: 3, colour: 1 }], pools: [pool] })).toEqual([
      { path: 'queues[0].line', message: "unknown key (did you mean 'lines'?)" },
      {
        path: 'queues[0].colour',
        message:
          'unknown key (allowed: id, calls, handleTime, patience, lines, priority, types, growth, redial, ivr, dissuasion, appointments, callback, overflow)',
      },
    ]);
  });

  it('says "is required" for a missing field and names the type expected otherwise', () => {
    expect(
      issuesOf({
        queues: [{ id: 'q', handleTime: { dist: 'exponential', mean: 60 } }],
        pools: [{ ...pool, serves: 'q' }],
      }),
    ).toEqual([
      { path: 'queues[0].calls', message: 'is required' },
      { path: 'pools[0].serves', message: "must be a list, got 'q'" },
    ]);
  });

  it('reports the element of a per-interval list, not the union', () => {
    expect(issuesOf({ queues: [{ ...queue, calls: [1, 'x'] }], pools: [pool] })).toEqual([
      { path: 'queues[0].calls[1]', message: "must be a number, got 'x'" },
    ]);
  });
});
