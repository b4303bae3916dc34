// The one helper every distribution test uses (STYLE.md §5, after Ciw's test_sampling.py): draw many
// samples and compare them with the distribution's analytic mean and CDF, with tolerances derived
// from the standard errors, never picked by hand.
import type { AnalyticDistribution } from '../../src/index.js';
import { createStreams } from '../../src/index.js';

export interface SamplingCheck {
  /** Samples to draw (default 200,000). */
  n?: number;
  /** Stream seed (default 1). */
  seed?: number;
  /** Where to compare the empirical share ≤ x with cdf(x) (default: 0.25, 0.5, 1, 2 and 4 × mean). */
  cdfPoints?: number[];
  /** How many standard errors a difference may reach (default 4.5: a false alarm about once in 150,000). */
  z?: number;
}

/**
 * Draws `n` samples of `dist` and returns what disagrees with its analytic values (empty: all good):
 * - the sample mean against `mean`, within z standard errors sqrt(variance / n) (exactly, when the
 *   variance is 0);
 * - at each CDF point x, the share of samples ≤ x against cdf(x), within z binomial standard errors
 *   sqrt(p(1 - p) / n), plus 1e-6 for the CDF's own approximation;
 * - every sample finite and ≥ 0.
 */
export function samplingFailures(dist: AnalyticDistribution, check: SamplingCheck = {}): string[] {
  const n = check.n ?? 200_000;
  const z = check.z ?? 4.5;
  const points = check.cdfPoints ?? [0.25, 0.5, 1, 2, 4].map((f) => f * dist.mean);
  const rng = createStreams(check.seed ?? 1).stream('check-sampling');
  const failures: string[] = [];
  const below = new Array<number>(points.length).fill(0);
  let sum = 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const x = dist.sample(rng);
    if (!(Number.isFinite(x) && x >= 0)) bad++;
    sum += x;
    for (let j = 0; j < points.length; j++) if (x <= points[j]!) below[j]!++;
  }
  if (bad > 0) failures.push(`${bad} samples not finite and >= 0`);
  const mean = sum / n;
  const meanTolerance = z * Math.sqrt(dist.variance / n);
  if (dist.variance === 0 ? mean !== dist.mean : Math.abs(mean - dist.mean) > meanTolerance) {
    failures.push(`sample mean ${mean} vs mean ${dist.mean} (tolerance ${meanTolerance})`);
  }
  points.forEach((x, j) => {
    const p = dist.cdf(x);
    const share = below[j]! / n;
    const tolerance = z * Math.sqrt((p * (1 - p)) / n) + 1e-6;
    if (Math.abs(share - p) > tolerance) {
      failures.push(`share <= ${x} is ${share} vs cdf ${p} (tolerance ${tolerance})`);
    }
  });
  return failures;
}
