import type { AnalyticDistribution } from './analytic-distribution.js';
import {
  checkLowerBound,
  describeValue,
  type ParameterProblem,
  throwIfProblems,
} from './parameter-problem.js';
import type { MixturePartSpec, Rng } from './types.js';

/** How far the weights of a mixture may sum from 1 (they are then divided by their sum). */
export const WEIGHT_SUM_TOLERANCE = 1e-6;

/** Why a part may not be a mixture itself. */
export const NESTED_MIXTURE_MESSAGE =
  'must not be a mixture: write one mixture whose parts carry the multiplied weights';

/**
 * Problems with a mixture spec: `parts` a non-empty list; each part an object with a `weight` > 0
 * and a single (non-mixture) distribution, whose own problems `partProblems` gives (they are
 * reported below `parts[i]`); the weights summing to 1 within {@link WEIGHT_SUM_TOLERANCE}.
 * Cost: O(parts) plus the parts' own checks.
 */
export function mixtureProblems(
  spec: { parts: unknown },
  partProblems: (part: unknown) => ParameterProblem[],
): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  const parts = spec.parts;
  if (!Array.isArray(parts)) {
    const message =
      parts === undefined
        ? 'is required'
        : `must be a list of weighted distributions, got ${describeValue(parts)}`;
    return [{ parameter: 'parts', message }];
  }
  if (parts.length === 0) return [{ parameter: 'parts', message: 'must have at least 1 entry' }];
  let sum = 0;
  let weightsOk = true;
  parts.forEach((part: unknown, i) => {
    if (typeof part !== 'object' || part === null || Array.isArray(part)) {
      problems.push({
        parameter: `parts[${i}]`,
        message: `must be a distribution with a weight, got ${describeValue(part)}`,
      });
      weightsOk = false;
      return;
    }
    const p = part as { weight?: unknown; dist?: unknown };
    if (checkLowerBound(problems, `parts[${i}].weight`, p.weight, 0, false)) sum += p.weight as number;
    else weightsOk = false;
    if (p.dist === 'mixture') {
      problems.push({ parameter: `parts[${i}].dist`, message: NESTED_MIXTURE_MESSAGE });
      return;
    }
    for (const problem of partProblems(part)) {
      problems.push({ parameter: `parts[${i}].${problem.parameter}`, message: problem.message });
    }
  });
  if (weightsOk && Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) {
    problems.push({ parameter: 'parts', message: `weights must sum to 1, got ${sum}` });
  }
  return problems;
}

/** One part of a {@link Mixture}: a built distribution and its weight. */
export interface MixturePart {
  weight: number;
  distribution: AnalyticDistribution;
}

/**
 * A mixture of distributions: with probability `weight` a draw comes from that part. For example
 * patience with an atom at 0 (callers who hang up as soon as they must wait) plus an exponential.
 * Mean Σ wᵢμᵢ; variance Σ wᵢ(σᵢ² + μᵢ²) − μ²; CDF Σ wᵢFᵢ(x). A draw takes one uniform to choose the
 * part, then the part's own draw. Parts may not be mixtures themselves (a nested mixture is one
 * mixture with multiplied weights); the weights must sum to 1 and are divided by their sum.
 */
export class Mixture implements AnalyticDistribution {
  readonly spec: { dist: 'mixture'; parts: MixturePartSpec[] };
  readonly mean: number;
  readonly variance: number;
  private readonly parts: readonly AnalyticDistribution[];
  private readonly weights: Float64Array;
  /** cumulative[i]: the probability of parts 0..i; the last part takes whatever rounding leaves. */
  private readonly cumulative: Float64Array;

  /** @throws RangeError naming `parts`, `parts[i].weight` or `parts[i].dist` (prefixed by `path`). */
  constructor(parts: readonly MixturePart[], path?: string) {
    const specs = parts.map((p) => ({ ...p.distribution.spec, weight: p.weight }));
    throwIfProblems(
      mixtureProblems({ parts: specs }, () => []),
      path,
    );
    this.spec = { dist: 'mixture', parts: specs as MixturePartSpec[] };
    this.parts = parts.map((p) => p.distribution);
    let sum = 0;
    for (const p of parts) sum += p.weight;
    this.weights = Float64Array.from(parts, (p) => p.weight / sum);
    this.cumulative = new Float64Array(parts.length);
    let mean = 0;
    let secondMoment = 0;
    let cumulative = 0;
    this.parts.forEach((d, i) => {
      const w = this.weights[i]!;
      mean += w * d.mean;
      secondMoment += w * (d.variance + d.mean * d.mean);
      cumulative += w;
      this.cumulative[i] = cumulative;
    });
    this.mean = mean;
    this.variance = Math.max(0, secondMoment - mean * mean);
  }

  sample(rng: Rng): number {
    const u = rng();
    const cumulative = this.cumulative;
    const last = cumulative.length - 1;
    let i = 0;
    while (i < last && u >= cumulative[i]!) i++;
    return this.parts[i]!.sample(rng);
  }

  cdf(x: number): number {
    let p = 0;
    for (let i = 0; i < this.parts.length; i++) p += this.weights[i]! * this.parts[i]!.cdf(x);
    return p;
  }
}
