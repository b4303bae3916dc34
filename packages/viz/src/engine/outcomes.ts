import { BOUNCE_GREY, OKABE_ITO } from './palette.js';

/**
 * Where a caller's dot can be in a lane: `entry` (top, where first calls come in), `redialEntry`
 * (the left edge, where callers who gave up come back from), `slot` (its place in the line),
 * `seat` (an agent's seat), `lineTop` (the top edge of the line, where turned-away callers bounce),
 * `exitLeft` (off the lane to the left), `exitTop` (back up out of the lane), `shelf` (the right
 * edge, where callers waiting for a callback are kept).
 */
export type Anchor = 'entry' | 'redialEntry' | 'slot' | 'seat' | 'lineTop' | 'exitLeft' | 'exitTop' | 'shelf';

/** How the dot of one outcome moves: through `path`, in `durationMs` of wall time, coloured `colour`. */
export interface OutcomeAnimation {
  /** Anchors visited in order, the first being where the dot starts. */
  path: readonly Anchor[];
  durationMs: number;
  colour: number;
  /** Fade out over the last part of the move. */
  fade: boolean;
  /** What the legend says. */
  label: string;
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
    label: 'answered at once',
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
    label: 'blocked or turned away',
  },
  /** Took a callback: leaves the line for the shelf on the right. */
  heldForCallback: {
    path: ['slot', 'shelf'],
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

/** The code of outcome `kind` in event batches. */
export function outcomeCode(kind: OutcomeKind): number {
  return OUTCOME_CODES.indexOf(kind);
}

/**
 * Where along `path` a dot is at `progress` (0…1): the index of the leg and the eased fraction
 * within it. Legs share the time equally; each eases in and out (smoothstep).
 */
export function pathPosition(legs: number, progress: number): { leg: number; t: number } {
  const p = Math.min(1, Math.max(0, progress)) * legs;
  const leg = Math.min(legs - 1, Math.floor(p));
  const f = p - leg;
  return { leg, t: f * f * (3 - 2 * f) };
}
