import { BOUNCE_GREY, OKABE_ITO } from './palette.js';

/**
 * Where a caller's dot can be in a lane: `entry` (top, where first calls come in), `redialEntry`
 * (the left edge, where callers who gave up come back from), `slot` (its place in the line),
 * `seat` (an agent's seat), `lineTop` (the top edge of the line, where turned-away callers bounce),
 * `exitLeft` (off the lane to the left), `exitTop` (back up out of the lane), `shelf` (the right
 * edge, where callers waiting for a callback are kept), `voiceServer` (the top left corner, where
 * the voice server settles calls), `appointmentBook` (the right edge above the seats, where callers
 * with a telephone appointment wait for it).
 */
export type Anchor =
  | 'entry'
  | 'redialEntry'
  | 'slot'
  | 'seat'
  | 'lineTop'
  | 'exitLeft'
  | 'exitTop'
  | 'shelf'
  | 'voiceServer'
  | 'appointmentBook';

/** How the dot of one outcome moves: through `path`, in `durationMs` of wall time, coloured `colour`. */
export interface OutcomeAnimation {
  /** Anchors visited in order, the first being where the dot starts. */
  path: readonly Anchor[];
  durationMs: number;
  colour: number;
  /** Fade out over the last part of the move. */
  fade: boolean;
  /** What the legend says; rows drawn like another row (answered at once) have none. */
  label: string | null;
}

/**
 * One row per outcome of an attempt: the scene knows nothing else about outcomes. A new outcome (a
 * callback, an appointment, the voice server…) is one more row here, one more code in
 * {@link OUTCOME_CODES} and, in the worker, the simulation event that produces it.
 */
export const OUTCOME_ANIMATIONS = {
  /** Answered after waiting: from its place in the line to an agent's seat. */
  answered: {
    path: ['slot', 'seat'],
    durationMs: 600,
    colour: OKABE_ITO.blue,
    fade: true,
    label: 'answered',
  },
  /** Answered at once: straight from the entry to a seat. */
  answeredAtOnce: {
    path: ['entry', 'seat'],
    durationMs: 700,
    colour: OKABE_ITO.blue,
    fade: true,
    label: null,
  },
  /** Hung up while waiting: leaves the lane to the left, in red. */
  abandoned: {
    path: ['slot', 'exitLeft'],
    durationMs: 900,
    colour: OKABE_ITO.vermillion,
    fade: true,
    label: 'hung up',
  },
  /** All lines busy: comes in, bounces off the line and goes back up. */
  blocked: {
    path: ['entry', 'lineTop', 'exitTop'],
    durationMs: 900,
    colour: BOUNCE_GREY,
    fade: true,
    label: 'blocked, turned away or refused',
  },
  /** Turned away by a "call later" message (dissuasion): bounces off as a blocked caller does. */
  dissuaded: {
    path: ['entry', 'lineTop', 'exitTop'],
    durationMs: 900,
    colour: BOUNCE_GREY,
    fade: true,
    label: null,
  },
  /** A redial the platform hangs up because it came too soon: comes back and bounces off. */
  refused: {
    path: ['redialEntry', 'lineTop', 'exitTop'],
    durationMs: 900,
    colour: BOUNCE_GREY,
    fade: true,
    label: null,
  },
  /** Settled by the voice server: from the entry to the voice server, never reaching the line. */
  selfServed: {
    path: ['entry', 'voiceServer'],
    durationMs: 800,
    colour: OKABE_ITO.yellow,
    fade: true,
    label: 'settled by the voice server',
  },
  /** Booked a telephone appointment: from the entry to the appointment book. */
  booked: {
    path: ['entry', 'appointmentBook'],
    durationMs: 900,
    colour: OKABE_ITO.skyBlue,
    fade: true,
    label: 'booked an appointment',
  },
  /** Its appointment has come: an agent calls, from the appointment book to a seat. */
  appointmentCall: {
    path: ['appointmentBook', 'seat'],
    durationMs: 700,
    colour: OKABE_ITO.skyBlue,
    fade: true,
    label: null,
  },
  /** Took the callback offered on arrival: from the entry to the shelf on the right. */
  heldForCallback: {
    path: ['entry', 'shelf'],
    durationMs: 800,
    colour: OKABE_ITO.bluishGreen,
    fade: true,
    label: 'took a callback',
  },
  /** Called back: from the shelf to an agent's seat. */
  calledBack: {
    path: ['shelf', 'seat'],
    durationMs: 700,
    colour: OKABE_ITO.bluishGreen,
    fade: true,
    label: 'called back',
  },
} as const satisfies Record<string, OutcomeAnimation>;

export type OutcomeKind = keyof typeof OUTCOME_ANIMATIONS;

/** Outcome codes as the worker sends them (an index into this list). */
export const OUTCOME_CODES: readonly OutcomeKind[] = Object.keys(OUTCOME_ANIMATIONS) as OutcomeKind[];

/**
 * The code of outcome `kind` in event batches.
 *
 * @example
 * ```ts
 * OUTCOME_CODES[outcomeCode('selfServed')] // => 'selfServed'
 * outcomeCode('answered') // => 0
 * ```
 */
export function outcomeCode(kind: OutcomeKind): number {
  return OUTCOME_CODES.indexOf(kind);
}

/**
 * Where along `path` a dot is at `progress` (0…1): the index of the leg and the eased fraction
 * within it. Legs share the time equally; each eases in and out (smoothstep).
 *
 * @example
 * ```ts
 * pathPosition(2, 0.5) // => { leg: 1, t: 0 }
 * pathPosition(1, 0.25) // => { leg: 0, t: 0.15625 }
 * ```
 */
export function pathPosition(legs: number, progress: number): { leg: number; t: number } {
  const p = Math.min(1, Math.max(0, progress)) * legs;
  const leg = Math.min(legs - 1, Math.floor(p));
  const f = p - leg;
  return { leg, t: f * f * (3 - 2 * f) };
}
