import { deterministicProblems } from './deterministic.js';
import { empiricalProblems } from './empirical.js';
import { exponentialProblems } from './exponential.js';
import { gammaProblems } from './gamma.js';
import { lognormalProblems } from './lognormal.js';
import { mixtureProblems } from './mixture.js';
import { describeValue, type ParameterProblem } from './parameter-problem.js';
import { uniformProblems } from './uniform.js';
import { weibullProblems } from './weibull.js';

/** The names of the single distributions (those a mixture's parts may use), as the scenario format lists them. */
export const SIMPLE_DISTRIBUTION_NAMES = [
  'exponential',
  'lognormal',
  'gamma',
  'weibull',
  'deterministic',
  'uniform',
  'empirical',
] as const;

/** The distribution names of the scenario format, in the order the scenario format lists them. */
export const DISTRIBUTION_NAMES = [...SIMPLE_DISTRIBUTION_NAMES, 'mixture'] as const;

/** Largest time a distribution may describe, seconds (about 317 years, the longest run). */
export const MAX_TIME_SECONDS = 1e10;
/** Range of a coefficient of variation: beyond it, shapes and scales overflow and draws stop being numbers. */
const CV_RANGE = [1e-3, 100] as const;

/** Bounds shared by every kind: times (means, values, ends) at most 1e10 s, cv within [0.001, 100]. */
function rangeProblems(spec: Record<string, unknown>): ParameterProblem[] {
  const problems: ParameterProblem[] = [];
  for (const key of ['mean', 'value', 'min', 'max'] as const) {
    const v = spec[key];
    if (typeof v === 'number' && v > MAX_TIME_SECONDS) {
      problems.push({ parameter: key, message: `must be <= ${MAX_TIME_SECONDS} (seconds), got ${v}` });
    }
  }
  if (Array.isArray(spec.values)) {
    const i = spec.values.findIndex((v) => typeof v === 'number' && v > MAX_TIME_SECONDS);
    if (i >= 0) {
      const message = `must be <= ${MAX_TIME_SECONDS} (seconds), got ${spec.values[i]}`;
      problems.push({ parameter: `values[${i}]`, message });
    }
  }
  const cv = spec.cv;
  if (typeof cv === 'number' && cv > 0 && (cv < CV_RANGE[0] || cv > CV_RANGE[1])) {
    problems.push({
      parameter: 'cv',
      message: `must be between ${CV_RANGE[0]} and ${CV_RANGE[1]}, got ${cv}`,
    });
  }
  return problems;
}

/**
 * Every problem with the parameters of a distribution spec, each naming its parameter (`cv`,
 * `values[2]`, `parts[1].weight`); empty when the spec is valid. The single source of the parameter rules: both
 * `createDistribution` and the scenario schema use it. Besides each kind's own rules, times are at
 * most 1e10 s and a cv lies within [0.001, 100]. Cost: O(1), O(n) for `empirical`.
 */
export function distributionProblems(spec: unknown): ParameterProblem[] {
  const problems = kindProblems(spec);
  return problems.length > 0 ? problems : rangeProblems(spec as Record<string, unknown>);
}

function kindProblems(spec: unknown): ParameterProblem[] {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) {
    return [{ parameter: 'dist', message: `must be a distribution spec object, got ${describeValue(spec)}` }];
  }
  const s = spec as Record<string, unknown>;
  switch (s.dist) {
    case 'exponential':
      return exponentialProblems(s as { mean: unknown });
    case 'lognormal':
      return lognormalProblems(s as { mean: unknown; cv: unknown });
    case 'gamma':
      return gammaProblems(s as { mean: unknown; cv: unknown });
    case 'weibull':
      return weibullProblems(s as { mean: unknown; shape: unknown });
    case 'deterministic':
      return deterministicProblems(s as { value: unknown });
    case 'uniform':
      return uniformProblems(s as { min: unknown; max: unknown });
    case 'empirical':
      return empiricalProblems(s as { values: unknown });
    case 'mixture':
      return mixtureProblems(s as { parts: unknown }, distributionProblems);
    default:
      return [
        {
          parameter: 'dist',
          message: `must be one of ${DISTRIBUTION_NAMES.join(', ')}; got ${describeValue(s.dist)}`,
        },
      ];
  }
}
