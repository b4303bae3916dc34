import type { Kpis } from '@decroche/sim-core';
import type { OutcomeKind } from '../engine/outcomes.js';

/** An outcome the simulation settles without telling its listeners, and the KPI counter that counts it. */
export interface SilentOutcome {
  kind: OutcomeKind;
  /**
   * True when the caller was heard arriving (an `arrival` event) and is settled before joining the
   * line; false when no event at all comes with the outcome (its dot appears at the outcome's start).
   */
  arrived: boolean;
  /** True for an offered attempt left unanswered (it lowers the live pickup rate, as a hang-up does). */
  lost: boolean;
  /** The counter in a queue's KPIs (0 when the scenario lacks the block). */
  count(kpis: Kpis): number;
}

/**
 * The outcomes a behaviour block settles without an event: the voice server, dissuasion, telephone
 * appointments and callbacks settle an arriving attempt in their admission step; a redial that comes
 * too soon is refused before it arrives; an appointment call is made by an agent with no answer
 * event. The visualiser draws them from the growth of their counters between two frames. A new
 * outcome of this kind is one more row here and one in `OUTCOME_ANIMATIONS`.
 */
export const SILENT_OUTCOMES: readonly SilentOutcome[] = [
  { kind: 'selfServed', arrived: true, lost: false, count: (k) => k.selfServed ?? 0 },
  { kind: 'dissuaded', arrived: true, lost: true, count: (k) => k.dissuaded ?? 0 },
  { kind: 'booked', arrived: true, lost: false, count: (k) => k.appointments?.booked ?? 0 },
  { kind: 'heldForCallback', arrived: true, lost: false, count: (k) => k.callbacks?.accepted ?? 0 },
  { kind: 'refused', arrived: false, lost: true, count: (k) => k.refused ?? 0 },
  { kind: 'appointmentCall', arrived: false, lost: false, count: (k) => k.appointments?.held ?? 0 },
];
