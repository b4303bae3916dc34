import { OKABE_ITO } from './palette.js';

/** A band of waiting times and the colour of the callers in it. */
export interface WaitBand {
  /** Lower bound, seconds (inclusive). */
  from: number;
  colour: number;
  label: string;
}

/**
 * Waiting callers are coloured by how long they have waited, in four bands. Five minutes is the wait
 * after which the mystery-caller study counted an attempt as failed.
 */
export const WAIT_BANDS: readonly WaitBand[] = [
  { from: 0, colour: OKABE_ITO.skyBlue, label: 'under 1 min' },
  { from: 60, colour: OKABE_ITO.yellow, label: '1–5 min' },
  { from: 300, colour: OKABE_ITO.orange, label: '5–10 min' },
  { from: 600, colour: OKABE_ITO.reddishPurple, label: '10 min or more' },
];

/**
 * Index in {@link WAIT_BANDS} of a caller who has waited `seconds`.
 *
 * @example
 * ```ts
 * waitBand(30) // => 0
 * waitBand(300) // => 2
 * WAIT_BANDS[waitBand(900)].label // => '10 min or more'
 * ```
 */
export function waitBand(seconds: number): number {
  let band = 0;
  for (let b = 1; b < WAIT_BANDS.length; b++) if (seconds >= WAIT_BANDS[b]!.from) band = b;
  return band;
}
