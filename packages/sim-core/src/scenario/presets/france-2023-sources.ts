import { france2023 } from './france-2023.js';
import { FRANCE_2023_CALIBRATION, FRANCE_2023_INPUTS } from './france-2023-inputs.js';
import type { PresetSource } from './preset-source.js';

const STUDY =
  'Défenseur des droits + Institut national de la consommation, mystery-caller study (field 26 Sep – 10 Nov 2022, published 26 Jan 2023)';
const DERIVATION =
  'derived in the repository tests (packages/sim-core/test/scenario/presets/france-2023-derivation.ts; method in the doc comment of france2023)';
const STAFF = `${DERIVATION}: the Erlang A agents × the agents scale fitted by simulation to the study`;
const QUEUES = ['assurance-maladie', 'caf', 'assurance-retraite', 'france-travail'] as const;

/** Entries that repeat for the four queues (same value, same source). */
function perQueue(
  suffix: string,
  value: number,
  confidence: PresetSource['confidence'],
  source: string,
): PresetSource[] {
  return QUEUES.map((_, q) => ({ path: `queues[${q}].${suffix}`, value, confidence, source }));
}

/**
 * Where every figure of the `france-2023` preset comes from, with its confidence (H official or
 * several agreeing sources, M press quoting the institution, L dated or secondary, EST derived,
 * ASSUMPTION nothing published). Paths name values of `france2023` or, under `inputs.`, the published
 * figures and assumptions they are derived from. Machine-readable, for reports that must show how
 * sure each number is. Frozen.
 *
 * @example
 * ```ts
 * import { france2023Sources } from '@decroche/sim-core';
 * france2023Sources.find((s) => s.path === 'inputs.figures.maladieCallsPerYear').value // => 40000000
 * france2023Sources.filter((s) => s.confidence === 'ASSUMPTION').length > 0 // => true
 * ```
 */
