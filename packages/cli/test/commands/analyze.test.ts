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

  it('reads every seconds option as a duration too: 6m, 30m, 10m, 15m, 1m are the seconds written out', () => {
    const figures = (args: string[]) =>
      JSON.parse(runCli(['analyze', '-c', '300', '-a', '70', '--redial', '0.3', '--json', ...args]).stdout);
    const seconds = figures([
      '--per',
      '1800',
      '--aht',
      '360',
      '-p',
      '600',
      '--redial-delay',
      '900',
      '--sl',
      '60',
    ]);
    const written = figures([
      '--per',
      '30m',
      '--aht',
      '6m',
      '-p',
      '10m',
      '--redial-delay',
      '15m',
      '--sl',
      '1m',
    ]);
    expect(written).toEqual(seconds);
    expect(Object.keys(written.serviceLevel)).toEqual(['60']);
    // 300 calls a half-hour of 6 minutes: 60 Erlangs.
    expect(written.load).toBeCloseTo(60, 12);
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

  it('says when a queue is unstable (exit 1), with shares that add up and ∞ for what grows without end', () => {
    // 60 Erlangs on 50 agents, nobody hangs up: in the long run 50/60 = 83.3 % of calls are answered
    // and the other 16.7 % join a queue that never empties.
    const result = runCli(['analyze', '-c', '1800', '--aht', '60', '-a', '50']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unstable: the load is at least the agents and nobody hangs up');
    expect(result.stdout).toMatch(/^load\s+60\.00 Erlangs$/m);
    const share = (label: string) =>
      Number(new RegExp(`^${label}\\s+([\\d.]+) %$`, 'm').exec(result.stdout)?.[1]);
    expect(share('pickup rate')).toBe(83.3);
    expect(share('never answered \\(queue grows\\)')).toBe(16.7);
    expect(
      share('pickup rate') + share('abandons') + share('blocked') + share('never answered \\(queue grows\\)'),
    ).toBeCloseTo(100, 6);
    expect(result.stdout).not.toContain('Infinity');
    expect(result.stdout).toMatch(/^mean queue\s+∞$/m);
  });

  it('names a bad value and a missing option', () => {
    const bad = runCli(['analyze', '-c', '100', '--aht', 'abc', '-a', '5']);
    expectCleanFailure(bad);
    expect(bad.stderr).toContain(
      "option --aht must be a duration > 0 (such as 20s, 6m or 1h30m, or a number of seconds), got 'abc'",
    );
    const badSl = runCli(['analyze', '-c', '100', '--aht', '60', '-a', '5', '--sl', '20 s']);
    expect(badSl.status).toBe(2);
    expect(badSl.stderr).toContain('option --sl must be a duration > 0');
    expect(badSl.stderr).toContain("got '20 s'");
    const missing = runCli(['analyze', '-c', '100', '--aht', '60']);
    expectCleanFailure(missing);
    expect(missing.stderr).toContain("required option '-a, --agents <n>' not specified");
    expect(missing.stderr).toContain('(run decroche analyze --help for usage)');
  });

  it('names the option when the library refuses a combination (fewer lines than agents)', () => {
    const result = runCli(['analyze', '-c', '100', '--aht', '60', '-a', '5', '-l', '2']);
    expectCleanFailure(result);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('option --lines must be ≥ agents (5), got 2');
    expect(result.stderr).toContain('(run decroche analyze --help for usage)');
  });
});
