import { describe, expect, it } from 'vitest';
import { type DayReport, type ScenarioInput, simulate } from '../../src/index.js';

const week = {
  intervals: 4,
  days: 6,
  calendar: { start: '2023-01-04', weekdays: { mon: 1.5, sat: 0, sun: 0 }, peaks: { caf: { 5: 2 } } },
  queues: [
    {
      id: 'caf',
      calls: 300,
      handleTime: { dist: 'exponential', mean: 300 },
      patience: { dist: 'exponential', mean: 200 },
      redial: { probability: 0.3, delay: { dist: 'exponential', mean: 600 } },
    },
    { id: 'cnav', calls: 100, handleTime: { dist: 'exponential', mean: 200 } },
  ],
  pools: [
    { id: 'caf-agents', serves: ['caf'], agents: 45 },
    { id: 'cnav-agents', serves: ['cnav'], agents: 14 },
  ],
} satisfies ScenarioInput;

describe('simulate, day by day', () => {
  it('streams one report per day, dated, adding up to the run, whose report is unchanged', () => {
    const plain = simulate(week, { seed: 3 });
    const days: DayReport[] = [];
    const progress: number[] = [];
    const streamed = simulate(week, {
      seed: 3,
      onDay: (day, replication) => {
        expect(replication).toBe(0);
        days.push(day);
      },
      onProgress: (done) => progress.push(done),
    });
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(plain));
    expect(progress).toEqual([1, 2, 3, 4, 5, 6]);
    expect(days.map((d) => `${d.day} ${d.date}`)).toEqual([
      '0 2023-01-04',
      '1 2023-01-05',
      '2 2023-01-06',
      '3 2023-01-09',
      '4 2023-01-10',
      '5 2023-01-11',
    ]);
    for (const key of ['offered', 'answered', 'abandoned', 'firstCalls', 'inSystem'] as const) {
      expect(days.reduce((sum, d) => sum + d.total[key], 0)).toBe(plain.total[key]);
      expect(days.reduce((sum, d) => sum + d.queues.caf![key], 0)).toBe(plain.queues.caf![key]);
    }
    // The longest queue of the run is the longest of its days'.
    expect(Math.max(...days.map((d) => d.total.maxQueueLength))).toBe(plain.total.maxQueueLength);
    expect(Math.max(...days.map((d) => d.queues.caf!.maxQueueLength))).toBe(plain.queues.caf!.maxQueueLength);
    // The CAF's calls double on the 5th and rise by half on Monday: its busiest days by far.
    const firstCalls = days.map((d) => d.queues.caf!.firstCalls);
    expect(firstCalls.indexOf(Math.max(...firstCalls))).toBe(1);
    expect(days[1]!.queues.caf!.pickupRate!).toBeLessThan(days[0]!.queues.caf!.pickupRate!);
    expect(Object.keys(days[0]!.pools)).toEqual(['caf-agents', 'cnav-agents']);
    expect(days[0]).not.toHaveProperty('total.intervals');
  });

  it('keeps the days on request, as means over replications with half-widths', () => {
    const report = simulate(week, { seed: 5, replications: 3, keepDays: true, keepReplications: true });
    const runs = report.replications ?? [];
    expect(report.days).toHaveLength(6);
    const day = report.days![3]!;
    expect(day.date).toBe('2023-01-09');
    const offered = runs.map((r) => r.days![3]!.total.offered);
    expect(day.total.offered).toBeCloseTo((offered[0]! + offered[1]! + offered[2]!) / 3, 9);
    expect(day.halfWidth?.total.offered).toBeGreaterThan(0);
    expect(simulate(week, { seed: 5 }).days).toBeUndefined();
  });

  it('gives a peak day and Mondays the Poisson arrivals of their factors (|z| < 4.4 each, false alarm 1 in 50,000)', () => {
    // 40 weekdays from Monday 2 January 2023 (the 5th a Thursday; 5 February a Sunday, closed),
    // 20,000 first calls a day answered at once: a day's first calls are Poisson with mean
    // 20,000 × its factor — 40,000 on the 5th, 30,000 on each of the 8 Mondays, 20,000 otherwise.
    const scenario = {
      intervals: 1,
      days: 40,
      calendar: { start: '2023-01-02', weekdays: { mon: 1.5, sat: 0, sun: 0 }, peaks: { q: { 5: 2 } } },
      queues: [{ id: 'q', calls: 20_000, handleTime: { dist: 'deterministic', value: 1 } }],
      pools: [{ id: 'p', serves: ['q'], agents: 200 }],
    } satisfies ScenarioInput;
    const days: DayReport[] = [];
    simulate(scenario, { seed: 11, onDay: (d) => days.push(d) });
    const z = (count: number, mean: number) => (count - mean) / Math.sqrt(mean);
    const peak = days.find((d) => d.date === '2023-01-05')!.total.firstCalls;
    const mondays = days.filter((d) => new Date(`${d.date}Z`).getUTCDay() === 1);
    expect(mondays).toHaveLength(8);
    const mondayCalls = mondays.reduce((s, d) => s + d.total.firstCalls, 0);
    const others = days.filter((d) => d.date !== '2023-01-05' && !mondays.includes(d));
    const otherCalls = others.reduce((s, d) => s + d.total.firstCalls, 0);
    expect(Math.abs(z(peak, 40_000))).toBeLessThan(4.4);
    expect(Math.abs(z(mondayCalls, 8 * 30_000))).toBeLessThan(4.4);
    expect(Math.abs(z(otherCalls, 31 * 20_000))).toBeLessThan(4.4);
    // the check has the power to see a peak 5 % off (z ≈ 10)
    expect(Math.abs(z(peak, 38_000))).toBeGreaterThan(4.4);
  });
});
