import type { AnalyticDistribution } from './analytic-distribution.js';
import { checkLowerBound, type ParameterProblem, throwIfProblems } from './parameter-problem.js';
import type { Rng } from './types.js';

/** Problems with a deterministic spec: `value` must be a finite number ≥ 0. */
export function deterministicProblems(spec: { value: unknown }): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  checkLowerBound(problems, 'value', spec.value, 0, true);
  return problems;
}

/** Always the same value; draws no uniform. */
export class Deterministic implements AnalyticDistribution {
  readonly spec: { dist: 'deterministic'; value: number };
  readonly mean: number;
  readonly variance = 0;

  /** @throws RangeError naming `value` (prefixed by `path`) if it is not a finite number ≥ 0. */
  constructor(value: number, path?: string) {
    throwIfProblems(deterministicProblems({ value }), path);
    this.spec = { dist: 'deterministic', value };
    this.mean = value;
  }

  sample(_rng: Rng): number {
    return this.mean;
  }

  cdf(x: number): number {
    return x >= this.mean ? 1 : 0;
  }
}
