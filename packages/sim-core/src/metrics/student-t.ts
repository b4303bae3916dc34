/**
 * P(|T| ≤ t) for Student's t with `df` (a positive integer) degrees of freedom, in closed form
 * through θ = atan(t / √df) (Abramowitz & Stegun 26.7.3 and 26.7.4). O(df).
 */
function twoSidedCdf(theta: number, df: number): number {
  const c = Math.cos(theta);
  const c2 = c * c;
  const s = Math.sin(theta);
  if (df % 2 === 1) {
    if (df === 1) return (2 / Math.PI) * theta;
    // θ + sinθ (cosθ + 2/3 cos³θ + … + (2·4…(df−3))/(1·3…(df−2)) cos^(df−2)θ)
    let term = c;
    let sum = c;
    for (let k = 2; k <= df - 2; k += 2) {
      term *= (k / (k + 1)) * c2;
      sum += term;
    }
    return (2 / Math.PI) * (theta + s * sum);
  }
  // sinθ (1 + ½ cos²θ + (1·3)/(2·4) cos⁴θ + … + (1·3…(df−3))/(2·4…(df−2)) cos^(df−2)θ)
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= df - 3; k += 2) {
    term *= (k / (k + 1)) * c2;
    sum += term;
  }
  return s * sum;
}

/**
 * The `p`-quantile of Student's t distribution with `df` degrees of freedom: the t such that
 * P(T ≤ t) = p. Used for confidence intervals over replications (a 95 % half-width is
 * `studentTQuantile(0.975, n − 1) × s / √n`). Exact closed-form CDF inverted by bisection to full
 * double precision; cost O(df) per step, 100 steps (fine for the replication counts used here).
 * Throws a RangeError when p is not in (0, 1) or df is not a positive integer.
 *
 * @example
 * ```ts
 * import { studentTQuantile } from '@decroche/sim-core';
 * studentTQuantile(0.975, 9) // => 2.26216
 * studentTQuantile(0.5, 4) // => 0
 * ```
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`p must be in (0, 1), got ${p}`);
  if (!(Number.isInteger(df) && df >= 1)) throw new RangeError(`df must be a positive integer, got ${df}`);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  const target = 2 * p - 1;
  let low = 0;
  let high = Math.PI / 2;
  for (let i = 0; i < 100 && high - low > 0; i++) {
    const mid = 0.5 * (low + high);
    if (mid === low || mid === high) break;
    if (twoSidedCdf(mid, df) < target) low = mid;
    else high = mid;
  }
  return Math.sqrt(df) * Math.tan(0.5 * (low + high));
}
