// The colours of the scene stay apart for people with colour blindness. Each group of colours a viewer
// must tell apart (wait bands; outcomes; seats) is seen through the three dichromacies as simulated by
// Machado, Oliveira & Fernandes, "A Physiologically-based Model for Simulation of Color Vision
// Deficiency", IEEE TVCG 15(6), 2009 (severity 1.0 matrices, on linear RGB), and every two colours of
// a group, and each colour and the background, must stay at least 5 just-noticeable differences apart
// in CIELAB (ΔE*ab; one JND is 2.3: Sharma, Digital Color Imaging Handbook, 2003): small moving dots
// need several JNDs to be told apart at a glance (Stone, Szafir & Setlur, "An Engineering Model for
// Color Difference as a Function of Size", Color and Imaging Conference, 2014).
import { describe, expect, it } from 'vitest';
import { OUTCOME_ANIMATIONS } from '../../src/engine/outcomes.js';
import { BACKGROUND, cssColour, IDLE_GREY, OKABE_ITO } from '../../src/engine/palette.js';
import { WAIT_BANDS } from '../../src/engine/wait-colour.js';

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

const VISION: Record<string, Matrix> = {
  'normal vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const JND = 2.3;
const AT_A_GLANCE = 5 * JND;

/** sRGB channel (0–255) to linear light. */
function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** CIELAB (D65) of `colour` (0xrrggbb) as seen through `m`. */
function labSeen(colour: number, m: Matrix): [number, number, number] {
  const rgb = [16, 8, 0].map((shift) => linear((colour >> shift) & 255));
  const [r, g, b] = m.map((row) =>
    Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)),
  ) as [number, number, number];
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

function deltaE(a: number, b: number, m: Matrix): number {
  const p = labSeen(a, m);
  const q = labSeen(b, m);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** Colours a viewer must tell apart, each group on its own (a dot's place says which group it is in). */
const GROUPS: Record<string, number[]> = {
  'wait bands': WAIT_BANDS.map((b) => b.colour),
  outcomes: [...new Set(Object.values(OUTCOME_ANIMATIONS).map((a) => a.colour as number))],
  seats: [OKABE_ITO.bluishGreen, OKABE_ITO.orange, IDLE_GREY],
};

describe('the colours of the scene', () => {
  it('has the six colours of outcomes and the four of waits it is checked for', () => {
    expect(GROUPS.outcomes!.length).toBe(6);
    expect(GROUPS['wait bands']!.length).toBe(4);
  });

  for (const [vision, m] of Object.entries(VISION)) {
    for (const [group, colours] of Object.entries(GROUPS)) {
      it(`keeps the ${group} apart with ${vision}`, () => {
        const close: string[] = [];
        colours.forEach((a, i) => {
          if (deltaE(a, BACKGROUND, m) < AT_A_GLANCE) close.push(`${cssColour(a)} on the background`);
          for (const b of colours.slice(i + 1)) {
            const d = deltaE(a, b, m);
            if (d < AT_A_GLANCE) close.push(`${cssColour(a)} and ${cssColour(b)}: ΔE ${d.toFixed(1)}`);
          }
        });
        expect(close).toEqual([]);
      });
    }
  }

  it('merges, as a protanope sees them, a red and a green that normal vision keeps far apart', () => {
    // Red and green of equal lightness merge for a protanope, and stay far apart in normal vision.
    expect(deltaE(0xd55e00, 0x6f7c00, VISION.protanopia!)).toBeLessThan(AT_A_GLANCE);
    expect(deltaE(0xd55e00, 0x6f7c00, VISION['normal vision']!)).toBeGreaterThan(4 * AT_A_GLANCE);
  });
});
