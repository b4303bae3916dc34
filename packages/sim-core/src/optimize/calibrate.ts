import type { SimulationReport } from '../metrics/report.js';
import { simulate } from '../model/simulate.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario, ScenarioInput } from '../scenario/types.js';
import { applyKnob, CALIBRATION_KNOBS, type CalibrationKnob, knobProblem } from './calibration-knob.js';
import {
  CALIBRATION_MEASURES,
  type CalibrationMeasure,
  type MeasuredValue,
  readMeasure,
} from './calibration-measure.js';
import { type Bracket, bracketStep, nextTrial, openBracket } from './monotone-root.js';

/** One parameter to fit: a knob of one queue, its search range, and the measure it must match. */
export interface CalibrationParameter {
  queue: string;
  knob: CalibrationKnob;
  /** Search range of the knob's value (the measure must cross the target within it). */
  min: number;
  max: number;
  /** The figure of the same queue matched to `target` (a name, or a function of the report). */
  measure: CalibrationMeasure;
  target: number;
}

/** Options of {@link calibrate}. */
export interface CalibrateOptions {
  /** One parameter per queue, each fitted to its own queue's measure. */
  parameters: CalibrationParameter[];
  /** Master seed of every evaluation (common random numbers); default: the scenario's. */
  seed?: number;
  /** Replications per evaluation; default 5. */
  replications?: number;
  /** Stop a parameter when |measured − target| is at most this; default 0.001. */
  tolerance?: number;
  /** Root-finding steps at most (each one simulation for all parameters); default 40. */
  maxIterations?: number;
  /** Called after each simulation with the number done, e.g. for a progress bar. */
  onEvaluation?: (evaluations: number) => void;
}

/** One fitted parameter. */
export interface FittedParameter {
  queue: string;
  knob: CalibrationKnob;
  /** The measure's name ('custom' for a function). */
  measure: string;
  target: number;
  /** The fitted value of the knob. */
  value: number;
  /** The measure simulated at `value`, and its 95 % half-width over the replications. */
  measured: number;
  halfWidth: number;
  /** measured − target. */
  residual: number;
  /** Local slope d(measure)/d(value), by a central difference on the same seeds. */
  slope: number;
  /** 95 % uncertainty of `value`: halfWidth ÷ |slope|; null when the slope is 0. */
  uncertainty: number | null;
  /** True when |residual| ≤ tolerance or the bracket closed before maxIterations. */
  converged: boolean;
}

/** What {@link calibrate} returns. */
export interface Calibration {
  parameters: FittedParameter[];
  /** The input scenario (defaults applied) with every knob at its fitted value. */
  scenario: Scenario;
  /** The report of `scenario` with the calibration's seed and replications. */
  report: SimulationReport;
  /** Simulations run (each of `replications` replications). */
  evaluations: number;
}

/** One evaluation: the trial scenario, its report and the parameters' measures in it. */
interface Evaluation {
  trial: Scenario;
  report: SimulationReport;
  measured: MeasuredValue[];
}

const problem = (path: string, message: string) => new RangeError(`${path}: ${message}`);

