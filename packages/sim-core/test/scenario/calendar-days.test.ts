import { describe, expect, it } from 'vitest';
import {
  calendarDays,
  estimateWork,
  parseScenario,
  ScenarioError,
  type ScenarioInput,
} from '../../src/index.js';

const base = {
  intervals: 2,
  queues: [
    { id: 'caf', calls: 100, handleTime: { dist: 'exponential', mean: 300 } },
    { id: 'retraite', calls: 50, handleTime: { dist: 'exponential', mean: 300 } },
  ],
  pools: [{ id: 'p', serves: ['caf', 'retraite'], agents: 30 }],
} satisfies ScenarioInput;

function problems(input: unknown): { path: string; message: string }[] {
  try {
    parseScenario(input as ScenarioInput);
  } catch (e) {
    if (e instanceof ScenarioError) return [...e.issues];
    throw e;
  }
  return [];
}

describe('calendar (scenario field)', () => {
  it('refuses bad calendars, each problem at its path', () => {
    const bad = problems({
      ...base,
      calendar: {
        start: '2023-02-30',
        weekdays: { mon: -1, monday: 1 },
        closed: ['1 May'],
        peaks: { caf: { 32: 2, 5: 0 } },
      },
    });
    expect(bad.map((p) => p.path).sort()).toEqual([
      'calendar.closed[0]',
      'calendar.peaks.caf.32',
      'calendar.peaks.caf.5',
      'calendar.start',
      'calendar.weekdays.mon',
      'calendar.weekdays.monday',
    ]);
    expect(bad.find((p) => p.path === 'calendar.start')?.message).toBe(
      'must be a date written YYYY-MM-DD, such as 2023-01-02',
    );
    expect(bad.find((p) => p.path === 'calendar.peaks.caf.32')?.message).toBe(
      'must be a day of the month, 1 to 31',
    );
  });

  it('refuses peaks of an unknown queue and a week with every day closed', () => {
    const closedWeek = Object.fromEntries(
      ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, 0]),
    );
    expect(
      problems({
        ...base,
        calendar: { start: '2023-01-02', weekdays: closedWeek, peaks: { cfa: { 5: 2 } } },
      }),
    ).toEqual([
      { path: 'calendar.weekdays', message: 'every weekday is closed (0): at least one must be open' },
      { path: 'calendar.peaks.cfa', message: "no queue 'cfa' (queues: caf, retraite)" },
    ]);
  });
});

describe('calendarDays', () => {
  it('skips closed weekdays and dates, and multiplies weekday and peak factors per queue', () => {
    // January 2023: the 2nd is a Monday; the 6th (Friday) closed; weekends closed.
    const s = parseScenario({
      ...base,
      days: 6,
      calendar: {
        start: '2023-01-01',
        weekdays: { mon: 1.2, tue: 1.05, fri: 0.8, sat: 0, sun: 0 },
        closed: ['2023-01-06'],
        peaks: { caf: { 5: 1.5, 9: 2 }, retraite: { 9: 1.3 } },
      },
    });
    expect(calendarDays(s)).toEqual([
      { date: '2023-01-02', weekday: 'mon', factors: [1.2, 1.2] },
      { date: '2023-01-03', weekday: 'tue', factors: [1.05, 1.05] },
      { date: '2023-01-04', weekday: 'wed', factors: [1, 1] },
      { date: '2023-01-05', weekday: 'thu', factors: [1.5, 1] },
      { date: '2023-01-09', weekday: 'mon', factors: [2.4, 1.2 * 1.3] },
      { date: '2023-01-10', weekday: 'tue', factors: [1.05, 1.05] },
    ]);
  });

  it('crosses months, leap days and years', () => {
    const s = parseScenario({
      ...base,
      days: 3,
      calendar: { start: '2024-02-28', peaks: { caf: { 29: 3, 1: 2 } } },
    });
    expect(calendarDays(s).map((d) => [d.date, d.factors[0]])).toEqual([
      ['2024-02-28', 1],
      ['2024-02-29', 3],
      ['2024-03-01', 2],
    ]);
    const newYear = parseScenario({ ...base, days: 2, calendar: { start: '2023-12-31' } });
    expect(calendarDays(newYear).map((d) => `${d.weekday} ${d.date}`)).toEqual([
      'sun 2023-12-31',
      'mon 2024-01-01',
    ]);
  });

  it('weights the expected work by the factors: 150 calls a day × (1.2 + 1.05 + 1) + 50 extra on the 5th', () => {
    const s = parseScenario({
      ...base,
      days: 4,
      calendar: { start: '2023-01-02', weekdays: { mon: 1.2, tue: 1.05 }, peaks: { caf: { 5: 1.5 } } },
    });
    // Mon 2, Tue 3, Wed 4, Thu 5: caf 200 calls a day × (1.2 + 1.05 + 1 + 1.5), retraite 100 × (1.2 + 1.05 + 1 + 1).
    expect(estimateWork(s).attempts).toBeCloseTo(200 * 4.75 + 100 * 4.25, 9);
    expect(estimateWork(parseScenario({ ...base, days: 4 })).attempts).toBe(300 * 4);
  });
});
