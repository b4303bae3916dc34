import type { Scenario } from '../types.js';
import { france2023 } from './france-2023.js';
import { france2023Year } from './france-2023-year.js';

const PRESETS: Readonly<Record<string, Scenario>> = {
  'france-2023': france2023,
  'france-2023-year': france2023Year,
};

/**
 * The names of the scenarios that ship with the library, for `getPreset` (and the CLI's list).
 * Cost: O(number of presets). Never throws.
 *
 * @example
 * ```ts
 * import { presetNames } from '@decroche/sim-core';
 * presetNames() // => ['france-2023', 'france-2023-year']
 * ```
 */
export function presetNames(): string[] {
  return Object.keys(PRESETS);
}

/**
 * A fresh copy of the named preset scenario, in the raw scenario format (docs/scenario.md) (give it to
 * `parseScenario` or `simulate`; change it freely, the preset itself is frozen).
 * Cost: one deep copy of a few kilobytes.
 *
 * @throws RangeError naming the unknown `name` and listing the known ones.
 * @example
 * ```ts
 * import { getPreset } from '@decroche/sim-core';
 * const day = getPreset('france-2023');
 * day.queues.map((q) => q.id) // => ['assurance-maladie', 'caf', 'assurance-retraite', 'france-travail']
 * day.intervals // => 17
 * ```
 */
export function getPreset(name: string): Scenario {
  const preset = Object.hasOwn(PRESETS, name) ? PRESETS[name] : undefined;
  if (preset === undefined) {
    throw new RangeError(`getPreset: name must be one of ${presetNames().join(', ')}, got '${name}'`);
  }
  return structuredClone(preset);
}
