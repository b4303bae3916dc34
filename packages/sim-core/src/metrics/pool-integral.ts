/**
 * Time integrals of agent pools per interval of the day, over the measured window [warm-up, end of
 * the last interval): busy-agent time, present-agent time (agents on duty plus busy agents finishing
 * a call after their shift: occupancy = busy ÷ present) and staffed-agent time. O(1) per change.
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
  private readonly last: Float64Array;
  private readonly from: number;
  private readonly until: number;
  private interval = 0;

  constructor(pools: number, intervals: number, measureFrom: number, measureUntil: number) {
    this.pools = pools;
    this.intervals = intervals;
    this.busy = new Int32Array(pools);
    this.staffed = new Int32Array(pools);
    this.busyArea = new Float64Array(pools * intervals);
    this.presentArea = new Float64Array(pools * intervals);
    this.staffedArea = new Float64Array(pools * intervals);
    this.last = new Float64Array(pools);
    this.from = measureFrom;
    this.until = measureUntil;
  }

  /** Busy agents of `pool` changed by `delta` at time `t`. */
  changeBusy(pool: number, t: number, delta: number): void {
    this.flush(pool, t);
    this.busy[pool]! += delta;
  }

  /** The staffing of `pool` becomes `agents` at time `t`. */
  setStaffed(pool: number, t: number, agents: number): void {
    this.flush(pool, t);
    this.staffed[pool] = agents;
  }

  /** Closes the current interval at `t` and opens interval `next` of the day. */
  boundary(t: number, next: number): void {
    for (let p = 0; p < this.pools; p++) this.flush(p, t);
    this.interval = next;
  }

  private flush(pool: number, t: number): void {
    const last = this.last[pool]!;
    this.last[pool] = t;
    const start = Math.max(last, this.from);
    const end = Math.min(t, this.until);
    if (end > start) this.addAreas(pool, end - start);
  }

  private addAreas(pool: number, dt: number): void {
    const cell = pool * this.intervals + this.interval;
    const busy = this.busy[pool]!;
    const staffed = this.staffed[pool]!;
    this.busyArea[cell]! += busy * dt;
    this.presentArea[cell]! += Math.max(busy, staffed) * dt;
    this.staffedArea[cell]! += staffed * dt;
  }
}
