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

/**
 * Every problem with the parameters of a distribution spec, each naming its parameter (`cv`,
 * `values[2]`, `parts[1].weight`); empty when the spec is valid. The single source of the parameter rules: both
 * `createDistribution` and the scenario schema use it. Cost: O(1), O(n) for `empirical`.
 */
export function distributionProblems(spec: unknown): ParameterProblem[] {
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
