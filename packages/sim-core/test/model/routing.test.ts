import { describe, expect, it } from 'vitest';
import { CallerStore } from '../../src/model/caller-store.js';
import { idlePool, nextQueue } from '../../src/model/routing.js';
import { WaitingLines } from '../../src/model/waiting-lines.js';

describe('idlePool', () => {
  it('picks the serving pool with the most idle agents, the first listed on ties, or −1', () => {
    const busy = Int32Array.from([3, 1, 0]);
    const staffed = Int32Array.from([5, 3, 0]);
    expect(idlePool(Int32Array.from([0, 1]), busy, staffed)).toBe(0); // 2 idle each: first listed
    expect(idlePool(Int32Array.from([1, 0]), busy, staffed)).toBe(1);
    expect(idlePool(Int32Array.from([2]), busy, staffed)).toBe(-1);
    expect(idlePool(Int32Array.from([0]), Int32Array.from([6, 0, 0]), staffed)).toBe(-1); // leaving agents
  });
});

describe('nextQueue', () => {
  it('takes the highest priority, then the longest wait', () => {
    const callers = new CallerStore(8);
    const lines = new WaitingLines(3, callers);
    const enqueue = (q: number, arrival: number) => {
      const id = callers.allocate();
      callers.arrival[id] = arrival;
      lines.push(q, id);
    };
    const all = Int32Array.from([0, 1, 2]);
    expect(nextQueue(all, lines, callers, Float64Array.from([0, 0, 0]))).toBe(-1);
    enqueue(0, 50);
    enqueue(1, 20);
    enqueue(2, 80);
    expect(nextQueue(all, lines, callers, Float64Array.from([0, 0, 0]))).toBe(1);
    expect(nextQueue(all, lines, callers, Float64Array.from([0, 0, 1]))).toBe(2);
    expect(nextQueue(Int32Array.from([0, 2]), lines, callers, Float64Array.from([0, 0, 0]))).toBe(0);
  });
});
