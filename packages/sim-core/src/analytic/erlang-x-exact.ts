// Exact erlangX: the stationary distribution of the (calls in system, callers in orbit) chain, on a
// window of states chosen from a mean-field estimate of the orbit and widened until its edges carry
// less than 1e-14 of the probability, then per-attempt metrics from the states attempts find.

import { type ChainSolution, type ChainWindow, solveRetrialChain } from './erlang-x-chain.js';
import type { ErlangXMetrics, RetrialQueue } from './erlang-x-types.js';
import { attemptOutcomes } from './erlang-x-wait.js';

/** A log-weight this far below the largest is treated as zero (e^−46 ≈ 1e−20). */
const LOG_NEGLIGIBLE = 46;
const EDGE_MASS = 1e-14;
const MAX_WIDENINGS = 6;

/** Log-weights of calls in system for Poisson attempts at rate `a` (M/M/n/K+M birth–death), i ≤ iMax. */
function logSystemWeights(q: RetrialQueue, a: number, iMax: number): Float64Array {
  const w = new Float64Array(iMax + 1);
  for (let i = 1; i <= iMax; i++) {
    const death = Math.min(i, q.agents) * q.serviceRate + Math.max(i - q.agents, 0) * q.abandonRate;
    // No death at all (no agents, no patience): the system fills up to its lines and stays there.
    w[i] = w[i - 1]! + (death > 0 ? Math.log(a / death) : 1e3);
  }
  return w;
}

/** Highest number of calls in system worth keeping for attempt rate `a`: the lines, or where the weights vanish. */
function systemTop(q: RetrialQueue, a: number): number {
  if (Number.isFinite(q.lines)) return q.lines;
  let log = 0;
  let best = 0;
  for (let i = 1; ; i++) {
    const death = Math.min(i, q.agents) * q.serviceRate + Math.max(i - q.agents, 0) * q.abandonRate;
    log += Math.log(a / death);
    if (log > best) best = log;
    if (i > q.agents && log < best - LOG_NEGLIGIBLE && a < death) return i;
  }
}

function normalisedFromLog(w: Float64Array): Float64Array {
  let best = Number.NEGATIVE_INFINITY;
  for (const x of w) if (x > best) best = x;
  const out = new Float64Array(w.length);
  let total = 0;
  for (let i = 0; i < w.length; i++) total += out[i] = Math.exp(w[i]! - best);
  for (let i = 0; i < w.length; i++) out[i] = out[i]! / total;
  return out;
}

/** Pickup probability of Poisson attempts at rate `a` (answered rate ÷ a). */
function pickupAt(q: RetrialQueue, a: number): number {
  const dist = normalisedFromLog(logSystemWeights(q, a, systemTop(q, a)));
  let answered = 0;
  for (let i = 0; i < dist.length; i++) answered += dist[i]! * Math.min(i, q.agents) * q.serviceRate;
  return Math.min(answered / a, 1);
}

/**
 * The orbit sizes worth keeping, from a mean-field birth–death chain on j in which attempts at rate
 * λ + jν see the queue's Poisson steady state. Undefined if the orbit reaches beyond `jCap`.
 */
function orbitRange(q: RetrialQueue, jCap: number): { jLo: number; jHi: number } | undefined {
  const { arrivalRate: lam, redialProbability: p, redialRate: nu } = q;
  const logs: number[] = [0];
  let best = 0;
  let pNext = pickupAt(q, lam);
  for (let j = 0; ; j++) {
    if (j > jCap) return undefined;
    const pj = pNext;
    pNext = pickupAt(q, lam + (j + 1) * nu);
    const up = p * lam * (1 - pj);
    const down = (j + 1) * nu * (1 - p * (1 - pNext));
    if (!(up > 0)) break;
    const log = logs[j]! + Math.log(up) - Math.log(down);
    logs.push(log);
    if (log > best) best = log;
    if (log < best - LOG_NEGLIGIBLE && log < logs[j]!) break;
  }
  let jLo = 0;
  while (logs[jLo]! < best - LOG_NEGLIGIBLE) jLo++;
  let jHi = logs.length - 1;
  while (logs[jHi]! < best - LOG_NEGLIGIBLE) jHi--;
  return { jLo, jHi };
}

/** A guess: each level j holds the Poisson steady state at rate λ + jν (the aggregation fixes level masses). */
function initialGuess(q: RetrialQueue, win: ChainWindow): Float64Array {
  const width = win.iMax + 1;
  const pi = new Float64Array(width * (win.jHi - win.jLo + 1));
  for (let j = win.jLo; j <= win.jHi; j++) {
    const dist = normalisedFromLog(logSystemWeights(q, q.arrivalRate + j * q.redialRate, win.iMax));
    pi.set(dist, (j - win.jLo) * width);
  }
  return pi;
}

