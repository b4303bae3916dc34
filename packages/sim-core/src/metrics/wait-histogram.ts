/** Waits up to this many seconds are counted in 1-second bins; beyond, in bins 1 % wide. */
export const LINEAR_WAIT_LIMIT = 3600;
const LOG_RATIO = 1.01;
const LOG_BINS = 1400; // 3600 s × 1.01^1400 ≈ 4e9 s: beyond any realistic wait
const INV_LOG_RATIO = 1 / Math.log(LOG_RATIO);

/**
 * Number of bins of a wait histogram: bin 0 holds waits of exactly 0 (answered at once), bin k in
 * 1 … 3600 holds waits in (k − 1, k] seconds, then 1400 bins each 1 % wider than the last, the last
 * one open-ended. Fixed bins keep memory flat whatever the number of calls.
 */
export const WAIT_BINS = 1 + LINEAR_WAIT_LIMIT + LOG_BINS;

/** The histogram bin of a wait in seconds (see {@link WAIT_BINS}). O(1). */
export function waitBin(wait: number): number {
  if (wait <= 0) return 0;
  if (wait <= LINEAR_WAIT_LIMIT) return Math.ceil(wait);
  const k = Math.ceil(Math.log(wait / LINEAR_WAIT_LIMIT) * INV_LOG_RATIO);
  return LINEAR_WAIT_LIMIT + (k < 1 ? 1 : Math.min(k, LOG_BINS));
}

function binEdges(bin: number): [number, number] {
  if (bin <= LINEAR_WAIT_LIMIT) return [bin - 1, bin];
  const k = bin - LINEAR_WAIT_LIMIT;
  return [LINEAR_WAIT_LIMIT * LOG_RATIO ** (k - 1), LINEAR_WAIT_LIMIT * LOG_RATIO ** k];
}

/**
 * The `p`-quantile (0 < p < 1) of the waits counted in `counts[offset … offset + WAIT_BINS)`: 0 when
 * at least a share p of the waits were 0, otherwise interpolated linearly inside the bin where the
 * cumulative count reaches p (error below 1 s up to an hour, below 1 % beyond). Null when the
 * histogram is empty. O(WAIT_BINS).
 */
export function histogramQuantile(counts: Float64Array, offset: number, p: number): number | null {
  let total = 0;
  for (let b = 0; b < WAIT_BINS; b++) total += counts[offset + b]!;
  if (total <= 0) return null;
  const target = p * total;
  let cumulative = counts[offset]!;
  if (cumulative >= target) return 0;
  for (let b = 1; b < WAIT_BINS; b++) {
    const inBin = counts[offset + b]!;
    if (cumulative + inBin >= target) {
      const [low, high] = binEdges(b);
      return low + ((target - cumulative) / inBin) * (high - low);
    }
    cumulative += inBin;
  }
  return binEdges(WAIT_BINS - 1)[1];
}
