import { addIntervalStarts } from '../metrics/interval-starts.js';
import { mysteryReport } from '../metrics/mystery-report.js';
import { addPoolScheduled } from '../metrics/pool-scheduled.js';
import { combineReplications } from '../metrics/replications.js';
import type { SimulationReport } from '../metrics/report.js';
import { createStreams } from '../random/streams.js';
import { calendarDays } from '../scenario/calendar-days.js';
import { intervalLabel } from '../scenario/interval-label.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario, ScenarioInput } from '../scenario/types.js';
import { CallCentre } from './call-centre.js';
import { combineDays, type DayReport, DaySplitter } from './day-reports.js';
import { modelConfig } from './model-config.js';
import { runReport } from './run-report.js';
import { checkWork, estimateWork, type WorkLimits } from './work-estimate.js';

/**
 * Options of {@link simulate}. `maxAttempts` (default 1e9 expected attempts over all replications)
 * and `maxCells` (default 100,000 queue × interval cells) refuse work that could not finish or fit
 * before it starts (see `checkWork`); Infinity lifts a limit.
 */
export interface SimulateOptions extends WorkLimits {
  /** Master seed; default: the scenario's `seed`. */
  seed?: number;
  /** Independent replications (a positive integer); default 1. */
  replications?: number;
  /**
   * Called after each simulated day of each replication with the days done and the days in all
   * (`days × replications`), e.g. to draw a progress bar, and within a long day (over about 250,000
   * expected attempts) several times, with a fractional count of days. Results do not depend on it.
   */
  onProgress?: (done: number, total: number) => void;
  /** Called with each replication's own report as it ends, e.g. to compute other statistics. */
  onReplication?: (index: number, report: SimulationReport) => void;
  /** Also return every replication's report, in index order, as `replications`. */
  keepReplications?: boolean;
  /**
   * Called at the end of each simulated day of each replication with that day's report (the KPIs of
   * the attempts settled that day, with its date when the scenario has a `calendar`): results
   * streamed day by day, in memory that does not grow with the number of days.
   */
  onDay?: (day: DayReport, replication: number) => void;
  /** Also return the days' reports as `days` (means over replications, with `halfWidth`). */
  keepDays?: boolean;
}

/** Options of `simulate` checked, with their defaults. */
export interface CheckedOptions {
  seed: number;
  replications: number;
  onProgress?: (done: number, total: number) => void;
  onReplication?: (index: number, report: SimulationReport) => void;
  keepReplications: boolean;
  onDay?: (day: DayReport, replication: number) => void;
  keepDays: boolean;
}

/**
 * Checks the options of `simulate` against a parsed scenario and refuses work beyond the limits
 * (`checkWork`); returns them with their defaults. Shared with `simulateParallel`. O(queues × intervals).
 */
export function simulateOptions(parsed: Scenario, options: SimulateOptions): CheckedOptions {
  const seed = options.seed ?? parsed.seed;
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const replications = options.replications ?? 1;
  if (!(Number.isInteger(replications) && replications >= 1)) {
    throw new RangeError(`replications must be a positive integer, got ${replications}`);
  }
  const { onProgress, onReplication, onDay } = options;
  for (const [name, f] of [
    ['onProgress', onProgress],
    ['onReplication', onReplication],
    ['onDay', onDay],
  ] as const) {
    if (f !== undefined && typeof f !== 'function') {
      throw new RangeError(`${name} must be a function, got ${String(f)}`);
    }
  }
  checkWork(estimateWork(parsed), replications, options);
  const checked: CheckedOptions = {
    seed,
    replications,
    keepReplications: options.keepReplications === true,
    keepDays: options.keepDays === true,
  };
  if (onProgress !== undefined) checked.onProgress = onProgress;
  if (onReplication !== undefined) checked.onReplication = onReplication;
  if (onDay !== undefined) checked.onDay = onDay;
  return checked;
}

