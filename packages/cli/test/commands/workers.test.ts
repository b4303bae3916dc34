import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examplesDir, expectCleanFailure, runCli } from '../run-cli.js';
import { fourServices, scenarioFile } from '../scenario-file.js';

// About 400 calls a run: small, so that the test stays fast.
const day = `
name: workers-day
seed: 4
intervals: 2
queues:
  - id: caf
    calls: 200
    handleTime: { dist: lognormal, mean: 300, cv: 1 }
    patience: { dist: exponential, mean: 240 }
    redial: { probability: 0.4, delay: { dist: exponential, mean: 600 } }
pools:
  - { id: caf-agents, serves: [caf], agents: 30 }
`;

describe('--workers', () => {
  const file = scenarioFile('workers-day.yaml', day);

  it('prints the same report from run on 2 worker threads as on 1', () => {
    const one = runCli(['run', file, '-r', '4', '--json', '--workers', '1']);
    const two = runCli(['run', file, '-r', '4', '--json', '--workers', '2']);
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(JSON.parse(one.stdout).total.offered).toBeGreaterThan(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('prints the same grid from sweep on 2 worker threads as on 1', () => {
    const args = ['sweep', file, '--agents', '25..30/5', '-r', '2'];
    const one = runCli([...args, '--workers', '1']);
    const two = runCli([...args, '--workers', '2']);
    expect(one.status, one.stderr).toBe(0);
    expect(one.stdout).toContain('workers-day: 2 points');
    expect(two.stdout).toBe(one.stdout);
  });

  it('prints the same main job from france on 2 worker threads as on 1', () => {
    // Two simulated days of the France preset, today and the plan: a few seconds.
    const one = runCli(['france', '-r', '2', '--workers', '1']);
    const two = runCli(['france', '-r', '2', '--workers', '2']);
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(one.stdout).toContain('Today, as staffed in the preset:');
    expect(two.stdout).toBe(one.stdout);
  });

  it('prints the same causes and remedies from france --explain on 2 worker threads as on 1', () => {
    // The CAF alone, one simulated day per run: its 11 runs share out among the threads.
    const args = ['france', '--explain', '--queues', 'caf', '-r', '1'];
    const one = runCli([...args, '--workers', '1']);
    const two = runCli([...args, '--workers', '2']);
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(one.stdout).toContain('CAF (3230):');
    expect(two.stdout).toBe(one.stdout);
  });

  it('prints the same roster and simulated check from roster on 2 worker threads as on 1', () => {
    const rosterDay = join(examplesDir, 'roster-day.yaml');
    const shapes = join(examplesDir, 'roster-shapes.yaml');
    const args = ['roster', rosterDay, '--target', 'pickup=0.8', '--shifts', shapes, '-r', '4', '--json'];
    const one = runCli([...args, '--workers', '1']);
    const two = runCli([...args, '--workers', '2']);
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(JSON.parse(one.stdout).check.total.offered).toBeGreaterThan(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('prints the same replay from replay-study on 2 worker threads as on 1', () => {
    const four = scenarioFile('four.yaml', fourServices);
    const one = runCli(['replay-study', four, '-r', '4', '--workers', '1']);
    const two = runCli(['replay-study', four, '-r', '4', '--workers', '2']);
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(one.stdout).toMatch(/^all four\s+1532\s+40 %/m);
    expect(two.stdout).toBe(one.stdout);
  });

  it('refuses a count that is not a whole number ≥ 1, naming the option', () => {
    const shapes = join(examplesDir, 'roster-shapes.yaml');
    const commands = [
      ['run', file],
      ['sweep', file],
      ['calibrate', file, '--pickup', 'caf=0.8'],
      ['staff', file, '--pickup', '0.8'],
      ['france'],
      ['france', '--explain'],
      ['replay-study', scenarioFile('four.yaml', fourServices)],
      ['roster', file, '--target', 'pickup=0.8', '--shifts', shapes],
    ];
    for (const args of commands) {
      const result = runCli([...args, '--workers', '0']);
      expectCleanFailure(result);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain("option --workers must be a whole number ≥ 1, got '0'");
    }
  });
});
