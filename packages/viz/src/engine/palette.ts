/**
 * The Okabe–Ito palette (Okabe & Ito, "Color Universal Design", 2002): eight colours that stay
 * distinct for the common forms of colour blindness. Every colour of the visualiser comes from here.
 */
export const OKABE_ITO = {
  black: 0x000000,
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  bluishGreen: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  reddishPurple: 0xcc79a7,
} as const;

/** Background of the scene, and the dim grey of idle seats and lane frames. */
export const BACKGROUND = 0x11151c;
export const IDLE_GREY = 0x4a5261;
export const BOUNCE_GREY = 0xbbbbbb;

/**
 * `0xrrggbb` as a CSS colour, `#rrggbb`.
 *
 * @example
 * ```ts
 * cssColour(OKABE_ITO.orange) // => '#e69f00'
 * cssColour(0x0000ff) // => '#0000ff'
 * ```
 */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
