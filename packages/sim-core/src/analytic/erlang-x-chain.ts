// The two-dimensional Markov chain of a queue with redials, on a window of its state space, solved
// for its stationary distribution. State (i, j): i calls in the system (0..iMax), j callers in the
// orbit waiting to redial (jLo..jHi). From (i, j):
//   first call λ        i < K: (i+1, j)      i = K (blocked): (K, j+1) with p, lost with 1 − p
//   redial jν           i < K: (i+1, j−1)    i = K (blocked): stays with p, (K, j−1) with 1 − p
//   service min(i,n)μ   (i−1, j)
//   hang-up (i−n)⁺θ     (i−1, j+1) with p, (i−1, j) with 1 − p
// Outside the window, moves are redirected to its edge (a redial from level jLo, or a hang-up into
// level jHi+1, keeps j; an arrival at i = iMax < K is dropped); the caller widens the window until the
// edges carry negligible mass.
//
// Solver: line Gauss–Seidel with iterative aggregation–disaggregation (IAD). Two families of lines
// are swept in turn, each a tridiagonal system solved by the Thomas algorithm: rows of fixed j (where
// arrivals and services move i, the fast moves when few callers redial) and diagonals of fixed
// s = i + j (where redials and hang-ups that redial move, the fast moves in overload: they keep the
// caller population s). Every move changes s by at most one, so the aggregated chain on s is a
// birth–death chain, solved exactly to reset the diagonal masses (the slowest mode: how many callers
// are in the system or the orbit) before every two pairs of sweeps. (Aggregating on rows as well made
// the iteration stall in moderate load; diagonals alone converge in every case tried.) Cost
// O(transitions) per sweep, until the relative residual Σ|πQ| ÷ Σ π·out is ≤ 1e-12 (checked every 16
// sweeps), at most 4,000 sweeps.

import type { RetrialQueue } from './erlang-x-types.js';

/** The window of the state space: i in 0..iMax, j in jLo..jHi. */
export interface ChainWindow {
  iMax: number;
  jLo: number;
  jHi: number;
}

/** A stationary distribution `pi[(j − jLo)(iMax + 1) + i]`, with how it was reached. */
export interface ChainSolution {
  pi: Float64Array;
  sweeps: number;
  /** Σ|πQ| ÷ Σ π·(outflow rate): the relative flow imbalance left. */
  residual: number;
}

const TARGET_RESIDUAL = 1e-12;
const MAX_SWEEPS = 4_000;

/** Generator in incoming form: for state t, sources src[from[t]..from[t+1]) with rates rate[...]. */
interface Incoming {
  from: Int32Array;
  src: Int32Array;
  rate: Float64Array;
  out: Float64Array;
}

function buildIncoming(q: RetrialQueue, win: ChainWindow): Incoming {
  const { arrivalRate: lam, serviceRate: mu, agents: n, abandonRate: theta, redialProbability: p } = q;
  const { iMax, jLo, jHi } = win;
  const K = q.lines;
  const width = iMax + 1;
  const top = jHi - jLo;
  const states = width * (top + 1);
  const out = new Float64Array(states);
  const forEachMove = (s: number, emit: (to: number, rate: number) => void): void => {
    const l = Math.floor(s / width);
    const i = s - l * width;
    const redials = (jLo + l) * q.redialRate;
    const admitted = i < K && i < iMax;
    if (admitted) emit(s + 1, lam);
    else if (i === K && l < top) emit(s + width, lam * p);
    if (admitted) emit(l > 0 ? s + 1 - width : s + 1, redials);
    else if (i === K && l > 0) emit(s - width, (1 - p) * redials);
    if (i > 0) {
      const hangUp = Math.max(i - n, 0) * theta;
      emit(s - 1, Math.min(i, n) * mu + hangUp * (l < top ? 1 - p : 1));
      if (l < top) emit(s - 1 + width, hangUp * p);
    }
  };
  const from = new Int32Array(states + 1);
  for (let s = 0; s < states; s++)
    forEachMove(s, (to, rate) => {
      if (rate > 0) from[to + 1] = from[to + 1]! + 1;
    });
  for (let s = 0; s < states; s++) from[s + 1] = from[s + 1]! + from[s]!;
  const fill = from.slice(0, states);
  const src = new Int32Array(from[states]!);
  const rate = new Float64Array(from[states]!);
  for (let s = 0; s < states; s++)
    forEachMove(s, (to, r) => {
      if (!(r > 0)) return;
      const k = fill[to]!;
      fill[to] = k + 1;
      src[k] = s;
      rate[k] = r;
      out[s] = out[s]! + r;
    });
  return { from, src, rate, out };
}

/**
 * Solves the chain of `q` on `win`, starting from `init` (same layout; any positive guess, updated in
 * place). Cost O(states) per sweep.
 */
