import { analyze, checkQueueParams } from './analyze.js';
import type { QueueMetrics, QueueParams } from './types.js';

/** Targets a staffing level must meet; give at least one. */
export interface StaffingTarget {
  /** Least pickup rate (answered ÷ offered), in [0, 1]. */
  pickupRate?: number;
  /** Least share of offered calls answered within `seconds`, e.g. { seconds: 20, share: 0.8 }. */
  serviceLevel?: { seconds: number; share: number };
  /** Greatest average speed of answer, seconds. */
  asa?: number;
  /** Greatest occupancy (share of agents busy), in (0, 1]. */
  maxOccupancy?: number;
}

/** Queue parameters without `agents`: what a staffing search takes. */
export type StaffingParams = Omit<QueueParams, 'agents'>;

/** True when `metrics` meet every target given. Internal, shared with staffingTable. */
export function meetsTarget(metrics: QueueMetrics, target: StaffingTarget): boolean {
  if (!metrics.stable) return false;
  if (target.pickupRate !== undefined && metrics.pickupRate < target.pickupRate) return false;
  if (target.asa !== undefined && metrics.asa > target.asa) return false;
  if (target.maxOccupancy !== undefined && metrics.occupancy > target.maxOccupancy) return false;
  const sl = target.serviceLevel;
  if (sl !== undefined && metrics.serviceLevel(sl.seconds) < sl.share) return false;
  return true;
}

function checkShare(name: string, value: unknown): void {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new RangeError(`${name} must be a number in [0, 1], got ${String(value)}`);
  }
}

/** Validates a staffing target; throws a RangeError naming the bad field. Internal. */
export function checkTarget(target: StaffingTarget): void {
  if (target === null || typeof target !== 'object') {
    throw new RangeError(`target must be an object, got ${String(target)}`);
  }
  const { pickupRate, serviceLevel, asa, maxOccupancy } = target;
  if (
    pickupRate === undefined &&
    serviceLevel === undefined &&
    asa === undefined &&
    maxOccupancy === undefined
  ) {
    throw new RangeError('target must give at least one of pickupRate, serviceLevel, asa, maxOccupancy');
  }
  if (pickupRate !== undefined) checkShare('target.pickupRate', pickupRate);
  if (maxOccupancy !== undefined) checkShare('target.maxOccupancy', maxOccupancy);
  if (asa !== undefined && (typeof asa !== 'number' || Number.isNaN(asa) || asa < 0)) {
    throw new RangeError(`target.asa must be a number ≥ 0, got ${String(asa)}`);
  }
  if (serviceLevel !== undefined) {
    if (serviceLevel === null || typeof serviceLevel !== 'object') {
      throw new RangeError(`target.serviceLevel must be { seconds, share }, got ${String(serviceLevel)}`);
    }
    const { seconds } = serviceLevel;
    if (typeof seconds !== 'number' || Number.isNaN(seconds) || seconds < 0) {
      throw new RangeError(`target.serviceLevel.seconds must be a number ≥ 0, got ${String(seconds)}`);
    }
    checkShare('target.serviceLevel.share', serviceLevel.share);
  }
}

/** Throws when no number of agents can meet the target (before searching). */
function checkReachable(params: StaffingParams, target: StaffingTarget): void {
  const bounded =
    (params.patience !== undefined && params.patience !== Number.POSITIVE_INFINITY) ||
    (params.lines !== undefined && params.lines !== Number.POSITIVE_INFINITY);
  const unreachable = (why: string) => new RangeError(`target unreachable: ${why}`);
  if (bounded && target.pickupRate === 1) {
    throw unreachable('pickupRate 1 cannot be met when callers abandon or lines are limited');
  }
  if (
    target.serviceLevel &&
    target.serviceLevel.share === 1 &&
    target.serviceLevel.seconds !== Number.POSITIVE_INFINITY
  ) {
    throw unreachable(
      `serviceLevel share 1 within ${target.serviceLevel.seconds} s needs every call answered in time`,
    );
  }
  if (target.serviceLevel?.share === 1 && bounded) {
    throw unreachable('serviceLevel share 1 cannot be met when callers abandon or lines are limited');
  }
  if (target.asa === 0) throw unreachable('asa 0 means no call ever waits');
  if (target.maxOccupancy === 0) throw unreachable('maxOccupancy 0 with calls to answer');
  if (
    bounded &&
    target.pickupRate === undefined &&
    target.serviceLevel === undefined &&
    target.asa === undefined
  ) {
    // Abandoned and blocked calls free the agents: even 0 agents meet any occupancy cap.
    throw new RangeError(
      'an occupancy cap alone cannot size a queue whose callers abandon or whose lines are limited ' +
        '(0 agents are never busy): add pickupRate, serviceLevel or asa to the target',
    );
  }
}

