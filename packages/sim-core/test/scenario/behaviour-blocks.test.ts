import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError, type ScenarioInput, type ScenarioIssue } from '../../src/index.js';

// Validation of the behaviour blocks of a queue: every bad value refused with its path and a
// message naming what is wrong; good values kept as written.

function scenarioWith(block: Record<string, unknown>): ScenarioInput {
  return {
    intervals: 2,
    queues: [
      {
        id: 'caf',
        calls: 100,
        handleTime: { dist: 'exponential', mean: 300 },
        patience: { dist: 'exponential', mean: 300 },
        ...block,
      },
    ],
    pools: [{ id: 'agents', serves: ['caf'], agents: 10 }],
  } as ScenarioInput;
}

function issuesOf(input: unknown): readonly ScenarioIssue[] {
  try {
    parseScenario(input as ScenarioInput);
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  throw new Error('the scenario was accepted');
}

const delay = { dist: 'exponential', mean: 600 };

const bad: [string, Record<string, unknown>, ScenarioIssue[]][] = [
  [
    'redial byCause probability ≤ 1',
    { redial: { probability: 0.5, delay, byCause: { blocked: 1.5 } } },
    [{ path: 'queues[0].redial.byCause.blocked', message: 'must be <= 1, got 1.5' }],
  ],
  [
    'redial byCause keys are the four causes',
    { redial: { probability: 0.5, delay, byCause: { abandon: 0.2 } } },
    [{ path: 'queues[0].redial.byCause.abandon', message: "unknown key (did you mean 'abandoned'?)" }],
  ],
  [
    'redial later ≥ 0',
    { redial: { probability: 0.5, delay, later: -0.1 } },
    [{ path: 'queues[0].redial.later', message: 'must be >= 0, got -0.1' }],
  ],
  [
    'redial refuseWithinSeconds > 0',
    { redial: { probability: 0.5, delay, refuseWithinSeconds: 0 } },
    [{ path: 'queues[0].redial.refuseWithinSeconds', message: 'must be > 0, got 0' }],
  ],
  [
    'growth factors ≥ 0',
    { growth: { calls: -1, handleTime: 1.2 } },
    [{ path: 'queues[0].growth.calls', message: 'must be >= 0, got -1' }],
  ],
  [
    'growth keys are checked',
    { growth: { call: 1.1 } },
    [{ path: 'queues[0].growth.call', message: "unknown key (did you mean 'calls'?)" }],
  ],
  [
    'ivr share ≤ 1',
    { ivr: { share: 1.2, time: delay } },
    [{ path: 'queues[0].ivr.share', message: 'must be <= 1, got 1.2' }],
  ],
  ['ivr time is required', { ivr: { share: 0.2 } }, [{ path: 'queues[0].ivr.time', message: 'is required' }]],
  [
    'ivr time is a valid distribution',
    { ivr: { share: 0.2, time: { dist: 'exponential', mean: -5 } } },
    [{ path: 'queues[0].ivr.time.mean', message: 'must be > 0, got -5' }],
  ],
  [
    'dissuasion needs a rule',
    { dissuasion: {} },
    [{ path: 'queues[0].dissuasion', message: 'must give queueLength, expectedWait or both' }],
  ],
  [
    'dissuasion queueLength is an integer ≥ 0',
    { dissuasion: { queueLength: 2.5 } },
    [{ path: 'queues[0].dissuasion.queueLength', message: 'must be an integer, got 2.5' }],
  ],
  [
    'dissuasion expectedWait ≥ 0',
    { dissuasion: { expectedWait: -60 } },
    [{ path: 'queues[0].dissuasion.expectedWait', message: 'must be >= 0, got -60' }],
  ],
  [
    'types shares sum to 1',
    {
      types: [
        { id: 'simple', share: 0.5 },
        { id: 'complex', share: 0.4 },
      ],
    },
    [{ path: 'queues[0].types', message: 'shares must sum to 1, got 0.9' }],
  ],
  [
    'types ids are unique',
    {
      types: [
        { id: 'simple', share: 0.5 },
        { id: 'simple', share: 0.5 },
      ],
    },
    [{ path: 'queues[0].types[1].id', message: "duplicate type id 'simple'" }],
  ],
  [
    'types share > 0',
    {
      types: [
        { id: 'simple', share: 0 },
        { id: 'complex', share: 1 },
      ],
    },
    [{ path: 'queues[0].types[0].share', message: 'must be > 0, got 0' }],
  ],
  [
    'types handle times are valid distributions',
    { types: [{ id: 'simple', share: 1, handleTime: { dist: 'gamma', mean: 300, cv: -1 } }] },
    [{ path: 'queues[0].types[0].handleTime.cv', message: 'must be > 0, got -1' }],
  ],
  [
    'types keys are checked',
    { types: [{ id: 'simple', share: 1, patiance: { dist: 'exponential', mean: 60 } }] },
    [{ path: 'queues[0].types[0].patiance', message: "unknown key (did you mean 'patience'?)" }],
  ],
];

describe('behaviour blocks: validation', () => {
  for (const [name, block, issues] of bad) {
    it(name, () => {
      expect(issuesOf(scenarioWith(block))).toEqual(issues);
    });
  }

  it('keeps every block as written', () => {
    const redial = {
      probability: 0.5,
      delay,
      maxAttempts: 4,
      byCause: { abandoned: 0.4, blocked: 0.7, dissuaded: 0.6, refused: 0.9 },
      later: 0.3,
      refuseWithinSeconds: 600,
    };
    const growth = { calls: 1.15, handleTime: 1.25 };
    const ivr = { share: 0.15, time: { dist: 'exponential', mean: 45 } };
    const dissuasion = { queueLength: 200, expectedWait: 900 };
    const queue = parseScenario(scenarioWith({ redial, growth, ivr, dissuasion })).queues[0]!;
    expect(queue.redial).toEqual(redial);
    expect(queue.growth).toEqual(growth);
    expect(queue.ivr).toEqual(ivr);
    expect(queue.dissuasion).toEqual(dissuasion);
  });
});
