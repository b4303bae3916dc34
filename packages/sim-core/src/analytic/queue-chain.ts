// Steady state of M/M/n/K+M (and its special cases with θ = 0 or K = ∞) as a birth–death chain on the
// number of calls in the system. States below n are the Erlang-B weights, taken whole from logIdleRatio;
// states n + j (j callers waiting) have weights t_j = Π_{i=1..j} λ / (nμ + iθ) relative to state n,
// walked from their mode in log space. Every metric is a sum over that window.

import { logPoissonWeight } from '../math/log-gamma.js';
import { advanceTails } from './answer-delay.js';
import { logIdleRatio } from './erlang-b.js';
import { MAX_WINDOW, TRUNCATION } from './log-concave-sum.js';
import type { QueueMetrics } from './types.js';

/** Rates of the chain: λ, μ (= 1/aht), n agents, θ (= 1/patience, 0: none), J = K − n (Infinity: none). */
export interface ChainRates {
  arrivalRate: number;
  serviceRate: number;
  agents: number;
  abandonRate: number;
  waitingRoom: number;
}

/** Mean of 1/(nμ + iθ) summed over i = 1 … j + 1: the expected wait of a patient call behind j others. */
function harmonic(full: number, theta: number, j: number): number {
  if (theta === 0) return (j + 1) / full;
  if (j > 64) return (digamma(full / theta + j + 2) - digamma(full / theta + 1)) / theta;
  let h = 0;
  for (let i = 1; i <= j + 1; i++) h += 1 / (full + i * theta);
  return h;
}

/** ψ(x) for x > 0: recurrence up to 8, then the asymptotic series (absolute error below 1e-15). */
function digamma(x: number): number {
  let shift = 0;
  while (x < 8) {
    shift -= 1 / x;
    x += 1;
  }
  const x2 = 1 / (x * x);
  const series = x2 * (1 / 12 - x2 * (1 / 120 - x2 * (1 / 252 - x2 * (1 / 240 - x2 / 132))));
  return shift + Math.log(x) - 0.5 / x - series;
}

/** Sums over the waiting states j = first … last, weights w_j relative to the mode's (w_mode = 1). */
interface WindowSums {
  first: number;
  last: number;
  /** w_first. */
  firstWeight: number;
  /** Σ w_j over all states of the window (the blocked state J included). */
  total: number;
  /** Σ w_j over the states j < J, where an arrival waits. */
  wait: number;
  /** Σ w_j · nμ / (nμ + (j + 1)θ) over j < J: the waiting calls later answered. */
  answered: number;
  /** Σ w_j · (j + 1)θ / (nμ + (j + 1)θ) over j < J: the waiting calls that abandon. */
  abandon: number;
  /** Σ j · w_j. */
  queue: number;
  /** Σ w_j · nμ / (nμ + (j + 1)θ) · h_j over j < J, h_j the mean wait behind j (see `harmonic`). */
  answeredWait: number;
  /** w_J (0 when J lies outside the window). */
  block: number;
}

/**
 * Walks the waiting states from the mode outwards, up then down, accumulating every sum `chainMetrics`
 * needs in the same pass, no array built (one division per state, two with abandonment), and stopping in
 * each direction once what is left is below TRUNCATION of the total, as walkFromMode does.
 */
function windowSums(lambda: number, full: number, theta: number, room: number, mode: number): WindowSums {
  // State j's outcomes split by d = nμ + (j + 1)θ: answered nμ/d, abandoning (j + 1)θ/d; ratio(j) = λ/d.
  let total = 1;
  let queue = mode;
  let wait = 0;
  let answered = 0;
  let abandon = 0;
  let answeredWait = 0;
  let block = 0;
  const hMode = full > 0 ? harmonic(full, theta, mode) : 0;
  if (mode === room) block = 1;
  else {
    const inv = 1 / (full + (mode + 1) * theta);
    wait = 1;
    answered = full * inv;
    abandon = (mode + 1) * theta * inv;
    answeredWait = answered * hMode;
  }
  // Upwards: w_{j+1} = w_j · ratio(j).
  let last = mode;
  let w = 1;
  let h = hMode;
  let r = lambda / (full + (mode + 1) * theta);
  for (let j = mode + 1; j <= room; j++) {
    w *= r;
    if (w === 0) break;
    total += w;
    queue += j * w;
    last = j;
    if (j === room) {
      block = w;
      break;
    }
    const inv = 1 / (full + (j + 1) * theta);
    if (full > 0) h += inv;
    const a = w * full * inv;
    wait += w;
    answered += a;
    abandon += w * (j + 1) * theta * inv;
    answeredWait += a * h;
    if (w < TRUNCATION * total && r < 1 && (w * r) / (1 - r) < TRUNCATION * total) break;
    if (j - mode > MAX_WINDOW) throw tooWide(mode);
    r = lambda * inv;
  }
  // Downwards: w_{j−1} = w_j / ratio(j − 1) = w_j (nμ + jθ) / λ; h_{j−1} = h_j − 1/(nμ + (j + 1)θ).
  let first = mode;
  let firstWeight = 1;
  w = 1;
  h = hMode;
  const invLambda = 1 / lambda;
  let above = 1 / (full + (mode + 1) * theta); // 1/(nμ + (j + 2)θ) for the state j below
  for (let j = mode - 1; j >= 0; j--) {
    const d = full + (j + 1) * theta;
    const q = d * invLambda;
    w *= q;
    if (w === 0) break;
    total += w;
    queue += j * w;
    first = j;
    firstWeight = w;
    if (full > 0) h -= above;
    const inv = 1 / d;
    above = inv;
    const a = w * full * inv;
    wait += w;
    answered += a;
    abandon += w * (j + 1) * theta * inv;
    answeredWait += a * h;
    if (w < TRUNCATION * total && q < 1 && (w * q) / (1 - q) < TRUNCATION * total) break;
    if (last - j > MAX_WINDOW) throw tooWide(mode);
  }
  return { first, last, firstWeight, total, wait, answered, abandon, queue, answeredWait, block };
}

