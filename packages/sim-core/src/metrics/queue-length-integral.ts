import { WindowedIntegral } from './windowed-integral.js';

/**
 * Time integrals of queue lengths, per series (one per queue, plus one for all queues together) and
 * per interval of the day, over the measured window [warm-up, end of the last interval): the area
 * under the queue-length curve (for the time-averaged queue length) and the longest queue seen.
 * The model reports every change; each costs one multiply-add ({@link WindowedIntegral}) and a
 * comparison with the longest, O(1), and allocates nothing.
 */
export class QueueLengthIntegral extends WindowedIntegral {
  readonly series: number;
  /** Current number of callers waiting, per series. */
  readonly length: Int32Array;
  /** `area[series × intervals + interval]`: ∫ queue length dt, in caller-seconds. */
  readonly area: Float64Array;
  /** `max[series × intervals + interval]`: longest queue seen. */
  readonly max: Float64Array;
  /** Per series, −Σ δ·(t − start) over the open segment's changes. */
  private readonly changes: Float64Array;

  constructor(series: number, intervals: number, measureFrom: number, measureUntil: number) {
    super(intervals, measureFrom, measureUntil);
    this.series = series;
    this.length = new Int32Array(series);
    this.area = new Float64Array(series * intervals);
    this.max = new Float64Array(series * intervals);
    this.changes = new Float64Array(series);
  }

  /** The queue of `series` grew or shrank by `delta` at time `t` (not before the last change). */
  change(series: number, t: number, delta: number): void {
    if (t > this.nextEdge) this.passEdges(t);
    const length = (this.length[series]! += delta);
    this.changes[series]! -= delta * (t - this.start);
    if (t >= this.from && t < this.until) {
      const cell = series * this.intervals + this.interval;
      if (length > this.max[cell]!) this.max[cell] = length;
    }
  }

  /**
   * Closes the current interval at time `t` and opens `next` (an interval of the day); also called at
   * the end of the warm-up, with the same interval, so the queue present then counts in the maximum.
   */
  override boundary(t: number, next: number): void {
    super.boundary(t, next);
    if (t >= this.from && t < this.until) {
      for (let s = 0; s < this.series; s++) {
        const cell = s * this.intervals + next;
        if (this.length[s]! > this.max[cell]!) this.max[cell] = this.length[s]!;
      }
    }
  }

  /**
   * A copy closed at `t` (not before the last change): the areas and longest queues as if the run
   * ended then, this integral left as it is. O(series × intervals).
   */
  closedAt(t: number): QueueLengthIntegral {
    const copy = new QueueLengthIntegral(this.series, this.intervals, this.from, this.until);
    this.copyPositionTo(copy);
    copy.length.set(this.length);
    copy.area.set(this.area);
    copy.max.set(this.max);
    copy.changes.set(this.changes);
    copy.boundary(t, this.interval);
    return copy;
  }

  protected closeSegment(dt: number, counts: boolean): void {
    for (let s = 0; s < this.series; s++) {
      if (counts) this.area[s * this.intervals + this.interval]! += this.changes[s]! + this.length[s]! * dt;
      this.changes[s] = 0;
    }
  }
}
