import { createDistribution } from '../random/create-distribution.js';
import { calendarFactors } from '../scenario/calendar-days.js';
import type { Scenario } from '../scenario/types.js';

/** Expected attempts over all replications that `simulate` accepts by default: about 5 minutes of one core. */
export const DEFAULT_MAX_ATTEMPTS = 1e9;
/** Queue × interval cells (each about 7 KB of counters and report) accepted by default: about 0.7 GB. */
export const DEFAULT_MAX_CELLS = 100_000;
/** Expected attempts one cell may count in one replication at most: its 32-bit wait counts must not overflow. */
const CELL_ATTEMPTS_LIMIT = 2 ** 31;
/** Memory of one queue × interval cell, bytes (bench/RESULTS.md, "Memory per interval"). */
const BYTES_PER_CELL = 7.5 * 1024;

/** What a run of a scenario will cost, estimated before running it (see {@link estimateWork}). */
export interface WorkEstimate {
  /** Expected attempts of one replication, at most: first calls times the attempts a redialing caller can make. */
  attempts: number;
  /** Queue × interval-of-the-day cells the run counts and reports on. */
  cells: number;
  /** The queue contributing most attempts, its path and what makes it large. */
  largest: { path: string; attempts: number; why: string };
  /** Expected attempts of the busiest cell (one queue, one interval of the day, summed over days). */
  cellAttempts: number;
}

/** Work limits of {@link checkWork} (`simulate` options of the same names). */
export interface WorkLimits {
  /** Expected attempts over all replications; default {@link DEFAULT_MAX_ATTEMPTS}. Infinity: no limit. */
  maxAttempts?: number;
  /** Queue × interval cells; default {@link DEFAULT_MAX_CELLS}. Infinity: no limit. */
  maxCells?: number;
}

/** Attempts a first-time caller of queue `q` makes at most in expectation (every attempt failing). */
function attemptsPerCaller(scenario: Scenario, q: number, horizon: number): number {
  const redial = scenario.queues[q]!.redial;
  if (redial === undefined || redial.probability === 0) return 1;
  const p = redial.probability;
  const m = redial.maxAttempts ?? Number.POSITIVE_INFINITY;
  const geometric = p < 1 ? (m === Number.POSITIVE_INFINITY ? 1 / (1 - p) : (1 - p ** m) / (1 - p)) : m;
  // Redials stop at the horizon: at most one per mean delay in it, plus the first call.
  const delay = createDistribution(redial.delay, `queues[${q}].redial.delay`).mean;
  const withinHorizon = delay > 0 ? 1 + horizon / delay : Number.POSITIVE_INFINITY;
  return Math.min(geometric, withinHorizon);
}

