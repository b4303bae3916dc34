/**
 * Waits up to this many seconds are counted in 1-second bins, so quantiles up to 10 minutes are
 * exact to the second (the interpolation inside a 1-second bin is the same as with wider tables).
 */
export const EXACT_WAIT_LIMIT = 600;
const LOG_RATIO = 1.01;
/** 600 s × 1.01^1000 ≈ 1.26e7 s (146 days); the last bin is open-ended. */
const LOG_BINS = 1000;
const INV_LOG_RATIO = 1 / Math.log(LOG_RATIO);

/**
 * Number of bins of a wait histogram (1,601, 6.4 KB as 32-bit counts): bin 0 holds waits of exactly
 * 0 (answered at once), bin k in 1 … 600 holds waits in (k − 1, k] seconds, then 1,000 bins each 1 %
 * wider than the last, the last one open-ended. Fixed bins keep memory flat whatever the number of
 * calls, and small enough for thousands of intervals.
 */
export const WAIT_BINS = 1 + EXACT_WAIT_LIMIT + LOG_BINS;

/** The histogram bin of a wait in seconds (see {@link WAIT_BINS}). O(1). */
export function waitBin(wait: number): number {
  if (wait <= 0) return 0;
  if (wait <= EXACT_WAIT_LIMIT) return Math.ceil(wait);
  const k = Math.ceil(Math.log(wait / EXACT_WAIT_LIMIT) * INV_LOG_RATIO);
  return EXACT_WAIT_LIMIT + (k < 1 ? 1 : Math.min(k, LOG_BINS));
}

function binEdges(bin: number): [number, number] {
  if (bin <= EXACT_WAIT_LIMIT) return [bin - 1, bin];
  const k = bin - EXACT_WAIT_LIMIT;
  const high = k === LOG_BINS ? Number.POSITIVE_INFINITY : EXACT_WAIT_LIMIT * LOG_RATIO ** k;
  return [EXACT_WAIT_LIMIT * LOG_RATIO ** (k - 1), high];
}

/**
 * The `p`-quantile (0 < p < 1) of the waits counted in `counts[offset … offset + WAIT_BINS)`: 0 when
 * at least a share p of the waits were 0, otherwise interpolated linearly inside the bin where the
 * cumulative count reaches p. Up to {@link EXACT_WAIT_LIMIT} (600 s) that is within the 1-second bin
 * of the exact quantile; beyond, within a 1 % bin, whose upper edge is capped by `maxWait` (the
 * longest wait counted) — which also closes the last, open-ended bin. Null when the histogram is
 * empty. O(WAIT_BINS).
 */
export function histogramQuantile(
  counts: ArrayLike<number>,
  offset: number,
  p: number,
  maxWait: number,
): number | null {
  let total = 0;
  for (let b = 0; b < WAIT_BINS; b++) total += counts[offset + b]!;
  if (total <= 0) return null;
  const target = p * total;
  let cumulative = counts[offset]!;
  if (cumulative >= target) return 0;
  for (let b = 1; b < WAIT_BINS; b++) {
    const inBin = counts[offset + b]!;
    if (cumulative + inBin >= target) {
      const [low, edge] = binEdges(b);
      const high = b > EXACT_WAIT_LIMIT ? Math.max(low, Math.min(edge, maxWait)) : edge;
      return low + ((target - cumulative) / inBin) * (high - low);
    }
    cumulative += inBin;
  }
  return Math.max(maxWait, 0);
}
