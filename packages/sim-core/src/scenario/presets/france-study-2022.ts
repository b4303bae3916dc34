import type { DistributionSpec } from '../../random/types.js';

/** One service of a mystery-caller study: the queue it maps to, the calls placed and the share failed. */
export interface StudyService {
  /** Queue id in the scenarios replaying the study. */
  queue: string;
  /** Name of the service as the study gives it. */
  label: string;
  /** Test calls placed. */
  calls: number;
  /** Share of test calls that failed (no agent reached after every attempt). */
  failedShare: number;
}

/** A mystery-caller study: its protocol and what it found, per service and overall. */
export interface MysteryStudy {
  name: string;
  /** Attempts per test call at most, the first included. */
  attempts: number;
  /** Wait after which an attempt was abandoned, seconds. */
  waitSeconds: number;
  /** Delay between attempts (when the study does not say: an assumption, stated in `retryDelayNote`). */
  retryDelay: DistributionSpec;
  retryDelayNote: string;
  services: StudyService[];
  /** Share of all test calls that failed. */
  failedShare: number;
  /** The study's mean wait before reaching an agent was over this many seconds. */
  meanWaitAbove: number;
}

const study: MysteryStudy = {
  name: 'Défenseur des droits + INC mystery-caller study, autumn 2022',
  attempts: 3,
  waitSeconds: 300,
  retryDelay: { dist: 'uniform', min: 600, max: 3600 },
  retryDelayNote: 'ASSUMPTION: not published; uniform over 10–60 minutes',
  services: [
    { queue: 'assurance-maladie', label: 'Assurance maladie (3646)', calls: 302, failedShare: 0.72 },
    { queue: 'caf', label: 'CAF (3230)', calls: 408, failedShare: 0.54 },
    { queue: 'assurance-retraite', label: 'Assurance retraite (3960)', calls: 412, failedShare: 0.28 },
    { queue: 'france-travail', label: 'France Travail (3949)', calls: 410, failedShare: 0.16 },
  ],
  failedShare: 0.4,
  meanWaitAbove: 540,
};

/**
 * The 2022 mystery-caller study of the Défenseur des droits and the Institut national de la
 * consommation (field 26 Sep – 10 Nov 2022, published 26 Jan 2023): about 1,500 test calls to four
 * public-service platforms, a call failing after 3 attempts each abandoned after 5 minutes of waiting
 * (H). Failed: Assurance maladie 72 % of 302 calls and CAF 54 % of 408 (H), Assurance retraite 28 % of
 * 412 and Pôle emploi / France Travail 16 % of 410 (M); 40 % overall, mean wait over 9 minutes (H).
 * The delay between attempts is not published: uniform over 10–60 minutes (ASSUMPTION). Frozen.
 *
 * @example
 * ```ts
 * import { franceStudy2022 } from '@decroche/sim-core';
 * franceStudy2022.services.map((s) => s.failedShare) // => [0.72, 0.54, 0.28, 0.16]
 * franceStudy2022.services.reduce((n, s) => n + s.calls, 0) // => 1532
 * ```
 */
export const franceStudy2022: Readonly<MysteryStudy> = Object.freeze(study);
