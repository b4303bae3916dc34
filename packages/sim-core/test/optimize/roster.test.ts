import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roster } from '../../src/index.js';

/**
 * The cheapest roster by brute force, the explicit set-covering formulation (Dantzig 1954): every
 * shift with its break placed is a column; try every vector of counts up to `bound` per column.
 */
function bruteForce(
  columns: { shape: number; cost: number; cover: number[] }[],
  required: number[],
  limits: { min: number; max: number }[],
  bound: number,
): number {
  let best = Number.POSITIVE_INFINITY;
  const counts = columns.map(() => 0);
  const visit = (c: number) => {
    if (c === columns.length) {
      const covered = required.every(
        (r, i) => columns.reduce((sum, col, k) => sum + col.cover[i]! * counts[k]!, 0) >= r - 1e-9,
      );
      const within = limits.every((l, s) => {
        const n = columns.reduce((sum, col, k) => sum + (col.shape === s ? counts[k]! : 0), 0);
        return n >= l.min && n <= l.max;
      });
      if (covered && within)
        best = Math.min(
          best,
          columns.reduce((sum, col, k) => sum + col.cost * counts[k]!, 0),
        );
      return;
    }
    for (let n = 0; n <= bound; n++) {
      counts[c] = n;
      visit(c + 1);
    }
  };
  visit(0);
  return best;
}

// Four one-hour intervals from 08:00. Shape 'short': 2 h shifts at 08:00, 09:00 or 10:00, no break.
// Shape 'long': 3 h shifts at 08:00 or 09:00 with a 30-minute break 1 h or 1 h 30 after the start,
// which takes half an agent off the interval it falls in.
const SHORT_COLUMNS = [0, 1, 2].map((start) => ({
  shape: 0,
  cost: 2,
  cover: [0, 1, 2, 3].map((i) => (i >= start && i < start + 2 ? 1 : 0)),
}));
// Both break positions fall in the shift's 2nd hour and cover the same: one column per start.
const LONG_COLUMNS = [0, 1].map((start) => ({
  shape: 1,
  cost: 2.5,
  cover: [0, 1, 2, 3].map((i) => (i >= start && i < start + 3 ? (i === start + 1 ? 0.5 : 1) : 0)),
}));

function shapes(longMax: number, shortMin: number, shortMax?: number) {
  return {
    breakStep: '30m',
    shapes: [
      { id: 'short', starts: ['08:00', '09:00', '10:00'], length: '2h', min: shortMin, max: shortMax },
      {
        id: 'long',
        starts: { from: '08:00', to: '09:00', every: '1h' },
        length: '3h',
        breaks: [{ minutes: 30, earliest: '1h', latest: '1h30m' }],
        max: longMax,
        cost: 2.5,
      },
    ],
  };
}

