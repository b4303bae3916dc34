import { parseScenario, ScenarioError } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { loadScenario, scenarioInfo } from '../../src/sim/load-scenario.js';

const broken = `
queues:
  - id: caf
    calls: 100
    handleTime: { dist: lognormal, mean: 420, cv: -1 }
    patiense: { dist: exponential, mean: 300 }
pools:
  - { id: caf-agents, serves: [caf], agents: 10 }
`;

describe('loadScenario', () => {
  it("gives the command line's message for an invalid file: its name, then every problem with its path", () => {
    let expected = '';
    try {
      parseScenario(broken);
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      expected = `scenario 'broken.yaml' is not valid:\n${(error as Error).message}`;
    }
    expect(expected).toContain('queues[0].handleTime.cv');
    expect(() => loadScenario({ kind: 'text', name: 'broken.yaml', text: broken })).toThrow(expected);
  });

  it('opens the France preset at 8:30, four queues and their pools', () => {
    const { scenario, opensAt } = loadScenario({ kind: 'preset', name: 'france-2023' });
    const info = scenarioInfo(scenario, opensAt);
    expect(opensAt).toBe(8.5 * 3600);
    expect(info.queues).toEqual(['assurance-maladie', 'caf', 'assurance-retraite', 'france-travail']);
    expect(info.pools.map((p) => p.serves[0])).toEqual(info.queues);
    expect(info.horizon).toBe(17 * 1800);
  });
});
