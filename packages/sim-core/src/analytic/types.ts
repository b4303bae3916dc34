/** Parameters of a single queue served by one group of identical agents (seconds, per second). */
export interface QueueParams {
  /** Offered calls per second (first calls and redials alike). */
  arrivalRate: number;
  /** Average handle time in seconds. */
  aht: number;
  /** Agents answering the queue (a non-negative integer). */
  agents: number;
  /** Mean patience in seconds (exponential). Absent or `Infinity`: callers never hang up. */
  patience?: number;
  /** Calls in the system at most, queued plus in service. Absent or `Infinity`: unlimited. */
  lines?: number;
}

/** Steady-state performance of a queue, per offered call unless said otherwise. */
export interface QueueMetrics {
  /** False only when nothing bounds the queue (no patience, no lines) and load ≥ agents. */
  stable: boolean;
  /** Probability that an offered call waits (is neither blocked nor answered at once). */
  waitProbability: number;
  /** Probability that an offered call finds all lines busy. */
  blockProbability: number;
  /** Probability that an offered call hangs up while waiting. */
  abandonProbability: number;
  /** Answered ÷ offered. */
  pickupRate: number;
  /** Average speed of answer: mean wait of answered calls, seconds. */
  asa: number;
  /** Mean wait of all offered calls (blocked: 0; abandoned: until they hang up), seconds. */
  meanWait: number;
  /** Time-averaged number of callers waiting. */
  meanQueueLength: number;
  /** Time-averaged share of agents busy. */
  occupancy: number;
  /** Share of all offered calls answered within `seconds` of arriving. */
  serviceLevel(seconds: number): number;
}