/** Agents beyond which a search gives up: no realistic target needs them. */
const SEARCH_LIMIT = 2 ** 40;

/**
 * A target's margin at some agents, on a scale where it is roughly linear in agents (log of what is
 * missed or waited): ≥ 0 exactly when that target is met.
 */
type Margin = (metrics: QueueMetrics) => number;

/**
 * Each target's margin with the agents per Erlang the fluid model needs to meet it when callers abandon at
 * rate θ (Whitt's fluid Erlang A: with n < load agents every answered call waits w = ln(load/n)/θ and the
 * pickup rate is n/load): the search's first guess, within O(√load) of the answer.
 */
function margins(target: StaffingTarget, theta: number): [Margin, number][] {
  // Met: a value ≥ 0. Missed: a value < 0 even when rounding makes the logarithm 0.
  const missed = (x: number) => Math.min(-x, -Number.MIN_VALUE);
  const list: [Margin, number][] = [];
  const add = (margin: Margin, share: number) => list.push([margin, share]);
  const { pickupRate, serviceLevel, asa, maxOccupancy } = target;
  if (pickupRate !== undefined) {
    add((m) => {
      if (!m.stable) return Number.NEGATIVE_INFINITY;
      const p = m.pickupRate;
      return p >= pickupRate ? gap(1 - pickupRate, 1 - p) : missed(gap(1 - p, 1 - pickupRate));
    }, pickupRate);
  }
  if (serviceLevel !== undefined) {
    const { seconds, share } = serviceLevel;
    add(
      (m) => {
        if (!m.stable) return Number.NEGATIVE_INFINITY;
        const sl = m.serviceLevel(seconds);
        return sl >= share ? gap(1 - share, 1 - sl) : missed(gap(1 - sl, 1 - share));
      },
      Math.max(share, Math.exp(-theta * seconds)),
    );
  }
  if (asa !== undefined) {
    add(
      (m) => {
        if (!m.stable || m.asa === Number.POSITIVE_INFINITY) return Number.NEGATIVE_INFINITY;
        return m.asa <= asa ? gap(asa, m.asa) : missed(gap(m.asa, asa));
      },
      Math.exp(-theta * asa),
    );
  }
  if (maxOccupancy !== undefined) {
    add((m) => {
      if (!m.stable) return Number.NEGATIVE_INFINITY;
      return m.occupancy <= maxOccupancy ? maxOccupancy - m.occupancy : missed(m.occupancy - maxOccupancy);
    }, 1 / maxOccupancy);
  }
  return list;
}

/** ln(big / small) ≥ 0 for big ≥ small ≥ 0, finite (a stand-in of 40 when small is 0 or big infinite). */
function gap(big: number, small: number): number {
  if (big <= small) return 0;
  return small > 0 && big < Number.POSITIVE_INFINITY ? Math.log(big / small) : 40;
}

/**
 * Smallest n in [least, most] with margin(n) ≥ 0, for a margin non-decreasing in n, starting at `guess`.
 * Secant steps on the margin (nearly linear in n) bracket the answer, then interpolation, with bisection
 * whenever it stalls, closes the bracket: typically 3–8 evaluations. Throws a RangeError when even
 * `most` does not meet it.
 */
