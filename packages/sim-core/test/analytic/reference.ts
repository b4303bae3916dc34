// Independent references for the analytic tests, written plainly and differently from src/:
// exact rational Erlang sums with BigInt, and the birth–death chain of M/M/n/K+M solved state by state.

/** Exact Erlang B and C for integer agents and a rational load num/den, as doubles (BigInt sums). */
export function exactErlang(agents: number, num: bigint, den: bigint): { b: number; c: number } {
  // T_k = num^k den^(n−k) n!/k! ∝ load^k / k!, built downwards from T_n = num^n.
  const n = BigInt(agents);
  let term = num ** n;
  let sum = 0n;
  for (let k = n; k >= 0n; k--) {
    sum += term;
    if (k > 0n) term = (term * den * k) / num; // exact: T_{k−1} = T_k · den · k / num
  }
  const tn = num ** n;
  const scale = 10n ** 40n;
  const b = Number((tn * scale) / sum) / 1e40;
  // C = T_n n/(n − a) / (Σ_{k<n} T_k + T_n n/(n − a)), with n − a = (n·den − num)/den.
  const slack = n * den - num;
  if (slack <= 0n) return { b, c: 1 };
  const waitTerm = tn * n * den; // times 1/slack
  const c = Number((waitTerm * scale) / ((sum - tn) * slack + waitTerm)) / 1e40;
  return { b, c };
}

/** Plain forward recursion for Erlang B (a different algorithm, stable, O(n)). */
export function erlangBRecursion(agents: number, load: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (load * b) / (k + load * b);
  return b;
}

export interface ReferenceMetrics {
  noWait: number;
  wait: number;
  block: number;
  abandon: number;
  pickup: number;
  queue: number;
  busy: number;
  /** π over states 0..maxState. */
  pi: Float64Array;
}

/**
 * The M/M/n/K+M chain solved directly over states 0…maxState (K = lines, or a cut-off where the tail is
 * below 1e-300 when lines are unlimited): log-weights by plain products, normalised with the max.
 * Abandonment from Little's law (θ × queue / λ), occupancy from the busy-agent average — formulas that
 * src/ does not use.
 */
export function referenceChain(
  lambda: number,
  mu: number,
  n: number,
  theta: number,
  lines: number,
): ReferenceMetrics {
  const logW: number[] = [0];
  let peak = 0;
  for (let k = 0; k + 1 <= lines; k++) {
    const death = Math.min(k + 1, n) * mu + Math.max(0, k + 1 - n) * theta;
    const next = logW[k]! + Math.log(lambda / death);
    logW.push(next);
    peak = Math.max(peak, next);
    if (k > n + 10 && lambda < death && next < peak - 750) break;
    if (logW.length > 5_000_000) throw new Error('reference chain too long');
  }
  let max = Number.NEGATIVE_INFINITY;
  for (const v of logW) max = Math.max(max, v);
  const pi = new Float64Array(logW.length);
  let total = 0;
  for (let k = 0; k < logW.length; k++) total += pi[k] = Math.exp(logW[k]! - max);
  for (let k = 0; k < pi.length; k++) pi[k]! /= total;
  const top = pi.length - 1;
  let noWait = 0;
  let wait = 0;
  let queue = 0;
  let busy = 0;
  for (let k = 0; k < pi.length; k++) {
    const p = pi[k]!;
    busy += Math.min(k, n) * p;
    queue += Math.max(0, k - n) * p;
    if (k === top && lines !== Number.POSITIVE_INFINITY) continue;
    if (k < n) noWait += p;
    else wait += p;
  }
  const block = lines === Number.POSITIVE_INFINITY ? 0 : pi[top]!;
  const abandon = (theta * queue) / lambda;
  return { noWait, wait, block, abandon, pickup: 1 - block - abandon, queue, busy, pi };
}

/**
 * P(a call arriving to find n + j in the system is answered within t), for j = 0 … maxAhead, by
 * uniformisation of the tagged call's own chain (position p moves to p − 1 at rate nμ + (p − 1)θ, is
 * served from position 1 at rate nμ, abandons at rate θ), run backwards for all starting positions at once:
 * a numerical method independent of the closed forms in src/.
 */
export function answeredWithin(
  n: number,
  mu: number,
  theta: number,
  maxAhead: number,
  t: number,
): Float64Array {
  const positions = maxAhead + 1;
  const rate = n * mu + positions * theta;
  // u[p − 1] = P(served within k jumps | start at position p)
  let u = new Float64Array(positions);
  const result = new Float64Array(positions);
  const mean = rate * t;
  let logWeight = -mean;
  let cumulative = 0;
  for (let step = 0; step < 10_000_000; step++) {
    const weight = Math.exp(logWeight);
    cumulative += weight;
    for (let p = 0; p < positions; p++) result[p]! += weight * u[p]!;
    if (step > mean && weight < 1e-22) break; // the Poisson tail beyond is below 1e-21
    const next = new Float64Array(positions);
    for (let p = 1; p <= positions; p++) {
      const advance = n * mu + (p - 1) * theta;
      const target = p === 1 ? 1 : u[p - 2]!;
      next[p - 1] = (advance / rate) * target + (1 - (advance + theta) / rate) * u[p - 1]!;
    }
    u = next;
    logWeight += Math.log(mean / (step + 1));
  }
  for (let p = 0; p < positions; p++) result[p]! += (1 - cumulative) * u[p]!;
  return result;
}
