import { logGamma } from '../math/log-gamma.js';
import type { AnalyticDistribution } from './analytic-distribution.js';
import { checkLowerBound, type ParameterProblem, throwIfProblems } from './parameter-problem.js';
import type { Rng } from './types.js';

/**
 * Smallest Weibull shape accepted. Below it the scale mean/Γ(1 + 1/shape) and the draws leave the
 * range of doubles (at 0.1 the cv is already about 430).
 */
export const MIN_WEIBULL_SHAPE = 0.1;

/** Problems with a Weibull spec: `mean` must be a finite number > 0, `shape` one ≥ 0.1. */
export function weibullProblems(spec: { mean: unknown; shape: unknown }): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  checkLowerBound(problems, 'mean', spec.mean, 0, false);
  checkLowerBound(problems, 'shape', spec.shape, MIN_WEIBULL_SHAPE, true);
  return problems;
}

/**
 * The Weibull distribution of the given mean and shape k: scale λ = mean / Γ(1 + 1/k); shape 1 is
 * the exponential, below 1 a long tail, above 1 a mode. Drawn by inversion, λ(-ln(1 - u))^(1/k).
 */
export class Weibull implements AnalyticDistribution {
  readonly spec: { dist: 'weibull'; mean: number; shape: number };
  readonly mean: number;
  readonly variance: number;
  readonly shape: number;
  /** Scale λ. */
  readonly scale: number;
  private readonly inverseShape: number;

  /** @throws RangeError naming `mean` or `shape` (prefixed by `path`) if out of range. */
  constructor(mean: number, shape: number, path?: string) {
    throwIfProblems(weibullProblems({ mean, shape }), path);
    this.spec = { dist: 'weibull', mean, shape };
    this.mean = mean;
    this.shape = shape;
    this.inverseShape = 1 / shape;
    const logG1 = logGamma(1 + 1 / shape);
    this.scale = mean / Math.exp(logG1);
    // Var = λ²(Γ(1 + 2/k) - Γ(1 + 1/k)²) = mean²(Γ(1 + 2/k)/Γ(1 + 1/k)² - 1)
    this.variance = mean * mean * Math.expm1(logGamma(1 + 2 / shape) - 2 * logG1);
  }

  sample(rng: Rng): number {
    return this.scale * (-Math.log(1 - rng())) ** this.inverseShape;
  }

  cdf(x: number): number {
    return x > 0 ? -Math.expm1(-((x / this.scale) ** this.shape)) : 0;
  }
}
