import { parseScenario, replayStudy } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { expectCleanFailure, runCli } from '../run-cli.js';
import { fourServices, scenarioFile } from '../scenario-file.js';

describe('decroche replay-study', () => {
  const file = scenarioFile('four.yaml', fourServices);

  it("prints each service's simulated failed share ± half-width beside the study's, and the mean wait", () => {
    const result = runCli(['replay-study', file, '-r', '4']);
    expect(result.status).toBe(0);
    const replay = replayStudy(parseScenario(fourServices), { replications: 4, seed: 3 });
    const line = (label: string) => result.stdout.split('\n').find((l) => l.startsWith(label)) ?? '';
    const maladie = replay.services[0];
    expect(line('Assurance maladie (3646)')).toMatch(/^Assurance maladie \(3646\)\s+302\s+72 %\s+/);
    expect(line('Assurance maladie (3646)')).toContain(
      `${((maladie?.simulated ?? 0) * 100).toFixed(1)} % ± ${((maladie?.halfWidth ?? 0) * 100).toFixed(1)}`,
    );
    expect(line('Assurance maladie (3646)')).toContain(
      `${((maladie?.meanTotalWait ?? 0) / 60).toFixed(1)} min`,
    );
    expect(line('all four')).toMatch(/^all four\s+1532\s+40 %/);
    expect(result.stdout).toContain('3 attempts, each abandoned after 5 min of waiting');
  });

  it('gives the same figures as replayStudy with --json', () => {
    const result = runCli(['replay-study', file, '-r', '2', '-s', '8', '--json']);
    expect(result.status).toBe(0);
    const replay = replayStudy(parseScenario(fourServices), { replications: 2, seed: 8 });
    const printed = JSON.parse(result.stdout);
    expect(printed.services).toEqual(replay.services);
    expect(printed.total).toEqual(replay.total);
  });

  it('names the missing service when the scenario lacks one', () => {
    const result = runCli([
      'replay-study',
      scenarioFile('two.yaml', fourServices.replace(/ {2}- \{ id: caf,.*\n/g, '')),
    ]);
    expectCleanFailure(result);
    expect(result.stderr).toContain("study.services[1].queue: the scenario has no queue 'caf'");
  });
});
