import type { SimulationReport } from '../metrics/report.js';
import { simulate } from '../model/simulate.js';
import type { DistributionSpec, SimpleDistributionSpec } from '../random/types.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario, ScenarioInput } from '../scenario/types.js';

/**
 * The axes of a sweep; every combination of their values is simulated. Absent axes stay at the
 * scenario's own value.
 */
export interface SweepAxes {
  /** Agents on duty in every interval of every pool (a flat staffing replacing the schedule). */
  agents?: number[];
  /** Factors on every pool's agents per interval (rounded to whole agents): 1.1 is 10 % more. */
  agentsFactor?: number[];
  /** Factors on every queue's first calls: 1.2 is 20 % more calls. */
  calls?: number[];
  /** Factors on every queue's handle times (the whole distribution is stretched): 1.25 is 25 % longer calls. */
  aht?: number[];
}

/** One point of a sweep grid: its coordinates and the simulated report. */
export interface SweepPoint {
  /** The flat agents of this point, or null when the agents axis is absent. */
  agents: number | null;
  /** The factor on the agents, 1 when the axis is absent. */
  agentsFactor: number;
  calls: number;
  aht: number;
  report: SimulationReport;
}

/** Options of {@link sweep}. */
export interface SweepOptions {
  /** Master seed, the same for every point (common random numbers). Default: the scenario's. */
  seed?: number;
  /** Replications per point (confidence half-widths when > 1). Default 1. */
  replications?: number;
  /** Called after each point: points done, points in all. */
  onProgress?: (done: number, total: number) => void;
}

/** A sweep's points in order: agents (or agentsFactor) slowest, then calls, then aht fastest. */
export interface SweepResult {
  axes: SweepAxes;
  points: SweepPoint[];
}

function scaleSimple(spec: SimpleDistributionSpec, factor: number): SimpleDistributionSpec {
  switch (spec.dist) {
    case 'deterministic':
      return { ...spec, value: spec.value * factor };
    case 'uniform':
      return { ...spec, min: spec.min * factor, max: spec.max * factor };
    case 'empirical':
      return { ...spec, values: spec.values.map((v) => v * factor) };
    default:
      return { ...spec, mean: spec.mean * factor };
  }
}

/** A distribution stretched by `factor`: every time multiplied, the shape (cv, weights) kept. */
function scaleDistribution(spec: DistributionSpec, factor: number): DistributionSpec {
  if (spec.dist === 'mixture')
    return {
      ...spec,
      parts: spec.parts.map((part) => ({ ...scaleSimple(part, factor), weight: part.weight })),
    };
  return scaleSimple(spec, factor);
}

function checkAxis(name: string, values: number[] | undefined, rule: (v: number) => boolean, text: string) {
  if (values === undefined) return;
  if (!Array.isArray(values) || values.length === 0)
    throw new RangeError(`axes.${name} must be a non-empty list, got ${JSON.stringify(values)}`);
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !rule(v))
      throw new RangeError(`axes.${name}[${i}] must be ${text}, got ${String(v)}`);
  });
}

function pointScenario(
  base: Scenario,
  agents: number | null,
  agentsFactor: number,
  calls: number,
  aht: number,
): Scenario {
  return {
    ...base,
    queues: base.queues.map((q) => ({
      ...q,
      calls: q.calls.map((c) => c * calls),
      handleTime: aht === 1 ? q.handleTime : scaleDistribution(q.handleTime, aht),
    })),
    pools: base.pools.map((p) => ({
      ...p,
      agents: p.agents.map((n) => (agents !== null ? agents : Math.round(n * agentsFactor))),
    })),
  };
}

/** A point of a sweep before it is simulated: its coordinates and its scenario. */
export interface PlannedPoint extends Omit<SweepPoint, 'report'> {
  scenario: Scenario;
}

/**
 * The points of a sweep in order (agents slowest, aht fastest), each with its scenario, and the
 * seed and replications every point uses; `sweep` and `sweepParallel` simulate them. O(points ×
 * size of the scenario). Throws as `sweep` does for bad axes or an invalid scenario.
 */
export function sweepPlan(
  scenario: ScenarioInput | string,
  axes: SweepAxes,
  options: SweepOptions,
): { points: PlannedPoint[]; seed: number; replications: number } {
  const base = parseScenario(scenario);
  if (axes === null || typeof axes !== 'object')
    throw new RangeError(`axes must be an object, got ${String(axes)}`);
  checkAxis('agents', axes.agents, (v) => Number.isInteger(v) && v >= 0, 'a whole number ≥ 0');
  checkAxis('agentsFactor', axes.agentsFactor, (v) => v > 0 && Number.isFinite(v), 'a number > 0');
  checkAxis('calls', axes.calls, (v) => v > 0 && Number.isFinite(v), 'a number > 0');
  checkAxis('aht', axes.aht, (v) => v > 0 && Number.isFinite(v), 'a number > 0');
  if (axes.agents !== undefined && axes.agentsFactor !== undefined)
    throw new RangeError('axes.agents and axes.agentsFactor exclude each other: give one');
  const points: PlannedPoint[] = [];
  for (const agents of axes.agents ?? [null])
    for (const agentsFactor of axes.agentsFactor ?? [1])
      for (const calls of axes.calls ?? [1])
        for (const aht of axes.aht ?? [1]) {
          const scenario = pointScenario(base, agents, agentsFactor, calls, aht);
          points.push({ agents, agentsFactor, calls, aht, scenario });
        }
  return { points, seed: options.seed ?? base.seed, replications: options.replications ?? 1 };
}

/**
 * Simulates a scenario over a grid of staffing, call volume and handle time: every combination of
 * the axes' values, each with the same master seed (common random numbers, so that differences
 * between neighbouring points reflect the change, not the noise). Returns the full report of each
 * point, with confidence half-widths when `replications` > 1.
 *
 * Cost: one `simulate` per point, so (product of the axes' lengths) × replications simulated runs.
 *
 * @throws RangeError for an empty axis or a bad value (agents: whole numbers ≥ 0; factors > 0),
 * or both `agents` and `agentsFactor`; ScenarioError for an invalid scenario.
 * @example
 * ```ts
 * import { sweep } from '@decroche/sim-core';
 * const day = {
 *   intervals: 2,
 *   queues: [{ id: 'caf', calls: 300, handleTime: { dist: 'exponential', mean: 300 },
 *              patience: { dist: 'exponential', mean: 300 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 50 }],
 * };
 * const grid = sweep(day, { agents: [45, 55], calls: [1, 1.2] }, { seed: 7 });
 * grid.points.map((p) => [p.agents, p.calls]) // => [[45, 1], [45, 1.2], [55, 1], [55, 1.2]]
 * grid.points[2].report.total.pickupRate > grid.points[0].report.total.pickupRate // => true
 * ```
 */
export function sweep(
  scenario: ScenarioInput | string,
  axes: SweepAxes,
  options: SweepOptions = {},
): SweepResult {
  const { points, seed, replications } = sweepPlan(scenario, axes, options);
  return {
    axes,
    points: points.map(({ scenario: changed, ...at }, k) => {
      const report = simulate(changed, { seed, replications });
      options.onProgress?.(k + 1, points.length);
      return { ...at, report };
    }),
  };
}
