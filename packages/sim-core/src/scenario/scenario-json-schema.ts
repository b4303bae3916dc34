import { z } from 'zod';
import { describeDuration } from './duration-schema.js';
import { scenarioSchema } from './scenario-schema.js';

/**
 * The scenario format as a JSON Schema (draft 2020-12), generated from the same zod schema that
 * `parseScenario` validates with, so it cannot drift: fields, types, allowed values, required keys
 * and defaults of the input (what a file may leave out). Give it to an editor (YAML or JSON
 * language servers) to complete and check scenario files as they are typed. The rules that tie
 * fields together (unique ids, list lengths, existing queues) are only checked by `parseScenario`.
 * The package also ships it as `@decroche/sim-core/scenario.schema.json`.
 *
 * Cost: one walk of the schema, well under a millisecond; a fresh object each call.
 *
 * @example
 * ```ts
 * import { scenarioJsonSchema } from '@decroche/sim-core';
 * const schema = scenarioJsonSchema();
 * schema.$schema // => 'https://json-schema.org/draft/2020-12/schema'
 * schema.required // => ['queues', 'pools']
 * schema.properties.intervalSeconds.default // => 1800
 * ```
 */
export function scenarioJsonSchema(): Record<string, any> {
  const { $schema, ...rest } = z.toJSONSchema(scenarioSchema, {
    io: 'input',
    unrepresentable: 'any',
    override: describeDuration,
  });
  return {
    $schema,
    title: 'decroche scenario',
    description:
      "A day (or several) of calls and agents for the decroche simulator: queues with their calls per interval, handle times and callers' behaviour, pools of agents serving them. Times in seconds.",
    ...rest,
  };
}
