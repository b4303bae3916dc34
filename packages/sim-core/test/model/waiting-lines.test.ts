import { describe, expect, it } from 'vitest';
import { CallerStore } from '../../src/model/caller-store.js';
import { WaitingLines } from '../../src/model/waiting-lines.js';

function contents(w: WaitingLines, s: CallerStore, q: number): number[] {
  const out: number[] = [];
  for (let id = w.head[q]!; id >= 0; id = s.next[id]!) out.push(id);
  return out;
}

describe('WaitingLines', () => {
  it('is FIFO per queue and removes from anywhere in O(1)', () => {
    const s = new CallerStore(4);
    const w = new WaitingLines(2, s);
    const ids = Array.from({ length: 6 }, () => s.allocate());
    for (const id of ids.slice(0, 4)) w.push(0, id);
    w.push(1, ids[4]!);
    w.remove(0, ids[2]!); // middle
    w.remove(0, ids[3]!); // tail
    expect(contents(w, s, 0)).toEqual([ids[0], ids[1]]);
    expect(w.shift(0)).toBe(ids[0]);
    w.push(0, ids[5]!);
    expect(contents(w, s, 0)).toEqual([ids[1], ids[5]]);
    expect(w.tail[0]).toBe(ids[5]);
    expect(Array.from(w.length)).toEqual([2, 1]);
    w.remove(1, ids[4]!);
    expect(w.head[1]).toBe(-1);
    expect(w.tail[1]).toBe(-1);
  });
});