// Thousands grouped by hand: a first toLocaleString loads the locale data, some 10 ms of every run.
const sci = (x: number): string =>
  x < 1e6
    ? String(Math.round(x)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
    : x.toExponential(1).replace('e+', 'e');

/**
 * Estimates the work of one replication of a validated scenario before running it: expected
 * attempts, at most (first calls × days, weighted by the calendar's factors, × the attempts a caller can make when every attempt fails,
 * bounded by the redial delay within the horizon), the queue × interval cells it reports on, and the
 * busiest queue and cell. Cost: O(queues × intervals).
 *
 * @example
 * ```ts
 * import { estimateWork, parseScenario } from '@decroche/sim-core';
 * const w = estimateWork(parseScenario({ intervals: 2, days: 5,
 *   queues: [{ id: 'q', calls: 100, handleTime: { dist: 'exponential', mean: 300 },
 *     redial: { probability: 0.5, delay: { dist: 'exponential', mean: 600 } } }],
 *   pools: [{ id: 'p', serves: ['q'], agents: 10 }] }));
 * w.attempts // => 2000
 * w.largest.path // => 'queues[0].calls'
 * ```
 */
export function estimateWork(scenario: Scenario): WorkEstimate {
  const horizon = scenario.days * scenario.intervals * scenario.intervalSeconds;
  let attempts = 0;
  let cellAttempts = 0;
  let largest = { path: 'queues[0].calls', attempts: -1, why: '' };
  // Days weighted by the calendar's factors on the queue's calls (days themselves without a calendar).
  const dayWeights = calendarFactors(scenario).map((perDay) => perDay.reduce((a, b) => a + b, 0));
  scenario.queues.forEach((queue, q) => {
    const perCaller = attemptsPerCaller(scenario, q, horizon);
    const days = dayWeights[q]!;
    let calls = 0;
    for (const c of queue.calls) {
      calls += c;
      cellAttempts = Math.max(cellAttempts, c * days * perCaller);
    }
    const queueAttempts = calls * days * perCaller;
    attempts += queueAttempts;
    if (queueAttempts > largest.attempts) {
      const byRedials = perCaller > 10;
      const daysText = scenario.days > 1 ? ` × ${scenario.days} days` : '';
      largest = {
        path: byRedials ? `queues[${q}].redial` : `queues[${q}].calls`,
        attempts: queueAttempts,
        why: byRedials
          ? `up to ${sci(perCaller)} attempts per caller, for ${sci(calls * days)} first calls`
          : `${sci(calls)} calls a day${daysText}${perCaller > 1 ? ` × ${perCaller.toFixed(2)} attempts per caller` : ''}`,
      };
    }
  });
  return { attempts, cells: scenario.queues.length * scenario.intervals, largest, cellAttempts };
}

/**
 * Refuses, before it starts, a run that could not finish or would not fit: more expected attempts
 * over all `replications` than `maxAttempts`, more queue × interval cells than `maxCells`, or a cell
 * that would count 2^31 attempts or more in one replication (always refused). The message names the
 * field that makes the run large and the option that allows it. Cost: O(1).
 *
 * @throws RangeError describing the work, its cause and how to allow it.
 * @example
 * ```ts
 * import { checkWork, estimateWork, parseScenario } from '@decroche/sim-core';
 * const s = parseScenario({ intervals: 16, queues: [{ id: 'q', calls: 1e12,
 *   handleTime: { dist: 'exponential', mean: 300 } }], pools: [{ id: 'p', serves: ['q'], agents: 10 }] });
 * let message = '';
 * try { checkWork(estimateWork(s), 1) } catch (e) { message = e.message }
 * message.startsWith('queues[0].calls: this run would simulate about 1.6e13 attempts') // => true
 * ```
 */
export function checkWork(estimate: WorkEstimate, replications: number, limits: WorkLimits = {}): void {
  const maxAttempts = limits.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const maxCells = limits.maxCells ?? DEFAULT_MAX_CELLS;
  for (const [name, value] of [
    ['maxAttempts', maxAttempts],
    ['maxCells', maxCells],
  ] as const) {
    if (!(typeof value === 'number' && value > 0)) {
      throw new RangeError(`${name} must be a number > 0 (Infinity: no limit), got ${String(value)}`);
    }
  }
  const total = estimate.attempts * replications;
  const { path, why } = estimate.largest;
  if (!(total <= maxAttempts)) {
    const reps = replications > 1 ? ` × ${replications} replications` : '';
    throw new RangeError(
      `${path}: this run would simulate about ${sci(total)} attempts (${why}${reps}), over the limit of ` +
        `${sci(maxAttempts)}; lower ${path}, days or replications, or allow it with the option ` +
        `maxAttempts (decroche: --allow-large)`,
    );
  }
  if (!(estimate.cells <= maxCells)) {
    const gb = ((estimate.cells * BYTES_PER_CELL) / 2 ** 30).toFixed(1);
    throw new RangeError(
      `intervals: queues × intervals = ${sci(estimate.cells)} interval reports (about ${gb} GB), over the ` +
        `limit of ${sci(maxCells)}; use fewer or longer intervals, or allow it with the option maxCells ` +
        `(decroche: --allow-large)`,
    );
  }
  if (!(estimate.cellAttempts < CELL_ATTEMPTS_LIMIT)) {
    throw new RangeError(
      `${path}: one queue interval would count about ${sci(estimate.cellAttempts)} attempts in one ` +
        `replication, beyond the 2^31 its counters hold; use shorter intervals or fewer days`,
    );
  }
}
