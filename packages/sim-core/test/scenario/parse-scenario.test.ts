import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import {
  parseScenario as parseTyped,
  type Scenario,
  ScenarioError,
  type ScenarioInput,
  type ScenarioIssue,
} from '../../src/index.js';
import { validScenarioArb } from './arbitrary-scenario.js';

/** These tests feed parseScenario untyped and deliberately wrong input, past its TypeScript type. */
const parseScenario = (input: unknown) => parseTyped(input as ScenarioInput);

/** The issues `parseScenario` reports for `input`, or a failure if it accepts it or throws otherwise. */
function issuesOf(input: unknown): readonly ScenarioIssue[] {
  try {
    parseScenario(input);
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  throw new Error('the scenario was accepted');
}

/** A valid scenario in the documented shape (docs/scenario.md), fresh on every call so that cases can change it. */
function valid(): Record<string, unknown> & {
  queues: Record<string, unknown>[];
  pools: Record<string, unknown>[];
} {
  return {
    name: 'example',
    seed: 42,
    intervals: 3,
    serviceLevelSeconds: [20, 60],
    queues: [
      {
        id: 'caf',
        calls: [1200, 1500, 900],
        handleTime: { dist: 'lognormal', mean: 420, cv: 1 },
        patience: { dist: 'exponential', mean: 300 },
        lines: 400,
      },
      { id: 'cpam', calls: 300, handleTime: { dist: 'gamma', mean: 360, cv: 0.7 } },
    ],
    pools: [
      { id: 'caf-agents', serves: ['caf'], agents: [80, 95, 70] },
      { id: 'shared', serves: ['cpam', 'caf'], agents: 10 },
    ],
  };
}

describe('parseScenario: valid scenarios', () => {
  it('applies every default and expands calls and agents to one entry per interval', () => {
    const s = parseScenario(valid());
    expect(s).toEqual({
      name: 'example',
      seed: 42,
      intervalSeconds: 1800,
      intervals: 3,
      days: 1,
      warmupSeconds: 0,
      serviceLevelSeconds: [20, 60],
      dailyVariationCv: 0,
      drain: false,
      queues: [
        {
          id: 'caf',
          calls: [1200, 1500, 900],
          handleTime: { dist: 'lognormal', mean: 420, cv: 1 },
          patience: { dist: 'exponential', mean: 300 },
          lines: 400,
        },
        { id: 'cpam', calls: [300, 300, 300], handleTime: { dist: 'gamma', mean: 360, cv: 0.7 } },
      ],
      pools: [
        { id: 'caf-agents', serves: ['caf'], agents: [80, 95, 70] },
        { id: 'shared', serves: ['cpam', 'caf'], agents: [10, 10, 10] },
      ],
    } satisfies Scenario);
  });

  it('round-trips: its output parses to itself, and it neither changes nor keeps its input', () => {
    const input = valid();
    const before = structuredClone(input);
    const s = parseScenario(input);
    expect(input).toEqual(before);
    expect(parseScenario(s)).toEqual(s);
    s.queues[0]!.calls[0] = 0;
    expect((input.queues[0]!.calls as number[])[0]).toBe(1200);
    const values = [30, 60];
    const withEmpirical = { ...valid(), pools: [{ id: 'p', serves: ['caf', 'cpam'], agents: 1 }] };
    withEmpirical.queues[1]!.patience = { dist: 'empirical', values };
    const parsed = parseScenario(withEmpirical);
    expect(parsed.queues[1]!.patience).toEqual({ dist: 'empirical', values: [30, 60] });
    expect((parsed.queues[1]!.patience as { values: number[] }).values).not.toBe(values);
    expect(parsed.pools[0]!.serves).not.toBe(withEmpirical.pools[0]!.serves);
  });

  it('takes the number of intervals from the first list when not given', () => {
    const input = valid();
    delete input.intervals;
    expect(parseScenario(input).intervals).toBe(3);
    const onlyAgents = {
      ...valid(),
      intervals: undefined,
      queues: [{ id: 'q', calls: 5, handleTime: { dist: 'exponential', mean: 1 } }],
      pools: [{ id: 'p', serves: ['q'], agents: [1, 2] }],
    };
    expect(parseScenario(onlyAgents).queues[0]!.calls).toEqual([5, 5]);
  });

  it('keeps every optional block and the defaults it was given', () => {
    const input = {
      ...valid(),
      intervalSeconds: 900,
      days: 5,
      warmupSeconds: 600,
      dailyVariationCv: 0.1,
      drain: true,
      queues: [
        {
          id: 'caf',
          calls: 10,
          handleTime: { dist: 'weibull', mean: 300, shape: 1.2 },
          patience: { dist: 'empirical', values: [30, 60, 600] },
          priority: 2,
          redial: { probability: 0.6, delay: { dist: 'uniform', min: 60, max: 1800 }, maxAttempts: 3 },
        },
        {
          id: 'cpam',
          calls: 10,
          handleTime: { dist: 'deterministic', value: 200 },
          redial: { probability: 0, delay: { dist: 'exponential', mean: 900 } },
        },
      ],
    };
    const s = parseScenario(input);
    expect([s.intervalSeconds, s.days, s.warmupSeconds, s.dailyVariationCv, s.drain]).toEqual([
      900,
      5,
      600,
      0.1,
      true,
    ]);
    expect(s.queues[0]).toEqual({ ...input.queues[0], calls: [10, 10, 10] });
    expect(s.queues[1]!.redial).toEqual({ probability: 0, delay: { dist: 'exponential', mean: 900 } });
  });

  it('reads the same scenario from JSON and from YAML', () => {
    const fromObject = parseScenario(valid());
    expect(parseScenario(JSON.stringify(valid(), null, 2))).toEqual(fromObject);
    const yaml = `
# two services sharing a pool
name: example
seed: 42
intervals: 3
serviceLevelSeconds: [20, 60]
queues:
  - id: caf
    calls: [1200, 1500, 900]
    handleTime: { dist: lognormal, mean: 420, cv: 1 }
    patience: { dist: exponential, mean: 300 }
    lines: 400
  - id: cpam
    calls: 300
    handleTime: { dist: gamma, mean: 360, cv: 0.7 }
pools:
  - { id: caf-agents, serves: [caf], agents: [80, 95, 70] }
  - id: shared
    serves: [cpam, caf]
    agents: 10
`;
    expect(parseScenario(yaml)).toEqual(fromObject);
  });
});

type Case = [rule: string, change: (s: ReturnType<typeof valid>) => void, issues: ScenarioIssue[]];

const q0 = (s: ReturnType<typeof valid>) => s.queues[0]!;
const p0 = (s: ReturnType<typeof valid>) => s.pools[0]!;

const cases: Case[] = [
  ['name is a non-empty text', (s) => (s.name = ''), [{ path: 'name', message: 'must not be empty' }]],
  ['seed is an integer', (s) => (s.seed = 1.5), [{ path: 'seed', message: 'must be an integer, got 1.5' }]],
  [
    'intervalSeconds ≥ 1 ms (times resolve to the millisecond)',
    (s) => (s.intervalSeconds = 0),
    [{ path: 'intervalSeconds', message: 'must be >= 0.001, got 0' }],
  ],
  [
    'intervalSeconds: a denormal is not a time (its rates overflow)',
    (s) => (s.intervalSeconds = 1e-320),
    [{ path: 'intervalSeconds', message: 'must be >= 0.001, got 1e-320' }],
  ],
  [
    'horizon ≤ 1e10 s',
    (s) => (s.intervalSeconds = 1e308),
    [
      {
        path: 'intervalSeconds',
        message: 'days × intervals × intervalSeconds must be <= 10000000000 s, got Infinity',
      },
    ],
  ],
  [
    'call rates are finite',
    (s) => {
      s.intervalSeconds = 0.001;
      q0(s).calls = 1e307;
    },
    [{ path: 'queues[0].calls', message: 'must give a finite rate, got 1e+307 calls in 0.001 s' }],
  ],
  ['days ≤ 366', (s) => (s.days = 1e9), [{ path: 'days', message: 'must be <= 366, got 1000000000' }]],
  [
    'intervals ≤ 1,000,000',
    (s) => (s.intervals = 1e9),
    [{ path: 'intervals', message: 'must be <= 1000000, got 1000000000' }],
  ],
  [
    'intervals is an integer',
    (s) => (s.intervals = 2.5),
    [{ path: 'intervals', message: 'must be an integer, got 2.5' }],
  ],
  ['intervals ≥ 1', (s) => (s.intervals = 0), [{ path: 'intervals', message: 'must be >= 1, got 0' }]],
  [
    'intervals is needed when no list gives it',
    (s) => {
      delete s.intervals;
      q0(s).calls = 5;
      p0(s).agents = 5;
    },
    [
      {
        path: 'intervals',
        message: 'is required when no calls or agents list gives the number of intervals',
      },
    ],
  ],
  [
    'a list giving the intervals is not empty',
    (s) => {
      delete s.intervals;
      q0(s).calls = [];
      p0(s).agents = 1;
    },
    [{ path: 'queues[0].calls', message: 'must have at least 1 entry (one per interval)' }],
  ],
  ['days is an integer ≥ 1', (s) => (s.days = 0), [{ path: 'days', message: 'must be >= 1, got 0' }]],
  [
    'warmupSeconds ≥ 0',
    (s) => (s.warmupSeconds = -1),
    [{ path: 'warmupSeconds', message: 'must be >= 0, got -1' }],
  ],
  [
    'warmupSeconds is shorter than the horizon',
    (s) => (s.warmupSeconds = 5400),
    [
      {
        path: 'warmupSeconds',
        message: 'must be < the 5400 s simulated (days × intervals × intervalSeconds), got 5400',
      },
    ],
  ],
  [
    'serviceLevelSeconds are > 0',
    (s) => (s.serviceLevelSeconds = [20, 0]),
    [{ path: 'serviceLevelSeconds[1]', message: 'must be > 0, got 0' }],
  ],
  [
    'dailyVariationCv ≥ 0',
    (s) => (s.dailyVariationCv = -0.1),
    [{ path: 'dailyVariationCv', message: 'must be >= 0, got -0.1' }],
  ],
  [
    'drain is a boolean',
    (s) => (s.drain = 'no'),
    [{ path: 'drain', message: "must be true or false, got 'no'" }],
  ],
  [
    'unknown scenario keys are caught',
    (s) => (s.interval = 3),
    [{ path: 'interval', message: "unknown key (did you mean 'intervals'?)" }],
  ],
  [
    'queues is required',
    (s) => delete (s as Record<string, unknown>).queues,
    [{ path: 'queues', message: 'is required' }],
  ],
  [
    'pools is required',
    (s) => delete (s as Record<string, unknown>).pools,
    [{ path: 'pools', message: 'is required' }],
  ],
  [
    'queues is not empty',
    (s) => (s.queues = []),
    [
      { path: 'queues', message: 'must have at least 1 entry' },
      { path: 'pools[0].serves[0]', message: "no queue has id 'caf' (queues: none)" },
      { path: 'pools[1].serves[0]', message: "no queue has id 'cpam' (queues: none)" },
      { path: 'pools[1].serves[1]', message: "no queue has id 'caf' (queues: none)" },
    ],
  ],
  [
    'queue ids are unique',
    (s) => (s.queues[1]!.id = 'caf'),
    [
      { path: 'queues[1].id', message: "duplicate id 'caf' (also queues[0].id)" },
      { path: 'pools[1].serves[0]', message: "no queue has id 'cpam' (queues: 'caf')" },
    ],
  ],
  [
    'queue id is a text',
    (s) => (q0(s).id = 3),
    [
      { path: 'queues[0].id', message: 'must be a text, got 3' },
      { path: 'pools[0].serves[0]', message: "no queue has id 'caf' (queues: 'cpam')" },
      { path: 'pools[1].serves[1]', message: "no queue has id 'caf' (queues: 'cpam')" },
    ],
  ],
  [
    'calls are ≥ 0',
    (s) => (q0(s).calls = [1, -1, 1]),
    [{ path: 'queues[0].calls[1]', message: 'must be >= 0, got -1' }],
  ],
  [
    'calls is a number or a list',
    (s) => (q0(s).calls = 'many'),
    [
      {
        path: 'queues[0].calls',
        message: "must be a number >= 0 or a list of them, one per interval, got 'many'",
      },
    ],
  ],
  [
    'calls has one entry per interval',
    (s) => (q0(s).calls = [1, 2]),
    [{ path: 'queues[0].calls', message: 'must have 3 entries (one per interval), got 2' }],
  ],
  [
    'handleTime is required',
    (s) => delete q0(s).handleTime,
    [{ path: 'queues[0].handleTime', message: 'is required' }],
  ],
  [
    'handleTime names a known distribution',
    (s) => (q0(s).handleTime = { dist: 'normal', mean: 1 }),
    [
      {
        path: 'queues[0].handleTime.dist',
        message:
          "must be one of exponential, lognormal, gamma, weibull, deterministic, uniform, empirical, mixture; got 'normal'",
      },
    ],
  ],
  [
    'handleTime names its distribution',
    (s) => (q0(s).handleTime = { mean: 1 }),
    [
      {
        path: 'queues[0].handleTime.dist',
        message:
          'is required: one of exponential, lognormal, gamma, weibull, deterministic, uniform, empirical, mixture',
      },
    ],
  ],
  [
    'handleTime cv > 0',
    (s) => (q0(s).handleTime = { dist: 'lognormal', mean: 420, cv: -1 }),
    [{ path: 'queues[0].handleTime.cv', message: 'must be > 0, got -1' }],
  ],
  [
    'handleTime has its parameters',
    (s) => (q0(s).handleTime = { dist: 'gamma', mean: 420 }),
    [{ path: 'queues[0].handleTime.cv', message: 'is required' }],
  ],
  [
    'handleTime has no foreign parameter',
    (s) => (q0(s).handleTime = { dist: 'exponential', mean: 420, cv: 1 }),
    [{ path: 'queues[0].handleTime.cv', message: 'unknown key (allowed: dist, mean)' }],
  ],
  [
    'patience mean > 0',
    (s) => (q0(s).patience = { dist: 'exponential', mean: 0 }),
    [{ path: 'queues[0].patience.mean', message: 'must be > 0, got 0' }],
  ],
  [
    'times ≤ 1e10 s (the longest run)',
    (s) => (q0(s).patience = { dist: 'exponential', mean: 1e300 }),
    [{ path: 'queues[0].patience.mean', message: 'must be <= 10000000000 (seconds), got 1e+300' }],
  ],
  [
    'cv within [0.001, 100] (beyond, gamma shapes overflow)',
    (s) => (q0(s).handleTime = { dist: 'gamma', mean: 300, cv: 1e-161 }),
    [{ path: 'queues[0].handleTime.cv', message: 'must be between 0.001 and 100, got 1e-161' }],
  ],
  [
    'dailyVariationCv is 0 or ≥ 0.001',
    (s) => (s.dailyVariationCv = 1e-161),
    [{ path: 'dailyVariationCv', message: 'must be 0 or >= 0.001' }],
  ],
  [
    'Weibull shape ≥ 0.1',
    (s) => (q0(s).patience = { dist: 'weibull', mean: 60, shape: 0.01 }),
    [{ path: 'queues[0].patience.shape', message: 'must be >= 0.1, got 0.01' }],
  ],
  [
    'uniform max > min',
    (s) => (q0(s).patience = { dist: 'uniform', min: 60, max: 30 }),
    [{ path: 'queues[0].patience.max', message: 'must be > 60, got 30' }],
  ],
  [
    'deterministic value ≥ 0',
    (s) => (q0(s).patience = { dist: 'deterministic', value: -5 }),
    [{ path: 'queues[0].patience.value', message: 'must be >= 0, got -5' }],
  ],
  [
    'empirical values ≥ 0',
    (s) => (q0(s).patience = { dist: 'empirical', values: [5, -5] }),
    [{ path: 'queues[0].patience.values[1]', message: 'must be >= 0, got -5' }],
  ],
  [
    'empirical values not empty',
    (s) => (q0(s).patience = { dist: 'empirical', values: [] }),
    [{ path: 'queues[0].patience.values', message: 'must have at least 1 entry' }],
  ],
  [
    'mixture weights > 0',
    (s) =>
      (q0(s).patience = {
        dist: 'mixture',
        parts: [
          { weight: 1.2, dist: 'deterministic', value: 0 },
          { weight: -0.2, dist: 'exponential', mean: 300 },
        ],
      }),
    [{ path: 'queues[0].patience.parts[1].weight', message: 'must be > 0, got -0.2' }],
  ],
  [
    'mixture weights sum to 1',
    (s) =>
      (q0(s).patience = {
        dist: 'mixture',
        parts: [
          { weight: 0.1, dist: 'deterministic', value: 0 },
          { weight: 0.8, dist: 'exponential', mean: 300 },
        ],
      }),
    [{ path: 'queues[0].patience.parts', message: 'weights must sum to 1, got 0.9' }],
  ],
  [
    'mixture parts are single distributions with their own rules and keys',
    (s) =>
      (q0(s).handleTime = {
        dist: 'mixture',
        parts: [
          { weight: 0.5, dist: 'mixture', parts: [] },
          { weight: 0.5, dist: 'exponential', mean: 300, cv: 1 },
        ],
      }),
    [
      {
        path: 'queues[0].handleTime.parts[0].dist',
        message: 'must not be a mixture: write one mixture whose parts carry the multiplied weights',
      },
      { path: 'queues[0].handleTime.parts[1].cv', message: 'unknown key (allowed: weight, dist, mean)' },
    ],
  ],
  [
    'mixture part parameters',
    (s) =>
      (q0(s).patience = {
        dist: 'mixture',
        parts: [
          { weight: 0.5, dist: 'deterministic', value: 0 },
          { weight: 0.5, dist: 'lognormal', mean: 300, cv: 0 },
        ],
      }),
    [{ path: 'queues[0].patience.parts[1].cv', message: 'must be > 0, got 0' }],
  ],
  [
    'lines is an integer ≥ 1',
    (s) => (q0(s).lines = 0),
    [{ path: 'queues[0].lines', message: 'must be >= 1, got 0' }],
  ],
  [
    'priority is a number',
    (s) => (q0(s).priority = 'high'),
    [{ path: 'queues[0].priority', message: "must be a number, got 'high'" }],
  ],
  [
    'redial probability ≤ 1',
    (s) => (q0(s).redial = { probability: 1.5, delay: { dist: 'exponential', mean: 900 } }),
    [{ path: 'queues[0].redial.probability', message: 'must be <= 1, got 1.5' }],
  ],
  [
    'redial delay is a distribution',
    (s) => (q0(s).redial = { probability: 0.5, delay: 900 }),
    [{ path: 'queues[0].redial.delay', message: 'must be an object, got 900' }],
  ],
  [
    'redial maxAttempts ≥ 1',
    (s) => (q0(s).redial = { probability: 0.5, delay: { dist: 'exponential', mean: 900 }, maxAttempts: 0 }),
    [{ path: 'queues[0].redial.maxAttempts', message: 'must be >= 1, got 0' }],
  ],
  [
    'redial keys are checked',
    (s) => (q0(s).redial = { probability: 0.5, delay: { dist: 'exponential', mean: 900 }, maxAttempt: 2 }),
    [{ path: 'queues[0].redial.maxAttempt', message: "unknown key (did you mean 'maxAttempts'?)" }],
  ],
  [
    'queue keys are checked',
    (s) => (q0(s).handletime = 1),
    [{ path: 'queues[0].handletime', message: "unknown key (did you mean 'handleTime'?)" }],
  ],
  [
    'every queue is served',
    (s) => (s.pools[1]!.serves = ['caf']),
    [{ path: 'queues[1]', message: "queue 'cpam' is served by no pool" }],
  ],
  [
    'pools is not empty',
    (s) => (s.pools = []),
    [
      { path: 'pools', message: 'must have at least 1 entry' },
      { path: 'queues[0]', message: "queue 'caf' is served by no pool" },
      { path: 'queues[1]', message: "queue 'cpam' is served by no pool" },
    ],
  ],
  [
    'pool ids are unique',
    (s) => (s.pools[1]!.id = 'caf-agents'),
    [{ path: 'pools[1].id', message: "duplicate id 'caf-agents' (also pools[0].id)" }],
  ],
  [
    'serves is not empty',
    (s) => (p0(s).serves = []),
    [{ path: 'pools[0].serves', message: 'must have at least 1 entry' }],
  ],
  [
    'serves names existing queues',
    (s) => (p0(s).serves = ['caf', 'cnaf']),
    [{ path: 'pools[0].serves[1]', message: "no queue has id 'cnaf' (queues: 'caf', 'cpam')" }],
  ],
  [
    'serves names a queue once',
    (s) => (p0(s).serves = ['caf', 'caf']),
    [{ path: 'pools[0].serves[1]', message: "'caf' is listed twice" }],
  ],
  [
    'agents are integers',
    (s) => (p0(s).agents = [80, 95.5, 70]),
    [{ path: 'pools[0].agents[1]', message: 'must be an integer, got 95.5' }],
  ],
  [
    'agents are ≥ 0',
    (s) => (p0(s).agents = -1),
    [{ path: 'pools[0].agents', message: 'must be >= 0, got -1' }],
  ],
  [
    'agents has one entry per interval',
    (s) => (p0(s).agents = [1, 2, 3, 4]),
    [{ path: 'pools[0].agents', message: 'must have 3 entries (one per interval), got 4' }],
  ],
  [
    'pool keys are checked',
    (s) => (p0(s).agent = 3),
    [{ path: 'pools[0].agent', message: "unknown key (did you mean 'agents'?)" }],
  ],
  [
    'numbers are finite',
    (s) => (s.intervalSeconds = Number.POSITIVE_INFINITY),
    [{ path: 'intervalSeconds', message: 'must be a finite number, got Infinity' }],
  ],
];

describe('parseScenario: every rule', () => {
  it.each(cases)('%s', (_rule, change, expected) => {
    const s = valid();
    change(s);
    expect(issuesOf(s)).toEqual(expected);
  });
});

describe('parseScenario: errors', () => {
  it('lists every problem at once, one per line in the message', () => {
    const s = valid();
    s.seed = 'x';
    q0(s).handleTime = { dist: 'lognormal', mean: 420, cv: -1 };
    s.queues[1]!.handleTime = { dist: 'uniform', min: 5, max: 1 };
    p0(s).serves = ['cnaf'];
    s.pools[1]!.agents = [1, 2];
    try {
      parseScenario(s);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      expect((error as ScenarioError).name).toBe('ScenarioError');
      expect((error as Error).message).toBe(
        [
          'Invalid scenario (5 problems):',
          "seed: must be a number, got 'x'",
          'queues[0].handleTime.cv: must be > 0, got -1',
          'queues[1].handleTime.max: must be > 5, got 1',
          "pools[0].serves[0]: no queue has id 'cnaf' (queues: 'caf', 'cpam')",
          'pools[1].agents: must have 3 entries (one per interval), got 2',
        ].join('\n'),
      );
    }
  });

  it('rejects what is not a scenario', () => {
    expect(issuesOf(undefined)).toEqual([{ path: '', message: 'must be an object, got undefined' }]);
    expect(issuesOf([])).toEqual([{ path: '', message: 'must be an object, got an array' }]);
    expect(issuesOf('just words')).toEqual([{ path: '', message: "must be an object, got 'just words'" }]);
  });

  it('gives the line and column of a syntax error in YAML or JSON text', () => {
    expect(issuesOf('queues: [1, 2\npools: 3')).toEqual([
      {
        path: '',
        message:
          'cannot read the text: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1',
      },
    ]);
    expect(issuesOf('{"seed": 1,, "queues": []}')).toEqual([
      { path: '', message: 'cannot read the text: Unexpected , in flow map at line 1, column 12' },
    ]);
    expect(issuesOf('seed: 1\nseed: 2\n')).toEqual([
      { path: '', message: 'cannot read the text: Map keys must be unique at line 2, column 1' },
    ]);
  });
});

// Random scenarios (fast-check): every valid one parses, to a fixed point; any corruption of one gives
// a ScenarioError or a valid scenario, never another exception (generators in arbitrary-scenario.ts).

/** Every path to a node of a JSON-like value, root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...prefix, i], ...pathsOf(v, [...prefix, i])]);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
  }
  return [];
}

function corrupt(
  value: unknown,
  path: (string | number)[],
  how: 'replace' | 'delete' | 'add',
  junk: unknown,
): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (how === 'replace') parent[last] = junk;
  else if (how === 'delete') delete parent[last];
  else (parent as Record<string, unknown>)[`x${String(last)}`] = junk;
  return copy;
}

function parsesOrScenarioError(input: unknown): void {
  try {
    parseScenario(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    const issues = (error as ScenarioError).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect((error as Error).message.split('\n')).toHaveLength(issues.length + 1);
    for (const issue of issues) {
      expect(typeof issue.path).toBe('string');
      // Human messages, never zod's defaults ("Invalid input: expected number, received string").
      expect(issue.message).toMatch(/^(must|is|unknown|cannot|no |duplicate|queue|'|.* is listed)/);
      expect(issue.message).not.toMatch(/Invalid input|received/);
    }
  }
}

const junkArb = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0,
    0.5,
    '',
    null,
    undefined,
    [],
    {},
    { dist: 'normal' },
  ),
);

describe('parseScenario: random scenarios', () => {
  it('parses every valid scenario, with one entry per interval, to a fixed point', () => {
    fc.assert(
      fc.property(validScenarioArb, (input) => {
        const s = parseScenario(input);
        for (const q of s.queues) expect(q.calls).toHaveLength(s.intervals);
        for (const p of s.pools) expect(p.agents).toHaveLength(s.intervals);
        expect(parseScenario(s)).toEqual(s);
        expect(parseScenario(JSON.stringify(input))).toEqual(s);
        expect(parseScenario(stringify(input))).toEqual(s);
      }),
      { numRuns: 100 },
    );
  });

  it('answers any corruption with a valid scenario or a ScenarioError, never another exception', () => {
    fc.assert(
      fc.property(
        validScenarioArb,
        fc.nat(),
        fc.constantFrom('replace', 'delete', 'add'),
        junkArb,
        (input, pick, how, junk) => {
          const paths = pathsOf(input);
          parsesOrScenarioError(corrupt(input, paths[pick % paths.length]!, how, junk));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('answers any corrupted text with a valid scenario or a ScenarioError', () => {
    fc.assert(
      fc.property(
        validScenarioArb,
        fc.nat(),
        fc.nat({ max: 5 }),
        fc.string({ maxLength: 4 }),
        (input, at, cut, insert) => {
          const text = stringify(input);
          const i = at % (text.length + 1);
          parsesOrScenarioError(text.slice(0, i) + insert + text.slice(i + cut));
        },
      ),
      { numRuns: 150 },
    );
  });
});
