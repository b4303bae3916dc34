import { WindowedIntegral } from './windowed-integral.js';

/**
 * Time integrals of agent pools per interval of the day, over the measured window [warm-up, end of
 * the last interval): busy-agent time, present-agent time (agents on duty plus busy agents finishing
 * a call after their shift: occupancy = busy ÷ present) and staffed-agent time. A change of level
 * costs one multiply-add ({@link WindowedIntegral}); O(1) per change, O(pools) per close.
 */
export class PoolIntegral extends WindowedIntegral {
  readonly pools: number;
  /** Agents on a call, per pool. */
  readonly busy: Int32Array;
  /** Agents on duty (the staffing in force), per pool. */
  readonly staffed: Int32Array;
  readonly busyArea: Float64Array;
  readonly presentArea: Float64Array;
  readonly staffedArea: Float64Array;
  /** Agents present, max(busy, staffed), per pool. */
  private readonly present: Int32Array;
  /** Per pool, −Σ δ·(t − start) over the open segment's changes of each level. */
  private readonly busyChanges: Float64Array;
  private readonly presentChanges: Float64Array;
  private readonly staffedChanges: Float64Array;

  constructor(pools: number, intervals: number, measureFrom: number, measureUntil: number) {
    super(intervals, measureFrom, measureUntil);
    this.pools = pools;
    this.busy = new Int32Array(pools);
    this.staffed = new Int32Array(pools);
    this.present = new Int32Array(pools);
    this.busyArea = new Float64Array(pools * intervals);
    this.presentArea = new Float64Array(pools * intervals);
    this.staffedArea = new Float64Array(pools * intervals);
    this.busyChanges = new Float64Array(pools);
    this.presentChanges = new Float64Array(pools);
    this.staffedChanges = new Float64Array(pools);
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

  /**
   * A copy closed at `t` (not before the last change): the areas as if the run ended then, this
   * integral left as it is — so reading a run midway does not change how its sums are rounded.
   * O(pools × intervals).
   */
  closedAt(t: number): PoolIntegral {
    const copy = new PoolIntegral(this.pools, this.intervals, this.from, this.until);
    this.copyPositionTo(copy);
    copy.busy.set(this.busy);
    copy.staffed.set(this.staffed);
    copy.present.set(this.present);
    copy.busyArea.set(this.busyArea);
    copy.presentArea.set(this.presentArea);
    copy.staffedArea.set(this.staffedArea);
    copy.busyChanges.set(this.busyChanges);
    copy.presentChanges.set(this.presentChanges);
    copy.staffedChanges.set(this.staffedChanges);
    copy.boundary(t, this.interval);
    return copy;
  }

  /** `max(busy, staffed)` of `pool` may have changed, `dt` into the segment. */
  private presentChanged(pool: number, dt: number): void {
    const present = Math.max(this.busy[pool]!, this.staffed[pool]!);
    this.presentChanges[pool]! -= (present - this.present[pool]!) * dt;
    this.present[pool] = present;
  }

  protected closeSegment(dt: number, counts: boolean): void {
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
  }
}
