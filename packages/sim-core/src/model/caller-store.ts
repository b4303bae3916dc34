/** What a caller is doing (values of {@link CallerStore.state}). */
export const CallerState = {
  free: 0,
  waiting: 1,
  inService: 2,
  /** Hung up or blocked, and will call again. */
  redialPending: 3,
  /** Out of the waiting lines, held by a behaviour until an agent calls (a callback, an appointment). */
  held: 4,
} as const;

/**
 * The callers in the system, as a structure of typed arrays indexed by caller id (no object per
 * caller). Ids are recycled through a free list, so the store grows (by doubling) only with the
 * number of callers present at once — waiting, in service or about to redial — never with the number
 * of calls simulated. O(1) per allocate and release.
 */
export class CallerStore {
  queue = new Int32Array(0);
  /** Arrival time of the current attempt, seconds. */
  arrival = new Float64Array(0);
  handleTime = new Float64Array(0);
  /** Attempt number, from 1. */
  attempt = new Int32Array(0);
  /** Metrics cell of the current attempt, −1 in the warm-up. */
  cell = new Int32Array(0);
  /** Metrics cell of the caller's first call, −1 in the warm-up. */
  firstCell = new Int32Array(0);
  pool = new Int32Array(0);
  /** Metrics row the caller is also reported in (its call type's), −1 when none; set by behaviours. */
  row = new Int32Array(0);
  state = new Uint8Array(0);
  /** Calendar handle of the pending abandonment, −1 when none. */
  abandonEvent = new Int32Array(0);
  /** Links of the waiting line the caller is in (−1 at the ends). */
  next = new Int32Array(0);
  prev = new Int32Array(0);
  private freeIds = new Int32Array(0);
  private freeCount = 0;
  private used = 0;

  constructor(initialCapacity = 256) {
    this.resize(Math.max(1, initialCapacity | 0));
  }

  /** Number of caller slots allocated (flat memory: bounded by the callers present at once). */
  get capacity(): number {
    return this.queue.length;
  }

  /** Callers currently held. */
  get live(): number {
    return this.used - this.freeCount;
  }

  /** A free caller id. */
  allocate(): number {
    if (this.freeCount > 0) return this.freeIds[--this.freeCount]!;
    if (this.used === this.queue.length) this.resize(this.queue.length * 2);
    return this.used++;
  }

  /** Returns `id` to the free list. */
  release(id: number): void {
    this.state[id] = CallerState.free;
    this.freeIds[this.freeCount++] = id;
  }

  private resize(capacity: number): void {
    const f64 = (old: Float64Array) => {
      const a = new Float64Array(capacity);
      a.set(old);
      return a;
    };
    const i32 = (old: Int32Array) => {
      const a = new Int32Array(capacity);
      a.set(old);
      return a;
    };
    this.queue = i32(this.queue);
    this.arrival = f64(this.arrival);
    this.handleTime = f64(this.handleTime);
    this.attempt = i32(this.attempt);
    this.cell = i32(this.cell);
    this.firstCell = i32(this.firstCell);
    this.pool = i32(this.pool);
    this.row = i32(this.row);
    const state = new Uint8Array(capacity);
    state.set(this.state);
    this.state = state;
    this.abandonEvent = i32(this.abandonEvent);
    this.next = i32(this.next);
    this.prev = i32(this.prev);
    this.freeIds = i32(this.freeIds);
  }
}
