import type { Box } from '../engine/line-layout.js';
import type { Anchor } from '../engine/outcomes.js';

/** One queue's lane: where callers come in, wait, bounce and leave, and where its pools sit. */
export interface Lane {
  frame: Box;
  line: Box;
  /** Seats of each pool drawn in this lane, by pool index. */
  seats: Map<number, Box>;
  /** Fixed anchors of the lane (everything but `slot` and `seat`). */
  anchors: Record<Exclude<Anchor, 'slot' | 'seat'>, { x: number; y: number }>;
}

const GAP = 8;
const TOP = 22;

/**
 * Lanes side by side across `width` × `height`, one per queue. Each pool sits in the lane of the
 * first queue it serves; a lane's seat area is shared by its pools, one band each.
 *
 * @example
 * ```ts
 * const lanes = laneGeometry(800, 420, 2, [0, 1]);
 * lanes.length // => 2
 * lanes[1].frame.x // => 404
 * [...lanes[1].seats.keys()] // => [1]
 * lanes[0].anchors.entry.x < lanes[1].anchors.entry.x // => true
 * ```
 */
export function laneGeometry(
  width: number,
  height: number,
  queues: number,
  poolServes: readonly number[],
): Lane[] {
  const laneWidth = width / Math.max(1, queues);
  return Array.from({ length: queues }, (_, q) => {
    const x = q * laneWidth;
    const frame = { x: x + GAP / 2, y: 2, width: laneWidth - GAP, height: height - 4 };
    const inner = { x: frame.x + 10, width: frame.width - 20 };
    const lineHeight = Math.round((height - TOP) * 0.55);
    const line = { x: inner.x, y: TOP, width: inner.width, height: lineHeight };
    const seatTop = TOP + lineHeight + 14;
    const seatHeight = height - seatTop - 8;
    const pools = poolServes.flatMap((lane, p) => (lane === q ? [p] : []));
    const seats = new Map<number, Box>();
    const band = seatHeight / Math.max(1, pools.length);
    pools.forEach((p, k) => {
      seats.set(p, {
        x: inner.x,
        y: seatTop + k * band,
        width: inner.width,
        height: band - (pools.length > 1 ? 4 : 0),
      });
    });
    const middle = inner.x + inner.width / 2;
    return {
      frame,
      line,
      seats,
      anchors: {
        entry: { x: middle, y: 4 },
        redialEntry: { x: frame.x + 2, y: TOP + lineHeight / 3 },
        lineTop: { x: middle, y: TOP - 2 },
        exitLeft: { x: frame.x - 2, y: TOP + lineHeight * 0.7 },
        exitTop: { x: middle + inner.width / 4, y: -6 },
        shelf: { x: frame.x + frame.width - 4, y: TOP + lineHeight / 2 },
        voiceServer: { x: frame.x + 12, y: 10 },
        appointmentBook: { x: frame.x + frame.width - 4, y: TOP + lineHeight * 0.85 },
      },
    };
  });
}
