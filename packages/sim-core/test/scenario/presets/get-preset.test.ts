import { describe, expect, it } from 'vitest';
import { france2023 } from '../../../src/scenario/presets/france-2023.js';
import { getPreset, presetNames } from '../../../src/scenario/presets/get-preset.js';

describe('presetNames / getPreset', () => {
  it('lists the presets', () => {
    expect(presetNames()).toEqual(['france-2023', 'france-2023-year']);
  });

  it('returns a fresh, changeable copy each time', () => {
    const a = getPreset('france-2023');
    expect(a).toEqual(france2023);
    expect(a).not.toBe(france2023);
    a.pools[0]!.agents[0] = 1;
    expect(getPreset('france-2023').pools[0]!.agents[0]).toBe(france2023.pools[0]!.agents[0]);
    expect(Object.isFrozen(a.queues[0])).toBe(false);
  });

  it('names the unknown preset and the known ones', () => {
    expect(() => getPreset('france-2024')).toThrow(
      new RangeError("getPreset: name must be one of france-2023, france-2023-year, got 'france-2024'"),
    );
    expect(() => getPreset('toString')).toThrow(RangeError);
  });
});
