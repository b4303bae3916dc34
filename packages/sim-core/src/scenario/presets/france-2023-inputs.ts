// The figures the `france-2023` preset is built from, with their confidence (the scale of
// calibration/france.md: H official, M press quoting the institution, L dated or secondary, EST
// derived here, ASSUMPTION nothing published). france-2023-sources.ts lists each with its source;
// the repository's packages/sim-core/test/scenario/presets/france-2023-derivation.ts turns them into calls and agents.

/** The published figures behind the volumes and handling times. */
export const FRANCE_FIGURES = {
  /** Weekdays minus about 11 public holidays (EST). */
  workingDaysPerYear: 250,
  /** Assurance maladie: about 40 M calls a year (M; 3.2 M a month in 2022). */
  maladieCallsPerYear: 40_000_000,
  /** CAF: 37.5 M calls reaching the platform in 2016 (H, but dated: L as a 2022 figure). */
  cafCallsPerYear: 37_500_000,
  /** Assurance retraite: regional platforms answering 3960, 15 CARSAT + CNAV Île-de-France (ASSUMPTION). */
  retraitePlatforms: 16,
  /** One regional platform: about 100 agents (M). */
  retraiteAgentsPerPlatform: 100,
  /** About 60 calls a day each (M). */
  retraiteCallsPerAgentPerDay: 60,
  /** About 6 hours a day on the phone (M). */
  retraitePhoneHoursPerAgent: 6,
  /** France Travail: regional platforms, one per metropolitan region (ASSUMPTION). */
  franceTravailPlatforms: 13,
  /** One regional platform (about 2013): 20,000 calls a day (L). */
  franceTravailCallsPerPlatformPerDay: 20_000,
  /** ... for 200 advisers (L). */
  franceTravailAdvisersPerPlatform: 200,
  /**
   * Mystery-caller study (Défenseur des droits + INC, autumn 2022): share of calls failed after
   * 3 attempts of 5 minutes' wait — maladie 72 % and CAF 54 % (H), retraite 28 % and France Travail 16 % (M).
   */
  studyFailedAfterThreeAttempts: {
    'assurance-maladie': 0.72,
    caf: 0.54,
    'assurance-retraite': 0.28,
    'france-travail': 0.16,
  },
} as const;

const F = FRANCE_FIGURES;

/** Per-attempt failure if the 3 attempts were independent: the cube root, to 2 decimals (EST). */
const perAttempt = (id: keyof typeof F.studyFailedAfterThreeAttempts): number =>
  Math.round(Math.cbrt(F.studyFailedAfterThreeAttempts[id]) * 100) / 100;

/** One service of the preset: what its volume, handling time and staffing are derived from. */
export interface FranceServiceInputs {
  id: string;
  /** Attempts (first calls and redials) reaching the platform a day, when known. */
  attemptsPerDay?: number;
  /** Calls answered a day, when that is what is known instead (the volume is then derived). */
  answeredPerDay?: number;
  /** Mean handle time, seconds. */
  aht: number;
  /** The study's per-attempt failure (EST): P(wait > 5 min) if the 3 attempts were independent. */
  mysteryFailure: number;
  /**
   * Factor on the Erlang A agents, fitted by simulation so that the study's test callers, following its
   * protocol, fail as often as the study found (EST: `calibrate` with the `agentsScale` knob and the
   * `mysteryFailedShare` measure; see FRANCE_2023_CALIBRATION).
   */
  agentsScale: number;
}

/**
 * How the agents scales were fitted (rerun with `decroche calibrate france-2023` and these options;
 * the preset's own scales then come out at 1 within their uncertainty).
 */
export const FRANCE_2023_CALIBRATION = {
  seed: 2023,
  replications: 60,
  min: 0.96,
  max: 1.06,
  tolerance: 0.004,
} as const;

/** Everything the preset is derived from. */
export const FRANCE_2023_INPUTS = {
  /** Half-hours, 8:30 to 17:00 (hours: L, "varies"). */
  intervalSeconds: 1800,
  intervals: 17,
  /**
   * Share of the day's calls per half-hour from 8:30 (ASSUMPTION): quieter 8:30–10:00, a morning peak
   * 10:00–12:00, quieter 12:00–14:00 (L: the Assurance maladie's advice on when to call), a smaller
   * afternoon peak, then a decline. Sums to 1.
   */
  profile: [4.8, 5.8, 6.6, 7.6, 8.0, 7.8, 7.0, 5.0, 4.4, 4.8, 5.6, 6.6, 6.6, 6.2, 5.2, 4.4, 3.6].map(
    (w) => w / 100,
  ),
  /**
   * Mean patience of real callers, exponential (ASSUMPTION). The mystery callers hung up after exactly
   * 5 minutes; callers with a real need wait longer. With 300 s the derived per-attempt pickup rates
   * would be 28–38 %, far below what the platforms report (France Travail about 85 % in 2023–2025, H).
   */
  patienceMean: 600,
  /** Handle times lognormal (Brown et al., JASA 2005, H); their cv: ASSUMPTION. */
  handleCv: 1,
  /** About a third of abandoners retry (L: an industry figure, "context-dependent"). */
  redialProbability: 1 / 3,
  /** Mean delay before a redial, exponential, seconds (ASSUMPTION). */
  redialDelayMean: 900,
  /** The study's protocol: an attempt is abandoned after 5 minutes' wait (H). */
  mysteryWaitSeconds: 300,
  services: [
    {
      id: 'assurance-maladie',
      attemptsPerDay: F.maladieCallsPerYear / F.workingDaysPerYear, // 160,000 (EST)
      aht: 480, // ASSUMPTION: 8 min, calls grew longer (H: the phone keeps the complex requests)
      mysteryFailure: perAttempt('assurance-maladie'), // 0.90
      agentsScale: 1.03774,
    },
    {
      id: 'caf',
      attemptsPerDay: F.cafCallsPerYear / F.workingDaysPerYear, // 150,000 (EST from 2016)
      aht: 420, // ASSUMPTION: 7 min, longer than the 2016 "up to 100 calls a day per agent" allows
      mysteryFailure: perAttempt('caf'), // 0.81
      agentsScale: 1.00981,
    },
    {
      id: 'assurance-retraite',
      // 96,000 answered a day (EST); the attempts are derived so that the model answers as many.
      answeredPerDay: F.retraitePlatforms * F.retraiteAgentsPerPlatform * F.retraiteCallsPerAgentPerDay,
      aht: (F.retraitePhoneHoursPerAgent * 3600) / F.retraiteCallsPerAgentPerDay, // 360 s (EST)
      mysteryFailure: perAttempt('assurance-retraite'), // 0.65
      agentsScale: 0.98434,
    },
    {
      id: 'france-travail',
      attemptsPerDay: F.franceTravailPlatforms * F.franceTravailCallsPerPlatformPerDay, // 260,000 (EST from L)
      // 216 s (EST from L): 100 calls a day per adviser, at the retraite platform's 6 h on the phone
      aht:
        (F.retraitePhoneHoursPerAgent * 3600 * F.franceTravailAdvisersPerPlatform) /
        F.franceTravailCallsPerPlatformPerDay,
      mysteryFailure: perAttempt('france-travail'), // 0.54
      agentsScale: 0.97645,
    },
  ] as FranceServiceInputs[],
};
