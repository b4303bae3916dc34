import type { Confidence } from './preset-source.js';

/** One growth factor of a cause: today's value ÷ the value before, how sure it is, and its range. */
export interface CauseFactor {
  /** Today ÷ before (1.3: 30 % more today). */
  factor: number;
  /** Lowest and highest factors the sources allow. */
  range: [number, number];
  confidence: Confidence;
  source: string;
}

/** The two causes the government named, for one service, as growth factors since 2019. */
export interface ServiceCauses {
  /** More calls, since the health crisis and since calls became free. */
  calls: CauseFactor;
  /** Longer calls: simple requests moved online, the phone keeps the complex ones. */
  handleTime: CauseFactor;
}

const LONGER: CauseFactor = {
  factor: 1.25,
  range: [1.1, 1.5],
  confidence: 'ASSUMPTION',
  source:
    'calls grew longer as simple requests moved online (stated officially), but no duration of a call was ever published; ' +
    'proxies: an Assurance retraite platform monitored 3–4 min per call in 2011 against about 6 min with wrap-up now, ' +
    'CAF agents sometimes answered over 100 calls a day in 2016',
};

/**
 * The causes of the fall in pickup named by the government for the four services of the
 * `france-2023` preset — more calls (since the health crisis, and since the calls became free: the
 * 3646 from 1 July 2020, the 3230 from 16 December 2020, every public-service number from 1 January
 * 2021) and longer calls (the phone keeps the complex requests) — as growth factors from 2019 to
 * today, each with its range, confidence and source. `explainPickup` divides a scenario's calls
 * and handle times by them to rebuild the platforms as they were. Frozen.
 *
 * @example
 * ```ts
 * import { france2023Causes } from '@decroche/sim-core';
 * france2023Causes.caf.calls.factor // => 1.3
 * france2023Causes['assurance-maladie'].calls.range // => [2, 2.4]
 * france2023Causes.caf.handleTime.confidence // => 'ASSUMPTION'
 * ```
 */
export const france2023Causes: Readonly<Record<string, ServiceCauses>> = Object.freeze({
  'assurance-maladie': {
    calls: {
      factor: 2,
      range: [2, 2.4],
      confidence: 'M',
      source:
        'Assurance maladie: calls more than doubled since autumn 2019, to 3.2 M a month in 2022 (press quoting the institution); the health crisis is part of it',
    },
    handleTime: LONGER,
  },
  caf: {
    calls: {
      factor: 1.3,
      range: [1.12, 1.3],
      confidence: 'M',
      source:
        'CAF: phone requests +30 % from 2019 to 2021 (an agency report); at least +12 % from the 37.5 M calls of 2016 to over 42 M in 2022; the 3230 costs a local call since 16 Dec 2020',
    },
    handleTime: LONGER,
  },
  'assurance-retraite': {
    calls: {
      factor: 1.2,
      range: [1, 1.4],
      confidence: 'ASSUMPTION',
      source:
        'no national volume published; the 3960 cost 0.06 €/min until February 2020; the pension reform alone brought +20 % in January 2023',
    },
    handleTime: LONGER,
  },
  'france-travail': {
    calls: {
      factor: 1.1,
      range: [1, 1.3],
      confidence: 'ASSUMPTION',
      source: 'no volume published after 2013; France Travail was the only service near 85 % in 2023–2025',
    },
    handleTime: LONGER,
  },
});