export const france2023Sources: readonly PresetSource[] = Object.freeze([
  // The published figures and assumptions (france-2023-inputs.ts).
  {
    path: 'inputs.figures.workingDaysPerYear',
    value: 250,
    confidence: 'EST',
    source: 'weekdays minus about 11 public holidays',
  },
  {
    path: 'inputs.figures.maladieCallsPerYear',
    value: 40_000_000,
    confidence: 'M',
    source:
      'Assurance maladie: 3.2 M calls a month (2022), about 40 M a year (press quoting the institution)',
  },
  {
    path: 'inputs.figures.cafCallsPerYear',
    value: 37_500_000,
    confidence: 'L',
    source:
      'CNAF: 37.5 M calls reaching the platform in 2016 (H for 2016; dated, and calls are free since 16 Dec 2020)',
  },
  {
    path: 'inputs.figures.retraitePlatforms',
    value: 16,
    confidence: 'ASSUMPTION',
    source: '15 CARSAT + CNAV Île-de-France, each assumed as large as the platform described below',
  },
  {
    path: 'inputs.figures.retraiteAgentsPerPlatform',
    value: 100,
    confidence: 'M',
    source: 'press report on one regional Assurance retraite platform (May 2023)',
  },
  {
    path: 'inputs.figures.retraiteCallsPerAgentPerDay',
    value: 60,
    confidence: 'M',
    source: 'same report: about 60 calls a day per agent',
  },
  {
    path: 'inputs.figures.retraitePhoneHoursPerAgent',
    value: 6,
    confidence: 'M',
    source: 'same report: about 6 hours a day on the phone',
  },
  {
    path: 'inputs.figures.franceTravailPlatforms',
    value: 13,
    confidence: 'ASSUMPTION',
    source: 'one regional platform per metropolitan region',
  },
  {
    path: 'inputs.figures.franceTravailCallsPerPlatformPerDay',
    value: 20_000,
    confidence: 'L',
    source: 'one regional Pôle emploi platform, about 2013',
  },
  {
    path: 'inputs.figures.franceTravailAdvisersPerPlatform',
    value: 200,
    confidence: 'L',
    source: 'same platform, about 2013',
  },
  {
    path: 'inputs.figures.studyFailedAfterThreeAttempts.assurance-maladie',
    value: 0.72,
    confidence: 'H',
    source: `${STUDY}: 302 calls`,
  },
  {
    path: 'inputs.figures.studyFailedAfterThreeAttempts.caf',
    value: 0.54,
    confidence: 'H',
    source: `${STUDY}: 408 calls`,
  },
  {
    path: 'inputs.figures.studyFailedAfterThreeAttempts.assurance-retraite',
    value: 0.28,
    confidence: 'M',
    source: `${STUDY}: 412 calls, 72 % reached`,
  },
  {
    path: 'inputs.figures.studyFailedAfterThreeAttempts.france-travail',
    value: 0.16,
    confidence: 'M',
    source: `${STUDY}: 410 calls, 84 % reached`,
  },
  {
    path: 'inputs.services[0].mysteryFailure',
    value: 0.9,
    confidence: 'EST',
    source: 'per-attempt P(wait > 5 min) = cube root of the failure after 3 independent attempts',
  },
  { path: 'inputs.services[1].mysteryFailure', value: 0.81, confidence: 'EST', source: 'cube root of 0.54' },
  { path: 'inputs.services[2].mysteryFailure', value: 0.65, confidence: 'EST', source: 'cube root of 0.28' },
  { path: 'inputs.services[3].mysteryFailure', value: 0.54, confidence: 'EST', source: 'cube root of 0.16' },
  ...FRANCE_2023_INPUTS.services.map((s, i) => ({
    path: `inputs.services[${i}].agentsScale`,
    value: s.agentsScale,
    confidence: 'EST' as const,
    source: `fitted by simulation (calibrate, agentsScale knob, mysteryFailedShare measure, ${FRANCE_2023_CALIBRATION.replications} replications, seed ${FRANCE_2023_CALIBRATION.seed}) so that the study's test callers, following its protocol (delay between attempts: ASSUMPTION, uniform 10–60 min), fail as often as the study found`,
  })),
  {
    path: 'inputs.services[0].attemptsPerDay',
    value: 160_000,
    confidence: 'EST',
    source: '40 M calls a year ÷ 250 working days',
  },
  {
    path: 'inputs.services[1].attemptsPerDay',
    value: 150_000,
    confidence: 'EST',
    source: '37.5 M calls a year ÷ 250 working days',
  },
  {
    path: 'inputs.services[2].answeredPerDay',
    value: 96_000,
    confidence: 'EST',
    source:
      '16 platforms × 100 agents × 60 calls; the attempts (166,700 a day) are derived so that the model answers as many',
  },
  {
    path: 'inputs.services[3].attemptsPerDay',
    value: 260_000,
    confidence: 'EST',
    source: '13 platforms × 20,000 calls a day (from L figures)',
  },
  {
    path: 'inputs.profile',
    value: [4.8, 5.8, 6.6, 7.6, 8.0, 7.8, 7.0, 5.0, 4.4, 4.8, 5.6, 6.6, 6.6, 6.2, 5.2, 4.4, 3.6].map(
      (w) => w / 100,
    ),
    confidence: 'ASSUMPTION',
    source:
      'intraday shape: quieter 8:30–10:00 and 12:00–14:00 (L: Assurance maladie advice on when to call), morning peak',
  },
  {
    path: 'inputs.mysteryWaitSeconds',
    value: 300,
    confidence: 'H',
    source: `${STUDY}: each attempt abandoned after 5 minutes`,
  },

  // The scenario's own values.
  {
    path: 'seed',
    value: 2023,
    confidence: 'ASSUMPTION',
    source: 'any fixed seed: runs are reproducible; use replications for confidence intervals',
  },
  {
    path: 'intervalSeconds',
    value: 1800,
    confidence: 'ASSUMPTION',
    source: 'half-hours, as platforms plan and report',
  },
  {
    path: 'intervals',
    value: 17,
    confidence: 'L',
    source: 'opening hours 8:30–17:00 on weekdays (Assurance maladie; varies by service)',
  },
  { path: 'days', value: 1, confidence: 'ASSUMPTION', source: 'one typical weekday' },
  {
    path: 'warmupSeconds',
    value: 0,
    confidence: 'ASSUMPTION',
    source: 'the platform opens with nobody waiting',
  },
  {
    path: 'serviceLevelSeconds',
    value: [60, 300],
    confidence: 'ASSUMPTION',
    source: `reporting thresholds: answered within a minute, and within the 5 minutes a test caller waited (${STUDY}, H)`,
  },
  {
    path: 'dailyVariationCv',
    value: 0,
    confidence: 'ASSUMPTION',
    source:
      'one typical day; the literature reports day-to-day overdispersion (H): raise it to study bad days',
  },
  ...QUEUES.map((_, q) => ({
    path: `queues[${q}].calls`,
    value: france2023.queues[q]?.calls ?? [],
    confidence: 'EST' as const,
    source: `first-time calls per half-hour, ${DERIVATION}`,
  })),
  {
    path: 'queues[0].handleTime.mean',
    value: 480,
    confidence: 'ASSUMPTION',
    source:
      'longer calls: simple requests moved online, the phone keeps the complex ones (written question 5631, H)',
  },
  {
    path: 'queues[1].handleTime.mean',
    value: 420,
    confidence: 'ASSUMPTION',
    source: 'as above; 2016: up to 100 calls a day per agent (H) would allow at most about 3.6 min',
  },
  {
    path: 'queues[2].handleTime.mean',
    value: 360,
    confidence: 'EST',
    source: '6 hours on the phone ÷ 60 calls a day (regional platform, M)',
  },
  {
    path: 'queues[3].handleTime.mean',
    value: 216,
    confidence: 'EST',
    source: '200 advisers, 20,000 calls a day (L, about 2013) at 6 hours on the phone (retraite figure)',
  },
  ...perQueue(
    'handleTime.cv',
    1,
    'ASSUMPTION',
    'lognormal handle times (Brown et al., JASA 2005, H); cv 1 assumed',
  ),
  ...perQueue(
    'patience.mean',
    600,
    'ASSUMPTION',
    'exponential; the mystery callers hung up after exactly 5 min, real callers assumed twice as patient',
  ),
  ...perQueue(
    'redial.probability',
    1 / 3,
    'L',
    'about a third of abandoners retry: an industry figure its source calls context-dependent',
  ),
  ...perQueue('redial.delay.mean', 900, 'ASSUMPTION', 'exponential delay before a redial'),
  {
    path: 'pools[0].agents',
    value: france2023.pools[0]?.agents ?? [],
    confidence: 'EST',
    source: `${STAFF}; for comparison 1,900 → 2,500 phone advisers in total (M)`,
  },
  {
    path: 'pools[1].agents',
    value: france2023.pools[1]?.agents ?? [],
    confidence: 'EST',
    source: STAFF,
  },
  {
    path: 'pools[2].agents',
    value: france2023.pools[2]?.agents ?? [],
    confidence: 'EST',
    source: `${STAFF}; for comparison 16 × 100 agents × 6 h of 8.5 h on the phone ≈ 1,130`,
  },
  {
    path: 'pools[3].agents',
    value: france2023.pools[3]?.agents ?? [],
    confidence: 'EST',
    source: STAFF,
  },
] satisfies PresetSource[]);
