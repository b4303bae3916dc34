import { z } from 'zod';
import { distributionProblems } from '../random/distribution-problems.js';

/** `values[3]` → ['values', 3]; `cv` → ['cv']. */
function parameterPath(parameter: string): (string | number)[] {
  const m = /^(\w+)\[(\d+)\]$/.exec(parameter);
  return m ? [m[1]!, Number(m[2])] : [parameter];
}

/**
 * The zod schema of a distribution spec (`{ dist: 'gamma', mean: 420, cv: 0.8 }`): the shape of each
 * kind, strict about unknown keys, then the parameter rules of `distributionProblems` (the same
 * rules `createDistribution` enforces), each reported at its parameter's path.
 */
export const distributionSpecSchema = z
  .discriminatedUnion('dist', [
    z.strictObject({ dist: z.literal('exponential'), mean: z.number() }),
    z.strictObject({ dist: z.literal('lognormal'), mean: z.number(), cv: z.number() }),
    z.strictObject({ dist: z.literal('gamma'), mean: z.number(), cv: z.number() }),
    z.strictObject({ dist: z.literal('weibull'), mean: z.number(), shape: z.number() }),
    z.strictObject({ dist: z.literal('deterministic'), value: z.number() }),
    z.strictObject({ dist: z.literal('uniform'), min: z.number(), max: z.number() }),
    z.strictObject({ dist: z.literal('empirical'), values: z.array(z.number()) }),
  ])
  .superRefine((spec, ctx) => {
    for (const problem of distributionProblems(spec)) {
      const path = parameterPath(problem.parameter);
      ctx.addIssue({ code: 'custom', message: problem.message, path });
    }
  });
