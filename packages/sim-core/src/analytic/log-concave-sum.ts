// Summation of a unimodal (log-concave) sequence of positive weights from its mode outwards, stopping
// where what is left is provably below a relative tolerance. This is what lets the analytic models
// work at 100,000 agents: only the O(√load) states around the mode carry mass.

/** Relative truncation tolerance: the mass left out is below this share of the total. */
export const TRUNCATION = 2 ** -57;

/** Most states a window may hold before the computation is refused as too costly. */
export const MAX_WINDOW = 20_000_000;

/** Weights w(first), …, w(first + weights.length − 1), relative to w(mode) = 1. */
export interface ModeWindow {
  first: number;
  mode: number;
  weights: Float64Array;
  /** Sum of `weights` (≥ 1). */
  total: number;
}

/**
 * Walks the weights w(k), lo ≤ k ≤ hi (hi may be Infinity), given ratio(k) = w(k + 1) / w(k), which must be
 * non-increasing in k, starting at `mode` (where ratio(mode − 1) ≥ 1 ≥ ratio(mode), or an end). Stops in
 * each direction once the remaining weights, bounded by a geometric series, are below TRUNCATION × total.
 * With `keep` false no array is built (weights is empty). Cost O(window), the window being the states
 * holding all but TRUNCATION of the mass. Throws a RangeError past MAX_WINDOW states (an unbounded flat
 * chain, for instance).
 */
export function walkFromMode(
  ratio: (k: number) => number,
  mode: number,
  lo: number,
  hi: number,
  keep = true,
): ModeWindow {
  let up = new Float64Array(keep ? 256 : 0);
  let down = new Float64Array(keep ? 256 : 0);
  let ups = 0;
  let downs = 0;
  let total = 1;
  let w = 1;
  for (let k = mode; k < hi; k++) {
    const r = ratio(k);
    w *= r;
    if (w === 0) break;
    total += w;
    if (keep) {
      if (ups === up.length) up = grow(up);
      up[ups] = w;
    }
    ups++;
    if (w < TRUNCATION * total && r < 1 && (w * r) / (1 - r) < TRUNCATION * total) break;
    if (ups + downs > MAX_WINDOW) throw tooWide(mode);
  }
  w = 1;
  for (let k = mode; k > lo; k--) {
    const q = 1 / ratio(k - 1);
    w *= q;
    if (w === 0) break;
    total += w;
    if (keep) {
      if (downs === down.length) down = grow(down);
      down[downs] = w;
    }
    downs++;
    if (w < TRUNCATION * total && q < 1 && (w * q) / (1 - q) < TRUNCATION * total) break;
    if (ups + downs > MAX_WINDOW) throw tooWide(mode);
  }
  const first = mode - downs;
  if (!keep) return { first, mode, weights: new Float64Array(0), total };
  const weights = new Float64Array(downs + 1 + ups);
  for (let i = 0; i < downs; i++) weights[downs - 1 - i] = down[i]!;
  weights[downs] = 1;
  weights.set(up.subarray(0, ups), downs + 1);
  return { first, mode, weights, total };
}

function grow(array: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const bigger = new Float64Array(array.length * 2);
  bigger.set(array);
  return bigger;
}

function tooWide(mode: number): RangeError {
  return new RangeError(
    `chain too wide to solve: more than ${MAX_WINDOW} states around state ${mode} carry mass`,
  );
}
