const MIN_BUCKETS = 16;
/** Narrowest bucket, relative to the time: far above float64's resolution (2.2e-16), far below any gap. */
const MIN_WIDTH_RELATIVE = 1e-12;
const LONG_WALK = 24; // a sorted insert walking further than this means the bucket width is off

/** Index in a ring of `n` (a power of two) buckets of the bucket numbered `vb` ≥ 0. */
function ringIndex(vb: number, n: number): number {
  return vb < 2147483648 ? vb & (n - 1) : vb % n;
}

/**
 * A calendar queue (R. Brown, "Calendar queues: a fast O(1) priority queue implementation for the
 * simulation event set problem", Communications of the ACM 31(10), 1988): events hashed by time into
 * a ring of buckets one `width` wide, each a short list sorted by (time, key), scanned like the days of
 * a year. With the width set to about three mean gaps between the next events and as many buckets as
 * events, insert, remove and pop take O(1) on average — against O(log n) for a heap, whose unpredictable
 * branches dominate the cost of a simulation. Everything lives in typed arrays indexed by slot (lists
 * are doubly linked through `next`/`prev`), so nothing is allocated per event; the ring doubles or
 * halves, re-estimating the width, as the number of events changes, and re-estimates it when lists
 * grow long. Pathological spreads fall back to a direct O(buckets) search, never to a wrong order.
 */
export class BucketQueue {
  time: Float64Array;
  key: Float64Array;
  kind: Int32Array;
  payload: Int32Array;
  private vbucket: Float64Array; // floor(time / width): the bucket's number on an endless calendar
  private next: Int32Array;
  private prev: Int32Array;
  private bucketOf: Int32Array; // ring index of the slot's bucket, -1 when the slot is free
  private freeSlots: Int32Array;
  private freeCount = 0;
  private slotsUsed = 0;
  private head: Int32Array;
  private buckets = MIN_BUCKETS;
  private invWidth = 1;
  private current = 0; // no event has a smaller vbucket
  private cachedMin = -1;
  private needsWidth = false;
  private insertsSinceResize = 0;
  private liveSlots = new Int32Array(0); // resize's scratch: the pending slots (reused, grows with the capacity)
  private liveTimes = new Float64Array(0); // resize's scratch: their times, sorted
  count = 0;

  constructor(initialCapacity: number) {
    const capacity = Math.max(4, initialCapacity | 0);
    this.time = new Float64Array(capacity);
    this.key = new Float64Array(capacity);
    this.kind = new Int32Array(capacity);
    this.payload = new Int32Array(capacity);
    this.vbucket = new Float64Array(capacity);
    this.next = new Int32Array(capacity);
    this.prev = new Int32Array(capacity);
    this.bucketOf = new Int32Array(capacity).fill(-1);
    this.freeSlots = new Int32Array(capacity);
    this.head = new Int32Array(MIN_BUCKETS).fill(-1);
  }

  /** Slots allocated. */
  get capacity(): number {
    return this.time.length;
  }

  /** Width in seconds of a bucket, as last estimated from the gaps between the next events. */
  get bucketWidth(): number {
    return 1 / this.invWidth;
  }

  /** Whether `slot` holds a pending event. */
  holds(slot: number): boolean {
    return slot >= 0 && slot < this.slotsUsed && this.bucketOf[slot]! >= 0;
  }

  /** Calls `visit(time, kind, payload)` for every pending event, in no particular order. O(slots). */
  forEach(visit: (time: number, kind: number, payload: number) => void): void {
    for (let slot = 0; slot < this.slotsUsed; slot++) {
      if (this.bucketOf[slot]! >= 0) visit(this.time[slot]!, this.kind[slot]!, this.payload[slot]!);
    }
  }

  /** Adds an event; returns its slot. */
  insert(time: number, key: number, kind: number, payload: number): number {
    // Kept small (rare work in other methods) so that the JIT inlines it into the event loop.
    const slot = this.freeCount > 0 ? this.freeSlots[--this.freeCount]! : this.newSlot();
    this.time[slot] = time;
    this.key[slot] = key;
    this.kind[slot] = kind;
    this.payload[slot] = payload;
    const vb = Math.floor(time * this.invWidth);
    this.vbucket[slot] = vb;
    this.link(slot, vb);
    if (vb < this.current) this.current = vb;
    const min = this.cachedMin;
    if (min >= 0 && this.before(slot, min)) this.cachedMin = slot;
    this.insertsSinceResize++;
    // Double the ring when it got crowded; re-estimate the width when lists grew long, at most once
    // per `count` inserts (amortised O(log n)).
    if (++this.count > 2 * this.buckets || (this.needsWidth && this.insertsSinceResize > this.count)) {
      this.resize(this.count > 2 * this.buckets ? this.buckets * 2 : this.buckets);
    }
    return slot;
  }

  /** A never-used slot, growing the arrays when all are taken. */
  private newSlot(): number {
    if (this.slotsUsed === this.time.length) this.grow();
    return this.slotsUsed++;
  }

  /** Removes the pending event in `slot` (which must hold one). */
  remove(slot: number): void {
    this.unlink(slot);
    if (this.cachedMin === slot) this.cachedMin = -1;
    if (--this.count < this.buckets >> 2 && this.buckets > MIN_BUCKETS) this.resize(this.buckets >> 1);
  }

