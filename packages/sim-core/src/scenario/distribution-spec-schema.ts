import { z } from 'zod';
import { distributionProblems } from '../random/distribution-problems.js';
import { durationSeconds } from './duration-schema.js';

/** A number of seconds, also written as a duration (`90s`, `6m`, `1h30m`). */
const seconds = () => durationSeconds(z.number());

/** `values[3]` → ['values', 3]; `cv` → ['cv']; `parts[1].weight` → ['parts', 1, 'weight']. */
function parameterPath(parameter: string): (string | number)[] {
  return parameter.split(/\.|(?=\[)/).map((key) => (key.startsWith('[') ? Number(key.slice(1, -1)) : key));
}

/** The shape of each single distribution, each with the `extra` keys (a mixture part's `weight`). */
function singleDistributions<Extra extends z.ZodRawShape>(extra: Extra) {
  return [
    z.strictObject({ ...extra, dist: z.literal('exponential'), mean: seconds() }),
    z.strictObject({ ...extra, dist: z.literal('lognormal'), mean: seconds(), cv: z.number() }),
    z.strictObject({ ...extra, dist: z.literal('gamma'), mean: seconds(), cv: z.number() }),
    z.strictObject({ ...extra, dist: z.literal('weibull'), mean: seconds(), shape: z.number() }),
    z.strictObject({ ...extra, dist: z.literal('deterministic'), value: seconds() }),
    z.strictObject({ ...extra, dist: z.literal('uniform'), min: seconds(), max: seconds() }),
    z.strictObject({ ...extra, dist: z.literal('empirical'), values: z.array(seconds()) }),
  ] as const;
}

/** One part of a mixture: a single distribution (not a mixture) with its `weight`. */
const mixturePartSchema = z.discriminatedUnion('dist', singleDistributions({ weight: z.number() }));

/**
 * The zod schema of a distribution spec (`{ dist: 'gamma', mean: 420, cv: 0.8 }`, or a mixture
 * `{ dist: 'mixture', parts: [{ weight: 0.1, dist: 'deterministic', value: 0 }, ...] }`): the shape
 * of each kind, strict about unknown keys, then the parameter rules of `distributionProblems` (the
 * same rules `createDistribution` enforces), each reported at its parameter's path
 * (`parts[1].weight`). Scenario distributions are all times: their means, values, bounds and
 * samples may be written as durations (`mean: 6m`).
 */
export const distributionSpecSchema = z
  .discriminatedUnion('dist', [
    ...singleDistributions({}),
    z.strictObject({ dist: z.literal('mixture'), parts: z.array(mixturePartSchema) }),
  ])
  .superRefine((spec, ctx) => {
    for (const problem of distributionProblems(spec)) {
      const path = parameterPath(problem.parameter);
      ctx.addIssue({ code: 'custom', message: problem.message, path });
    }
  });
