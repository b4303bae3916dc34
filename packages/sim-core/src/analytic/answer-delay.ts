// The number of queue advances within t seconds, which decides whether a waiting call is answered in time.
// A call that finds all n agents busy and j callers ahead is answered after a sum of exponential phases of
// rates nμ + iθ (i = j, …, 0), if its own exponential patience (rate θ) lasts. Weighted by that survival,
// the phases become rates nμ + iθ (i = 1, …, j + 1), whose sum is −ln(U)/θ with U ~ Beta(nμ/θ + 1, j + 1);
// so P(answered within t | j) = P(answered | j) · P(K ≥ j + 1), where K is negative binomial with
// r = nμ/θ + 1 and success probability e^(−θt): P(K = 0) = e^(−(nμ + θ)t) and
// P(K = k + 1) / P(K = k) = E(nμ + (k + 1)θ) / (k + 1), E = (1 − e^(−θt)) / θ — Poisson of mean nμt when θ = 0.

import { deviance, logPoissonWeight, stirlingRemainder } from '../math/log-gamma.js';
import { TRUNCATION } from './log-concave-sum.js';

const LN_2PI = 1.8378770664093453;

/** Loader's stirlerr(m) = ln m! − (m + ½) ln m + m − ½ ln 2π, for real m > 0. */
function stirlerr(m: number): number {
  return stirlingRemainder(m) - 0.5 * (LN_2PI + Math.log(m));
}

/**
 * ln P(K = k) in O(1): Poisson when θ = 0; Loader's form of the negative binomial (R's dnbinom) when
 * r = nμ/θ + 1 ≤ 1e6; beyond, where rounding r·e^(−θt) would lose the result, the expansion
 * ln P(K = k) = ln Pois(k; m) + (m − (nμ + θ)t) + [(r + k − ½) ln(1 + k/r) − k + S(r + k) − S(r)]
 * with m = r(1 − e^(−θt)) and S the Stirling series of ln Γ, every term accurate in absolute terms.
 */
function logAdvanceWeight(k: number, serviceRate: number, abandonRate: number, seconds: number): number {
  if (abandonRate === 0) return logPoissonWeight(k, serviceRate * seconds);
  if (k === 0) return -(serviceRate + abandonRate) * seconds;
  const r = serviceRate / abandonRate + 1;
  const z = abandonRate * seconds;
  if (r > 1e6) {
    const m = ((serviceRate + abandonRate) * -Math.expm1(-z)) / abandonRate;
    const phi = z < 1e-4 ? z / 2 - (z * z) / 6 + (z * z * z) / 24 : (z + Math.expm1(-z)) / z;
    const shift = -(serviceRate + abandonRate) * seconds * phi;
    const stirling = (x: number) => 1 / (12 * x) - 1 / (360 * x * x * x);
    const growth = (r + k - 0.5) * Math.log1p(k / r) - k + stirling(r + k) - stirling(r);
    return logPoissonWeight(k, m) + shift + growth;
  }
  const total = r + k;
  const p = Math.exp(-z);
  const q = -Math.expm1(-z);
  const lc = stirlerr(total) - stirlerr(r) - stirlerr(k) - deviance(r, total * p) - deviance(k, total * q);
  const lf = LN_2PI + Math.log(r) + Math.log1p(-r / total);
  return Math.log(r / total) + lc - 0.5 * lf;
}

/**
 * Upper tails G_j = P(K ≥ j + 1) of the advance count above for j = from, …, to (an array indexed j − from),
 * `serviceRate` = nμ, `abandonRate` = θ (0: none), 0 < t < ∞ seconds. Absolute error about 1e-15 per value.
 * Cost O(to − from) plus the walk to K's negligible tail on one side (O(√var K) typically).
 */
export function advanceTails(
  serviceRate: number,
  abandonRate: number,
  seconds: number,
  from: number,
  to: number,
): Float64Array {
  const size = to - from + 1;
  const tails = new Float64Array(Math.max(0, size));
  if (size <= 0) return tails;
  const e = abandonRate === 0 ? seconds : -Math.expm1(-abandonRate * seconds) / abandonRate;
  const ratio = (k: number) => (e * (serviceRate + (k + 1) * abandonRate)) / (k + 1);
  // K's mode: the first k with ratio(k) ≤ 1, i.e. k + 1 ≥ nμ (e^(θt) − 1) / θ.
  const mean =
    abandonRate === 0
      ? serviceRate * seconds
      : (serviceRate * Math.expm1(abandonRate * seconds)) / abandonRate;
  const modeK = mean > 2 ** 52 ? Number.POSITIVE_INFINITY : Math.max(0, Math.ceil(mean) - 1);
  const anchor = Math.min(to, Math.max(from, modeK));
  const logAnchor =
    modeK === Number.POSITIVE_INFINITY
      ? Number.NEGATIVE_INFINITY
      : logAdvanceWeight(anchor, serviceRate, abandonRate, seconds);
  if (!(logAnchor > -745)) {
    // Every P(K = k), from ≤ k ≤ to, is negligible: K lies wholly above or below that range.
    tails.fill(modeK > to ? 1 : 0);
    return tails;
  }
  // d[k − from] = P(K = k) for from ≤ k ≤ to, walked outwards from the anchor (the largest of them).
  const d = new Float64Array(size);
  let w = Math.exp(logAnchor);
  d[anchor - from] = w;
  for (let k = anchor; k < to; k++) d[k + 1 - from] = w *= ratio(k);
  w = d[anchor - from]!;
  for (let k = anchor - 1; k >= from; k--) d[k - from] = w /= ratio(k);
  let upper: number;
  if (to >= modeK) {
    // K's upper tail beyond `to`: decreasing terms, stop when the geometric bound is negligible.
    upper = 0;
    let term = d[size - 1]!;
    for (let k = to; term > 0; k++) {
      const r = ratio(k);
      term *= r;
      upper += term;
      if (r < 1 && (term * r) / (1 - r) <= TRUNCATION * upper) break;
    }
  } else {
    // P(K ≤ to): the range's terms plus the decreasing ones below it.
    let lower = 0;
    for (let i = 0; i < size; i++) lower += d[i]!;
    let term = d[0]!;
    for (let k = from - 1; k >= 0 && term > 0; k--) {
      const q = 1 / ratio(k); // P(K = k) / P(K = k + 1)
      term *= q;
      lower += term;
      if (q < 1 && (term * q) / (1 - q) <= TRUNCATION * lower) break;
    }
    upper = 1 - lower;
  }
  tails[size - 1] = Math.max(0, upper);
  for (let j = to - 1; j >= from; j--) tails[j - from] = tails[j - from + 1]! + d[j + 1 - from]!;
  return tails;
}
