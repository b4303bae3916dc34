import type { SimulationReport } from '../metrics/report.js';
import { createStreams } from '../random/streams.js';
import { calendarDays } from '../scenario/calendar-days.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario, ScenarioInput } from '../scenario/types.js';
import { CallCentre } from './call-centre.js';
import { type DayReport, DaySplitter } from './day-reports.js';
import { modelConfig } from './model-config.js';
import { runReport } from './run-report.js';
import { reportOfReplications, simulateOptions } from './simulate.js';
import type { WorkLimits } from './work-estimate.js';

/** Options of {@link simulateDays}: the master seed and `simulate`'s work limits. */
export interface SimulateDaysOptions extends WorkLimits {
  /** Master seed; default: the scenario's `seed`. */
  seed?: number;
}

/**
 * Runs the model day by day, each day only when the loop asks for it: the days' reports, as
 * `runOnce` cuts them, then the run's report.
 */
async function* dayByDay(parsed: Scenario, seed: number): AsyncGenerator<DayReport, SimulationReport> {
  const model = new CallCentre(modelConfig(parsed, createStreams(seed)));
  const dates = parsed.calendar === undefined ? null : calendarDays(parsed).map((d) => d.date);
  const splitter = new DaySplitter(model, dates);
  const daySeconds = parsed.intervals * parsed.intervalSeconds;
  for (let d = 0; d < parsed.days - 1; d++) {
    model.calendar.run(Math.min((d + 1) * daySeconds, model.config.horizon), model);
    yield splitter.endDay();
  }
  model.finish();
  yield splitter.endDay();
  splitter.restore();
  return reportOfReplications(parsed, [runReport(model)]);
}

/**
 * The days of a run as an async iterator: each day's report (`DayReport`: the attempts settled that
 * day, `date` with a calendar) is yielded as the day ends, and the next day is simulated only when
 * the loop asks for it — so memory stays flat whatever the horizon, a consumer can await its own
 * work (write a row, draw a chart) between days, and `break` (or `return()`) stops the run there.
 * The days are those `simulate`'s `onDay` gives for the same seed (one replication), and the
 * iterator's return value, when driven to the end with `next()`, is `simulate`'s report.
 *
 * Cost: that of `simulate` with one replication, plus one day report per day (O(cells × wait
 * bins) each). Throws at once (not at the first `next()`) a ScenarioError for an invalid scenario
 * and a RangeError for a bad seed or work beyond `maxAttempts` / `maxCells`.
 *
 * @example
 * ```ts
 * import { simulate, simulateDays } from '@decroche/sim-core';
 * const scenario = { days: 4, intervals: 2,
 *   queues: [{ id: 'caf', calls: 100, handleTime: { dist: 'exponential', mean: 300 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 20 }] };
 * const offered = [];
 * for await (const day of simulateDays(scenario, { seed: 4 })) offered.push(day.total.offered);
 * offered.length // => 4
 * const streamed = [];
 * simulate(scenario, { seed: 4, onDay: (day) => streamed.push(day.total.offered) });
 * JSON.stringify(offered) === JSON.stringify(streamed) // => true
 * const seen = [];
 * for await (const day of simulateDays(scenario, { seed: 4 })) {
 *   seen.push(day.day);
 *   if (day.day === 1) break; // stops the run after its second day
 * }
 * seen // => [0, 1]
 * ```
 */
export function simulateDays(
  scenario: ScenarioInput | string,
  options: SimulateDaysOptions = {},
): AsyncGenerator<DayReport, SimulationReport> {
  const parsed = parseScenario(scenario);
  const { seed } = simulateOptions(parsed, options);
  return dayByDay(parsed, seed);
}