/**
 * The seed of replication `r` of a run seeded `seed`: the seed itself for r = 0 (so one replication
 * equals a plain run), then draws of the `replications` stream, so that runs with nearby seeds share
 * no replication. O(r).
 */
export function replicationSeed(seed: number, r: number): number {
  if (r === 0) return seed;
  const rng = createStreams(seed).stream('replications');
  let s = 0;
  for (let k = 0; k < r; k++) s = Math.floor(rng() * 2 ** 32);
  return s;
}

/** What a run reports as it goes (see {@link runOnce}). */
export interface RunHooks {
  /** The days simulated so far, fractional within a long day. */
  progress?: (days: number) => void;
  /** Each day's report, at the day's end. */
  onDay?: (day: DayReport) => void;
  /** Keep the days' reports in the run's report (`days`). */
  keepDays?: boolean;
}

/** Expected attempts per step of a run that reports progress: about 0.1 s of one core. */
const ATTEMPTS_PER_STEP = 250_000;

/**
 * One run of a validated scenario with one seed. With hooks, the run stops at each day's end (and,
 * for progress, a few times within a long day) to call them; the calendar resumes exactly where it
 * stopped, so the report is the same.
 */
export function runOnce(scenario: Scenario, seed: number, hooks: RunHooks = {}): SimulationReport {
  const model = new CallCentre(modelConfig(scenario, createStreams(seed)));
  const { progress, onDay, keepDays } = hooks;
  const splitter =
    onDay !== undefined || keepDays === true
      ? new DaySplitter(
          model,
          scenario.calendar === undefined ? null : calendarDays(scenario).map((d) => d.date),
        )
      : null;
  const kept: DayReport[] = [];
  const endDay = () => {
    if (splitter === null) return;
    const day = splitter.endDay();
    onDay?.(day);
    if (keepDays) kept.push(day);
  };
  if (progress !== undefined || splitter !== null) {
    const daySeconds = scenario.intervals * scenario.intervalSeconds;
    const perDay = estimateWork(scenario).attempts / scenario.days;
    const steps =
      progress === undefined ? 1 : Math.min(1000, scenario.intervals, Math.ceil(perDay / ATTEMPTS_PER_STEP));
    for (let d = 0; d < scenario.days; d++) {
      for (let k = 1; k <= steps; k++) {
        if (d === scenario.days - 1 && k === steps) break; // the last stretch: finish()
        const until = k === steps ? (d + 1) * daySeconds : d * daySeconds + (k * daySeconds) / steps;
        model.calendar.run(Math.min(until, model.config.horizon), model);
        progress?.(d + k / steps);
      }
      if (d < scenario.days - 1) endDay();
    }
  }
  model.finish();
  endDay();
  progress?.(scenario.days);
  splitter?.restore();
  const report = runReport(model);
  if (keepDays) report.days = kept;
  return report;
}

/** Labels of the intervals as clock times when the scenario has `opensAt`, else null. */
export function clockLabels(scenario: Scenario): ((i: number) => string) | null {
  return scenario.opensAt === undefined ? null : (i) => intervalLabel(scenario, i);
}

/**
 * The report of a run from its replications' reports, in index order: the one report itself for one
 * replication, else their means with 95 % half-widths (and the mystery callers' pooled outcomes);
 * then the clock labels of the intervals (`opensAt`) and the pools' scheduled agents. `simulate`,
 * `simulateParallel` and a merge of shards all finish through it, so they give the same report.
 * With `keep`, the replications' reports are returned too, as `replications`. O(size of the reports).
 * Throws a RangeError when `reports` is empty.
 *
 * @example
 * ```ts
 * import { parseScenario, reportOfReplications, simulate } from '@decroche/sim-core';
 * const scenario = parseScenario({ intervals: 2,
 *   queues: [{ id: 'caf', calls: 100, handleTime: { dist: 'exponential', mean: 300 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 20 }] });
 * const runs = simulate(scenario, { seed: 3, replications: 3, keepReplications: true }).replications ?? [];
 * reportOfReplications(scenario, runs).total.offered === simulate(scenario, { seed: 3, replications: 3 }).total.offered // => true
 * ```
 */
