import type { AnalyticDistribution } from './analytic-distribution.js';
import {
  checkLowerBound,
  describeValue,
  type ParameterProblem,
  throwIfProblems,
} from './parameter-problem.js';
import type { Rng } from './types.js';

/** Problems with an empirical spec: `values` must be a non-empty array of finite numbers ≥ 0. */
export function empiricalProblems(spec: { values: unknown }): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  const values = spec.values;
  if (!Array.isArray(values)) {
    const message =
      values === undefined ? 'is required' : `must be an array of numbers, got ${describeValue(values)}`;
    problems.push({ parameter: 'values', message });
  } else if (values.length === 0) {
    problems.push({ parameter: 'values', message: 'must have at least 1 entry' });
  } else {
    values.forEach((v, i) => {
      checkLowerBound(problems, `values[${i}]`, v, 0, true);
    });
  }
  return problems;
}

/**
 * The empirical distribution of observed values: each draw is one of the values, all equally
 * likely (no smoothing, so it never produces a value that was not observed). Mean and variance are
 * those of the values (population variance); the CDF is the share of values ≤ x.
 */
export class Empirical implements AnalyticDistribution {
  readonly spec: { dist: 'empirical'; values: number[] };
  readonly mean: number;
  readonly variance: number;
  private readonly sorted: Float64Array;

  /** @throws RangeError naming `values` or `values[i]` (prefixed by `path`) if not valid. */
  constructor(values: readonly number[], path?: string) {
    throwIfProblems(empiricalProblems({ values }), path);
    this.spec = { dist: 'empirical', values: [...values] };
    this.sorted = Float64Array.from(values).sort();
    let sum = 0;
    for (const v of values) sum += v;
    this.mean = sum / values.length;
    let squares = 0;
    for (const v of values) squares += (v - this.mean) ** 2;
    this.variance = squares / values.length;
  }

  sample(rng: Rng): number {
    return this.sorted[(rng() * this.sorted.length) | 0]!;
  }

  cdf(x: number): number {
    const sorted = this.sorted;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo / sorted.length;
  }
}
