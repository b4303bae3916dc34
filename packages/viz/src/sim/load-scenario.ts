import { getPreset, parseScenario, type Scenario, ScenarioError } from '@decroche/sim-core';
import { parseClockTime } from '../engine/clock.js';
import type { ScenarioInfo, ScenarioSource } from './protocol.js';

/** The preset day opens at 8:30 (the opening hours of the four platforms). */
const DEFAULT_OPENS_AT = 8.5 * 3600;

/**
 * Reads and validates a scenario from `source` with sim-core's `parseScenario`. Throws an Error whose
 * message is what the command line says for the same file: `scenario 'name' is not valid:` followed
 * by every problem with its path, one per line.
 *
 * @example
 * ```ts
 * const { scenario, opensAt } = loadScenario({ kind: 'preset', name: 'france-2023' });
 * scenario.queues.length // => 4
 * opensAt // => 30600
 * let message = '';
 * try { loadScenario({ kind: 'text', name: 'bad.yaml', text: 'queues: []' }); } catch (e) { message = e.message; }
 * message.startsWith("scenario 'bad.yaml' is not valid:") // => true
 * ```
 */
export function loadScenario(source: ScenarioSource): { scenario: Scenario; opensAt: number } {
  try {
    const raw = source.kind === 'preset' ? getPreset(source.name) : source.text;
    const scenario = parseScenario(raw);
    const opensAt = parseClockTime((scenario as { opensAt?: unknown }).opensAt, DEFAULT_OPENS_AT);
    return { scenario, opensAt };
  } catch (error) {
    if (error instanceof ScenarioError) {
      throw new Error(`scenario '${source.name}' is not valid:\n${error.message}`);
    }
    throw error;
  }
}

/**
 * What the page shows of `scenario` before it runs; `switches` lists, per queue, the blocks the
 * running simulation can switch (none when left out).
 *
 * @example
 * ```ts
 * const scenario = parseScenario({ intervals: 4, queues: [{ id: 'caf', calls: 10, handleTime: { dist: 'exponential', mean: 300 },
 *   ivr: { share: 0.1, time: { dist: 'exponential', mean: 60 } } }], pools: [{ id: 'agents', serves: ['caf'], agents: 5 }] });
 * const info = scenarioInfo(scenario, 30600);
 * info.horizon // => 7200
 * info.places // => [{ voiceServer: true, shelf: false, appointmentBook: false }]
 * scenarioInfo(scenario, 30600, [['ivr']]).switches // => [['ivr']]
 * ```
 */
export function scenarioInfo(
  scenario: Scenario,
  opensAt: number,
  switches: string[][] = scenario.queues.map(() => []),
): ScenarioInfo {
  return {
    name: scenario.name,
    queues: scenario.queues.map((q) => q.id),
    pools: scenario.pools.map((p) => ({ id: p.id, serves: [...p.serves], agents: [...p.agents] })),
    places: scenario.queues.map((q) => ({
      voiceServer: q.ivr !== undefined,
      shelf: q.callback !== undefined,
      appointmentBook: q.appointments !== undefined,
    })),
    switches,
    horizon: scenario.days * scenario.intervals * scenario.intervalSeconds,
    intervalSeconds: scenario.intervalSeconds,
    intervals: scenario.intervals,
    days: scenario.days,
    opensAt,
  };
}
