import { describe, expect, it } from 'vitest';
import { expectCleanFailure, runCli } from '../run-cli.js';

describe('decroche analyze', () => {
  it('gives the Erlang C wait probability for 10 agents and 8 Erlangs', () => {
    // 480 calls an hour of 60 s = 8 Erlangs. C(10, 8) = 0.409180 (Tijms, A First Course in
    // Stochastic Models, and every Erlang C calculator; also erlangC's own tests).
    const result = runCli([
      'analyze',
      '--calls',
      '480',
      '--per',
      '3600',
      '--aht',
      '60',
      '--agents',
      '10',
      '--json',
    ]);
    expect(result.status).toBe(0);
    const figures = JSON.parse(result.stdout);
    expect(figures.load).toBeCloseTo(8, 12);
    expect(figures.waitProbability).toBeCloseTo(0.40918, 5);
    expect(figures.pickupRate).toBe(1);
  });

  it('adds attempts per caller and callers served with --redial', () => {
    const args = [
      'analyze',
      '-c',
      '300',
      '--aht',
      '300',
      '-a',
      '40',
      '-p',
      '120',
      '--redial',
      '0.5',
      '--json',
    ];
    const figures = JSON.parse(runCli(args).stdout);
    expect(figures.attemptsPerCaller).toBeGreaterThan(1);
    expect(figures.callerServedShare).toBeGreaterThan(figures.pickupRate);
  });

  it('says when a queue is unstable, and prints a readable table', () => {
    const result = runCli(['analyze', '-c', '1800', '--aht', '60', '-a', '50']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('unstable');
    expect(result.stdout).toMatch(/^load\s+60\.00 Erlangs$/m);
  });

  it('names a bad value and a missing option', () => {
    const bad = runCli(['analyze', '-c', '100', '--aht', 'abc', '-a', '5']);
    expectCleanFailure(bad);
    expect(bad.stderr).toContain("option --aht must be a number of seconds > 0, got 'abc'");
    const missing = runCli(['analyze', '-c', '100', '--aht', '60']);
    expectCleanFailure(missing);
    expect(missing.stderr).toContain("required option '-a, --agents <n>' not specified");
  });
});
