// What the tests of the callback, appointments and overflow blocks share: scenarios written loosely
// (plain strings for `dist`, blocks built from test parameters) and typed at the call, the problems
// `parseScenario` reports for one, and the KPIs of a report without one block's counters (to compare a
// run with a block that does nothing against the same run without it).
import {
  createSimulation,
  type Kpis,
  parseScenario,
  ScenarioError,
  type ScenarioInput,
  type ScenarioIssue,
  simulate,
} from '../../../src/index.js';

/** An exponential distribution of mean `mean` seconds. */
export const exp = (mean: number) => ({ dist: 'exponential' as const, mean });

/** `simulate` of a scenario built loosely. */
export const simulateLoose = (input: unknown, options: { seed: number }) =>
  simulate(input as ScenarioInput, options);

/** `createSimulation` of a scenario built loosely. */
export const createLoose = (input: unknown, options: { seed: number }) =>
  createSimulation(input as ScenarioInput, options);

/** The problems `parseScenario` finds in `input`; fails the test when it accepts it. */
export function issuesOf(input: unknown): readonly ScenarioIssue[] {
  try {
    parseScenario(input as ScenarioInput);
  } catch (error) {
    if (error instanceof ScenarioError) return error.issues;
    throw error;
  }
  throw new Error('the scenario was accepted');
}

/** KPIs with their intervals, as a queue's or the total's. */
type KpisWithIntervals = Kpis & { intervals: Kpis[] };

/** `kpis` and its intervals without the counters of block KPI `key` (`callbacks`, `appointments`). */
export function withoutCounters(kpis: KpisWithIntervals, key: 'callbacks' | 'appointments') {
  const strip = (k: Kpis) => {
    const { [key]: _, ...rest } = k;
    return rest;
  };
  return { ...strip(kpis), intervals: kpis.intervals.map(strip) };
}
