import { describe, expect, it } from 'vitest';
import { parseScenario, type ScenarioError } from '../../src/index.js';

describe('durations in scenario files', () => {
  it('reads 90s, 6m, 1h30m wherever a number of seconds is', () => {
    const s = parseScenario(`
intervalSeconds: 30m
intervals: 4
warmupSeconds: 1h
serviceLevelSeconds: [20s, 1m]
queues:
  - id: caf
    calls: 100
    handleTime: { dist: lognormal, mean: 6m, cv: 1 }
    patience: { dist: uniform, min: 30s, max: 10m }
    redial: { probability: 0.3, delay: { dist: exponential, mean: 15m } }
  - id: cpam
    calls: 50
    handleTime: { dist: mixture, parts: [{ weight: 0.5, dist: deterministic, value: 1m30s }, { weight: 0.5, dist: empirical, values: [1m, 2m] }] }
pools:
  - { id: agents, serves: [caf, cpam], agents: 20 }
`);
    expect([s.intervalSeconds, s.warmupSeconds, s.serviceLevelSeconds]).toEqual([1800, 3600, [20, 60]]);
    expect(s.queues[0]?.handleTime).toEqual({ dist: 'lognormal', mean: 360, cv: 1 });
    expect(s.queues[0]?.patience).toEqual({ dist: 'uniform', min: 30, max: 600 });
    expect(s.queues[0]?.redial?.delay).toEqual({ dist: 'exponential', mean: 900 });
    expect(s.queues[1]?.handleTime).toEqual({
      dist: 'mixture',
      parts: [
        { weight: 0.5, dist: 'deterministic', value: 90 },
        { weight: 0.5, dist: 'empirical', values: [60, 120] },
      ],
    });
  });

  it('refuses a text that is no duration, with its path', () => {
    let issues: readonly { path: string; message: string }[] = [];
    try {
      parseScenario({
        intervalSeconds: 'half an hour',
        intervals: 2,
        warmupSeconds: '3h',
        queues: [{ id: 'caf', calls: 1, handleTime: { dist: 'exponential', mean: '7 min' } }],
        pools: [{ id: 'p', serves: ['caf'], agents: 1 }],
      });
    } catch (error) {
      issues = (error as ScenarioError).issues;
    }
    const hint = 'must be a duration such as 90s, 6m or 1h30m, or a number of seconds';
    expect(issues).toEqual([
      { path: 'intervalSeconds', message: `${hint}, got 'half an hour'` },
      { path: 'queues[0].handleTime.mean', message: `${hint}, got '7 min'` },
    ]);
    // The warm-up is checked against the horizon in seconds: 3h ≥ 2 × 30 min.
    try {
      parseScenario({
        intervals: 2,
        warmupSeconds: '3h',
        queues: [{ id: 'caf', calls: 1, handleTime: { dist: 'exponential', mean: '7m' } }],
        pools: [{ id: 'p', serves: ['caf'], agents: 1 }],
      });
    } catch (error) {
      issues = (error as ScenarioError).issues;
    }
    expect(issues).toEqual([
      {
        path: 'warmupSeconds',
        message: 'must be < the 3600 s simulated (days × intervals × intervalSeconds), got 10800',
      },
    ]);
  });
});
