import { describe, expect, it } from 'vitest';
import { gridFor, slotPosition } from '../../src/engine/line-layout.js';

const box = { x: 10, y: 20, width: 280, height: 220 };

describe('line layout', () => {
  it('packs tighter as the line grows, and fits 10,000 callers in a lane', () => {
    const small = gridFor(box, 50);
    const large = gridFor(box, 10_000);
    expect(small.spacing).toBe(9);
    expect(large.spacing).toBeLessThan(small.spacing);
    expect(large.capacity).toBeGreaterThanOrEqual(10_000);
  });

  it('puts the head of the line bottom left, fills rows upwards, and stays inside the box', () => {
    const grid = gridFor(box, 1000);
    const at = { x: 0, y: 0 };
    slotPosition(box, grid, 0, at);
    expect(at).toEqual({ x: box.x + grid.spacing / 2, y: box.y + box.height - grid.spacing / 2 });
    slotPosition(box, grid, grid.perRow, at);
    expect(at.y).toBe(box.y + box.height - 1.5 * grid.spacing);
    for (const rank of [0, 1, 999, 5000]) {
      slotPosition(box, grid, rank, at);
      expect(at.x).toBeGreaterThanOrEqual(box.x);
      expect(at.x).toBeLessThanOrEqual(box.x + box.width);
      expect(at.y).toBeGreaterThanOrEqual(box.y);
      expect(at.y).toBeLessThanOrEqual(box.y + box.height);
    }
  });
});
