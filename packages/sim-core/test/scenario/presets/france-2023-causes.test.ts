import { describe, expect, it } from 'vitest';
import { france2023 } from '../../../src/scenario/presets/france-2023.js';
import { france2023Causes } from '../../../src/scenario/presets/france-2023-causes.js';

describe('france2023Causes', () => {
  it('gives both causes for every service of the preset, each factor within its stated range', () => {
    expect(Object.keys(france2023Causes)).toEqual(france2023.queues.map((q) => q.id));
    for (const [id, causes] of Object.entries(france2023Causes)) {
      for (const c of [causes.calls, causes.handleTime]) {
        expect(c.range[0], id).toBeLessThanOrEqual(c.factor);
        expect(c.factor, id).toBeLessThanOrEqual(c.range[1]);
        expect(c.range[0], id).toBeGreaterThanOrEqual(1);
        expect(c.source.length, id).toBeGreaterThan(20);
      }
    }
    // The published growth: Assurance maladie calls more than doubled since autumn 2019 (press
    // quoting the institution); CAF phone requests +30 % from 2019 to 2021 (an agency report).
    expect(france2023Causes['assurance-maladie']?.calls.factor).toBe(2);
    expect(france2023Causes.caf?.calls.factor).toBe(1.3);
    // No call duration was ever published: the longer calls are an assumption.
    expect(Object.values(france2023Causes).map((c) => c.handleTime.confidence)).toEqual(
      new Array(4).fill('ASSUMPTION'),
    );
  });
});
