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

  it("reads durations in the behaviour blocks' seconds, and refuses a text that is none with its path", () => {
    const text = (refuse: string) => `
intervals: 2
mysteryCallers: { queues: [caf], callers: 10, waitSeconds: 5m }
queues:
  - id: caf
    calls: 100
    handleTime: { dist: exponential, mean: 6m }
    types: [{ id: simple, share: 0.6 }, { id: complex, share: 0.4 }]
    redial: { probability: 0.3, delay: { dist: exponential, mean: 15m }, refuseWithinSeconds: ${refuse} }
    dissuasion: { expectedWait: 30m }
    callback: { offerAboveWait: 4m30s, acceptance: 0.5 }
    appointments: { types: [complex], share: 0.5, slots: 5, leadSeconds: 1h, pool: agents, handleTime: { dist: exponential, mean: 14m } }
    overflow: { afterSeconds: 2m, pool: backup }
  - { id: other, calls: 1, handleTime: { dist: exponential, mean: 60 } }
pools:
  - { id: agents, serves: [caf], agents: 20 }
  - { id: backup, serves: [other], agents: 2 }
`;
    const s = parseScenario(text('10m'));
    const caf = s.queues[0]!;
    expect([
      caf.redial?.refuseWithinSeconds,
      caf.dissuasion?.expectedWait,
      caf.callback?.offerAboveWait,
      caf.appointments?.leadSeconds,
      caf.overflow?.afterSeconds,
      s.mysteryCallers?.waitSeconds,
    ]).toEqual([600, 1800, 270, 3600, 120, 300]);
    let issues: readonly { path: string; message: string }[] = [];
    try {
      parseScenario(text('ten minutes'));
    } catch (error) {
      issues = (error as ScenarioError).issues;
    }
    expect(issues).toEqual([
      {
        path: 'queues[0].redial.refuseWithinSeconds',
        message: "must be a duration such as 90s, 6m or 1h30m, or a number of seconds, got 'ten minutes'",
      },
    ]);
  });
});
