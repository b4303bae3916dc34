import type { OutcomeAccumulator } from '../metrics/accumulator.js';
import { Outcome } from '../metrics/accumulator.js';
import type { Rng } from '../random/types.js';
import { Unanswered } from './behaviours/behaviour.js';
import { ABANDON, BOUNDARY, CallFlow, END_SERVICE, FIRST_BEHAVIOUR_KIND } from './call-flow.js';
import { CallerState } from './caller-store.js';
import { EventPriority } from './event-priority.js';
import type { SimulationEventType } from './listeners.js';

/**
 * The call-centre model as `simulate` and `createSimulation` drive it: the caller's path of
 * {@link CallFlow} on its calendar, run to a time or to the end (`advanceTo`, `finish`, with `drain`),
 * steered while it runs (`setAgents`, `setFactors`), read as it stands (`waitedSoFar`,
 * `recordWaitingAsInSystem`), and the host the behaviour blocks act through (`BehaviourHost`).
 */
export class CallCentre extends CallFlow {
  /** Callers waiting in all queues. */
  get waitingTotal(): number {
    return this.recorder.waiting;
  }

  /** Callers awaiting an agent: waiting in the queues or held by a behaviour (what `drain` serves). */
  get awaitingTotal(): number {
    return this.recorder.waiting + this.hooks.held();
  }

  /**
   * From now on, queue `q`'s first calls come at `calls` × the scenario's rate and the calls that
   * arrive take `handleTime` × their drawn handle time. A changed call factor redraws the next first
   * call from now (exact: the arrivals are Poisson, memoryless).
   */
  setFactors(q: number, calls: number, handleTime: number): void {
    this.draws.handleFactor[q] = handleTime;
    if (this.arrivals.factor[q] !== calls) {
      this.arrivals.factor[q] = calls;
      this.scheduleArrival(q, this.calendar.now);
    }
  }

  /** Block `key` of queue `q` on or off for the callers arriving from now on; false if the queue has none. */
  setAdmitting(q: number, key: string, on: boolean): boolean {
    return this.hooks.setAdmitting(q, key, on);
  }

  /** The keys of queue `q`'s blocks that can be switched (they settle arriving callers). */
  switchableBlocks(q: number): string[] {
    return this.hooks.admitKeys(q);
  }

  /** Sets the agents of pool `p` from now on (`null`: back to the schedule), serving waiting callers at once. */
  setAgents(p: number, agents: number | null): void {
    const now = this.calendar.now;
    this.override[p] = agents ?? -1;
    const staffed = agents ?? this.config.agents[p]![this.interval % this.config.intervals] ?? 0;
    this.pools.setStaffed(p, now, staffed);
    this.fillIdle(p, now);
  }

  /**
   * Processes every event up to time `t` (which must not be before now). At or past the horizon the
   * run ends there — with `drain`, callers still waiting are served until nobody waits (events up to
   * `t`: the clock stops at `t` if some still wait) — and the run is finished.
   */
  advanceTo(t: number): void {
    if (this.finished) return;
    const c = this.config;
    const calendar = this.calendar;
    if (t < c.horizon) {
      calendar.run(t, this);
      return;
    }
    if (calendar.now < c.horizon) calendar.run(c.horizon, this);
    if (c.drain) {
      while (this.awaitingTotal > 0 && calendar.size > 0 && calendar.peek() <= t) calendar.step(this);
      if (this.awaitingTotal > 0 && calendar.size > 0) {
        calendar.run(t, this); // nothing left before t: the clock moves to t
        return;
      }
    }
    this.finish();
  }

  /** Runs to the end of the last interval, then (with `drain`) until nobody waits; records who is still waiting. */
  finish(): void {
    if (this.finished) return;
    const c = this.config;
    if (this.calendar.now < c.horizon) this.calendar.run(c.horizon, this);
    if (c.drain) while (this.awaitingTotal > 0 && this.calendar.step(this));
    const now = this.calendar.now;
    this.queueLengths.boundary(now, this.interval % c.intervals);
    this.pools.boundary(now, this.interval % c.intervals);
    this.recordWaitingAsInSystem(this.outcomes, now);
    this.finished = true;
  }

  /** How long each caller waiting in queue `q` has waited so far at `now`, longest first (FIFO order). */
  waitedSoFar(q: number, now: number): number[] {
    const c = this.callers;
    const waited: number[] = [];
    for (let id = this.waiting.head[q]!; id >= 0; id = c.next[id]!) waited.push(now - c.arrival[id]!);
    return waited;
  }

  /**
   * Records every caller still waiting as `inSystem` (waited so far) into `outcomes`, and has the
   * behaviours record the callers they hold.
   */
  recordWaitingAsInSystem(outcomes: OutcomeAccumulator, now: number): void {
    this.hooks.recordHeld(outcomes, now);
    const c = this.callers;
    for (let q = 0; q < this.queueCount; q++) {
      for (let id = this.waiting.head[q]!; id >= 0; id = c.next[id]!) {
        this.recorder.record(outcomes, id, Outcome.inSystem, now - c.arrival[id]!);
      }
    }
  }

  /**
   * The state of the run now, as a scenario's `start` holds it (run seconds): per queue, how long
   * each caller waiting has waited (longest first) and how long ago each caller due to redial ended
   * their attempt; per pool, how long each busy agent has been on the call.
   * O(caller slots + events pending).
   */
  currentState(): { time: number; waiting: number[][]; redialing: number[][]; busy: number[][] } {
    const now = this.calendar.now;
    const c = this.callers;
    const waiting = this.config.queueIds.map((_, q) => this.waitedSoFar(q, now));
    const redialing: number[][] = this.config.queueIds.map(() => []);
    for (let id = 0; id < c.capacity; id++) {
      if (c.state[id] === CallerState.redialPending) redialing[c.queue[id]!]!.push(now - c.arrival[id]!);
    }
    const busy: number[][] = this.config.poolIds.map(() => []);
    this.calendar.forEachPending((time, kind, id) => {
      if (kind === END_SERVICE) busy[c.pool[id]!]!.push(now - (time - c.handleTime[id]!));
    });
    return { time: now, waiting, redialing, busy };
  }

