import type { AnalyticDistribution } from './analytic-distribution.js';
import { normalCdf } from './normal-cdf.js';
import { normalQuantile } from './normal-quantile.js';
import { checkLowerBound, type ParameterProblem, throwIfProblems } from './parameter-problem.js';
import type { Rng } from './types.js';

/** Stands in for a uniform of exactly 0, whose normal quantile would be -Infinity (2^-33). */
const SMALLEST_UNIFORM = 1.1641532182693481e-10;

/** Problems with a lognormal spec: `mean` and `cv` must be finite numbers > 0. */
export function lognormalProblems(spec: { mean: unknown; cv: unknown }): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  checkLowerBound(problems, 'mean', spec.mean, 0, false);
  checkLowerBound(problems, 'cv', spec.cv, 0, false);
  return problems;
}

/**
 * The lognormal distribution of the given mean and coefficient of variation: exp(μ + σZ) with
 * σ² = ln(1 + cv²) and μ = ln(mean) - σ²/2. Drawn by inversion (one uniform per draw).
 */
export class Lognormal implements AnalyticDistribution {
  readonly spec: { dist: 'lognormal'; mean: number; cv: number };
  readonly mean: number;
  readonly variance: number;
  /** Mean of the underlying normal, μ. */
  readonly mu: number;
  /** Standard deviation of the underlying normal, σ. */
  readonly sigma: number;

  /** @throws RangeError naming `mean` or `cv` (prefixed by `path`) if one is not a finite number > 0. */
  constructor(mean: number, cv: number, path?: string) {
    throwIfProblems(lognormalProblems({ mean, cv }), path);
    this.spec = { dist: 'lognormal', mean, cv };
    this.mean = mean;
    this.variance = (cv * mean) ** 2;
    const sigma2 = Math.log1p(cv * cv);
    this.sigma = Math.sqrt(sigma2);
    this.mu = Math.log(mean) - sigma2 / 2;
  }

  sample(rng: Rng): number {
    const u = rng();
    return Math.exp(this.mu + this.sigma * normalQuantile(u > 0 ? u : SMALLEST_UNIFORM));
  }

  cdf(x: number): number {
    return x > 0 ? normalCdf((Math.log(x) - this.mu) / this.sigma) : 0;
  }
}
