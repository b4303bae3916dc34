import { EXACT_WAIT_LIMIT, WAIT_BINS, waitBin } from './wait-histogram.js';

/** How an attempt ended, as the model reports it to an {@link OutcomeAccumulator}. */
export const Outcome = {
  /** An agent picked it up (its wait is known at that moment). */
  answered: 0,
  /** The caller hung up while waiting. */
  abandoned: 1,
  /** All lines were busy. */
  blocked: 2,
  /** Still waiting when the run ended. */
  inSystem: 3,
} as const;
export type Outcome = (typeof Outcome)[keyof typeof Outcome];

/**
 * A counter a caller behaviour adds to every cell, reported as a KPI of that name. An `offered`
 * counter is an outcome of an attempt (`dissuaded`, `refused`): it counts in `offered`, so offered =
 * answered + abandoned + blocked + inSystem + the offered counters. Other counters (`selfServed`)
 * count callers who never reached the agents. A dotted name (`callbacks.offered`) reports the value
 * inside an object KPI (`callbacks: { offered }`); with `per`, the name of another counter, the KPI
 * is this counter's sum divided by that one's (a mean: `callbacks.meanDelay` per
 * `callbacks.completed`), null when that one is 0.
 */
export interface CounterSpec {
  readonly name: string;
  readonly offered: boolean;
  readonly per?: string;
}

/**
 * Aggregates the flat stream of attempt outcomes (one stream, aggregated once) into counters per cell, a cell being a
 * queue × interval of the day (`cell = queue × intervals + interval`; calls count in the interval they
 * arrived, summed over days). Everything is a typed array indexed by integers: recording an outcome
 * costs O(1 + thresholds) and allocates nothing, so memory does not grow with the number of calls.
 */
export class OutcomeAccumulator {
  readonly cells: number;
  readonly thresholds: readonly number[];
  readonly answered: Float64Array;
  readonly abandoned: Float64Array;
  readonly blocked: Float64Array;
  readonly inSystem: Float64Array;
  /** Attempts that were a caller's first call. */
  readonly firstCalls: Float64Array;
  /** First calls (counted in the cell of the first call) whose caller was answered on some attempt. */
  readonly callersServed: Float64Array;
  readonly waitAnswered: Float64Array;
  /** Waits of unanswered attempts: abandoned (until hang-up), in system (so far); blocked wait 0. */
  readonly waitUnanswered: Float64Array;
  /** `answeredWithin[cell × thresholds + k]`: answered within `thresholds[k]` seconds. */
  readonly answeredWithin: Float64Array;
  /**
   * Waits of answered attempts, `WAIT_BINS` 32-bit counts per cell (see wait-histogram.ts); a cell
   * cannot reach 2^32 answered calls within the work limits of `simulate`.
   */
  readonly waitHistogram: Uint32Array;
  /** Longest answered wait beyond the exact range of the histogram, per cell (0 if none). */
  readonly waitMax: Float64Array;
  /** The behaviours' counters, in order. */
  readonly counterSpecs: readonly CounterSpec[];
  /** `counts[counter × cells + cell]`: the value of each behaviour counter in each cell. */
  readonly counts: Float64Array;

  constructor(cells: number, thresholds: readonly number[], counters: readonly CounterSpec[] = []) {
    this.cells = cells;
    this.thresholds = [...thresholds];
    this.counterSpecs = [...counters];
    this.counts = new Float64Array(counters.length * cells);
    this.answered = new Float64Array(cells);
    this.abandoned = new Float64Array(cells);
    this.blocked = new Float64Array(cells);
    this.inSystem = new Float64Array(cells);
    this.firstCalls = new Float64Array(cells);
    this.callersServed = new Float64Array(cells);
    this.waitAnswered = new Float64Array(cells);
    this.waitUnanswered = new Float64Array(cells);
    this.answeredWithin = new Float64Array(cells * thresholds.length);
    this.waitHistogram = new Uint32Array(cells * WAIT_BINS);
    this.waitMax = new Float64Array(cells);
  }

