// Writes the scenario format's JSON Schema, generated from the library's zod schema, beside the API
// pages (docs/api/scenario.schema.json).
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '@decroche/sim-core';

writeFileSync(
  new URL('./api/scenario.schema.json', import.meta.url),
  `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`,
);
