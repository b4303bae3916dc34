import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../src/scenario/parse-scenario.js';
import { france2023 } from '../../../src/scenario/presets/france-2023.js';

describe('france2023', () => {
  it('is a valid scenario that parseScenario leaves as it is (every field given)', () => {
    expect(parseScenario(france2023)).toEqual(france2023);
    expect(parseScenario(JSON.stringify(france2023))).toEqual(france2023);
  });

  it('has the four platforms of the study, each with its own pool, 8:30–17:00 in half-hours', () => {
    expect(france2023.queues.map((q) => q.id)).toEqual([
      'assurance-maladie',
      'caf',
      'assurance-retraite',
      'france-travail',
    ]);
    expect(france2023.pools.map((p) => p.serves)).toEqual(france2023.queues.map((q) => [q.id]));
    expect(france2023.intervalSeconds * france2023.intervals).toBe(8.5 * 3600);
    for (const q of france2023.queues) {
      expect(q.calls).toHaveLength(17);
      expect(q.handleTime.dist).toBe('lognormal');
      expect(q.patience).toEqual({ dist: 'exponential', mean: 600 });
      expect(q.redial?.probability).toBeCloseTo(1 / 3, 12);
    }
  });

  it('has a morning peak and a quieter lunch, 12:00–14:00', () => {
    for (const q of france2023.queues) {
      const at = (hour: number) => q.calls[(hour - 8.5) * 2] ?? Number.NaN;
      const lunch = Math.max(at(12), at(12.5), at(13), at(13.5));
      expect(Math.max(at(10), at(10.5), at(11))).toBeGreaterThan(1.25 * lunch);
      expect(Math.max(...q.calls)).toBe(at(10.5));
    }
  });

  it('is frozen: changing it needs a copy (getPreset)', () => {
    expect(Object.isFrozen(france2023)).toBe(true);
    expect(Object.isFrozen(france2023.queues[0]?.calls)).toBe(true);
    expect(() => {
      (france2023.queues[0]?.calls as number[])[0] = 1;
    }).toThrow(TypeError);
  });
});