  /** The slot of the first event by (time, key), or −1 when empty. O(1) on average. */
  min(): number {
    if (this.cachedMin >= 0 || this.count === 0) return this.cachedMin;
    const head = this.head;
    const vbucket = this.vbucket;
    const n = this.buckets;
    const mask = n - 1;
    let vb = this.current;
    let b = ringIndex(vb, n);
    for (let step = 0; step < n; step++, vb++, b = (b + 1) & mask) {
      const h = head[b]!;
      if (h >= 0 && vbucket[h]! <= vb) {
        this.current = vb;
        this.cachedMin = h;
        return h;
      }
    }
    // Nothing within a whole turn of the ring: search every bucket head directly.
    let best = -1;
    for (let b = 0; b < n; b++) {
      const h = head[b]!;
      if (h >= 0 && (best < 0 || this.before(h, best))) best = h;
    }
    this.current = vbucket[best]!;
    this.cachedMin = best;
    return best;
  }

  private before(a: number, b: number): boolean {
    const ta = this.time[a]!;
    const tb = this.time[b]!;
    return ta < tb || (ta === tb && this.key[a]! < this.key[b]!);
  }

  private link(slot: number, vb: number): void {
    const b = ringIndex(vb, this.buckets);
    const head = this.head;
    const next = this.next;
    const prev = this.prev;
    const time = this.time[slot]!;
    const key = this.key[slot]!;
    this.bucketOf[slot] = b;
    let h = head[b]!;
    if (h < 0 || time < this.time[h]! || (time === this.time[h]! && key < this.key[h]!)) {
      next[slot] = h;
      prev[slot] = -1;
      if (h >= 0) prev[h] = slot;
      head[b] = slot;
      return;
    }
    let walked = 0;
    for (let n = next[h]!; n >= 0; n = next[n]!) {
      const tn = this.time[n]!;
      if (time < tn || (time === tn && key < this.key[n]!)) break;
      h = n;
      walked++;
    }
    if (walked > LONG_WALK) this.needsWidth = true;
    const after = next[h]!;
    next[slot] = after;
    prev[slot] = h;
    next[h] = slot;
    if (after >= 0) prev[after] = slot;
  }

  private unlink(slot: number): void {
    const p = this.prev[slot]!;
    const n = this.next[slot]!;
    if (p >= 0) this.next[p] = n;
    else this.head[this.bucketOf[slot]!] = n;
    if (n >= 0) this.prev[n] = p;
    this.bucketOf[slot] = -1;
    this.freeSlots[this.freeCount++] = slot;
  }

  /** Rebuilds the ring with `buckets` buckets and a width of about 3 mean gaps between the next events. */
  private resize(buckets: number): void {
    this.needsWidth = false;
    this.insertsSinceResize = 0;
    // Scratch arrays kept from one resize to the next: a resize allocates nothing, so the resizes of
    // a long run (dozens a day on busy days) leave no garbage to pile up until a full collection.
    if (this.liveSlots.length < this.time.length) {
      this.liveSlots = new Int32Array(this.time.length);
      this.liveTimes = new Float64Array(this.time.length);
    }
    const live = this.liveSlots;
    let n = 0;
    for (let b = 0; b < this.buckets; b++) {
      for (let s = this.head[b]!; s >= 0; s = this.next[s]!) live[n++] = s;
    }
    const times = this.liveTimes.subarray(0, n);
    for (let j = 0; j < n; j++) times[j] = this.time[live[j]!]!;
    times.sort();
    const k = Math.min(n, 64);
    if (k >= 2) {
      // About three mean gaps between the next events; when they all fall at one instant, the mean
      // gap of all pending events. The floor only keeps bucket numbers apart in floating point: a
      // floor relative to the time that is much wider than the gaps (as 1e-6 × time once was) made
      // a long run's buckets ever more crowded, each insert walking further as the clock advanced.
      let gap = (times[k - 1]! - times[0]!) / (k - 1);
      if (!(gap > 0)) gap = (times[n - 1]! - times[0]!) / (n - 1);
      const width = Math.max(3 * gap, MIN_WIDTH_RELATIVE * Math.max(1, Math.abs(times[0]!)));
      if (Number.isFinite(width) && width > 0) this.invWidth = 1 / width;
    }
    this.buckets = buckets;
    if (buckets === this.head.length) this.head.fill(-1);
    else this.head = new Int32Array(buckets).fill(-1);
    let current = Number.POSITIVE_INFINITY;
    for (let j = 0; j < n; j++) {
      const s = live[j]!;
      const vb = Math.floor(this.time[s]! * this.invWidth);
      this.vbucket[s] = vb;
      this.relink(s, vb);
      if (vb < current) current = vb;
    }
    this.current = n > 0 ? current : 0;
    this.cachedMin = -1;
  }

  /** `link` without touching the free list (the slot stays allocated). */
  private relink(slot: number, vb: number): void {
    const needsWidth = this.needsWidth;
    this.link(slot, vb);
    this.needsWidth = needsWidth;
  }

  private grow(): void {
    const capacity = this.time.length * 2;
    const f64 = (old: Float64Array) => {
      const a = new Float64Array(capacity);
      a.set(old);
      return a;
    };
    const i32 = (old: Int32Array, fill = 0) => {
      const a = new Int32Array(capacity).fill(fill);
      a.set(old);
      return a;
    };
    this.time = f64(this.time);
    this.key = f64(this.key);
    this.vbucket = f64(this.vbucket);
    this.kind = i32(this.kind);
    this.payload = i32(this.payload);
    this.next = i32(this.next);
    this.prev = i32(this.prev);
    this.bucketOf = i32(this.bucketOf, -1);
    this.freeSlots = i32(this.freeSlots);
  }
}
