import type { PoolSnapshot } from '@decroche/sim-core';
import type { Texture } from 'pixi.js';
import { type Box, gridFor, slotPosition } from '../engine/line-layout.js';
import { IDLE_GREY, OKABE_ITO } from '../engine/palette.js';
import { ParticlePool } from './particle-pool.js';

/** Seat colours: an agent on a call, one on a call whose shift is over, one free. */
export const SEAT_STATES = [
  { key: 'busy', colour: OKABE_ITO.bluishGreen, label: 'agent on a call' },
  { key: 'leaving', colour: OKABE_ITO.orange, label: 'on a last call, then leaving' },
  { key: 'idle', colour: IDLE_GREY, label: 'agent free' },
] as const;

/**
 * The agents of every pool as seats (small squares in the pool's box): busy first, then leaving, then
 * idle. Seats carry no identity, so a frame only recolours and, when the count changes, re-lays them
 * out. O(agents) per frame.
 */
export class Seats {
  private readonly pool: ParticlePool;
  private boxes: (Box | undefined)[] = [];
  private grids: ReturnType<typeof gridFor>[] = [];
  private busy: number[] = [];
  /** Colour of each active seat particle, by index. */
  private readonly colours: number[] = [];
  private readonly at = { x: 0, y: 0 };

  constructor(texture: Texture) {
    this.pool = new ParticlePool(texture);
  }

  get container() {
    return this.pool.container;
  }

  /** Each pool's box (undefined: not drawn). */
  setBoxes(boxes: (Box | undefined)[]): void {
    this.boxes = boxes;
  }

  /** Shows `pools` (in scenario order). */
  update(pools: readonly PoolSnapshot[]): void {
    const list = this.pool.active;
    let k = 0;
    this.busy = pools.map((s) => s.busy);
    this.grids = pools.map((s, p) => {
      const box = this.boxes[p];
      const present = s.busy + s.idle;
      if (box === undefined) return gridFor({ x: 0, y: 0, width: 1, height: 1 }, 1);
      const grid = gridFor(box, present);
      for (let i = 0; i < present; i++) {
        const colour =
          i < s.busy - s.leaving
            ? SEAT_STATES[0].colour
            : i < s.busy
              ? SEAT_STATES[1].colour
              : SEAT_STATES[2].colour;
        slotPosition(box, grid, i, this.at);
        const particle = list[k] ?? this.pool.take(this.at.x, this.at.y, colour);
        particle.x = this.at.x;
        particle.y = this.at.y;
        // The tint setter converts the colour: only when it changes.
        if (this.colours[k] !== colour) {
          particle.tint = colour;
          this.colours[k] = colour;
        }
        k++;
      }
      return grid;
    });
    while (list.length > k) this.pool.release(list.length - 1);
    this.colours.length = k;
  }

  /** Writes into `out` the seat of a busy agent of pool `p` (chosen by `seq`); false when none is drawn. */
  seatOf(p: number, seq: number, out: { x: number; y: number }): boolean {
    const box = this.boxes[p];
    const grid = this.grids[p];
    const busy = this.busy[p] ?? 0;
    if (box === undefined || grid === undefined || busy === 0) return false;
    slotPosition(box, grid, seq % busy, out);
    return true;
  }
}
