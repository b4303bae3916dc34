import { existsSync, readFileSync } from 'node:fs';
import {
  getPreset,
  parseScenario,
  plausibilityWarnings,
  presetNames,
  type Scenario,
  ScenarioError,
} from '@decroche/sim-core';
import { CliError } from './cli-error.js';

/**
 * Reads a scenario file (YAML or JSON) and validates it; every problem is reported with the file
 * name and the path inside the scenario, in one message. A preset's name (`france-2023`) that is
 * not also a file names the preset. Likely unit mistakes (plausibilityWarnings) are printed on
 * stderr as warnings; they do not stop the command.
 */
export function loadScenario(file: string): Scenario {
  const scenario = readScenario(file);
  for (const w of plausibilityWarnings(scenario))
    process.stderr.write(`decroche: warning: scenario '${file}', ${w.path}: ${w.message}\n`);
  return scenario;
}

function readScenario(file: string): Scenario {
  if (!existsSync(file) && presetNames().includes(file)) return parseScenario(getPreset(file));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? `no such file (presets: ${presetNames().join(', ')})`
        : code === 'EISDIR'
          ? 'it is a directory'
          : String(code);
    throw new CliError(`cannot read scenario '${file}': ${why}`);
  }
  try {
    return parseScenario(text);
  } catch (error) {
    if (error instanceof ScenarioError)
      throw new CliError(`scenario '${file}' is not valid:\n${error.message}`);
    throw error;
  }
}