function smallestMeeting(
  margin: (n: number) => number,
  guess: number,
  least: number,
  most: number,
  firstStep: number,
): number {
  let n = guess;
  let value = margin(n);
  let bad = least - 1; // highest n known not to meet (least − 1: none)
  let good = most + 1; // lowest n known to meet (most + 1: none)
  let badValue = Number.NEGATIVE_INFINITY;
  let goodValue = Number.POSITIVE_INFINITY;
  const record = (at: number, v: number) => {
    if (v >= 0) [good, goodValue] = [at, v];
    else [bad, badValue] = [at, v];
  };
  record(n, value);
  // Phase 1: walk towards the answer until it is bracketed, steps sized by the secant.
  let step = firstStep;
  while (bad < least || good > most) {
    const up = value < 0;
    if (up ? n >= most : n <= least) break;
    const next = Math.min(most, Math.max(least, up ? n + step : n - step));
    const v = margin(next);
    const slope = (v - value) / (next - n);
    const estimate =
      slope > 0 && Number.isFinite(v) && Number.isFinite(slope) ? (1.1 * Math.abs(v)) / slope + 1 : 2 * step;
    step = Math.max(1, Math.min(64 * step, Math.ceil(estimate)));
    n = next;
    value = v;
    record(n, value);
  }
  if (good > most) throw new RangeError(`target unreachable: not met by any number of agents up to ${most}`);
  if (bad < least) return good;
  // Phase 2: secant through the last two points, aiming at the first integer past its root; bisection
  // when the secant leaves the bracket or three steps have not halved it.
  let [lastN, lastValue] = bad === n ? [good, goodValue] : [bad, badValue];
  const widths = [good - bad];
  while (good - bad > 1) {
    let next = Math.floor((bad + good) / 2);
    const slope = (value - lastValue) / (n - lastN);
    const stalled = widths.length >= 3 && 2 * (good - bad) > widths[widths.length - 3]!;
    if (!stalled && Number.isFinite(slope) && slope > 0 && Number.isFinite(value)) {
      const root = n - value / slope;
      if (root > bad && root < good) next = Math.min(good - 1, Math.max(bad + 1, Math.ceil(root)));
    }
    widths.push(good - bad);
    [lastN, lastValue] = [n, value];
    n = next;
    value = margin(next);
    record(n, value);
  }
  return good;
}

/**
 * The fewest agents meeting every given target (pickup rate, service level, ASA, occupancy) for a queue
 * described as in `analyze` without `agents`. Every metric is monotone in agents, so the search starts at
 * the square-root staffing guess ⌈load + √load⌉ (Erlang C) or the fluid model's answer (with patience or
 * lines: share × load, e.g. pickupRate × load), brackets the answer with secant-sized steps and closes
 * the bracket by secant and bisection: typically 3–8 calls of `analyze` per target (bench/RESULTS.md:
 * about 6). Cost O(√load) per call — under a millisecond at 100,000 Erlangs. No arrivals: 0 agents.
 *
 * Throws a RangeError for bad params (as `analyze`), an empty or malformed target, or an unreachable one:
 * pickupRate 1 or serviceLevel share 1 with patience or lines, asa 0, maxOccupancy 0, or a target no
 * number of agents up to `lines` meets. With patience or lines, `maxOccupancy` alone is refused too (0
 * agents would meet it): give pickupRate, serviceLevel or asa with it.
 * @example
 * ```ts
 * import { requiredAgents } from '@decroche/sim-core';
 * // 100 calls per 30 minutes of 3 minutes each, 80 % answered within 20 s (pyworkforce's README: 14).
 * requiredAgents({ arrivalRate: 100 / 1800, aht: 180 }, { serviceLevel: { seconds: 20, share: 0.8 } }) // => 14
 * requiredAgents({ arrivalRate: 8 / 300, aht: 300, patience: 120 }, { pickupRate: 0.9 }) // => 10
 * ```
 */
export function requiredAgents(params: StaffingParams, target: StaffingTarget): number {
  checkQueueParams(params);
  checkTarget(target);
  if (params.arrivalRate === 0) return 0;
  checkReachable(params, target);
  const load = params.arrivalRate * params.aht;
  const lines = params.lines ?? Number.POSITIVE_INFINITY;
  const unbounded =
    lines === Number.POSITIVE_INFINITY &&
    (params.patience ?? Number.POSITIVE_INFINITY) === Number.POSITIVE_INFINITY;
  const least = unbounded ? Math.floor(load) + 1 : 0; // Erlang C is unstable below
  const most = Math.min(lines, SEARCH_LIMIT);
  const theta = unbounded ? 0 : 1 / (params.patience ?? Number.POSITIVE_INFINITY);
  // Each target is monotone in agents, so the answer is the largest of the per-target answers.
  let answer = least;
  for (const [margin, share] of margins(target, theta)) {
    // Erlang C: square-root staffing. With patience or lines: the fluid model's answer (share × load).
    const start = unbounded ? load + Math.sqrt(load) : share * load;
    const guess = Math.min(most, Math.max(least, answer, Math.ceil(start)));
    const at = (agents: number) => margin(analyze({ ...params, agents }));
    answer = Math.max(
      answer,
      smallestMeeting(at, guess, answer, most, Math.max(1, Math.floor(Math.sqrt(load) / 4))),
    );
  }
  return answer;
}
