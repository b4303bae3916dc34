import { describe, expect, it } from 'vitest';
import { france2023 } from '../../../src/scenario/presets/france-2023.js';
import { FRANCE_2023_INPUTS, FRANCE_FIGURES } from '../../../src/scenario/presets/france-2023-inputs.js';
import { france2023Sources } from '../../../src/scenario/presets/france-2023-sources.js';

/** `queues[0].handleTime.mean` → ['queues', '0', 'handleTime', 'mean']. */
function steps(path: string): string[] {
  return path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== '');
}

function valueAt(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const step of steps(path)) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, step)) return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

/** Paths of every number in a value, arrays of numbers as one path. */
function numberPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'number') return [path];
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'number')) return [path];
    return value.flatMap((v, i) => numberPaths(v, `${path}[${i}]`));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => numberPaths(v, path ? `${path}.${k}` : k));
  }
  return [];
}

const root = { ...france2023, inputs: { figures: FRANCE_FIGURES, ...FRANCE_2023_INPUTS } };

describe('france2023Sources', () => {
  it('gives a source to every number of the scenario', () => {
    const sourced = new Set(france2023Sources.map((s) => s.path));
    const covered = (path: string) =>
      sourced.has(path) || (/\[\d+\]$/.test(path) && sourced.has(path.replace(/\[\d+\]$/, '')));
    expect(numberPaths(france2023).filter((path) => !covered(path))).toEqual([]);
  });

  it('gives a source to every published figure the scenario is derived from', () => {
    const sourced = new Set(france2023Sources.map((s) => s.path));
    expect(numberPaths(FRANCE_FIGURES, 'inputs.figures').filter((path) => !sourced.has(path))).toEqual([]);
  });

  it('states the values that are used, at paths that exist', () => {
    for (const s of france2023Sources) {
      const actual = valueAt(root, s.path);
      if (typeof s.value === 'number') expect(actual, s.path).toBeCloseTo(s.value, 12);
      else expect(actual, s.path).toEqual(s.value);
    }
  });

  it('has one entry per path, each with a source and a confidence on the scale of the calibration file', () => {
    const paths = france2023Sources.map((s) => s.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const s of france2023Sources) {
      expect(['H', 'M', 'L', 'EST', 'ASSUMPTION'], s.path).toContain(s.confidence);
      expect(s.source.length, s.path).toBeGreaterThan(10);
    }
  });
});
