import type { Scenario } from '../types.js';
import { france2023 } from './france-2023.js';
import type { PresetSource } from './preset-source.js';

/** French public holidays of 2023 falling on weekdays (Code du travail, art. L3133-1). */
const HOLIDAYS_2023 = [
  '2023-04-10', // Easter Monday
  '2023-05-01',
  '2023-05-08',
  '2023-05-18', // Ascension
  '2023-05-29', // Whit Monday
  '2023-07-14',
  '2023-08-15',
  '2023-11-01',
  '2023-12-25',
];

/**
 * The year 2023 of the `france-2023` platforms: its typical weekday repeated over the 251 working
 * days of 2023 (weekdays less the nine public holidays falling on one), each day's calls moved by a
 * weekday factor and, per platform, by the days of the month its payments or monthly formalities
 * bring calls. The dates are sourced; the sizes of the factors are not published anywhere and are
 * assumptions, with the range a planner should try (`france2023YearSources`):
 * - weekdays (ASSUMPTION, Monday 1.1–1.4): Monday 1.2, Tuesday 1.05, Wednesday 1, Thursday 0.95,
 *   Friday 0.8 (mean 1, so an ordinary week has five typical days of calls); a CPAM saw 4,000 → 9,000
 *   calls on one Monday of January 2022 (M) — an extreme, not a mean;
 * - CAF (3230) pays on the 5th (H) and callers ring to check the transfer (H/M): × 1.5 on the 5th,
 *   × 1.2 on the 6th (ASSUMPTION, 1.2–2);
 * - Assurance retraite (3960) pays on the 9th (H): × 1.3 on the 9th, × 1.1 on the 10th (ASSUMPTION,
 *   1.1–1.6);
 * - France Travail (3949): the monthly update opens on the 28th and payment comes around the 1st–3rd
 *   (H): × 1.3 on the 28th, 1.2 on the 29th–30th, 1.1 on the 31st, 1.2 on the 1st–2nd, 1.1 on the
 *   3rd (ASSUMPTION, 1.1–1.5).
 * A peak falling on a closed day is lost (no carry-over to the next open day). The staff of the
 * typical day is kept every day. A raw scenario, frozen; `getPreset('france-2023-year')` gives a
 * copy. About 157 million first calls: a minute or so of one core.
 *
 * @example
 * ```ts
 * import { calendarDays, france2023Year, parseScenario } from '@decroche/sim-core';
 * const year = calendarDays(parseScenario(france2023Year));
 * year.length // => 251
 * [year[0].date, year[year.length - 1].date] // => ['2023-01-02', '2023-12-29']
 * year.find((d) => d.date === '2023-01-05').factors.map((f) => Math.round(f * 1000) / 1000) // => [0.95, 1.425, 0.95, 0.95]
 * ```
 */
export const france2023Year: Scenario = Object.freeze({
  ...france2023,
  name: 'france-2023-year',
  days: 251,
  calendar: Object.freeze({
    start: '2023-01-02',
    weekdays: Object.freeze({ mon: 1.2, tue: 1.05, wed: 1, thu: 0.95, fri: 0.8, sat: 0, sun: 0 }),
    closed: Object.freeze(HOLIDAYS_2023) as string[],
    peaks: Object.freeze({
      caf: Object.freeze({ 5: 1.5, 6: 1.2 }),
      'assurance-retraite': Object.freeze({ 9: 1.3, 10: 1.1 }),
      'france-travail': Object.freeze({ 28: 1.3, 29: 1.2, 30: 1.2, 31: 1.1, 1: 1.2, 2: 1.2, 3: 1.1 }),
    }),
  }),
}) as Scenario;

const ASSUMED = 'ASSUMPTION: no published figure; try the range given';
const CALENDAR_2023 = 'calendar of 2023; public holidays: Code du travail, art. L3133-1';
const PAYMENT_DAYS = 'payment and formality days of the four services (calibration notes: official sites, H)';

/**
 * Where the calendar of the `france-2023-year` preset comes from (its other figures are those of
 * `france2023Sources`): the dates, sourced, and the factors, assumptions with the range to try in
 * `range`. Frozen.
 *
 * @example
 * ```ts
 * import { france2023YearSources } from '@decroche/sim-core';
 * france2023YearSources.find((s) => s.path === 'calendar.peaks.caf.5').range // => [1.2, 2]
 * ```
 */
export const france2023YearSources: readonly (PresetSource & { range?: readonly [number, number] })[] =
  Object.freeze([
    { path: 'days', value: 251, confidence: 'H', source: `${CALENDAR_2023}: 260 weekdays less 9 holidays` },
    { path: 'calendar.closed', value: [HOLIDAYS_2023.length], confidence: 'H', source: CALENDAR_2023 },
    {
      path: 'calendar.weekdays.mon',
      value: 1.2,
      confidence: 'ASSUMPTION',
      source: `${ASSUMED}; one CPAM's Monday of January 2022 had 9,000 calls against 4,000 (M)`,
      range: [1.1, 1.4],
    },
    {
      path: 'calendar.weekdays.fri',
      value: 0.8,
      confidence: 'ASSUMPTION',
      source: `${ASSUMED}; weekday factors chosen with mean 1`,
      range: [0.7, 0.95],
    },
    {
      path: 'calendar.peaks.caf.5',
      value: 1.5,
      confidence: 'ASSUMPTION',
      source: `the CAF pays on the 5th and callers ring to check the transfer (${PAYMENT_DAYS}); size: ${ASSUMED}`,
      range: [1.2, 2],
    },
    {
      path: 'calendar.peaks.assurance-retraite.9',
      value: 1.3,
      confidence: 'ASSUMPTION',
      source: `the Assurance retraite pays on the 9th (${PAYMENT_DAYS}); size: ${ASSUMED}`,
      range: [1.1, 1.6],
    },
    {
      path: 'calendar.peaks.france-travail.28',
      value: 1.3,
      confidence: 'ASSUMPTION',
      source: `France Travail's monthly update opens on the 28th, payment around the 1st–3rd (${PAYMENT_DAYS}); size: ${ASSUMED}`,
      range: [1.1, 1.5],
    },
  ] as const);
