import { readFileSync } from 'node:fs';
import { parseScenario, staffScenario } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectCleanFailure, runCli } from '../run-cli.js';
import { scenarioFile, smallDay } from '../scenario-file.js';

describe('decroche staff', () => {
  const file = scenarioFile('small-day.yaml', smallDay);

  it('prints the plan of staffScenario and writes the staffed scenario as YAML', () => {
    const out = `${file}.staffed.yaml`;
    const result = runCli(['staff', file, '--pickup', '0.9', '--sl', '20:0.5', '--json', '--out', out]);
    expect(result.status).toBe(0);
    const expected = staffScenario(parseScenario(smallDay), {
      pickupRate: 0.9,
      serviceLevel: { seconds: 20, share: 0.5 },
    });
    const printed = JSON.parse(result.stdout);
    expect(printed.agents).toEqual(Object.fromEntries(expected.scenario.pools.map((p) => [p.id, p.agents])));
    expect(parseScenario(parse(readFileSync(out, 'utf8')))).toEqual(expected.scenario);
  });

  it('checks the plan by simulation with --check', () => {
    const result = runCli(['staff', file, '--pickup', '0.85', '--check', '-r', '2']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Checked by simulation (2 replications):');
    expect(result.stdout).toMatch(/^caf\s+\d/m);
  });

  it('asks for a target, and names a bad one', () => {
    const none = runCli(['staff', file]);
    expectCleanFailure(none);
    expect(none.stderr).toContain('give at least one target');
    const bad = runCli(['staff', file, '--sl', '20']);
    expectCleanFailure(bad);
    expect(bad.stderr).toContain("option --sl must be 'seconds:share'");
  });
});