function checkParameters(scenario: Scenario, parameters: CalibrationParameter[]): void {
  if (!Array.isArray(parameters) || parameters.length === 0) {
    throw new RangeError('parameters must be a non-empty array');
  }
  const seen = new Set<string>();
  parameters.forEach((p, i) => {
    const at = `parameters[${i}]`;
    if (!CALIBRATION_KNOBS.includes(p.knob)) {
      throw problem(`${at}.knob`, `must be one of ${CALIBRATION_KNOBS.join(', ')}, got ${String(p.knob)}`);
    }
    const why = knobProblem(scenario, p.queue, p.knob);
    if (why !== null) throw problem(`${at}.queue`, why);
    if (seen.has(p.queue)) throw problem(`${at}.queue`, `queue ${p.queue} already has a parameter`);
    seen.add(p.queue);
    const low = p.knob === 'redialProbability' ? 0 : Number.MIN_VALUE;
    const high = p.knob === 'redialProbability' ? 1 : Number.POSITIVE_INFINITY;
    if (!(Number.isFinite(p.min) && p.min >= low))
      throw problem(`${at}.min`, `must be ≥ ${low}, got ${p.min}`);
    if (!(Number.isFinite(p.max) && p.max > p.min && p.max <= high)) {
      throw problem(
        `${at}.max`,
        `must be > min (${p.min})${high < Infinity ? ` and ≤ ${high}` : ''}, got ${p.max}`,
      );
    }
    if (!Number.isFinite(p.target)) throw problem(`${at}.target`, `must be a finite number, got ${p.target}`);
    if (typeof p.measure !== 'function' && !CALIBRATION_MEASURES.includes(p.measure)) {
      throw problem(
        `${at}.measure`,
        `must be one of ${CALIBRATION_MEASURES.join(', ')} or a function, got ${String(p.measure)}`,
      );
    }
  });
}

/**
 * Fits one knob per queue (agents, mean patience, mean handle time, redial probability or call
 * volume) so that a simulated measure of that queue (its pickup rate, its callers-served share, or
 * any figure of the report) matches a target, and reports the fit, its residuals and its
 * uncertainty. The parameters must be independent — each moves only its own queue's measure, as
 * when every queue has its own pool — and each measure monotone in its knob. All parameters are
 * fitted at once, one simulation per step, each by a bracketing root finder (regula falsi, Illinois
 * variant, with bisection steps as a safeguard) on the same seeds at every evaluation (common random
 * numbers: the measure is then a deterministic function of the knob, without noise between
 * evaluations). The uncertainty of a value is the measure's 95 % replication half-width divided by
 * the local slope (a central difference, 2 % of the range each side, same seeds).
 *
 * Cost: (5 + steps) simulations of `replications` replications, steps ≤ maxIterations (usually
 * 6–15). Throws a ScenarioError for an invalid scenario; a RangeError naming the parameter for a bad
 * option, a knob the queue lacks, or a target the measure does not reach between min and max.
 *
 * @example
 * ```ts
 * import { calibrate } from '@decroche/sim-core';
 * // How patient must callers be for 92 % of attempts to be answered?
 * const fit = calibrate({
 *   intervals: 2, intervalSeconds: 3600,
 *   queues: [{ id: 'caf', calls: 380, handleTime: { dist: 'exponential', mean: 300 },
 *     patience: { dist: 'exponential', mean: 120 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 30 }],
 * }, { parameters: [{ queue: 'caf', knob: 'patienceMean', min: 10, max: 3000,
 *   measure: 'pickupRate', target: 0.92 }], seed: 1, replications: 4 });
 * const [p] = fit.parameters;
 * Math.abs(p.residual) <= 0.001 // => true
 * p.value > 10 && p.value < 3000 // => true
 * fit.scenario.queues[0].patience.mean === p.value // => true
 * ```
 */
export function calibrate(scenario: ScenarioInput | string, options: CalibrateOptions): Calibration {
  const steps = calibrationSteps(scenario, options);
  let step = steps.next();
  while (!step.done) {
    const { scenario: trial, seed, replications } = step.value;
    step = steps.next(simulate(trial, { seed, replications }));
  }
  return step.value;
}

/** A simulation a calibration asks for (see {@link calibrationSteps}). */
export interface CalibrationRun {
  scenario: Scenario;
  seed: number;
  replications: number;
}

/**
 * The calibration as a sequence of simulations: yields each evaluation's scenario (with the seed
 * and replications to run it with) and takes its report back, then returns the fit. `calibrate`
 * runs the simulations in this thread, `calibrateParallel` on a pool of workers; the search is the
 * same, so the fits are the same. Throws as `calibrate` does.
 */
