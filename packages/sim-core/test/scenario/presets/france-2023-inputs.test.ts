import { describe, expect, it } from 'vitest';
import { FRANCE_2023_INPUTS, FRANCE_FIGURES } from '../../../src/scenario/presets/france-2023-inputs.js';

describe('France preset inputs', () => {
  it('has an intraday profile of 17 half-hours summing to 1', () => {
    expect(FRANCE_2023_INPUTS.profile).toHaveLength(FRANCE_2023_INPUTS.intervals);
    expect(FRANCE_2023_INPUTS.profile.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
  });

  it('derives the daily volumes and handle times from the published figures', () => {
    const [maladie, caf, retraite, travail] = FRANCE_2023_INPUTS.services;
    // calibration/france.md: 40 M calls a year (M); CAF 37.5 M in 2016 (H); 250 working days (EST).
    expect(maladie?.attemptsPerDay).toBe(160_000);
    expect(caf?.attemptsPerDay).toBe(150_000);
    // 16 platforms (ASSUMPTION) × 100 agents × 60 calls a day (M).
    expect(retraite?.answeredPerDay).toBe(96_000);
    expect(retraite?.attemptsPerDay).toBeUndefined();
    // 6 h on the phone ÷ 60 calls = 6 min (calibration/france.md: "about 6 min per call, EST").
    expect(retraite?.aht).toBe(360);
    // 13 platforms (ASSUMPTION) × 20,000 calls a day (L); 200 advisers → 100 calls each in 6 h.
    expect(travail?.attemptsPerDay).toBe(260_000);
    expect(travail?.aht).toBe(216);
    expect(FRANCE_FIGURES.workingDaysPerYear).toBe(250);
  });

  it('turns the study failure after 3 attempts into the per-attempt EST of calibration/france.md', () => {
    // calibration/france.md: "maladie 0.90, CAF 0.81, retraite 0.65, France Travail 0.54".
    expect(FRANCE_2023_INPUTS.services.map((s) => s.mysteryFailure)).toEqual([0.9, 0.81, 0.65, 0.54]);
  });
});
