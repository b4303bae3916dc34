import { OUTCOME_ANIMATIONS, type OutcomeAnimation } from '../engine/outcomes.js';
import { cssColour, OKABE_ITO } from '../engine/palette.js';
import { WAIT_BANDS } from '../engine/wait-colour.js';
import { SEAT_STATES } from '../scene/seats.js';
import { h } from './dom.js';

function item(colour: number, label: string, square = false): HTMLElement {
  const swatch = h('span', {
    class: 'swatch',
    style: `background:${cssColour(colour)}${square ? ';border-radius:0' : ''}`,
  });
  return h('span', {}, swatch, label);
}

/**
 * Fills `host` with what every colour of the scene means, as text.
 *
 * @example
 * ```ts
 * const host = h('div');
 * renderLegend(host);
 * host.textContent.includes('settled by the voice server') // => true
 * host.querySelectorAll('.swatch').length > 10 // => true
 * ```
 */
export function renderLegend(host: HTMLElement): void {
  const outcomes = Object.values(OUTCOME_ANIMATIONS).flatMap((a: OutcomeAnimation) =>
    a.label === null ? [] : [{ colour: a.colour, label: a.label }],
  );
  host.replaceChildren(
    h('span', {}, 'Waiting for:'),
    ...WAIT_BANDS.map((b) => item(b.colour, b.label)),
    item(OKABE_ITO.reddishPurple, 'calling again'),
    ...outcomes.map((a) => item(a.colour, a.label)),
    ...SEAT_STATES.map((s) => item(s.colour, s.label, true)),
  );
}