  // The behaviour host's methods (see BehaviourHost for what each promises).

  count(id: number, counter: number, amount = 1, outcomes?: OutcomeAccumulator): void {
    this.recorder.count(id, counter, amount, outcomes);
  }

  recordHeldAttempt(outcomes: OutcomeAccumulator, id: number, counter: number, t: number): void {
    this.recorder.recordCounted(id, counter, t - this.callers.arrival[id]!, outcomes);
  }

  drawPatience(id: number, rng: Rng): number {
    const q = this.callers.queue[id]!;
    const hook = this.hooks.patience[q]!;
    if (hook !== null) return hook.patience!(id, q, rng);
    const patience = this.config.patience[q] ?? null;
    return patience === null ? Number.POSITIVE_INFINITY : patience.sample(rng);
  }

  beginAttempt(id: number, t: number): void {
    const c = this.callers;
    c.attempt[id]!++;
    c.arrival[id] = t;
    c.cell[id] = this.cellOf(c.queue[id]!, t);
  }

  endUnanswered(id: number, t: number, counter: number, cause: Unanswered): void {
    const c = this.callers;
    this.recorder.recordCounted(id, counter, t - c.arrival[id]!);
    this.afterFailure(id, c.queue[id]!, t, cause);
  }

  release(id: number): void {
    this.callers.release(id);
  }

  offer(id: number, t: number, patience: number): void {
    this.offerTo(id, this.callers.queue[id]!, t, patience);
  }

  serve(id: number, p: number, t: number): void {
    const c = this.callers;
    const q = c.queue[id]!;
    if (c.state[id] === CallerState.waiting) {
      this.waiting.remove(q, id);
      this.queueChanged(q, id, t, -1);
      const handle = c.abandonEvent[id]!;
      if (handle >= 0) {
        this.calendar.cancel(handle);
        c.abandonEvent[id] = -1;
      }
    }
    this.answer(id, q, p, t, t - c.arrival[id]!);
  }

  /** As the host's `callOut`; `end` (default: `t` + the handle time) lets a call already under way end sooner. */
  callOut(id: number, p: number, t: number, end = t + this.callers.handleTime[id]!): void {
    const c = this.callers;
    c.state[id] = CallerState.inService;
    c.pool[id] = p;
    this.inService[c.queue[id]!]!++;
    this.pools.changeBusy(p, t, 1);
    this.calendar.schedule(end, END_SERVICE, id, EventPriority.end);
  }

  abandonHeld(id: number, t: number): void {
    const c = this.callers;
    const wait = t - c.arrival[id]!;
    this.recordEnd(id, Outcome.abandoned, wait);
    if (this.listeners.active) this.emit('abandon', id, t, wait, -1);
    this.afterFailure(id, c.queue[id]!, t, Unanswered.abandoned);
  }

  // Interval boundaries, the warm-up's end and behaviours' events, as the calendar delivers them.

  protected boundary(g: number, t: number): void {
    const config = this.config;
    const i = g % config.intervals;
    this.interval = g;
    this.intervalOfDay = i;
    this.queueLengths.boundary(t, i);
    this.pools.boundary(t, i);
    const pools = config.poolIds.length;
    for (let p = 0; p < pools; p++) {
      const override = this.override[p]!;
      this.pools.setStaffed(p, t, override >= 0 ? override : (config.agents[p]![i] ?? 0));
    }
    for (let p = 0; p < pools; p++) this.fillIdle(p, t);
    this.hooks.boundaryAt(g, t);
    if (g + 1 < config.totalIntervals) {
      this.calendar.schedule((g + 1) * config.intervalSeconds, BOUNDARY, g + 1, EventPriority.boundary);
    }
  }

  /** The warm-up ends at `t`: the metrics start counting from the state the platform is in. */
  protected warmupEnds(t: number): void {
    this.queueLengths.boundary(t, this.interval % this.config.intervals);
    this.pools.boundary(t, this.interval % this.config.intervals);
  }

  /** Hands a behaviour's own event to the behaviour that owns its kind. */
  protected fireBehaviour(kind: number, payload: number, t: number): void {
    const k = kind - FIRST_BEHAVIOUR_KIND;
    this.hooks.eventOwner[k]!.fire!(this.hooks.eventIndex[k]!, payload, t);
  }

  /**
   * Puts caller `id` of queue `q` at the end of its waiting line at `t`, hanging up after `patience`
   * (Infinity: never): a caller already waiting when the run starts from a given state.
   */
  enqueue(id: number, q: number, t: number, patience: number): void {
    const c = this.callers;
    c.state[id] = CallerState.waiting;
    this.waiting.push(q, id);
    this.queueChanged(q, id, t, 1);
    c.abandonEvent[id] =
      patience < Number.POSITIVE_INFINITY
        ? this.calendar.schedule(t + patience, ABANDON, id, EventPriority.abandon)
        : -1;
  }

  protected emit(type: SimulationEventType, id: number, time: number, wait: number, p: number): void {
    const c = this.callers;
    this.listeners.emit({
      type,
      time,
      queue: this.config.queueIds[c.queue[id]!]!,
      caller: id,
      attempt: c.attempt[id]!,
      wait,
      pool: p >= 0 ? this.config.poolIds[p]! : null,
    });
  }
}
