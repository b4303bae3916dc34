import { describe, expect, it } from 'vitest';
import { QueueLengthIntegral } from '../../src/metrics/queue-length-integral.js';

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
