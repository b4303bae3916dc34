import { describe, expect, it } from 'vitest';
import { CallerState, CallerStore } from '../../src/model/caller-store.js';

describe('CallerStore', () => {
  it('recycles ids and grows by doubling, keeping data', () => {
    const s = new CallerStore(2);
    const a = s.allocate();
    const b = s.allocate();
    s.arrival[b] = 42;
    const c = s.allocate(); // grows to 4
    expect(s.capacity).toBe(4);
    expect(s.arrival[b]).toBe(42);
    expect(new Set([a, b, c]).size).toBe(3);
    s.state[a] = CallerState.waiting;
    s.release(a);
    expect(s.state[a]).toBe(CallerState.free);
    expect(s.live).toBe(2);
    expect(s.allocate()).toBe(a);
    for (let i = 0; i < 1000; i++) s.release(s.allocate());
    expect(s.capacity).toBe(4);
  });
});
