import type { Scenario } from '../types.js';
import { FRANCE_2023_INPUTS as IN } from './france-2023-inputs.js';

const flat = (value: number): number[] => new Array<number>(IN.intervals).fill(value);

function handleTime(mean: number) {
  return { dist: 'lognormal' as const, mean, cv: IN.handleCv };
}

function service(id: string, calls: number[], aht: number) {
  return {
    id,
    calls,
    handleTime: handleTime(aht),
    patience: { dist: 'exponential' as const, mean: IN.patienceMean },
    redial: {
      probability: IN.redialProbability,
      delay: { dist: 'exponential' as const, mean: IN.redialDelayMean },
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const aht = (id: string): number => IN.services.find((s) => s.id === id)?.aht ?? Number.NaN;

/**
 * One typical weekday (autumn 2022 – 2023) of national traffic on the four public-service platforms
 * of the Défenseur des droits' mystery-caller study: `assurance-maladie` (3646), `caf` (3230),
 * `assurance-retraite` (3960) and `france-travail` (3949), each answered by its own pool, open
 * 8:30–17:00 in 17 half-hours. A raw scenario (format: docs/scenario.md): give it to `simulate`, or
 * copy and change it with `getPreset('france-2023')` (this object is frozen).
 *
 * How it was built (every figure and its confidence: `france2023Sources`; the method: the
 * repository's packages/sim-core/test/scenario/presets/france-2023-derivation.ts, which the tests
 * check this preset against):
 * - Attempts a day (first calls and redials): Assurance maladie 40 M a year and CAF 37.5 M (2016)
 *   over 250 working days; France Travail 13 regional platforms of 20,000 calls a day (about 2013);
 *   Assurance retraite: the volume at which the model answers 96,000 calls a day (16 regional
 *   platforms × 100 agents × 60 calls). Spread over the day by an assumed intraday profile (quieter
 *   8:30–10:00 and 12:00–14:00, morning peak).
 * - Handle times lognormal (Brown et al. 2005) with cv 1: 8 min (maladie, ASSUMPTION), 7 min (CAF,
 *   ASSUMPTION), 6 min (retraite, EST), 3.6 min (France Travail, EST from dated figures).
 * - Patience exponential of mean 10 min (ASSUMPTION: the mystery callers hung up after exactly 5).
 *   A third of abandoners redial (L) after 15 min on average (ASSUMPTION).
 * - Agents, the same all day (schedules that do not follow the morning peak, as the CAF's bad
 *   mornings and good afternoons suggest): first the fewest with which the share of attempts that
 *   would wait over 5 minutes (Erlang A per half-hour) matches the study's per-attempt failure, EST
 *   0.90 / 0.81 / 0.65 / 0.54; then scaled by a factor per service fitted by simulation (`calibrate`,
 *   FRANCE_2023_CALIBRATION) so that the study's test callers — 302 / 408 / 412 / 410 calls, 3
 *   attempts each abandoned after 5 minutes, 10–60 minutes apart (ASSUMPTION) — fail as often as
 *   the study found: 72 / 54 / 28 / 16 %. `decroche replay-study france-2023` shows the fit.
 * - First-time calls = attempts × (1 − ⅓ × (1 − per-attempt pickup rate)), the redials removed.
 *
 * @example
 * ```ts
 * import { france2023, parseScenario } from '@decroche/sim-core';
 * const s = parseScenario(france2023);
 * s.queues.map((q) => q.id) // => ['assurance-maladie', 'caf', 'assurance-retraite', 'france-travail']
 * s.pools[1].agents[0] // => 1038
 * s.queues[0].calls.reduce((a, b) => a + b) // => 131254
 * ```
 */
export const france2023: Scenario = deepFreeze({
  name: 'france-2023',
  seed: 2023,
  intervalSeconds: IN.intervalSeconds,
  intervals: IN.intervals,
  days: 1,
  warmupSeconds: 0,
  serviceLevelSeconds: [60, IN.mysteryWaitSeconds],
  dailyVariationCv: 0,
  drain: false,
  queues: [
    service(
      'assurance-maladie',
      [6566, 7633, 8486, 9553, 9980, 9766, 8913, 6780, 6140, 6566, 7420, 8486, 8486, 8060, 6993, 6140, 5286],
      aht('assurance-maladie'),
    ),
    service(
      'caf',
      [6269, 7269, 8069, 9069, 9469, 9269, 8469, 6469, 5869, 6269, 7069, 8069, 8069, 7669, 6669, 5869, 5069],
      aht('caf'),
    ),
    service(
      'assurance-retraite',
      [
        7216, 8327, 9216, 10328, 10772, 10550, 9661, 7438, 6772, 7216, 8105, 9216, 9216, 8772, 7661, 6772,
        5882,
      ],
      aht('assurance-retraite'),
    ),
    service(
      'france-travail',
      [
        11564, 13298, 14684, 16418, 17111, 16764, 15378, 11911, 10871, 11564, 12951, 14684, 14684, 13991,
        12258, 10871, 9358,
      ],
      aht('france-travail'),
    ),
  ],
  pools: [
    { id: 'assurance-maladie-agents', serves: ['assurance-maladie'], agents: flat(1201) },
    { id: 'caf-agents', serves: ['caf'], agents: flat(1038) },
    { id: 'assurance-retraite-agents', serves: ['assurance-retraite'], agents: flat(1111) },
    { id: 'france-travail-agents', serves: ['france-travail'], agents: flat(1140) },
  ],
});
