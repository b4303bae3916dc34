import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QueueLengthIntegral } from '../../src/metrics/queue-length-integral.js';
import { directAreas, expectAreas, feedReadingMidway, randomWindow, stepSequences } from './step-levels.js';

describe('QueueLengthIntegral', () => {
  it('integrates queue length per interval over [warm-up, end), and keeps the longest queue', () => {
    // One series, 2 intervals of 100 s; measured from 50 to 200.
    const q = new QueueLengthIntegral(1, 2, 50, 200);
    q.change(0, 10, 1); // 1 waiting from 10
    q.change(0, 40, 1); // 2 from 40
    q.change(0, 60, -1); // 1 from 60
    q.boundary(100, 1); // interval 1 from 100
    q.change(0, 150, 2); // 3 from 150
    q.boundary(250, 1); // run ends past the measured window
    // Interval 0: 2 × (60 − 50) + 1 × (100 − 60) = 60. Interval 1: 1 × 50 + 3 × 50 = 200.
    expect(Array.from(q.area)).toEqual([60, 200]);
    // Longest: interval 0 measured from 50 — the 2 waiting at 40 are not seen until a change or a
    // boundary inside the window (warm-up end is a boundary call); interval 1 sees 3.
    expect(Array.from(q.max)).toEqual([1, 3]);
    expect(q.length[0]).toBe(3);
  });

  it('counts the queue present at the end of the warm-up in the maximum', () => {
    const q = new QueueLengthIntegral(1, 1, 50, 100);
    q.change(0, 10, 4);
    q.boundary(50, 0); // the model calls boundary at the end of the warm-up
    expect(q.max[0]).toBe(4);
    q.boundary(100, 0);
    expect(q.area[0]).toBe(200);
  });
});

describe('QueueLengthIntegral against the areas and maxima computed directly', () => {
  it('agrees for any sequence of changes and boundaries, and any window', () => {
    fc.assert(
      fc.property(stepSequences(['busy']), randomWindow(), (steps, [from, until]) => {
        const make = () => new QueueLengthIntegral(1, 3, from, until);
        const q = make();
        const read = feedReadingMidway(
          q,
          make,
          steps,
          [from, until],
          (integral, s) => {
            if (s.op === 'busy') integral.change(0, s.t, s.value);
            else integral.boundary(s.t, s.value);
          },
          (integral, t) => integral.closedAt(t).area,
        );
        expect(read.area).toEqual(q.area);
        expect(read.max).toEqual(q.max);
        const area = directAreas(steps, 3, from, until, (l) => l.busy);
        // The longest queue: seen at each change and boundary inside the window, in the interval in force after it.
        const max = [0, 0, 0];
        let length = 0;
        let interval = 0;
        for (const s of steps) {
          if (s.op === 'busy') length += s.value;
          else interval = s.value;
          if (s.t >= from && s.t < until) max[interval] = Math.max(max[interval]!, length);
        }
        expectAreas(q.area, area);
        expect(Array.from(q.max)).toEqual(max);
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
