import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BucketQueue } from '../../src/engine/bucket-queue.js';

interface Ref {
  slot: number;
  time: number;
  key: number;
}

const byTimeKey = (a: Ref, b: Ref) => a.time - b.time || a.key - b.key;

/** Pops the queue's minimum and checks it against the reference. */
function popAndCheck(q: BucketQueue, live: Ref[]): number {
  live.sort(byTimeKey);
  const slot = q.min();
  const expected = live.shift()!;
  expect(slot).toBe(expected.slot);
  expect(q.time[slot]).toBe(expected.time);
  q.remove(slot);
  return expected.time;
}

describe('BucketQueue', () => {
  it('pops by time, then key, whatever the insertion order', () => {
    const q = new BucketQueue(2);
    const live: Ref[] = [];
    for (const [time, key] of [
      [5, 3],
      [1, 9],
      [5, 1],
      [1e6, 0],
      [0.5, 4],
      [5, 2],
    ] as const) {
      live.push({ slot: q.insert(time, key, 7, key), time, key });
    }
    expect(q.count).toBe(6);
    const times: number[] = [];
    while (q.count > 0) times.push(popAndCheck(q, live));
    expect(times).toEqual([0.5, 1, 5, 5, 5, 1e6]);
    expect(q.min()).toBe(-1);
  });

  it('removes any event in O(1) and recycles its slot', () => {
    const q = new BucketQueue(4);
    const a = q.insert(3, 0, 0, 0);
    const b = q.insert(1, 1, 0, 0);
    expect(q.min()).toBe(b);
    q.remove(b);
    expect(q.holds(b)).toBe(false);
    expect(q.min()).toBe(a);
    expect(q.insert(2, 2, 0, 0)).toBe(b);
    expect(q.min()).toBe(b);
    for (let i = 0; i < 100_000; i++) q.remove(q.insert(10 + i, 3 + i, 0, 0));
    expect(q.capacity).toBe(4);
  });

  it('matches a sorted reference as a simulation uses it: inserts after now, pops, removals (property)', () => {
    const op = fc.oneof(
      // an event some time after now: tiny, usual or huge gaps, and exact ties
      fc.record({
        type: fc.constant('insert' as const),
        gap: fc.oneof(
          fc.constant(0),
          fc.double({ min: 0, max: 5, noNaN: true }),
          fc.double({ min: 0, max: 1e7, noNaN: true }),
        ),
      }),
      fc.record({ type: fc.constant('pop' as const) }),
      fc.record({ type: fc.constant('remove' as const), index: fc.nat(1000) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const q = new BucketQueue(1);
        const live: Ref[] = [];
        let now = 0;
        let key = 0;
        for (const o of ops) {
          if (o.type === 'insert') {
            const time = now + o.gap;
            live.push({ slot: q.insert(time, key, 0, 0), time, key });
            key++;
          } else if (o.type === 'pop' && live.length > 0) now = popAndCheck(q, live);
          else if (o.type === 'remove' && live.length > 0) {
            const [gone] = live.splice(o.index % live.length, 1);
            q.remove(gone!.slot);
          }
          expect(q.count).toBe(live.length);
        }
        while (live.length > 0) popAndCheck(q, live);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps order through growth, shrinking and many simultaneous events', () => {
    const q = new BucketQueue(8);
    const live: Ref[] = [];
    let key = 0;
    for (let i = 0; i < 3000; i++) {
      const time = i % 3 === 0 ? 100 : 100 + (i % 97) * 0.37; // a third at the very same instant
      live.push({ slot: q.insert(time, key, 0, 0), time, key });
      key++;
    }
    let last = 0;
    while (live.length > 0) {
      const t = popAndCheck(q, live);
      expect(t).toBeGreaterThanOrEqual(last);
      last = t;
    }
  });

  it('sizes its buckets by the gaps between the next events, not by the clock (long runs stay O(1))', () => {
    // Events 0.01 s apart late in a long run (t ≈ 10^7 s, some 230 working days of 12 h): buckets of
    // about 3 gaps. A width tied to the clock (10^-6 × t = 10 s) crowded a thousand events into
    // each bucket, and a year's run slowed as its clock advanced.
    const q = new BucketQueue(4);
    const start = 1e7;
    for (let i = 0; i < 5000; i++) q.insert(start + i * 0.01, i, 0, 0);
    expect(q.bucketWidth).toBeGreaterThan(0.01);
    expect(q.bucketWidth).toBeLessThan(0.1);
    // The next events all at one instant: the width falls back on the mean gap of all pending events.
    const tied = new BucketQueue(4);
    for (let i = 0; i < 100; i++) tied.insert(start, i, 0, 0);
    for (let i = 0; i < 100; i++) tied.insert(start + 1 + i, 100 + i, 0, 0);
    expect(tied.bucketWidth).toBeGreaterThan(0.5);
    expect(tied.bucketWidth).toBeLessThan(10);
    let last = 0;
    while (tied.count > 0) {
      const slot = tied.min();
      expect(tied.time[slot]!).toBeGreaterThanOrEqual(last);
      last = tied.time[slot]!;
      tied.remove(slot);
    }
  });
});