/** Share of the probability on the window's edges that truncate something. */
function edgeMass(q: RetrialQueue, win: ChainWindow, pi: Float64Array): number {
  const width = win.iMax + 1;
  const levels = win.jHi - win.jLo + 1;
  let edge = 0;
  for (let i = 0; i < width; i++) {
    if (win.jLo > 0) edge = Math.max(edge, pi[i]!);
    edge = Math.max(edge, pi[(levels - 1) * width + i]!);
  }
  if (!Number.isFinite(q.lines)) {
    let top = 0;
    for (let l = 0; l < levels; l++) top += pi[l * width + win.iMax]!;
    edge = Math.max(edge, top);
  }
  return edge;
}

/** Size and solving effort of an exact solution, for benchmarks and tests. */
export interface ExactDiagnostics {
  states: number;
  sweeps: number;
  residual: number;
  window: ChainWindow;
}

/**
 * Exact per-attempt metrics of the retrial queue `q` (redial probability in (0, 1], some patience or
 * lines, a stable orbit), or undefined when the chain would need more than `maxStates` states (or, never
 * seen so far, when 4,000 sweeps leave a residual above 1e-9).
 * Cost O(states × sweeps); typically tens of sweeps.
 */
export function erlangXExact(
  q: RetrialQueue,
  maxStates: number,
): { metrics: ErlangXMetrics; diagnostics: ExactDiagnostics } | undefined {
  const range = orbitRange(q, maxStates);
  if (range === undefined) return undefined;
  let pad = Math.max(5, Math.ceil(0.25 * (range.jHi - range.jLo)));
  for (let attempt = 0; attempt < MAX_WIDENINGS; attempt++, pad *= 2) {
    const jLo = Math.max(0, range.jLo - pad);
    const jHi = Math.max(range.jHi + pad, jLo + 1);
    const top = systemTop(q, q.arrivalRate + jHi * q.redialRate);
    const iMax = Number.isFinite(q.lines)
      ? top
      : top + Math.max(10, Math.ceil(0.2 * (top - q.agents)) * 2 ** attempt);
    const win = { iMax, jLo, jHi };
    const states = (iMax + 1) * (jHi - jLo + 1);
    if (states > maxStates) return undefined;
    const solution = solveRetrialChain(q, win, initialGuess(q, win));
    if (!(solution.residual <= 1e-9)) return undefined; // did not converge within its sweeps
    if (edgeMass(q, win, solution.pi) <= EDGE_MASS || attempt === MAX_WIDENINGS - 1) {
      return {
        metrics: metricsOf(q, win, solution),
        diagnostics: { states, sweeps: solution.sweeps, residual: solution.residual, window: win },
      };
    }
  }
  return undefined;
}

function metricsOf(q: RetrialQueue, win: ChainWindow, solution: ChainSolution): ErlangXMetrics {
  const { pi } = solution;
  const width = win.iMax + 1;
  const n = q.agents;
  const found = new Float64Array(width);
  let attempts = 0;
  let queued = 0;
  let busy = 0;
  for (let j = win.jLo; j <= win.jHi; j++) {
    const rate = q.arrivalRate + j * q.redialRate;
    for (let i = 0, s = (j - win.jLo) * width; i < width; i++, s++) {
      const x = pi[s]!;
      found[i] = found[i]! + x * rate;
      attempts += x * rate;
      queued += x * Math.max(i - n, 0);
      busy += x * Math.min(i, n);
    }
  }
  for (let i = 0; i < width; i++) found[i] = found[i]! / attempts;
  const outcomes = attemptOutcomes(found, n, q.lines, q.serviceRate, q.abandonRate);
  const attemptsPerCaller = attempts / q.arrivalRate;
  return {
    stable: true,
    waitProbability: outcomes.waitProbability,
    blockProbability: outcomes.blockProbability,
    abandonProbability: outcomes.abandonProbability,
    pickupRate: outcomes.pickupRate,
    asa: outcomes.asa,
    meanWait: outcomes.meanWait,
    meanQueueLength: queued,
    occupancy: n > 0 ? busy / n : 0,
    serviceLevel: outcomes.serviceLevel,
    attemptRate: attempts,
    callerServedShare: Math.min(outcomes.pickupRate * attemptsPerCaller, 1),
    attemptsPerCaller,
    method: 'exact',
  };
}