describe('roster', () => {
  it('finds the optimum a brute-force search finds, covering every interval within min and max', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: 1 }),
        async (required, longMax, shortMin) => {
          const plan = await roster(
            { required, intervalSeconds: 3600, opensAt: '08:00' },
            shapes(longMax, shortMin),
          );
          // Bound 2 per column: a short shift covers whole hours and no hour needs more than 2; at most 2 long ones.
          const columns = [...SHORT_COLUMNS, ...LONG_COLUMNS];
          const best = bruteForce(
            columns,
            required,
            [
              { min: shortMin, max: 99 },
              { min: 0, max: longMax },
            ],
            2,
          );
          expect(plan.cost).toBeCloseTo(best, 9);
          expect(plan.onPhone.filter((n, i) => n < required[i]! - 1e-9)).toEqual([]);
          expect(plan.agents.every((n, i) => n >= required[i]!)).toBe(true);
          const count = (shape: string) =>
            plan.shifts.filter((s) => s.shape === shape).reduce((a, s) => a + s.count, 0);
          expect(count('long')).toBeLessThanOrEqual(longMax);
          expect(count('short')).toBeGreaterThanOrEqual(shortMin);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('staggers breaks so that the phones stay covered (by hand: 2 agents all day need 3 shifts)', async () => {
    // One interval of 1 h, 2 agents needed; 1 h shifts with a 15-minute break anywhere in the hour on a
    // 15-minute grid. Two shifts give 2 − 2 × 0.25 = 1.5 < 2; three give 3 − 0.75 = 2.25 ≥ 2.
    const plan = await roster(
      { required: [2], intervalSeconds: 3600, opensAt: '09:00' },
      {
        shapes: [
          {
            id: 'hour',
            starts: ['09:00'],
            length: '1h',
            breaks: [{ minutes: 15, earliest: 0, latest: '45m' }],
          },
        ],
      },
    );
    expect(plan.shifts.reduce((a, s) => a + s.count, 0)).toBe(3);
    expect(plan.onPhone).toEqual([2.25]);
    expect(plan.agentHours).toBe(3);
  });

  it('grosses the requirement up for shrinkage', async () => {
    // 8 agents on the phone at 20 % shrinkage need ⌈8 / 0.8⌉ = 10 on shift.
    const plan = await roster(
      { required: [8, 8], intervalSeconds: 1800, shrinkage: 0.2, opensAt: '08:00' },
      { shapes: [{ id: 'hour', starts: ['08:00'], length: '1h' }] },
    );
    expect(plan.scheduled).toEqual([10, 10]);
    expect(plan.onPhone).toEqual([8, 8]);
    expect(plan.agentHours).toBe(10);
  });

  it('names the interval that no roster can cover', async () => {
    await expect(
      roster({ required: [1, 5, 1, 1], intervalSeconds: 3600, opensAt: '08:00' }, shapes(1, 0, 2)),
    ).rejects.toThrow(/^No roster covers the requirement: the interval at 09:00 needs 5 agents .* at most 3/);
    await expect(
      roster(
        { required: [1, 1, 1, 1, 1], intervalSeconds: 3600, opensAt: '08:00' },
        { shapes: [{ id: 'early', starts: ['08:00'], length: '2h' }] },
      ),
    ).rejects.toThrow(/the interval at 10:00 needs 1 agents .* at most 0 there/);
  });

  it('lists every problem of the shapes with its path', async () => {
    const bad = {
      shapes: [
        {
          id: 'day',
          starts: ['08:00', '25:00'],
          length: '7 hours',
          min: 3,
          max: 2,
          breaks: [{ minutes: 15, earliest: '1h', latset: '2h' }],
        },
        {
          id: 'late',
          starts: ['15:00'],
          length: '4h',
          breaks: [{ minutes: 60, earliest: '3h30m', latest: '3h30m' }],
        },
      ],
    };
    let message = '';
    try {
      await roster(
        { required: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], opensAt: '08:00' },
        bad,
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'Invalid shift shapes (4 problems):',
      'shapes[0].starts[1]: must be a clock time such as 08:30',
      "shapes[0].length: must be a duration such as 90s, 6m or 1h30m, or a number of seconds, got '7 hours'",
      'shapes[0].breaks[0].latest: is required',
      "shapes[0].breaks[0].latset: unknown key (did you mean 'latest'?)",
    ]);
    try {
      await roster(
        { required: new Array(18).fill(1), opensAt: '08:00' },
        { shapes: [bad.shapes[1], { ...bad.shapes[1], id: 'late', min: 2, max: 1 }] },
      );
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'Invalid shift shapes (6 problems):',
      'shapes[0].breaks[0].latest: a 60-minute break starting then ends after the 4 h shift',
      'shapes[0].starts[0]: a shift from 15:00 to 19:00 is not within the day (08:00–17:00)',
      "shapes[1].id: 'late' is used by another shape",
      'shapes[1].min: must be <= max (1), got 2',
      'shapes[1].breaks[0].latest: a 60-minute break starting then ends after the 4 h shift',
      'shapes[1].starts[0]: a shift from 15:00 to 19:00 is not within the day (08:00–17:00)',
    ]);
  });

  it('refuses a bad demand naming the parameter', async () => {
    const one = { shapes: [{ id: 'a', starts: ['00:00'], length: '1h' }] };
    await expect(roster({ required: [1, Number.NaN] }, one)).rejects.toThrow(
      'required[1] must be a finite number >= 0, got NaN',
    );
    await expect(roster({ required: [1], shrinkage: 1 }, one)).rejects.toThrow(
      'shrinkage must be a number in [0, 1), got 1',
    );
    await expect(roster({ required: [1], opensAt: '8h' }, one)).rejects.toThrow(
      'opensAt must be a clock time such as 08:30, got "8h"',
    );
  });
});
