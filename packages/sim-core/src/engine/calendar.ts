import { BucketQueue } from './bucket-queue.js';

/** Something that reacts to the events a {@link Calendar} delivers (one method: monomorphic dispatch). */
export interface EventHandler {
  /** Called once per event, in calendar order, after the calendar's clock has moved to `time`. */
  handle(kind: number, payload: number, time: number): void;
}

/** Highest event priority accepted by {@link Calendar.schedule} (lower numbers fire first). */
export const MAX_PRIORITY = 1023;

const SEQUENCE_SPAN = 2 ** 43; // insertion counter range; priority × span + sequence stays < 2^53
const INFINITY = Number.POSITIVE_INFINITY;

/**
 * Throws the RangeError `schedule` or `setTimer` owes for a `time` before `now` (or NaN) or a priority
 * that is not an integer in [0, MAX_PRIORITY]. Kept out of line so the callers stay small enough for
 * the JIT to inline them into the event loop.
 */
function badSchedule(now: number, time: number, priority: number): never {
  if (!(time >= now)) throw new RangeError(`time must be ≥ now (${now}), got ${time}`);
  throw new RangeError(`priority must be an integer in [0, ${MAX_PRIORITY}], got ${priority}`);
}

/**
 * An event calendar ordered by (time, priority, insertion order), so ties resolve the same way on
 * every run. Events are three numbers — kind, payload, time — kept in typed arrays: scheduling and
 * firing allocate nothing. It knows nothing about calls: a handler gives the kinds their meaning.
 *
 * Two kinds of entries share one order. Events live in a calendar queue ({@link BucketQueue}:
 * O(1) on average where a heap takes O(log n)); each gets a handle (its slot, recycled once fired or
 * cancelled) and `cancel(handle)` removes it in O(1), so events that became pointless (an abandonment
 * after the caller was answered) do not pile up. Timers (`createTimer`) are fixed slots holding at most
 * one pending event each, for sources that always have exactly one next event (an arrival process):
 * they stay out of the queue and cost O(timers) when set. Cost: O(1) on average per schedule, step and
 * cancel; arrays grow by doubling.
 *
 * @example
 * ```ts
 * import { Calendar } from '@decroche/sim-core';
 * const calendar = new Calendar();
 * const fired = [];
 * calendar.schedule(5, 1, 50);
 * calendar.schedule(2, 1, 20);
 * calendar.run(10, { handle: (kind, payload) => fired.push(payload) });
 * fired // => [20, 50]
 * calendar.now // => 10
 * ```
 */
export class Calendar {
  /** Current time: the time of the last event fired, or the horizon of the last `run`. */
  now = 0;
  private readonly events: BucketQueue;
  private sequence = 0;
  private timerTime = new Float64Array(0); // Infinity when the timer is idle
  private timerKey = new Float64Array(0);
  private timerKind = new Int32Array(0);
  private timerPayload = new Int32Array(0);
  private timersPending = 0;
  private nextTimer = -1; // the earliest pending timer, -1 when none
  private nextTimerTime = INFINITY;
  private nextTimerKey = 0;

  constructor(initialCapacity = 64) {
    this.events = new BucketQueue(initialCapacity);
  }

  /** Number of pending events (timers included). */
  get size(): number {
    return this.events.count + this.timersPending;
  }

  /** Number of event slots allocated (grows by doubling; never shrinks). */
  get capacity(): number {
    return this.events.capacity;
  }

  /**
   * Schedules an event of `kind` carrying `payload` (integers) at `time`; among events at the same
   * time, lower `priority` (an integer 0 … 1023) fires first, then earlier scheduling. Returns a handle
   * for {@link cancel}, valid until the event fires or is cancelled.
   * Throws a RangeError for a time before `now` or NaN, or a priority out of range.
   */
  schedule(time: number, kind: number, payload: number, priority = 0): number {
    // `priority & MAX_PRIORITY` equals `priority` exactly for the integers 0 … 1023 (MAX_PRIORITY is 2^10 − 1).
    if (!(time >= this.now) || (priority & MAX_PRIORITY) !== priority) badSchedule(this.now, time, priority);
    return this.events.insert(time, priority * SEQUENCE_SPAN + this.sequence++, kind, payload);
  }

  /** Removes a pending event by its handle; returns false when the handle is not pending. O(1) on average. */
  cancel(handle: number): boolean {
    if (!this.events.holds(handle)) return false;
    this.events.remove(handle);
    return true;
  }

  /** Creates a timer — a slot holding at most one pending event — and returns its index. */
  createTimer(): number {
    const n = this.timerTime.length;
    const grow = <T extends Float64Array | Int32Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.timerTime = grow(this.timerTime, new Float64Array(n + 1));
    this.timerTime[n] = INFINITY;
    this.timerKey = grow(this.timerKey, new Float64Array(n + 1));
    this.timerKind = grow(this.timerKind, new Int32Array(n + 1));
    this.timerPayload = grow(this.timerPayload, new Int32Array(n + 1));
    return n;
  }

