import { Exponential } from './exponential.js';
import type { Distribution, Rng } from './types.js';

/**
 * The time left of a draw of `dist` known to exceed `elapsed`: X − elapsed given X > elapsed, by
 * inverting the cdf over (cdf(elapsed), 1) with one uniform of `rng` (bisection to the last bit;
 * exponential draws are memoryless and drawn directly). 0 when `dist` puts no mass beyond `elapsed`
 * (the time is already up). For callers already waiting and agents already busy when a run starts
 * from a given state. Cost: O(60 cdf evaluations); constant for an exponential.
 */
export function sampleBeyond(dist: Distribution, elapsed: number, rng: Rng): number {
  if (elapsed <= 0 || dist instanceof Exponential) return dist.sample(rng);
  const from = dist.cdf(elapsed);
  if (!(from < 1)) return 0;
  const u = from + rng() * (1 - from);
  let lo = elapsed;
  let hi = Math.max(2 * elapsed, 2 * dist.mean, 1);
  while (dist.cdf(hi) < u && hi < 1e12) [lo, hi] = [hi, 2 * hi];
  // Halve to the last bit (about 60 steps): an atom (a deterministic time) comes out exact.
  for (let mid = (lo + hi) / 2; mid > lo && mid < hi; mid = (lo + hi) / 2) {
    if (dist.cdf(mid) < u) lo = mid;
    else hi = mid;
  }
  return hi - elapsed;
}