  /**
   * Records one attempt's outcome. `cell` is the cell of the interval the attempt arrived in, or −1
   * when it arrived during the warm-up (then nothing is recorded); `attempt` counts from 1;
   * `firstCell` is the cell of the caller's first call (−1 if it was in the warm-up), credited when
   * the caller is answered.
   */
  record(cell: number, outcome: Outcome, wait: number, attempt: number, firstCell: number): void {
    if (outcome === Outcome.answered) {
      this.recordAnswer(cell, wait, attempt, firstCell);
      return;
    }
    if (cell < 0) return;
    if (attempt === 1) this.firstCalls[cell]!++;
    this.waitUnanswered[cell]! += wait;
    if (outcome === Outcome.abandoned) this.abandoned[cell]!++;
    else if (outcome === Outcome.blocked) this.blocked[cell]!++;
    else this.inSystem[cell]!++;
  }

  /**
   * Records an answered attempt: `record(cell, Outcome.answered, wait, attempt, firstCell)`, as a
   * method of its own because the model calls it once per answered call (small enough to inline).
   */
  recordAnswer(cell: number, wait: number, attempt: number, firstCell: number): void {
    if (cell < 0) return;
    if (attempt === 1) this.firstCalls[cell]!++;
    this.answered[cell]!++;
    this.waitAnswered[cell]! += wait;
    const bin = waitBin(wait);
    this.waitHistogram[cell * WAIT_BINS + bin]!++;
    if (bin > EXACT_WAIT_LIMIT && wait > this.waitMax[cell]!) this.waitMax[cell] = wait;
    const thresholds = this.thresholds;
    const base = cell * thresholds.length;
    for (let k = 0; k < thresholds.length; k++) {
      if (wait <= thresholds[k]!) this.answeredWithin[base + k]!++;
    }
    if (firstCell >= 0) this.callersServed[firstCell]!++;
  }

  /**
   * Records an attempt ended with the behaviour outcome `counter` (an `offered` counter: dissuaded,
   * refused) after `wait` seconds; like `record`, nothing in the warm-up (`cell` −1).
   */
  recordCounted(cell: number, counter: number, wait: number, attempt: number): void {
    if (cell < 0) return;
    if (attempt === 1) this.firstCalls[cell]!++;
    this.waitUnanswered[cell]! += wait;
    this.counts[counter * this.cells + cell]!++;
  }

  /** Adds `amount` to the behaviour counter `counter` of `cell` (nothing in the warm-up, `cell` −1). */
  count(cell: number, counter: number, amount = 1): void {
    if (cell >= 0) this.counts[counter * this.cells + cell]! += amount;
  }

  /** The value of behaviour counter `counter` in `cell`. */
  counted(cell: number, counter: number): number {
    return this.counts[counter * this.cells + cell]!;
  }

  /** Attempts offered in `cell` (every outcome counts one: offered is their sum by construction). */
  offered(cell: number): number {
    let offered = this.answered[cell]! + this.abandoned[cell]! + this.blocked[cell]! + this.inSystem[cell]!;
    for (let k = 0; k < this.counterSpecs.length; k++) {
      if (this.counterSpecs[k]!.offered) offered += this.counts[k * this.cells + cell]!;
    }
    return offered;
  }

  /** Total wait of all attempts of `cell`: answered (until answer), abandoned (until hang-up), in system (so far). */
  waitAll(cell: number): number {
    return this.waitAnswered[cell]! + this.waitUnanswered[cell]!;
  }

  /** A deep copy (used to report "as of now" without disturbing a running simulation). */
  clone(): OutcomeAccumulator {
    return new OutcomeAccumulator(this.cells, this.thresholds, this.counterSpecs).copyFrom(this);
  }

  /**
   * Overwrites every count with those of `source`, an accumulator of the same shape (a clone of this
   * one), and returns this: a copy that allocates nothing, for copies taken again and again.
   * O(cells × WAIT_BINS).
   */
  copyFrom(source: OutcomeAccumulator): this {
    for (const key of ARRAYS) this[key].set(source[key]);
    return this;
  }
}

/** The accumulator's arrays that add up over time (all but the longest wait): a period's are the difference of two clones. */
export const SUMMED_ARRAYS = [
  'answered',
  'abandoned',
  'blocked',
  'inSystem',
  'firstCalls',
  'callersServed',
  'waitAnswered',
  'waitUnanswered',
  'answeredWithin',
  'waitHistogram',
  'counts',
] as const;

const ARRAYS = [...SUMMED_ARRAYS, 'waitMax'] as const;
