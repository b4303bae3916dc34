/** Where the clock is relative to the measured window: before it, in it, or past its end. */
const BEFORE = 0;
const IN = 1;
const PAST = 2;

/**
 * Time integrals of agent pools per interval of the day, over the measured window [warm-up, end of
 * the last interval): busy-agent time, present-agent time (agents on duty plus busy agents finishing
 * a call after their shift: occupancy = busy ÷ present) and staffed-agent time.
 *
 * A change of level costs one multiply-add, not an area update: the integral of a level `n(s)` over
 * the open segment [a, t] is `n(t)·(t − a) − Σ δᵢ·(tᵢ − a)` over its changes δᵢ at tᵢ, so each change
 * adds `−δ·(t − a)` to a per-pool sum and a close (an interval boundary, or a flush before reading)
 * adds `sum + n·(t − a)` to the interval's area. Times are taken from the segment's start `a`, so the
 * terms stay of the size of the areas themselves (no cancellation over a long horizon). O(1) per
 * change, O(pools) per close.
 */
export class PoolIntegral {
  readonly pools: number;
  readonly intervals: number;
  /** Agents on a call, per pool. */
  readonly busy: Int32Array;
  /** Agents on duty (the staffing in force), per pool. */
  readonly staffed: Int32Array;
  readonly busyArea: Float64Array;
  readonly presentArea: Float64Array;
  readonly staffedArea: Float64Array;
  /** Agents present, max(busy, staffed), per pool. */
  private readonly present: Int32Array;
  /** Per pool, −Σ δ·(t − start) over the segment's changes of each level. */
  private readonly busyChanges: Float64Array;
  private readonly presentChanges: Float64Array;
  private readonly staffedChanges: Float64Array;
  /** Start of the open segment (the last close, or the window's start). */
  private start = 0;
  private readonly from: number;
  private readonly until: number;
  private phase: number = BEFORE;
  /** The window edge the clock has yet to pass: `from`, then `until`, then never. */
  private nextEdge: number;
  private interval = 0;

  constructor(pools: number, intervals: number, measureFrom: number, measureUntil: number) {
    this.pools = pools;
    this.intervals = intervals;
    this.busy = new Int32Array(pools);
    this.staffed = new Int32Array(pools);
    this.present = new Int32Array(pools);
    this.busyArea = new Float64Array(pools * intervals);
    this.presentArea = new Float64Array(pools * intervals);
    this.staffedArea = new Float64Array(pools * intervals);
    this.busyChanges = new Float64Array(pools);
    this.presentChanges = new Float64Array(pools);
    this.staffedChanges = new Float64Array(pools);
    this.from = measureFrom;
    this.until = measureUntil;
    this.nextEdge = measureFrom;
  }

  /** Busy agents of `pool` changed by `delta` at time `t` (not before the last change). */
  changeBusy(pool: number, t: number, delta: number): void {
    if (t > this.nextEdge) this.passEdges(t);
    const busy = (this.busy[pool]! += delta);
    const dt = t - this.start;
    this.busyChanges[pool]! -= delta * dt;
    const staffed = this.staffed[pool]!;
    if (busy > staffed || busy - delta > staffed) this.presentChanged(pool, dt);
  }

  /** The staffing of `pool` becomes `agents` at time `t`. */
  setStaffed(pool: number, t: number, agents: number): void {
    if (t > this.nextEdge) this.passEdges(t);
    const dt = t - this.start;
    this.staffedChanges[pool]! -= (agents - this.staffed[pool]!) * dt;
    this.staffed[pool] = agents;
    this.presentChanged(pool, dt);
  }

  /** Adds the areas up to `t` to the current interval and opens interval `next` of the day at `t`. */
  boundary(t: number, next: number): void {
    if (t > this.nextEdge) this.passEdges(t);
    this.close(t);
    this.interval = next;
  }

  /** `max(busy, staffed)` of `pool` may have changed, `dt` into the segment. */
  private presentChanged(pool: number, dt: number): void {
    const busy = this.busy[pool]!;
    const staffed = this.staffed[pool]!;
    const present = Math.max(busy, staffed);
    this.presentChanges[pool]! -= (present - this.present[pool]!) * dt;
    this.present[pool] = present;
  }

  /** The clock passed the window's start (what came before is dropped) or its end (closed there). */
  private passEdges(t: number): void {
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

  /** Closes the open segment at `t`: its areas count if it lies in the window. */
  private close(t: number): void {
    const dt = t - this.start;
    const counts = this.phase === IN && dt > 0;
    for (let p = 0; p < this.pools; p++) {
      if (counts) {
        const cell = p * this.intervals + this.interval;
        this.busyArea[cell]! += this.busyChanges[p]! + this.busy[p]! * dt;
        this.presentArea[cell]! += this.presentChanges[p]! + this.present[p]! * dt;
        this.staffedArea[cell]! += this.staffedChanges[p]! + this.staffed[p]! * dt;
      }
      this.busyChanges[p] = 0;
      this.presentChanges[p] = 0;
      this.staffedChanges[p] = 0;
    }
    this.start = t;
  }
}
