import { scenarioJsonSchema } from '@decroche/sim-core';
import type { Command } from 'commander';

/** `decroche schema`: the scenario format as JSON Schema, for editors. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description(
      'print the scenario format as a JSON Schema (for editors to complete and check scenario files)',
    )
    .action(() => {
      process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
    });
}
