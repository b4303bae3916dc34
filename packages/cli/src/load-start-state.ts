import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario, ScenarioError } from '@decroche/sim-core';
import { parse } from 'yaml';
import { CliError } from './cli-error.js';

/**
 * The scenario with its `start` taken from a state file (JSON or YAML, the `start` of the scenario
 * format: `{ time, queues: { id: { waiting, redialing } }, pools: { id: { busy } } }`, as
 * `Simulation.startState()` writes it), replacing any start the scenario has. An unreadable file or
 * a state that does not fit the scenario is one message naming the file and every problem's path.
 */
export function withStartState(scenario: Scenario, file: string): Scenario {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read --from '${file}': ${code === 'ENOENT' ? 'no such file' : String(code)}`);
  }
  let start: unknown;
  try {
    start = parse(text);
  } catch (error) {
    throw new CliError(`--from '${file}' is not valid YAML or JSON: ${(error as Error).message}`);
  }
  try {
    return parseScenario({ ...scenario, start } as Parameters<typeof parseScenario>[0]);
  } catch (error) {
    if (error instanceof ScenarioError)
      throw new CliError(
        `the state in --from '${file}' does not fit scenario '${scenario.name}':\n${error.message}`,
      );
    throw error;
  }
}
