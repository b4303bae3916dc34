import { scenarioJsonSchema } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';

describe('decroche schema', () => {
  it("prints the library's JSON Schema of the scenario format", () => {
    const result = runCli(['schema']);
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema).toEqual(scenarioJsonSchema());
    // What an editor needs: required fields, defaults and unknown keys refused.
    expect(schema.required).toEqual(['queues', 'pools']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.intervalSeconds.default).toBe(1800);
    expect(schema.properties.queues.items.required).toEqual(['id', 'calls', 'handleTime']);
  });
});
