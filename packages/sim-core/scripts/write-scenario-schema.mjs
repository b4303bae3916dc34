// Build step: writes the scenario format's JSON Schema, generated from the zod schema by the
// compiled library, to dist/scenario.schema.json (shipped as @decroche/sim-core/scenario.schema.json).
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../dist/index.js';

writeFileSync(
  new URL('../dist/scenario.schema.json', import.meta.url),
  `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`,
);
