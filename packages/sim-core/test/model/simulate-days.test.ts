import { describe, expect, it } from 'vitest';
import {
  type DayReport,
  ScenarioError,
  type ScenarioInput,
  simulate,
  simulateDays,
} from '../../src/index.js';

// Five working days from Wednesday 4 January 2023, about 300 calls a day: small and fast.
const week = {
  intervals: 2,
  days: 5,
  calendar: { start: '2023-01-04', weekdays: { mon: 1.5, sat: 0, sun: 0 }, peaks: { caf: { 5: 2 } } },
  queues: [
    {
      id: 'caf',
      calls: 120,
      handleTime: { dist: 'exponential', mean: 300 },
      patience: { dist: 'exponential', mean: 200 },
      redial: { probability: 0.3, delay: { dist: 'exponential', mean: 600 } },
    },
    { id: 'cnav', calls: 40, handleTime: { dist: 'exponential', mean: 200 } },
  ],
  pools: [
    { id: 'caf-agents', serves: ['caf'], agents: 18 },
    { id: 'cnav-agents', serves: ['cnav'], agents: 6 },
  ],
} satisfies ScenarioInput;

describe('simulateDays', () => {
  it("yields the days onDay gives for the same seed, then returns simulate's report", async () => {
    const expected: DayReport[] = [];
    const report = simulate(week, { seed: 8, onDay: (day) => expected.push(day) });
    const days = simulateDays(week, { seed: 8 });
    const yielded: DayReport[] = [];
    let step = await days.next();
    while (!step.done) {
      yielded.push(step.value);
      step = await days.next();
    }
    expect(yielded.map((d) => d.date)).toEqual([
      '2023-01-04',
      '2023-01-05',
      '2023-01-06',
      '2023-01-09',
      '2023-01-10',
    ]);
    expect(JSON.stringify(yielded)).toBe(JSON.stringify(expected));
    expect(JSON.stringify(step.value)).toBe(JSON.stringify(report));
  });

  it('stops the run where the loop breaks', async () => {
    const days = simulateDays(week, { seed: 8 });
    const seen: string[] = [];
    for await (const day of days) {
      seen.push(day.date ?? '');
      if (seen.length === 2) break;
    }
    expect(seen).toEqual(['2023-01-04', '2023-01-05']);
    // The loop's break returned the iterator: no further day is simulated.
    expect(await days.next()).toEqual({ done: true, value: undefined });
  });

  it('refuses a bad scenario, seed or size at the call, before the first day', () => {
    expect(() => simulateDays({ ...week, intervals: -1 })).toThrow(ScenarioError);
    expect(() => simulateDays(week, { seed: Number.NaN })).toThrow(/^seed must be a finite number, got NaN/);
    expect(() => simulateDays(week, { maxAttempts: 100 })).toThrow(
      /^queues\[0\]\.calls: this run would simulate/,
    );
  });
});
