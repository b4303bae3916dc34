import type { AnalyticDistribution } from './analytic-distribution.js';
import { checkLowerBound, type ParameterProblem, throwIfProblems } from './parameter-problem.js';
import type { Rng } from './types.js';

/** Problems with a uniform spec: `min` must be a finite number ≥ 0 and `max` one > `min`. */
export function uniformProblems(spec: { min: unknown; max: unknown }): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  const minOk = checkLowerBound(problems, 'min', spec.min, 0, true);
  if (minOk) checkLowerBound(problems, 'max', spec.max, spec.min as number, false);
  else checkLowerBound(problems, 'max', spec.max, 0, false);
  return problems;
}

/** The continuous uniform distribution on [min, max). */
export class Uniform implements AnalyticDistribution {
  readonly spec: { dist: 'uniform'; min: number; max: number };
  readonly mean: number;
  readonly variance: number;
  readonly min: number;
  readonly max: number;
  private readonly width: number;

  /** @throws RangeError naming `min` or `max` (prefixed by `path`) unless 0 ≤ min < max, finite. */
  constructor(min: number, max: number, path?: string) {
    throwIfProblems(uniformProblems({ min, max }), path);
    this.spec = { dist: 'uniform', min, max };
    this.min = min;
    this.max = max;
    this.width = max - min;
    this.mean = (min + max) / 2;
    this.variance = (this.width * this.width) / 12;
  }

  sample(rng: Rng): number {
    return this.min + this.width * rng();
  }

  cdf(x: number): number {
    if (!(x > this.min)) return 0;
    return x >= this.max ? 1 : (x - this.min) / this.width;
  }
}
