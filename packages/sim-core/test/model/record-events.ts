// Test helper: runs a scenario through createSimulation and returns every event it emitted.
import { createSimulation, type Simulation } from '../../src/model/create-simulation.js';
import type { SimulationEvent } from '../../src/model/listeners.js';
import type { ScenarioInput } from '../../src/scenario/types.js';

export function recordEvents(
  scenario: ScenarioInput,
  seed = 1,
  drive: (sim: Simulation) => void = (sim) => sim.advanceTo(Number.POSITIVE_INFINITY),
): { events: SimulationEvent[]; sim: Simulation } {
  const sim = createSimulation(scenario, { seed });
  const events: SimulationEvent[] = [];
  for (const type of ['arrival', 'answer', 'abandon', 'block', 'end'] as const) {
    sim.on(type, (e) => events.push(e));
  }
  drive(sim);
  return { events, sim };
}

export const exp = (mean: number) => ({ dist: 'exponential' as const, mean });
