import type { AnalyticDistribution } from './analytic-distribution.js';
import { checkLowerBound, type ParameterProblem, throwIfProblems } from './parameter-problem.js';
import type { Rng } from './types.js';

/** Problems with an exponential spec: `mean` must be a finite number > 0. */
export function exponentialProblems(spec: { mean: unknown }): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  checkLowerBound(problems, 'mean', spec.mean, 0, false);
  return problems;
}

/** The exponential distribution of the given mean (rate 1/mean), drawn by inversion. */
export class Exponential implements AnalyticDistribution {
  readonly spec: { dist: 'exponential'; mean: number };
  readonly mean: number;
  readonly variance: number;
  /** Events per second, 1 / mean. */
  readonly rate: number;

  /** @throws RangeError naming `mean` (prefixed by `path`) if it is not a finite number > 0. */
  constructor(mean: number, path?: string) {
    throwIfProblems(exponentialProblems({ mean }), path);
    this.spec = { dist: 'exponential', mean };
    this.mean = mean;
    this.variance = mean * mean;
    this.rate = 1 / mean;
  }

  /** -mean·ln(1 - u): one uniform, never log(0). */
  sample(rng: Rng): number {
    return -this.mean * Math.log(1 - rng());
  }

  cdf(x: number): number {
    return x > 0 ? -Math.expm1(-x * this.rate) : 0;
  }
}
