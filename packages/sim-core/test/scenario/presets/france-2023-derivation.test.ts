import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analytic/analyze.js';
import { france2023 } from '../../../src/scenario/presets/france-2023.js';
import { FRANCE_2023_INPUTS as IN } from '../../../src/scenario/presets/france-2023-inputs.js';
import { deriveFrance2023 } from './france-2023-derivation.js';

const derived = deriveFrance2023();

describe('deriveFrance2023', () => {
  it('gives exactly the calls and agents written in the preset', () => {
    expect(derived.map((d) => d.id)).toEqual(france2023.queues.map((q) => q.id));
    derived.forEach((d, q) => {
      expect(france2023.queues[q]?.calls, d.id).toEqual(d.calls);
      expect(france2023.pools[q]?.agents, d.id).toEqual(new Array(17).fill(d.agents));
    });
  });

  it('meets the study per-attempt failure with the fewest agents', () => {
    for (const d of derived) {
      const target = IN.services.find((s) => s.id === d.id)?.mysteryFailure ?? Number.NaN;
      expect(d.mysteryFailure, d.id).toBeLessThanOrEqual(target);
      expect(d.mysteryFailure, d.id).toBeGreaterThan(target - 0.005);
    }
  });

  it('keeps the documented volumes: first calls plus their redials make the attempts a day', () => {
    for (const d of derived) {
      // Attempts per first call, 1 / (1 − r (1 − pickup)), undo the redial removal per interval.
      const attempts = d.calls.reduce(
        (sum, calls, i) => sum + calls / (1 - IN.redialProbability * (1 - (d.pickupRate[i] ?? 0))),
        0,
      );
      // calls are rounded to whole numbers per half-hour
      expect(attempts / d.attemptsPerDay, d.id).toBeCloseTo(1, 3);
    }
    expect(derived.map((d) => d.attemptsPerDay)).toEqual([160_000, 150_000, 166_700, 260_000]);
    // Assurance retraite: the derived volume is the one at which 96,000 calls a day are answered.
    expect(derived[2]?.answeredPerDay).toBeGreaterThan(96_000 * 0.99);
    expect(derived[2]?.answeredPerDay).toBeLessThan(96_000 * 1.01);
  });

  it('computes per-interval pickup rates with Erlang A at the attempt rate', () => {
    const d = derived[1]!;
    const caf = IN.services[1]!;
    const m = analyze({
      arrivalRate: (d.attemptsPerDay * IN.profile[4]!) / 1800,
      aht: caf.aht,
      agents: d.erlangAgents,
      patience: IN.patienceMean,
    });
    expect(d.pickupRate[4]).toBe(m.pickupRate);
    // The peak half-hour is the worst, the last one the best.
    expect(Math.min(...d.pickupRate)).toBe(d.pickupRate[4]);
    expect(Math.max(...d.pickupRate)).toBe(d.pickupRate[16]);
  });
});
