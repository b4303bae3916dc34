import { describe, expect, it } from 'vitest';
import { OUTCOME_ANIMATIONS, OUTCOME_CODES, outcomeCode, pathPosition } from '../../src/engine/outcomes.js';
import { OKABE_ITO } from '../../src/engine/palette.js';
import { WAIT_BANDS, waitBand } from '../../src/engine/wait-colour.js';

describe('outcome table', () => {
  it('gives every outcome a code that maps back to it and a path of at least two anchors', () => {
    for (const kind of OUTCOME_CODES) {
      expect(OUTCOME_CODES[outcomeCode(kind)]).toBe(kind);
      expect(OUTCOME_ANIMATIONS[kind].path.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('sends an abandon off to the left in red and a blocked caller back up', () => {
    expect(OUTCOME_ANIMATIONS.abandoned.path.at(-1)).toBe('exitLeft');
    expect(OUTCOME_ANIMATIONS.abandoned.colour).toBe(OKABE_ITO.vermillion);
    expect(OUTCOME_ANIMATIONS.blocked.path).toEqual(['entry', 'lineTop', 'exitTop']);
  });

  it('walks a path leg by leg, easing within each', () => {
    expect(pathPosition(2, 0)).toEqual({ leg: 0, t: 0 });
    expect(pathPosition(2, 0.25)).toEqual({ leg: 0, t: 0.5 });
    expect(pathPosition(2, 0.75)).toEqual({ leg: 1, t: 0.5 });
    expect(pathPosition(2, 1)).toEqual({ leg: 1, t: 1 });
    expect(pathPosition(1, 2)).toEqual({ leg: 0, t: 1 });
  });
});

describe('wait colours', () => {
  it('bands waits at 1, 5 and 10 minutes with distinct Okabe–Ito colours', () => {
    expect([0, 59.9, 60, 299, 300, 599, 600, 7200].map(waitBand)).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
    const colours = new Set(WAIT_BANDS.map((b) => b.colour));
    expect(colours.size).toBe(WAIT_BANDS.length);
    for (const c of colours) expect(Object.values(OKABE_ITO)).toContain(c);
  });
});
