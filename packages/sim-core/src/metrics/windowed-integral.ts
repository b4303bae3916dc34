/** Where the clock is relative to the measured window: before it, in it, or past its end. */
const BEFORE = 0;
const IN = 1;
const PAST = 2;

/**
 * The bookkeeping shared by the time integrals of levels that change in steps (busy agents, queue
 * lengths), per interval of the day, over the measured window [`from`, `until`): the integral of a
 * level `n(s)` over an open segment [a, t] is `n(t)·(t − a) − Σ δᵢ·(tᵢ − a)` over its changes δᵢ at
 * tᵢ, so a change adds one product `−δ·(t − a)` to a per-series sum, and a close (an interval
 * boundary, a flush before reading, or an edge of the window) adds `sum + n·(t − a)` to the
 * interval's area and restarts the sums. Times are taken from the segment's start `a`, so the terms
 * stay of the size of the areas themselves however long the run. The window's edges are passed
 * once each: what came before `from` is dropped, what comes after `until` never counts.
 */
export abstract class WindowedIntegral {
  readonly intervals: number;
  /** Start of the open segment (the last close). */
  protected start = 0;
  /** The interval of the day the open segment counts in. */
  protected interval = 0;
  /** The window edge the clock has yet to pass: `from`, then `until`, then never. */
  protected nextEdge: number;
  protected readonly from: number;
  protected readonly until: number;
  private phase = BEFORE;

  constructor(intervals: number, measureFrom: number, measureUntil: number) {
    this.intervals = intervals;
    this.from = measureFrom;
    this.until = measureUntil;
    this.nextEdge = measureFrom;
  }

  /** Adds the areas up to `t` to the current interval and opens interval `next` of the day at `t`. */
  boundary(t: number, next: number): void {
    if (t > this.nextEdge) this.passEdges(t);
    this.close(t);
    this.interval = next;
  }

  /** Copies where this integral stands (open segment, interval, edges passed) to `other`, of the same window. */
  protected copyPositionTo(other: WindowedIntegral): void {
    other.start = this.start;
    other.interval = this.interval;
    other.nextEdge = this.nextEdge;
    other.phase = this.phase;
  }

  /**
   * Adds each series' area over the open segment, `dt` long, to the current interval when `counts`
   * (the segment lies in the window), and restarts the series' sums of changes.
   */
  protected abstract closeSegment(dt: number, counts: boolean): void;

  /** The clock moved past the window's start (what came before is dropped) or its end (closed there). */
  protected passEdges(t: number): void {
    while (t > this.nextEdge) {
      if (this.phase === BEFORE) {
        this.close(this.from);
        this.phase = IN;
        this.nextEdge = this.until;
      } else {
        this.close(this.until);
        this.phase = PAST;
        this.nextEdge = Number.POSITIVE_INFINITY;
      }
    }
  }

  private close(t: number): void {
    const dt = t - this.start;
    this.closeSegment(dt, this.phase === IN && dt > 0);
    this.start = t;
  }
}
