import { describe, expect, it } from 'vitest';
import {
  parseScenario,
  roster,
  ScenarioError,
  type ScenarioInput,
  simulate,
  staffScenario,
} from '../../src/index.js';
import { shiftStaffing } from '../../src/scenario/shift-staffing.js';

const day = (pool: Record<string, unknown>, extra: Record<string, unknown> = {}): ScenarioInput => ({
  opensAt: '08:30',
  intervals: 8,
  queues: [{ id: 'caf', calls: 300, handleTime: { dist: 'exponential', mean: 300 } }],
  pools: [{ id: 'caf-agents', serves: ['caf'], ...pool }],
  ...extra,
});

function issuesOf(input: ScenarioInput) {
  try {
    parseScenario(input);
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  throw new Error('the scenario was accepted');
}

describe('shifts and shrinkage on a pool', () => {
  it('turns shifts into agents per interval (by hand)', () => {
    // 40 agents 08:30–12:30 with a 15-minute break at 10:30 and 30 % shrinkage, half-hours from 08:30:
    // on shift 40 in each of the 8 half-hours; the break takes half of 10:30–11:00 (40 − 20 = 20);
    // on the phone 0.7 × 40 = 28, and 0.7 × 20 = 14 at 10:30.
    const s = parseScenario(
      day({
        shifts: [{ start: '08:30', end: '12:30', count: 40, breaks: [{ start: '10:30', minutes: 15 }] }],
        shrinkage: 0.3,
      }),
    );
    expect(s.pools[0]?.scheduled).toEqual([40, 40, 40, 40, 40, 40, 40, 40]);
    expect(s.pools[0]?.agents).toEqual([28, 28, 28, 28, 14, 28, 28, 28]);
  });

  it('parses its own output again (agents the shifts give, scheduled recomputed)', () => {
    const once = parseScenario(day({ shifts: [{ start: '09:00', end: '11:00', count: 6 }], shrinkage: 0.5 }));
    expect(parseScenario(once)).toEqual(once);
    expect(simulate(once, { seed: 1 }).pools['caf-agents']?.intervals[1]?.agents).toBe(3);
  });

  it('counts the part of an interval a shift covers, and nothing outside the day', () => {
    // 10 agents 08:45–09:45: half of 08:30, all of 09:00, half of 09:30. 4 agents 08:00–09:00: the
    // half-hour before opening does not count.
    const { scheduled, onPhone, agents } = shiftStaffing(
      [
        { start: '08:45', end: '09:45', count: 10 },
        { start: '08:00', end: '09:00', count: 4 },
      ],
      0,
      { opensAt: '08:30', intervals: 3, intervalSeconds: 1800 },
    );
    expect(scheduled).toEqual([9, 10, 5]);
    expect(onPhone).toEqual([9, 10, 5]);
    expect(agents).toEqual([9, 10, 5]);
  });

  it('gives the agents roster() planned when its shifts are written on the pool', async () => {
    const required = [3, 5, 6, 6, 4, 4, 5, 3];
    const plan = await roster(
      { required, opensAt: '08:30', shrinkage: 0.2 },
      {
        shapes: [
          {
            id: 'day',
            starts: ['08:30', '09:00'],
            length: '3h30m',
            breaks: [{ minutes: 15, earliest: '1h', latest: '2h' }],
          },
          { id: 'short', starts: { from: '08:30', to: '10:30', every: '30m' }, length: '2h' },
        ],
      },
    );
    const s = parseScenario(
      day({ shifts: plan.shifts.map(({ shape: _, ...shift }) => shift), shrinkage: 0.2 }),
    );
    expect(s.pools[0]?.agents).toEqual(plan.agents);
    expect(s.pools[0]?.scheduled).toEqual(plan.scheduled);
  });

  it('reports scheduled agents per interval beside the agents on the phone', () => {
    const report = simulate(day({ shifts: [{ start: '08:30', end: '12:30', count: 20 }], shrinkage: 0.25 }), {
      seed: 3,
    });
    const intervals = report.pools['caf-agents']?.intervals ?? [];
    expect(intervals.map((k) => [k.scheduled, k.agents])).toEqual(new Array(8).fill([20, 15]));
  });

  it('staffs a pool with shifts as agents, keeping its shrinkage for the scheduled agents', () => {
    const s = parseScenario(day({ shifts: [{ start: '08:30', end: '12:30', count: 20 }], shrinkage: 0.2 }));
    const plan = staffScenario(s, { pickupRate: 0.9 });
    const pool = plan.scenario.pools[0]!;
    expect(pool.shifts).toBeUndefined();
    expect(pool.scheduled).toEqual(pool.agents.map((n) => n / 0.8));
    expect(parseScenario(plan.scenario).pools[0]?.agents).toEqual(pool.agents);
  });

  it('refuses bad shifts with their paths', () => {
    expect(issuesOf(day({ agents: 10, shifts: [{ start: '08:30', end: '12:30', count: 1 }] }))).toEqual([
      { path: 'pools[0]', message: 'give either agents or shifts, not both' },
    ]);
    expect(issuesOf(day({}))).toEqual([{ path: 'pools[0].agents', message: 'is required (or give shifts)' }]);
    expect(
      issuesOf(day({ shifts: [{ start: '08:30', end: '12:30', count: 1 }] }, { opensAt: undefined })),
    ).toEqual([
      {
        path: 'pools[0].shifts',
        message:
          'need opensAt on the scenario (the clock time of the first interval) to be placed in the day',
      },
    ]);
    expect(
      issuesOf(
        day({
          shifts: [
            { start: '12:30', end: '08:30', count: 1 },
            { start: '08:30', end: '12:30', count: 1.5, breaks: [{ start: '12:20', minutes: 15 }] },
            { start: '8h', end: '12:30', count: 1 },
          ],
          shrinkage: 1,
        }),
      ),
    ).toEqual([
      { path: 'pools[0].shifts[1].count', message: 'must be an integer, got 1.5' },
      { path: 'pools[0].shifts[2].start', message: 'must be a clock time such as 08:30' },
      { path: 'pools[0].shrinkage', message: 'must be < 1, got 1' },
    ]);
    expect(
      issuesOf(
        day({
          shifts: [
            { start: '12:30', end: '08:30', count: 1 },
            { start: '08:30', end: '12:30', count: 1, breaks: [{ start: '12:20', minutes: 15 }] },
          ],
        }),
      ),
    ).toEqual([
      { path: 'pools[0].shifts[0].end', message: 'must be after start (12:30), got 08:30' },
      {
        path: 'pools[0].shifts[1].breaks[0]',
        message: 'the 15-minute break from 12:20 must lie within the shift 08:30–12:30',
      },
    ]);
  });
});
