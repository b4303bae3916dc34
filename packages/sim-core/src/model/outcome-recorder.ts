import { Outcome, OutcomeAccumulator } from '../metrics/accumulator.js';
import { QueueLengthIntegral } from '../metrics/queue-length-integral.js';
import type { CallerStore } from './caller-store.js';
import type { ModelConfig } from './model-config.js';

/**
 * What the model records of each attempt, by caller id: its outcome into the cell (queue × interval
 * of the day) it arrived in, and its queue's length changes into the queue-length integrals. A caller
 * a behaviour reports in a row of its own (`callers.row`, a call type's) is recorded there too — a
 * second cell and series, paid for only when the scenario has rows (`anyRows`). O(1 + thresholds)
 * per outcome; allocates nothing.
 */
export class OutcomeRecorder {
  readonly outcomes: OutcomeAccumulator;
  /** One series per queue, then one for all queues, then one per row. */
  readonly queueLengths: QueueLengthIntegral;
  /** Series of `queueLengths` counting the callers waiting in all queues (the queue's own with one queue). */
  readonly totalSeries: number;
  /** Whether callers may be reported in a row of their own: then every outcome is recorded twice. */
  readonly anyRows: boolean;
  private readonly callers: CallerStore;
  private readonly intervals: number;

  constructor(config: ModelConfig, callers: CallerStore) {
    const queues = config.queueIds.length;
    const rows = config.rows.length;
    this.callers = callers;
    this.intervals = config.intervals;
    this.totalSeries = queues > 1 ? queues : 0;
    this.anyRows = rows > 0;
    this.outcomes = new OutcomeAccumulator(
      (queues + rows) * config.intervals,
      config.thresholds,
      config.counters,
    );
    this.queueLengths = new QueueLengthIntegral(
      queues + 1 + rows,
      config.intervals,
      config.measureFrom,
      config.horizon,
    );
  }

  /** Callers waiting in all queues. */
  get waiting(): number {
    return this.queueLengths.length[this.totalSeries]!;
  }

  /**
   * The current attempt of caller `id`, reported in a row of its own, was answered after `wait`
   * seconds: recorded in the row (the model records the queue's cell itself, with
   * `outcomes.recordAnswer`, on its hot path).
   */
  answerInRow(id: number, wait: number): void {
    this.recordInRow(this.outcomes, id, Outcome.answered, wait);
  }

  /** The current attempt of caller `id` ended with `outcome` after `wait` seconds, recorded into `outcomes`. */
  record(outcomes: OutcomeAccumulator, id: number, outcome: Outcome, wait: number): void {
    const c = this.callers;
    outcomes.record(c.cell[id]!, outcome, wait, c.attempt[id]!, c.firstCell[id]!);
    if (this.anyRows && c.row[id]! >= 0) this.recordInRow(outcomes, id, outcome, wait);
  }

  /**
   * The current attempt of caller `id` ended with the behaviour outcome `counter` after `wait` seconds,
   * recorded into `outcomes` (the run's, or a copy for a report mid-run).
   */
  recordCounted(id: number, counter: number, wait: number, outcomes = this.outcomes): void {
    const c = this.callers;
    outcomes.recordCounted(c.cell[id]!, counter, wait, c.attempt[id]!);
    if (this.anyRows && c.row[id]! >= 0) {
      outcomes.recordCounted(this.rowCell(id, c.cell[id]!), counter, wait, c.attempt[id]!);
    }
  }

  /** Adds `amount` to the behaviour counter `counter` in the cell of caller `id`'s current attempt (and its row's). */
  count(id: number, counter: number, amount: number, outcomes = this.outcomes): void {
    const cell = this.callers.cell[id]!;
    outcomes.count(cell, counter, amount);
    if (this.anyRows && this.callers.row[id]! >= 0) outcomes.count(this.rowCell(id, cell), counter, amount);
  }

  /**
   * Caller `id`'s queue grew or shrank by it at `t`: its row's series too, if it has a row (the model
   * changes the queue's and the all-queues series itself, on its hot path).
   */
  queueChangedInRow(id: number, t: number, delta: number): void {
    const row = this.callers.row[id]!;
    if (row >= 0) this.queueLengths.change(row + 1, t, delta);
  }

  /** The cell of caller `id`'s own row (its call type's) matching its queue's `cell`; −1 in the warm-up. */
  private rowCell(id: number, cell: number): number {
    const intervals = this.intervals;
    return cell < 0 ? -1 : this.callers.row[id]! * intervals + (cell % intervals);
  }

  /** Records the outcome of caller `id`'s attempt in its own row too (its call type's). */
  recordInRow(outcomes: OutcomeAccumulator, id: number, outcome: Outcome, wait: number): void {
    const c = this.callers;
    outcomes.record(
      this.rowCell(id, c.cell[id]!),
      outcome,
      wait,
      c.attempt[id]!,
      this.rowCell(id, c.firstCell[id]!),
    );
  }
}