  /**
   * Sets `timer` to fire an event at `time` (replacing any pending one), ordered with all other events
   * exactly as if scheduled now; `time` Infinity leaves it idle. O(timers). Throws like `schedule`.
   */
  setTimer(timer: number, time: number, kind: number, payload: number, priority = 0): void {
    if (
      !(
        time >= this.now &&
        (priority & MAX_PRIORITY) === priority &&
        timer >= 0 &&
        timer < this.timerTime.length
      )
    ) {
      this.badTimer(timer, time, priority);
    }
    if (this.timerTime[timer]! < INFINITY) this.timersPending--;
    const key = priority * SEQUENCE_SPAN + this.sequence++;
    this.timerTime[timer] = time;
    this.timerKey[timer] = key;
    this.timerKind[timer] = kind;
    this.timerPayload[timer] = payload;
    if (time < INFINITY) this.timersPending++;
    // The earliest timer changes only if it was this one (search again) or this one now comes first.
    if (timer === this.nextTimer) this.findNextTimer();
    else if (
      time < this.nextTimerTime ||
      (time === this.nextTimerTime && time < INFINITY && key < this.nextTimerKey)
    ) {
      this.nextTimer = timer;
      this.nextTimerTime = time;
      this.nextTimerKey = key;
    }
  }

  /**
   * Calls `visit(time, kind, payload)` for every pending event (timers included), in no particular
   * order: to read the state of a run, e.g. when each call in progress will end. O(slots + timers).
   */
  forEachPending(visit: (time: number, kind: number, payload: number) => void): void {
    this.events.forEach(visit);
    for (let timer = 0; timer < this.timerTime.length; timer++) {
      const time = this.timerTime[timer]!;
      if (time < INFINITY) visit(time, this.timerKind[timer]!, this.timerPayload[timer]!);
    }
  }

  /** Time of the next pending event, or Infinity when none. */
  peek(): number {
    const slot = this.events.min();
    return Math.min(slot >= 0 ? this.events.time[slot]! : INFINITY, this.nextTimerTime);
  }

  /**
   * Fires the next event: moves `now` to its time and calls `handler.handle(kind, payload, time)`.
   * Returns false (and does nothing) when no event is pending.
   */
  step(handler: EventHandler): boolean {
    return this.fireNext(handler, INFINITY);
  }

  /**
   * Fires, in order, every event at or before `until` (including events the handler schedules on the
   * way), then sets `now` to `until`. Resumable: a later `run` carries on from there. Returns the number
   * of events fired. Throws a RangeError when `until` is before `now`.
   */
  run(until: number, handler: EventHandler): number {
    if (!(until >= this.now)) throw new RangeError(`until must be ≥ now (${this.now}), got ${until}`);
    let fired = 0;
    while (this.fireNext(handler, until)) fired++;
    this.now = until;
    return fired;
  }

  /**
   * Fires the next event if it is due at or before `until`; returns whether one fired.
   *
   * The two `handler.handle` call sites (queue, timer) are deliberate. V8 inlines the handler's
   * dispatch at both, which spends this function's inlining budget, so the model's `arrive` and
   * `endService` stay separate compilation units that inline their own callees. Merging them into one
   * call site (or shrinking the dispatch) lets V8 inline `arrive` here instead, turning its random
   * draws, routing and answer into separate calls: measured 5–15 % slower on the reference model
   * (Node 20, 2026-11). Check with `node --trace-turbo-inlining` before restructuring.
   */
  private fireNext(handler: EventHandler, until: number): boolean {
    const timerTime = this.nextTimerTime;
    const events = this.events;
    const slot = events.min();
    if (slot >= 0) {
      const time = events.time[slot]!;
      if (time < timerTime || (time === timerTime && events.key[slot]! < this.nextTimerKey)) {
        if (time > until) return false;
        const kind = events.kind[slot]!;
        const payload = events.payload[slot]!;
        events.remove(slot);
        this.now = time;
        handler.handle(kind, payload, time);
        return true;
      }
    }
    if (timerTime === INFINITY || timerTime > until) return false;
    const timer = this.nextTimer;
    this.timerTime[timer] = INFINITY;
    if (--this.timersPending > 0) this.findNextTimer();
    else {
      this.nextTimer = -1;
      this.nextTimerTime = INFINITY;
      this.nextTimerKey = 0;
    }
    this.now = timerTime;
    handler.handle(this.timerKind[timer]!, this.timerPayload[timer]!, timerTime);
    return true;
  }

  /** Throws the RangeError `setTimer` owes for its arguments (out of line, see {@link badSchedule}). */
  private badTimer(timer: number, time: number, priority: number): never {
    if (timer >= 0 && timer < this.timerTime.length) badSchedule(this.now, time, priority);
    if (!(time >= this.now) || (priority & MAX_PRIORITY) !== priority) badSchedule(this.now, time, priority);
    throw new RangeError(`timer ${timer} does not exist`);
  }

  private findNextTimer(): void {
    let best = -1;
    let bestTime = INFINITY;
    let bestKey = 0;
    const times = this.timerTime;
    for (let t = 0; t < times.length; t++) {
      const time = times[t]!;
      if (time < bestTime || (time === bestTime && time < INFINITY && this.timerKey[t]! < bestKey)) {
        best = t;
        bestTime = time;
        bestKey = this.timerKey[t]!;
      }
    }
    this.nextTimer = best;
    this.nextTimerTime = bestTime;
    this.nextTimerKey = bestKey;
  }
}
