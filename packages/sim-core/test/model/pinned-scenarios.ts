import type { SimulateOptions } from '../../src/model/simulate.js';
import type { ScenarioInput } from '../../src/scenario/types.js';

/**
 * Scenarios whose seeded reports are pinned in `fixtures/pinned-reports.json` (see
 * pinned-reports.test.ts). Chosen to go through every path of the model: redials (with and without a
 * limit on attempts), several queues sharing pools with priorities, lines, non-exponential handle
 * times and patience, several days with day-to-day busyness, warm-up, drain and replications.
 */
export const pinnedScenarios = {
  redialsTwoPools: {
    scenario: {
      intervals: 4,
      intervalSeconds: 1800,
      serviceLevelSeconds: [20, 60],
      warmupSeconds: 600,
      queues: [
        {
          id: 'caf',
          calls: [300, 500, 420, 200],
          handleTime: { dist: 'lognormal', mean: 240, cv: 1.2 },
          patience: { dist: 'exponential', mean: 180 },
          redial: { probability: 0.6, delay: { dist: 'exponential', mean: 600 }, maxAttempts: 4 },
        },
        {
          id: 'cpam',
          calls: [100, 150, 120, 80],
          handleTime: { dist: 'exponential', mean: 300 },
          patience: { dist: 'gamma', mean: 240, cv: 0.8 },
          lines: 30,
          priority: 1,
          redial: { probability: 0.5, delay: { dist: 'uniform', min: 60, max: 900 } },
        },
      ],
      pools: [
        { id: 'a', serves: ['caf'], agents: [30, 45, 40, 20] },
        { id: 'b', serves: ['caf', 'cpam'], agents: [15, 20, 18, 10] },
      ],
    },
    options: { seed: 11 },
  },
  daysDrain: {
    scenario: {
      intervals: 3,
      intervalSeconds: 3600,
      days: 3,
      dailyVariationCv: 0.15,
      drain: true,
      queues: [
        {
          id: 'retraite',
          calls: [900, 700, 500],
          handleTime: { dist: 'gamma', mean: 360, cv: 0.7 },
          patience: { dist: 'weibull', mean: 200, shape: 0.8 },
          lines: 150,
          redial: { probability: 0.7, delay: { dist: 'lognormal', mean: 1200, cv: 0.5 } },
        },
      ],
      pools: [{ id: 'agents', serves: ['retraite'], agents: [80, 70, 50] }],
    },
    options: { seed: 5 },
  },
  replications: {
    scenario: {
      intervals: 2,
      intervalSeconds: 1800,
      serviceLevelSeconds: [30],
      queues: [
        {
          id: 'ft',
          calls: 400,
          handleTime: { dist: 'exponential', mean: 240 },
          patience: { dist: 'exponential', mean: 120 },
          redial: { probability: 0.4, delay: { dist: 'exponential', mean: 300 }, maxAttempts: 3 },
        },
        { id: 'pro', calls: 60, handleTime: { dist: 'deterministic', value: 200 } },
      ],
      pools: [
        { id: 'front', serves: ['ft', 'pro'], agents: 48 },
        { id: 'pro-desk', serves: ['pro'], agents: 4 },
      ],
    },
    options: { seed: 3, replications: 3 },
  },
} satisfies Record<string, { scenario: ScenarioInput; options: SimulateOptions }>;
