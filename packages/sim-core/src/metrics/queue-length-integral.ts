/**
 * Time integrals of queue lengths, per series (one per queue, plus one for all queues together) and
 * per interval of the day, over the measured window [warm-up, end of the last interval): the area
 * under the queue-length curve (for the time-averaged queue length) and the longest queue seen.
 * The model reports every change; each costs O(1) and allocates nothing.
 */
export class QueueLengthIntegral {
  readonly series: number;
  readonly intervals: number;
  /** Current number of callers waiting, per series. */
  readonly length: Int32Array;
  /** `area[series × intervals + interval]`: ∫ queue length dt, in caller-seconds. */
  readonly area: Float64Array;
  /** `max[series × intervals + interval]`: longest queue seen. */
  readonly max: Float64Array;
  private readonly last: Float64Array;
  private readonly from: number;
  private readonly until: number;
  private interval = 0;

  constructor(series: number, intervals: number, measureFrom: number, measureUntil: number) {
    this.series = series;
    this.intervals = intervals;
    this.length = new Int32Array(series);
    this.area = new Float64Array(series * intervals);
    this.max = new Float64Array(series * intervals);
    this.last = new Float64Array(series);
    this.from = measureFrom;
    this.until = measureUntil;
  }

  /** The queue of `series` grew or shrank by `delta` at time `t`. */
  change(series: number, t: number, delta: number): void {
    this.flush(series, t);
    const length = (this.length[series]! += delta);
    if (t >= this.from && t < this.until) {
      const cell = series * this.intervals + this.interval;
      if (length > this.max[cell]!) this.max[cell] = length;
    }
  }

  /**
   * Closes the current interval at time `t` and opens `next` (an interval of the day); also called at
   * the end of the warm-up, with the same interval, so the queue present then counts in the maximum.
   */
  boundary(t: number, next: number): void {
    for (let s = 0; s < this.series; s++) this.flush(s, t);
    this.interval = next;
    if (t >= this.from && t < this.until) {
      for (let s = 0; s < this.series; s++) {
        const cell = s * this.intervals + next;
        if (this.length[s]! > this.max[cell]!) this.max[cell] = this.length[s]!;
      }
    }
  }

  private flush(series: number, t: number): void {
    const last = this.last[series]!;
    const start = Math.max(last, this.from);
    const end = Math.min(t, this.until);
    if (end > start)
      this.area[series * this.intervals + this.interval]! += this.length[series]! * (end - start);
    this.last[series] = t;
  }
}