function tooWide(mode: number): RangeError {
  return new RangeError(
    `chain too wide to solve: more than ${MAX_WINDOW} states around state ${mode} carry mass`,
  );
}

/**
 * Metrics of the chain. Requires n ≥ 1 or θ > 0, and (θ > 0 or J finite or λ < nμ). Probabilities below
 * about 1e-17 of the total are returned as 0. Cost O(√load + window of waiting states), one pass and no
 * array; serviceLevel(t) costs O(largest queue held + advances beyond it). Throws a RangeError when the window exceeds MAX_WINDOW.
 */
export function chainMetrics(rates: ChainRates): QueueMetrics {
  const { arrivalRate: lambda, serviceRate: mu, agents: n, abandonRate: theta, waitingRoom: room } = rates;
  const full = n * mu;
  const load = lambda / mu;
  const ratio = (j: number) => lambda / (full + (j + 1) * theta);
  // Mode of the waiting states: the first j with ratio(j) ≤ 1.
  let mode: number;
  if (theta === 0) mode = lambda <= full ? 0 : room;
  else {
    mode = Math.max(0, Math.ceil((lambda - full) / theta) - 1);
    while (mode > 0 && ratio(mode - 1) < 1) mode--;
    while (mode < room && ratio(mode) > 1) mode++;
  }
  mode = Math.min(mode, room);
  let logMode = 0;
  if (mode > 0 && theta === 0) logMode = mode * Math.log(lambda / full);
  else if (mode > 0 && mode <= 64) for (let j = 0; j < mode; j++) logMode += Math.log(ratio(j));
  else if (mode > 0)
    logMode =
      logPoissonWeight(full / theta + mode, lambda / theta) - logPoissonWeight(full / theta, lambda / theta);
  const sums = windowSums(lambda, full, theta, room, mode);
  const idle = logIdleRatio(n, load);
  // Normalise against the tail's mode: r = ln(idle mass / mode weight), so the large logarithms cancel
  // before anything is exponentiated.
  const r = idle - logMode;
  let noWait: number;
  let scale: number;
  if (r === Number.POSITIVE_INFINITY) {
    noWait = 1;
    scale = 0;
  } else if (r > 0) {
    const e = Math.exp(-r);
    noWait = 1 / (1 + sums.total * e);
    scale = e * noWait;
  } else {
    const e = Math.exp(r);
    scale = 1 / (e + sums.total);
    noWait = e * scale;
  }
  const { first, last } = sums;
  const lastAccepted = Math.min(last, room - 1);
  const pickupRate = noWait + scale * sums.answered;
  const answeredWaitSum = scale * sums.answeredWait;
  const abandon = scale * sums.abandon;
  const asa = pickupRate > 0 ? answeredWaitSum / pickupRate : Number.POSITIVE_INFINITY;
  // Waiting calls abandon at rate θ, so P(abandon) = θ · E[wait] over all offered calls.
  const meanWait = theta > 0 ? abandon / theta : answeredWaitSum;
  return {
    stable: true,
    waitProbability: Math.min(1, scale * sums.wait),
    blockProbability: Math.min(1, scale * sums.block),
    abandonProbability: Math.min(1, abandon),
    pickupRate: Math.min(1, pickupRate),
    asa,
    meanWait,
    meanQueueLength: scale * sums.queue,
    occupancy: n > 0 ? Math.min(1, (load * pickupRate) / n) : 0,
    serviceLevel(seconds: number): number {
      checkSeconds(seconds);
      if (seconds === Number.POSITIVE_INFINITY) return pickupRate;
      if (seconds === 0 || full === 0 || lastAccepted < first || scale === 0) return noWait;
      const tails = advanceTails(full, theta, seconds, first, lastAccepted);
      // Σ_j w_j · G_j / (nμ + (j + 1)θ), the weights walked up again from w_first.
      let sum = 0;
      let w = sums.firstWeight;
      for (let i = 0; i <= lastAccepted - first; i++) {
        const inv = 1 / (full + (first + i + 1) * theta);
        sum += w * tails[i]! * inv;
        w *= lambda * inv;
      }
      return Math.min(1, noWait + scale * full * sum);
    },
  };
}

/** Throws unless `seconds` is a number ≥ 0 (Infinity allowed). */
export function checkSeconds(seconds: number): void {
  if (typeof seconds !== 'number' || Number.isNaN(seconds) || seconds < 0) {
    throw new RangeError(`seconds must be a number ≥ 0, got ${String(seconds)}`);
  }
}