export function reportOfReplications(
  scenario: Scenario,
  reports: SimulationReport[],
  keep = false,
): SimulationReport {
  if (reports.length === 0) throw new RangeError('reportOfReplications needs at least one report');
  const report = reports.length === 1 ? reports[0]! : combineReplications(reports);
  const mystery = reports.length === 1 ? undefined : mysteryReport(reports);
  if (mystery !== undefined) report.mystery = mystery;
  // With one replication the result is that replication's report: keep a copy, not a cycle.
  const kept = keep ? (reports.length === 1 ? [{ ...reports[0]! }] : reports) : undefined;
  const result = addPoolScheduled(addIntervalStarts(report, clockLabels(scenario)), scenario.pools);
  if (reports.length > 1 && reports[0]!.days !== undefined) {
    result.days = combineDays(reports.map((r) => r.days ?? []));
  }
  if (kept !== undefined) result.replications = kept;
  return result;
}

/**
 * Simulates a scenario (a {@link Scenario} or any input `parseScenario` accepts: object, JSON or
 * YAML text) and returns its report (docs/report.md): KPIs in total, per queue and per interval of the
 * day, and pool occupancy. The run covers `days × intervals` intervals; callers still waiting at the
 * end count as `inSystem` (unless `drain`), calls in progress as answered; calls arriving in the
 * warm-up are left out. When the scenario has `opensAt`, each interval of the report's queues and
 * pools carries its clock time, `start: '08:30'`. With `replications` R > 1, each replication has its own derived seed, every
 * figure is the mean over replications and `halfWidth` holds its 95 % confidence half-width.
 * `onProgress(done, total)` is called after each simulated day, for progress bars on long runs;
 * `onReplication(index, report)` with each replication's report, and `keepReplications` returns
 * them all as `replications` (each a report without half-widths), for statistics of one's own.
 *
 * Cost: O(events) per replication (about 2 events per call; 3.0–3.6 million calls per second on the
 * reference M/M/310+M model in Node 20, about 45–55× SimPy, varying from run to run — bench/RESULTS.md); memory
 * O(queues × intervals × 1,601 wait bins: about 7 KB per queue and interval), independent of the
 * number of calls.
 * Throws a ScenarioError for an invalid scenario, a RangeError for a bad seed or replication count
 * or for work beyond `maxAttempts` / `maxCells`, naming the field that makes it large.
 *
 * @example
 * ```ts
 * import { simulate } from '@decroche/sim-core';
 * const report = simulate({
 *   intervals: 4,
 *   queues: [{ id: 'caf', calls: 300, handleTime: { dist: 'exponential', mean: 300 },
 *     patience: { dist: 'exponential', mean: 120 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 50 }],
 * }, { seed: 7 });
 * const t = report.total;
 * t.offered === t.answered + t.abandoned + t.blocked + t.inSystem // => true
 * report.pools.agents.intervals.length // => 4
 * ```
 */
export function simulate(scenario: ScenarioInput | string, options: SimulateOptions = {}): SimulationReport {
  const parsed = parseScenario(scenario);
  const checked = simulateOptions(parsed, options);
  const { seed, replications, onProgress, onReplication, keepReplications } = checked;
  const { onDay, keepDays } = checked;
  const total = replications * parsed.days;
  const reports: SimulationReport[] = [];
  for (let r = 0; r < replications; r++) {
    const hooks: RunHooks = { keepDays };
    if (onProgress !== undefined) hooks.progress = (days) => onProgress(r * parsed.days + days, total);
    if (onDay !== undefined) hooks.onDay = (day) => onDay(day, r);
    const report = runOnce(parsed, replicationSeed(seed, r), hooks);
    onReplication?.(r, report);
    reports.push(report);
  }
  return reportOfReplications(parsed, reports, keepReplications);
}