export function* calibrationSteps(
  scenario: ScenarioInput | string,
  options: CalibrateOptions,
): Generator<CalibrationRun, Calibration, SimulationReport> {
  const base = parseScenario(scenario);
  const { parameters } = options;
  checkParameters(base, parameters);
  const seed = options.seed ?? base.seed;
  const replications = options.replications ?? 5;
  const tolerance = options.tolerance ?? 0.001;
  const maxIterations = options.maxIterations ?? 40;
  if (!(Number.isFinite(tolerance) && tolerance >= 0)) {
    throw new RangeError(`tolerance must be a number ≥ 0, got ${tolerance}`);
  }
  if (!(Number.isInteger(maxIterations) && maxIterations >= 0)) {
    throw new RangeError(`maxIterations must be an integer ≥ 0, got ${maxIterations}`);
  }
  let evaluations = 0;
  const evaluate = function* (values: number[]): Generator<CalibrationRun, Evaluation, SimulationReport> {
    const trial = structuredClone(base);
    parameters.forEach((p, i) => {
      applyKnob(base, trial, p.queue, p.knob, values[i]!);
    });
    const report = yield { scenario: trial, seed, replications };
    evaluations++;
    options.onEvaluation?.(evaluations);
    const measured = parameters.map((p, i) => {
      const m = readMeasure(report, p.queue, p.measure);
      if (m === null || !Number.isFinite(m.value)) {
        throw problem(
          `parameters[${i}].measure`,
          `queue ${p.queue} has no value at ${p.knob} = ${values[i]}`,
        );
      }
      return m;
    });
    return { trial, report, measured };
  };

  const atMin = (yield* evaluate(parameters.map((p) => p.min))).measured;
  const atMax = (yield* evaluate(parameters.map((p) => p.max))).measured;
  const brackets: Bracket[] = parameters.map((p, i) => {
    const b = openBracket(p.min, atMin[i]!.value - p.target, p.max, atMax[i]!.value - p.target, tolerance);
    if (b === null) {
      const [a, z] = [atMin[i]!.value, atMax[i]!.value];
      throw problem(
        `parameters[${i}].target`,
        `${p.target} is not reached: ${p.knob} from ${p.min} to ${p.max} gives ${a.toFixed(4)} to ${z.toFixed(4)}`,
      );
    }
    return b;
  });
  const xTolerance = parameters.map((p) => 1e-4 * (p.max - p.min));
  for (let step = 0; step < maxIterations && brackets.some((b) => !b.done); step++) {
    const values = brackets.map((b) => (b.done ? b.best : nextTrial(b)));
    const { measured } = yield* evaluate(values);
    brackets.forEach((b, i) => {
      if (!b.done)
        bracketStep(b, values[i]!, measured[i]!.value - parameters[i]!.target, tolerance, xTolerance[i]!);
    });
  }

  const fitted = brackets.map((b) => b.best);
  const delta = parameters.map((p) => 0.02 * (p.max - p.min));
  const up = fitted.map((x, i) => Math.min(parameters[i]!.max, x + delta[i]!));
  const down = fitted.map((x, i) => Math.max(parameters[i]!.min, x - delta[i]!));
  const above = (yield* evaluate(up)).measured;
  const below = (yield* evaluate(down)).measured;
  const final = yield* evaluate(fitted);
  return {
    parameters: parameters.map((p, i) => {
      const m = final.measured[i]!;
      const slope = (above[i]!.value - below[i]!.value) / (up[i]! - down[i]!);
      return {
        queue: p.queue,
        knob: p.knob,
        measure: typeof p.measure === 'function' ? 'custom' : p.measure,
        target: p.target,
        value: fitted[i]!,
        measured: m.value,
        halfWidth: m.halfWidth,
        residual: m.value - p.target,
        slope,
        uncertainty: slope === 0 ? null : m.halfWidth / Math.abs(slope),
        converged: brackets[i]!.done,
      };
    }),
    scenario: final.trial,
    report: final.report,
    evaluations,
  };
}