export function solveRetrialChain(q: RetrialQueue, win: ChainWindow, init: Float64Array): ChainSolution {
  const { iMax, jLo, jHi } = win;
  const width = iMax + 1;
  const rows = jHi - jLo + 1;
  const diagonals = width + rows - 1;
  const { from, src, rate, out } = buildIncoming(q, win);
  const pi = init;
  const longest = Math.max(width, rows);
  const line = new Int32Array(longest);
  const sub = new Float64Array(longest);
  const sup = new Float64Array(longest);
  const rhs = new Float64Array(longest);
  const cPrime = new Float64Array(longest);
  const dPrime = new Float64Array(longest);

  // Solves the states line[0..m) exactly given the rest (consecutive entries are neighbours).
  const solveLine = (m: number): void => {
    for (let k = 0; k < m; k++) {
      const t = line[k]!;
      const before = k > 0 ? line[k - 1]! : -1;
      const after = k + 1 < m ? line[k + 1]! : -1;
      let a = 0;
      let c = 0;
      let b = 0;
      for (let e = from[t]!; e < from[t + 1]!; e++) {
        const s = src[e]!;
        if (s === before) a += rate[e]!;
        else if (s === after) c += rate[e]!;
        else b += pi[s]! * rate[e]!;
      }
      sub[k] = a;
      sup[k] = c;
      rhs[k] = b;
    }
    // Thomas algorithm on −sub[k]·x[k−1] + out·x[k] − sup[k]·x[k+1] = rhs[k] (column diagonally
    // dominant, so no pivoting is needed).
    for (let k = 0; k < m; k++) {
      const denom = out[line[k]!]! - (k > 0 ? sub[k]! * cPrime[k - 1]! : 0);
      cPrime[k] = denom > 0 ? sup[k]! / denom : 0;
      dPrime[k] = denom > 0 ? (rhs[k]! + (k > 0 ? sub[k]! * dPrime[k - 1]! : 0)) / denom : 0;
    }
    let next = 0;
    for (let k = m - 1; k >= 0; k--) {
      next = Math.max(dPrime[k]! + cPrime[k]! * next, 0);
      pi[line[k]!] = next;
    }
  };
  const sweepRows = (): void => {
    for (let l = 0; l < rows; l++) {
      for (let i = 0; i < width; i++) line[i] = l * width + i;
      solveLine(width);
    }
  };
  const sweepDiagonals = (): void => {
    for (let d = 0; d < diagonals; d++) {
      let m = 0;
      for (let i = Math.max(0, d - rows + 1); i <= Math.min(iMax, d); i++) line[m++] = (d - i) * width + i;
      solveLine(m);
    }
  };

  const diagonalOf = new Int32Array(pi.length);
  for (let s = 0; s < pi.length; s++) {
    const l = Math.floor(s / width);
    diagonalOf[s] = l + (s - l * width);
  }
  const mass = new Float64Array(diagonals);
  const up = new Float64Array(diagonals);
  const down = new Float64Array(diagonals);
  const logMass = new Float64Array(diagonals);
  // Resets the masses of the levels of `levelOf` to those of their aggregated birth–death chain.
  const aggregate = (levels: number, levelOf: Int32Array): void => {
    mass.fill(0, 0, levels);
    up.fill(0, 0, levels);
    down.fill(0, 0, levels);
    for (let t = 0; t < pi.length; t++) {
      const lt = levelOf[t]!;
      mass[lt] = mass[lt]! + pi[t]!;
      for (let e = from[t]!; e < from[t + 1]!; e++) {
        const ls = levelOf[src[e]!]!;
        const flow = pi[src[e]!]! * rate[e]!;
        if (ls < lt) up[ls] = up[ls]! + flow;
        else if (ls > lt) down[ls] = down[ls]! + flow;
      }
    }
    let best = 0;
    logMass[0] = 0;
    for (let l = 1; l < levels; l++) {
      const ratio = (up[l - 1]! / mass[l - 1]!) * (mass[l]! / down[l]!);
      if (!(ratio > 0 && Number.isFinite(ratio))) return; // a level underflowed: leave it to Gauss–Seidel
      logMass[l] = logMass[l - 1]! + Math.log(ratio);
      if (logMass[l]! > best) best = logMass[l]!;
    }
    let total = 0;
    for (let l = 0; l < levels; l++) total += Math.exp(logMass[l]! - best);
    for (let l = 0; l < levels; l++) logMass[l] = Math.exp(logMass[l]! - best) / total / mass[l]!;
    for (let t = 0; t < pi.length; t++) pi[t] = pi[t]! * logMass[levelOf[t]!]!;
  };

  const residual = (): number => {
    let imbalance = 0;
    let flow = 0;
    for (let t = 0; t < pi.length; t++) {
      let inflow = 0;
      for (let e = from[t]!; e < from[t + 1]!; e++) inflow += pi[src[e]!]! * rate[e]!;
      const outflow = pi[t]! * out[t]!;
      imbalance += Math.abs(inflow - outflow);
      flow += outflow;
    }
    return flow > 0 ? imbalance / flow : 0;
  };
  const normalise = (): void => {
    let total = 0;
    for (let s = 0; s < pi.length; s++) total += pi[s]!;
    for (let s = 0; s < pi.length; s++) pi[s] = pi[s]! / total;
  };

  let r = Number.POSITIVE_INFINITY;
  let sweeps = 0;
  while (sweeps < MAX_SWEEPS) {
    aggregate(diagonals, diagonalOf);
    sweepRows();
    sweepDiagonals();
    sweepRows();
    sweepDiagonals();
    sweeps += 4;
    normalise();
    if (sweeps % 16 !== 0) continue;
    r = residual();
    if (r <= TARGET_RESIDUAL) break;
  }
  return { pi, sweeps, residual: r };
}
