import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseScenario, roster, staffScenario } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { rosterTarget } from '../../src/commands/roster.js';
import { examplesDir, expectCleanFailure, runCli } from '../run-cli.js';
import { scenarioFile } from '../scenario-file.js';

const day = join(examplesDir, 'roster-day.yaml');
const shapesFile = join(examplesDir, 'roster-shapes.yaml');

describe('decroche roster', () => {
  it('solves the roster of the library for the agents staffScenario finds, and simulates it', async () => {
    const result = runCli([
      'roster',
      day,
      '--target',
      'pickup=0.85',
      '--shifts',
      shapesFile,
      '--shrinkage',
      '0.1',
      '-r',
      '2',
      '--json',
    ]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const printed = JSON.parse(result.stdout);
    const scenario = parseScenario(readFileSync(day, 'utf8'));
    const required = staffScenario(scenario, { pickupRate: 0.85 }).scenario.pools[0]!.agents;
    const expected = await roster(
      { required, intervalSeconds: 1800, opensAt: '08:30', shrinkage: 0.1 },
      parse(readFileSync(shapesFile, 'utf8')),
    );
    expect(printed.rosters['caf-agents']).toEqual(expected);
    // Staffing each half-hour exactly: Σ required × 0.5 h on the phone, ÷ 0.9 paid.
    const onPhone = required.reduce((a, b) => a + b, 0) / 2;
    expect(printed.perIntervalHours['caf-agents'].onPhone).toBeCloseTo(onPhone, 9);
    expect(printed.perIntervalHours['caf-agents'].paid).toBeCloseTo(onPhone / 0.9, 9);
    expect(printed.check.pools['caf-agents'].intervals.map((p: { agents: number }) => p.agents)).toEqual(
      expected.agents,
    );
    expect(printed.check.halfWidth.queues.caf.pickupRate).toBeGreaterThan(0);
  });

  it('writes with -o the JSON it prints with --json, and names an unwritable or non-JSON place (exit 2)', () => {
    const out = join(tmpdir(), `decroche-roster-${process.pid}.json`);
    const args = ['roster', day, '--target', 'pickup=0.85', '--shifts', shapesFile, '-r', '2'];
    const result = runCli([...args, '--json', '-o', out]);
    expect(result.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(result.stdout);
    const nowhere = runCli([...args, '-o', '/nonexistent/dir/roster.json']);
    expectCleanFailure(nowhere);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toContain(
      "cannot write --out '/nonexistent/dir/roster.json': no such directory '/nonexistent/dir'",
    );
    const yaml = runCli([...args, '-o', `${out}.yaml`]);
    expect(yaml.status).toBe(2);
    expect(yaml.stderr).toContain('option --out writes .json files (chosen by the extension)');
    expect(existsSync(`${out}.yaml`)).toBe(false);
  });

  it('reads the seconds of its targets and --time-limit as durations', () => {
    expect(rosterTarget(['sl=20s:0.8,asa=1m'])).toEqual({
      serviceLevel: { seconds: 20, share: 0.8 },
      asa: 60,
    });
    expect(rosterTarget(['sl=1m30s:0.9'])).toEqual({ serviceLevel: { seconds: 90, share: 0.9 } });
    expect(() => rosterTarget(['asa=1 min'])).toThrow(
      "option --target asa must be a duration > 0 (such as 20s, 6m or 1h30m, or a number of seconds), got '1 min'",
    );
    const limit = runCli([
      'roster',
      day,
      '--target',
      'pickup=0.85',
      '--shifts',
      shapesFile,
      '--time-limit',
      'soon',
    ]);
    expect(limit.status).toBe(2);
    expect(limit.stderr).toContain('option --time-limit must be a duration > 0');
  });

  it('prints shifts, agent hours and the per-interval table with clock times', () => {
    const result = runCli(['roster', day, '--target', 'pickup=0.85', '--shifts', shapesFile, '-r', '2']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^roster-day: roster for pickup rate ≥ 85\.0 %$/m);
    expect(result.stdout).toMatch(/^Pool caf-agents: \d+ shifts, [\d.]+ h paid, [\d.]+ h on the phone$/m);
    expect(result.stdout).toMatch(
      /staffing each interval exactly: [\d.]+ h on the phone, [\d.]+ h paid \(the roster pays [\d.]+ % more\)/,
    );
    expect(result.stdout).toMatch(/^day\s+08:30\s+16:00\s+\d+\s+\d\d:\d\d \(15 min\), \d\d:\d\d \(45 min\)/m);
    expect(result.stdout).toMatch(/^16:30\s+\d+\s+[\d.]+\s+[\d.]+\s+[\d.]+\s+[\d.]+ % ± [\d.]+$/m);
    expect(result.stdout).toContain('The roster simulated (2 replications, ± 95 % half-widths):');
  });

  it('names a bad target, missing shapes, bad shapes and a roster that cannot exist', () => {
    const noTarget = runCli(['roster', day, '--shifts', shapesFile]);
    expectCleanFailure(noTarget);
    expect(noTarget.status).toBe(2);
    expect(noTarget.stderr).toContain('give a target: --target');
    const badTarget = runCli(['roster', day, '--target', 'pickup=85', '--shifts', shapesFile]);
    expect(badTarget.status).toBe(2);
    expect(badTarget.stderr).toContain("option --target pickup must be a share between 0 and 1, got '85'");
    const unknown = runCli(['roster', day, '--target', 'pikcup=0.8', '--shifts', shapesFile]);
    expect(unknown.stderr).toContain(
      "option --target must be 'pickup=0.85', 'sl=20:0.8', 'asa=60' or 'occupancy=0.9', got 'pikcup=0.8'",
    );
    const noShapes = runCli(['roster', day, '--target', 'pickup=0.85']);
    expect(noShapes.status).toBe(2);
    expect(noShapes.stderr).toContain('give the shift shapes: --shifts shapes.yaml');
    const missing = runCli(['roster', day, '--target', 'pickup=0.85', '--shifts', 'nowhere.yaml']);
    expectCleanFailure(missing);
    expect(missing.stderr).toContain("cannot read shift shapes 'nowhere.yaml': no such file");

    const bad = scenarioFile(
      'bad-shapes.yaml',
      "shapes:\n  - { id: day, starts: ['08:30'], length: 7 hours }\n",
    );
    const badShapes = runCli(['roster', day, '--target', 'pickup=0.85', '--shifts', bad]);
    expectCleanFailure(badShapes);
    expect(badShapes.stderr).toContain(
      "shapes[0].length: must be a duration such as 90s, 6m or 1h30m, or a number of seconds, got '7 hours'",
    );
    const few = scenarioFile(
      'few-shapes.yaml',
      "shapes:\n  - { id: day, starts: ['08:30'], length: 8h30m, max: 10 }\n",
    );
    const infeasible = runCli(['roster', day, '--target', 'pickup=0.85', '--shifts', few]);
    expectCleanFailure(infeasible);
    expect(infeasible.stderr).toMatch(
      /pool 'caf-agents': No roster covers the requirement: the interval at 08:30 needs \d+ agents .* at most 10 there/,
    );
  });
});
