import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import type { ScenarioInput } from '../../src/scenario/types.js';

// ScenarioInput is the schema's input type: TypeScript checks scenario objects written in code with
// it (the @ts-expect-error lines fail the typecheck if the type stopped catching the mistake), and
// parseScenario catches the same mistakes at run time for JSON, YAML and untyped objects.
describe('ScenarioInput', () => {
  it('accepts what a scenario may leave out or shorten: defaults, one number for every interval', () => {
    const day: ScenarioInput = {
      intervals: 2,
      queues: [{ id: 'caf', calls: 100, handleTime: { dist: 'lognormal', mean: 420, cv: 1 } }],
      pools: [{ id: 'agents', serves: ['caf'], agents: [20, 25] }],
    };
    expect(parseScenario(day).queues[0]?.calls).toEqual([100, 100]);
  });

  it('rejects at compile time what parseScenario rejects at run time', () => {
    const noCv: ScenarioInput = {
      intervals: 1,
      // @ts-expect-error a lognormal needs its cv
      queues: [{ id: 'caf', calls: 100, handleTime: { dist: 'lognormal', mean: 420 } }],
      pools: [{ id: 'agents', serves: ['caf'], agents: 20 }],
    };
    expect(() => parseScenario(noCv)).toThrow('queues[0].handleTime.cv');
    const typo: ScenarioInput = {
      intervals: 1,
      queues: [{ id: 'caf', calls: 100, handleTime: { dist: 'exponential', mean: 420 } }],
      // @ts-expect-error `agent` is not a field of a pool
      pools: [{ id: 'agents', serves: ['caf'], agent: 20 }],
    };
    expect(() => parseScenario(typo)).toThrow('pools[0]');
  });
});
