import type { QueueMetrics, QueueParams } from './types.js';

/** Redials: abandoned and blocked callers call again with `probability` after an exponential `delay`. */
export interface RedialParams {
  /** Probability that an unanswered attempt (blocked or abandoned) is followed by a redial, in [0, 1]. */
  probability: number;
  /** Mean delay before a redial, seconds (exponential), > 0. */
  delay: number;
}

/** A queue whose unanswered callers redial. `arrivalRate` counts first-time calls only. */
export interface ErlangXParams extends QueueParams {
  redial: RedialParams;
}

/**
 * How `erlangX` solves the model: `'exact'` solves the two-dimensional Markov chain numerically,
 * `'fixed-point'` solves the redial flow balance with `analyze`, `'auto'` (default) takes exact
 * when the chain is small enough (agents ≤ 100 and at most 25,000 states), the fixed point otherwise.
 */
export type ErlangXMethod = 'exact' | 'fixed-point' | 'auto';

/** Options of `erlangX`. */
export interface ErlangXOptions {
  method?: ErlangXMethod;
}

/** Per-attempt metrics of a queue with redials, plus what they mean for callers. */
export type ErlangXMetrics = QueueMetrics & {
  /** Attempts per second in steady state: first calls plus redials. */
  attemptRate: number;
  /** Share of first-time callers eventually answered, whatever the number of attempts. */
  callerServedShare: number;
  /** attemptRate ÷ arrivalRate: mean attempts per first-time caller. */
  attemptsPerCaller: number;
  /** The method actually used. */
  method: 'exact' | 'fixed-point';
};

/** The model in rates, as the solvers use it (all per second; `lines` may be Infinity). */
export interface RetrialQueue {
  /** First-time calls per second (λ). */
  arrivalRate: number;
  /** 1 / aht (μ). */
  serviceRate: number;
  agents: number;
  /** 1 / patience (θ); 0 when callers never hang up. */
  abandonRate: number;
  /** Calls in the system at most (K); Infinity when unlimited. */
  lines: number;
  /** Redial probability p. */
  redialProbability: number;
  /** 1 / delay (ν): each caller in the orbit redials at this rate. */
  redialRate: number;
}
