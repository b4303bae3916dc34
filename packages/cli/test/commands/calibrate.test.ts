import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibrate, franceStudy2022, parseScenario, withStudyCallers } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectCleanFailure, runCli } from '../run-cli.js';
import { fourServices, scenarioFile } from '../scenario-file.js';

describe('decroche calibrate', () => {
  const file = scenarioFile('four.yaml', fourServices);

  it("fits the agents to the study's failed shares, as calibrate() does, and writes the calibrated scenario", () => {
    const out = join(file, '..', 'calibrated.yaml');
    const result = runCli(['calibrate', file, '-r', '2', '--min', '0.3', '--max', '3', '--json', '-o', out]);
    expect(result.status).toBe(0);
    const expected = calibrate(withStudyCallers(parseScenario(fourServices)), {
      parameters: franceStudy2022.services.map((s) => ({
        queue: s.queue,
        knob: 'agentsScale',
        min: 0.3,
        max: 3,
        measure: 'mysteryFailedShare',
        target: s.failedShare,
      })),
      seed: 3,
      replications: 2,
      tolerance: 0.004,
    });
    expect(JSON.parse(result.stdout).parameters).toEqual(JSON.parse(JSON.stringify(expected.parameters)));
    const written = parse(readFileSync(out, 'utf8'));
    expect(written.mysteryCallers).toBeUndefined();
    expect(written.pools.map((p: { agents: number[] }) => p.agents)).toEqual(
      expected.scenario.pools.map((p) => p.agents),
    );
  });

  it('fits to observed pickup rates with --pickup and prints a table', () => {
    const result = runCli([
      'calibrate',
      file,
      '-r',
      '2',
      '--pickup',
      'caf=0.8',
      '--min',
      '0.3',
      '--max',
      '3',
    ]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^caf\s+\d\.\d{4} ± \d\.\d{4}\s+80\.0 %/m);
  });

  it('names a bad option', () => {
    const bad = runCli(['calibrate', file, '--knob', 'agents']);
    expectCleanFailure(bad);
    expect(bad.stderr).toContain(
      "option --knob must be one of agentsScale, patienceMean, handleTimeMean, redialProbability, callsScale, got 'agents'",
    );
    const pickup = runCli(['calibrate', file, '--pickup', 'cnav=0.5']);
    expectCleanFailure(pickup);
    expect(pickup.stderr).toContain('option --pickup must list queue=rate pairs');
  });
});
