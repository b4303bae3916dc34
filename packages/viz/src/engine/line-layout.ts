/** A rectangle of the scene, pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Spacings tried, largest first: the line packs tighter as it grows. */
const SPACINGS = [9, 7, 5, 4, 3, 2.5, 2];

/**
 * The spacing at which `count` items fit in `box` (the smallest spacing when none fits), and how
 * many fit per row and in all.
 *
 * @example
 * ```ts
 * gridFor({ x: 0, y: 0, width: 90, height: 90 }, 50) // => { spacing: 9, perRow: 10, capacity: 100 }
 * gridFor({ x: 0, y: 0, width: 90, height: 90 }, 150).spacing // => 5
 * ```
 */
export function gridFor(box: Box, count: number): { spacing: number; perRow: number; capacity: number } {
  let fit = { spacing: 2, perRow: 1, capacity: 1 };
  for (const spacing of SPACINGS) {
    const perRow = Math.max(1, Math.floor(box.width / spacing));
    const rows = Math.max(1, Math.floor(box.height / spacing));
    fit = { spacing, perRow, capacity: perRow * rows };
    if (fit.capacity >= count) break;
  }
  return fit;
}

/**
 * Where the item of rank `rank` (0 = head of the line) goes in `box` filled from the bottom row
 * upwards, each row left to right, with `grid` from {@link gridFor}. Items past the capacity stack
 * on the last place. Writes into `out` (no allocation per item).
 *
 * @example
 * ```ts
 * const box = { x: 0, y: 0, width: 90, height: 90 };
 * const at = { x: 0, y: 0 };
 * slotPosition(box, gridFor(box, 50), 12, at);
 * at // => { x: 22.5, y: 76.5 }
 * ```
 */
export function slotPosition(
  box: Box,
  grid: { spacing: number; perRow: number; capacity: number },
  rank: number,
  out: { x: number; y: number },
): void {
  const r = Math.min(rank, grid.capacity - 1);
  const row = Math.floor(r / grid.perRow);
  const column = r % grid.perRow;
  out.x = box.x + (column + 0.5) * grid.spacing;
  out.y = box.y + box.height - (row + 0.5) * grid.spacing;
}
