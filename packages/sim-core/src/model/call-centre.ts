import { Calendar, type EventHandler } from '../engine/calendar.js';
import { Outcome, OutcomeAccumulator } from '../metrics/accumulator.js';
import { PoolIntegral } from '../metrics/pool-integral.js';
import { QueueLengthIntegral } from '../metrics/queue-length-integral.js';
import { Exponential } from '../random/exponential.js';
import type { Distribution, Rng } from '../random/types.js';
import { ArrivalProcess } from './arrival-process.js';
import type { Behaviour, BehaviourHost } from './behaviours/behaviour.js';
import { Unanswered } from './behaviours/behaviour.js';
import { CallerState, CallerStore } from './caller-store.js';
import { EventPriority } from './event-priority.js';
import { Listeners, type SimulationEventType } from './listeners.js';
import type { ModelConfig } from './model-config.js';
import { idlePool, nextQueue } from './routing.js';
import { WaitingLines } from './waiting-lines.js';

// The model's own event kinds; behaviours' kinds follow from FIRST_BEHAVIOUR_KIND on.
const ARRIVAL = 0;
const ABANDON = 1;
const END_SERVICE = 2;
const BOUNDARY = 3;
const WARMUP = 4;
const FIRST_BEHAVIOUR_KIND = 5;
const P_BOUNDARY = EventPriority.boundary;
const P_WARMUP = EventPriority.warmup;
const P_END = EventPriority.end;
const P_ABANDON = EventPriority.abandon;
const P_ARRIVAL = EventPriority.arrival;
const NONE: readonly Behaviour[] = [];

/**
 * The call-centre model: queues, agent pools and callers' behaviour, driven by a {@link Calendar}.
 * Callers arrive (first calls by a non-homogeneous Poisson process, redials after a delay), are
 * blocked when all lines are busy, are answered at once by an idle agent — of the pool serving their
 * queue with the most idle agents, the first listed on ties — or wait in FIFO order until an agent
 * frees up or their patience runs out. A free agent takes, among the queues its pool serves, the
 * highest `priority` first, then the caller who has waited longest. Staffing changes at interval
 * boundaries: extra agents take waiting callers at once; surplus agents finish their call and leave.
 *
 * Caller behaviours (redials and the other blocks of `behaviours/`) plug in at fixed points named
 * for what happens to a caller — `admit` (an attempt arrives), `answered` (an agent picked it up),
 * `unanswered` (it ended without an agent), `boundary` (an interval starts), `agentFree` (an agent is free) — and through their own
 * event kinds. Which behaviours apply to which queue is resolved with the config: a queue with none
 * pays one empty-list test per hook point.
 *
 * Each attempt's handle time and patience are drawn when it arrives, each from its own named stream,
 * so the callers do not depend on staffing (common random numbers). Outcomes stream into an
 * {@link OutcomeAccumulator}; queue lengths and busy agents into time integrals. Nothing is allocated
 * per call; listeners cost one boolean test when none is registered. O(1) on average per event (the
 * calendar is a calendar queue), O(queues or pools involved) per routing decision.
 */
export class CallCentre implements EventHandler, BehaviourHost {
  readonly config: ModelConfig;
  readonly calendar = new Calendar(1024);
  readonly callers = new CallerStore(1024);
  readonly waiting: WaitingLines;
  readonly outcomes: OutcomeAccumulator;
  /** One series per queue, then one for all queues. */
  readonly queueLengths: QueueLengthIntegral;
  /** Busy and staffed agents per pool, and their time integrals. */
  readonly pools: PoolIntegral;
  readonly listeners = new Listeners();
  /** Calls in service per queue. */
  readonly inService: Int32Array;
  /** Per queue, the what-if factor on the handle time of calls arriving from now on (`setFactors`). */
  readonly handleFactor: Float64Array;
  /** Agents set by `setAgents` per pool, −1 when the schedule applies. */
  readonly override: Int32Array;
  /** Interval of the run (0 … days × intervals − 1) the clock is in. */
  interval = 0;
  /** The same, as an interval of the day. */
  intervalOfDay = 0;
  finished = false;
  private readonly arrivals: ArrivalProcess;
  /** Calendar timer of each queue's next first call. */
  private readonly arrivalTimer: Int32Array;

  private readonly allQueues: number;
  /** Series of `queueLengths` counting the callers waiting in all queues. */
  private readonly totalSeries: number;
  /** Per queue, the mean of an exponential handle time (drawn inline on the hot path), else 0. */
  private readonly handleMean: Float64Array;
  /** Per queue, the mean of an exponential patience (drawn inline on the hot path), else 0. */
  private readonly patienceMean: Float64Array;
  /** Per queue, the behaviour whose `arrive` hook applies (at most one: it sets the caller), else null. */
  private readonly arriveHook: (Behaviour | null)[];
  /** Per queue, the behaviour whose `patience` hook applies, else null. */
  private readonly patienceHook: (Behaviour | null)[];
  /** Whether callers may be reported in a row of their own (call types): then every outcome is recorded twice. */
  private readonly anyRows: boolean;
  /** Per queue, the behaviours whose `admit` hook applies. */
  private readonly admitHooks: (readonly Behaviour[])[];
  /** Per queue, the behaviours whose `answered` hook applies. */
  private readonly answeredHooks: (readonly Behaviour[])[];
  /** Whether any queue has an `answered` hook (one test per answer when none). */
  private readonly anyAnswered: boolean;
  /** Per queue, the behaviours whose `unanswered` hook applies. */
  private readonly unansweredHooks: (readonly Behaviour[])[];
  /** Per pool, the behaviours whose `agentFree` hook applies. */
  private readonly agentFreeHooks: (readonly Behaviour[])[];
  /** Whether any queue has an `admit` hook, any pool an `agentFree` hook (one test on the hot path when none). */
  private readonly anyAdmit: boolean;
  private readonly anyAgentFree: boolean;
  /** Behaviours with a `boundary` hook. */
  private readonly boundaryHooks: readonly Behaviour[];
  /** Behaviours holding callers out of the waiting lines (`held` / `recordHeld` hooks). */
  private readonly holders: readonly Behaviour[];
  /** The behaviour owning each event kind from FIRST_BEHAVIOUR_KIND on, and that kind's number among its own. */
  private readonly eventOwner: Behaviour[] = [];
  private readonly eventIndex: number[] = [];

  constructor(config: ModelConfig) {
    this.config = config;
    const queues = config.queueIds.length;
    const pools = config.poolIds.length;
    const measureFrom = config.warmup;
    this.allQueues = queues;
    this.totalSeries = queues > 1 ? queues : 0;
    this.handleMean = Float64Array.from(config.handleTime, exponentialMean);
    this.patienceMean = Float64Array.from(config.patience, exponentialMean);
    this.waiting = new WaitingLines(queues, this.callers);
    const rows = config.rows.length;
    this.anyRows = rows > 0;
    this.outcomes = new OutcomeAccumulator(
      (queues + rows) * config.intervals,
      config.thresholds,
      config.counters,
    );
    this.queueLengths = new QueueLengthIntegral(
      queues + 1 + rows,
      config.intervals,
      measureFrom,
      config.horizon,
    );
    this.pools = new PoolIntegral(pools, config.intervals, measureFrom, config.horizon);
    this.inService = new Int32Array(queues);
    this.override = new Int32Array(pools).fill(-1);
    this.handleFactor = new Float64Array(queues).fill(1);
    this.arrivals = new ArrivalProcess(config.calls, config.intervalSeconds, config.dayFactors);
    for (let p = 0; p < pools; p++) this.pools.setStaffed(p, 0, config.agents[p]![0] ?? 0);
    this.arrivalTimer = Int32Array.from(config.queueIds, () => this.calendar.createTimer());
    for (let q = 0; q < queues; q++) this.scheduleArrival(q, 0);
    if (config.totalIntervals > 1) this.calendar.schedule(config.intervalSeconds, BOUNDARY, 1, P_BOUNDARY);
    if (config.warmup > 0 && config.warmup < config.horizon) {
      this.calendar.schedule(config.warmup, WARMUP, 0, P_WARMUP);
    }
    const admit: Behaviour[][] = config.queueIds.map(() => []);
    const unanswered: Behaviour[][] = config.queueIds.map(() => []);
    const answered: Behaviour[][] = config.queueIds.map(() => []);
    const agentFree: Behaviour[][] = config.poolIds.map(() => []);
    const boundary: Behaviour[] = [];
    const holders: Behaviour[] = [];
    this.arriveHook = config.queueIds.map(() => null);
    this.patienceHook = config.queueIds.map(() => null);
    let counter = 0;
    for (const { block, configs, rows } of config.behaviours) {
      const firstKind = FIRST_BEHAVIOUR_KIND + this.eventOwner.length;
      const counters = block.counters.map(() => counter++);
      const behaviour = block.attach(this, configs, { firstKind, counters, rows });
      for (let k = 0; k < block.events; k++) {
        this.eventOwner.push(behaviour);
        this.eventIndex.push(k);
      }
      const on = configs.flatMap((c, q) => (c === null ? [] : [q]));
      for (const q of on) {
        if (behaviour.arrive) this.arriveHook[q] = behaviour;
        if (behaviour.patience) this.patienceHook[q] = behaviour;
        if (behaviour.admit) admit[q]!.push(behaviour);
        if (behaviour.unanswered) unanswered[q]!.push(behaviour);
        if (behaviour.answered) answered[q]!.push(behaviour);
      }
      if (behaviour.agentFree) {
        const pools = behaviour.pools ?? [...new Set(on.flatMap((q) => [...config.poolsOfQueue[q]!]))];
        for (const p of pools) agentFree[p]!.push(behaviour);
      }
      if (behaviour.boundary) boundary.push(behaviour);
      if (behaviour.held || behaviour.recordHeld) holders.push(behaviour);
    }
    const shared = (hooks: Behaviour[]): readonly Behaviour[] => (hooks.length > 0 ? hooks : NONE);
    this.admitHooks = admit.map(shared);
    this.unansweredHooks = unanswered.map(shared);
    this.answeredHooks = answered.map(shared);
    this.anyAnswered = answered.some((hooks) => hooks.length > 0);
    this.agentFreeHooks = agentFree.map(shared);
    this.boundaryHooks = shared(boundary);
    this.holders = shared(holders);
    this.anyAdmit = admit.some((hooks) => hooks.length > 0);
    this.anyAgentFree = agentFree.some((hooks) => hooks.length > 0);
    for (const behaviour of boundary) behaviour.boundary!(0, 0);
  }

  /** Callers waiting in all queues. */
  get waitingTotal(): number {
    return this.queueLengths.length[this.totalSeries]!;
  }

  /** Callers awaiting an agent: waiting in the queues or held by a behaviour (what `drain` serves). */
  get awaitingTotal(): number {
    let n = this.queueLengths.length[this.totalSeries]!;
    for (const behaviour of this.holders) n += behaviour.held?.() ?? 0;
    return n;
  }

  handle(kind: number, payload: number, time: number): void {
    switch (kind) {
      case ARRIVAL:
        this.arrive(payload, time);
        break;
      case END_SERVICE:
        this.endService(payload, time);
        break;
      case ABANDON:
        this.abandon(payload, time);
        break;
      case BOUNDARY:
        this.boundary(payload, time);
        break;
      case WARMUP:
        this.queueLengths.boundary(time, this.interval % this.config.intervals);
        this.pools.boundary(time, this.interval % this.config.intervals);
        break;
      default: {
        const k = kind - FIRST_BEHAVIOUR_KIND;
        this.eventOwner[k]!.fire!(this.eventIndex[k]!, payload, time);
      }
    }
  }

  /**
   * The metrics cell (queue × interval of the day) of an attempt of queue `q` arriving now, at `t`; −1
   * in the warm-up. The interval is the one the clock is in: boundaries fire before arrivals at the
   * same instant, and after the last one (drain) the last interval goes on.
   */
  cellOf(q: number, t: number): number {
    return t < this.config.warmup ? -1 : q * this.config.intervals + this.intervalOfDay;
  }

  /** Sets the agents of pool `p` from now on (`null`: back to the schedule), serving waiting callers at once. */
  /**
   * From now on, queue `q`'s first calls come at `calls` × the scenario's rate and the calls that
   * arrive take `handleTime` × their drawn handle time. A changed call factor redraws the next first
   * call from now (exact: the arrivals are Poisson, memoryless).
   */
  setFactors(q: number, calls: number, handleTime: number): void {
    this.handleFactor[q] = handleTime;
    if (this.arrivals.factor[q] !== calls) {
      this.arrivals.factor[q] = calls;
      this.scheduleArrival(q, this.calendar.now);
    }
  }

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
    for (const behaviour of this.holders) behaviour.recordHeld?.(outcomes, now);
    const c = this.callers;
    for (let q = 0; q < this.allQueues; q++) {
      for (let id = this.waiting.head[q]!; id >= 0; id = c.next[id]!) {
        const wait = now - c.arrival[id]!;
        outcomes.record(c.cell[id]!, Outcome.inSystem, wait, c.attempt[id]!, c.firstCell[id]!);
        if (this.anyRows && c.row[id]! >= 0) {
          outcomes.record(
            this.rowCell(id, c.cell[id]!),
            Outcome.inSystem,
            wait,
            c.attempt[id]!,
            this.rowCell(id, c.firstCell[id]!),
          );
        }
      }
    }
  }

  private scheduleArrival(q: number, t: number): void {
    const next = this.arrivals.next(q, t, this.config.arrivalRng[q]!());
    const at = next < this.config.horizon ? next : Number.POSITIVE_INFINITY;
    this.calendar.setTimer(this.arrivalTimer[q]!, at, ARRIVAL, q, P_ARRIVAL);
  }

  private arrive(q: number, t: number): void {
    const config = this.config;
    const c = this.callers;
    const id = c.allocate();
    c.queue[id] = q;
    c.arrival[id] = t;
    c.attempt[id] = 1;
    // Exponential draws inline (the same arithmetic as Exponential.sample, so the same numbers):
    // a call through the Distribution interface here would be megamorphic across kinds.
    const handleMean = this.handleMean[q]!;
    const handleRng = config.handleTimeRng[q]!;
    c.handleTime[id] =
      (handleMean > 0 ? -handleMean * Math.log(1 - handleRng()) : config.handleTime[q]!.sample(handleRng)) *
      this.handleFactor[q]!;
    const patienceMean = this.patienceMean[q]!;
    const patienceRng = config.patienceRng[q]!;
    const patienceTime =
      patienceMean > 0
        ? -patienceMean * Math.log(1 - patienceRng())
        : patienceOrNever(config.patience[q]!, patienceRng);
    const cell = this.cellOf(q, t);
    c.cell[id] = cell;
    c.firstCell[id] = cell;
    this.scheduleArrival(q, t);
    if (this.anyRows) c.row[id] = -1;
    const hook = this.arriveHook[q]!;
    this.offerTo(id, q, t, hook === null ? patienceTime : hook.arrive!(id, q, t, patienceTime));
  }

  /** The cell of caller `id`'s own row (its call type's) matching its queue's `cell`; −1 in the warm-up. */
  private rowCell(id: number, cell: number): number {
    const intervals = this.config.intervals;
    return cell < 0 ? -1 : this.callers.row[id]! * intervals + (cell % intervals);
  }

  count(id: number, counter: number, amount = 1): void {
    const c = this.callers;
    const cell = c.cell[id]!;
    this.outcomes.count(cell, counter, amount);
    if (this.anyRows && c.row[id]! >= 0) this.outcomes.count(this.rowCell(id, cell), counter, amount);
  }

  drawPatience(id: number, rng: Rng): number {
    const q = this.callers.queue[id]!;
    const hook = this.patienceHook[q]!;
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

  offer(id: number, t: number, patience: number): void {
    this.offerTo(id, this.callers.queue[id]!, t, patience);
  }

  endUnanswered(id: number, t: number, counter: number, cause: Unanswered): void {
    const c = this.callers;
    this.outcomes.recordCounted(c.cell[id]!, counter, t - c.arrival[id]!, c.attempt[id]!);
    if (this.anyRows && c.row[id]! >= 0) {
      this.outcomes.recordCounted(this.rowCell(id, c.cell[id]!), counter, t - c.arrival[id]!, c.attempt[id]!);
    }
    this.afterFailure(id, c.queue[id]!, t, cause);
  }

  release(id: number): void {
    this.callers.release(id);
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

  callOut(id: number, p: number, t: number): void {
    const c = this.callers;
    c.state[id] = CallerState.inService;
    c.pool[id] = p;
    this.inService[c.queue[id]!]!++;
    this.pools.changeBusy(p, t, 1);
    this.calendar.schedule(t + c.handleTime[id]!, END_SERVICE, id, P_END);
  }

  abandonHeld(id: number, t: number): void {
    const c = this.callers;
    const wait = t - c.arrival[id]!;
    this.outcomes.record(c.cell[id]!, Outcome.abandoned, wait, c.attempt[id]!, c.firstCell[id]!);
    if (this.anyRows && c.row[id]! >= 0) this.recordRow(id, Outcome.abandoned, wait);
    if (this.listeners.active) this.emit('abandon', id, t, wait, -1);
    this.afterFailure(id, c.queue[id]!, t, Unanswered.abandoned);
  }

  private offerTo(id: number, q: number, t: number, patience: number): void {
    const c = this.callers;
    if (this.listeners.active) this.emit('arrival', id, t, 0, -1);
    if (this.anyAdmit && this.admitted(id, q, t)) return;
    if (this.waiting.length[q]! + this.inService[q]! >= this.config.lines[q]!) {
      this.outcomes.record(c.cell[id]!, Outcome.blocked, 0, c.attempt[id]!, c.firstCell[id]!);
      if (this.anyRows && c.row[id]! >= 0) this.recordRow(id, Outcome.blocked, 0);
      if (this.listeners.active) this.emit('block', id, t, 0, -1);
      this.afterFailure(id, q, t, Unanswered.blocked);
      return;
    }
    const pool = idlePool(this.config.poolsOfQueue[q]!, this.pools.busy, this.pools.staffed);
    if (pool >= 0) {
      this.answer(id, q, pool, t, 0);
      return;
    }
    c.state[id] = CallerState.waiting;
    this.waiting.push(q, id);
    this.queueChanged(q, id, t, 1);
    c.abandonEvent[id] =
      patience < Number.POSITIVE_INFINITY ? this.calendar.schedule(t + patience, ABANDON, id, P_ABANDON) : -1;
  }

  private answer(id: number, q: number, p: number, t: number, wait: number): void {
    const c = this.callers;
    c.state[id] = CallerState.inService;
    c.pool[id] = p;
    this.inService[q]!++;
    this.pools.changeBusy(p, t, 1);
    this.outcomes.recordAnswer(c.cell[id]!, wait, c.attempt[id]!, c.firstCell[id]!);
    if (this.anyRows && c.row[id]! >= 0) this.recordRow(id, Outcome.answered, wait);
    this.calendar.schedule(t + c.handleTime[id]!, END_SERVICE, id, P_END);
    if (this.anyAnswered) {
      const hooks = this.answeredHooks[q]!;
      for (let k = 0; k < hooks.length; k++) hooks[k]!.answered!(id, q, t, wait);
    }
    if (this.listeners.active) this.emit('answer', id, t, wait, p);
  }

  private endService(id: number, t: number): void {
    const c = this.callers;
    const p = c.pool[id]!;
    this.inService[c.queue[id]!]!--;
    this.pools.changeBusy(p, t, -1);
    if (this.listeners.active) this.emit('end', id, t, t - c.handleTime[id]! - c.arrival[id]!, p);
    c.release(id);
    if (this.pools.busy[p]! < this.pools.staffed[p]!) {
      if (this.anyAgentFree && this.agentFree(p, t)) return;
      if (this.queueLengths.length[this.totalSeries]! > 0) this.serveNext(p, t);
    }
  }

  /** The `admit` hooks of queue `q`, in order, until one settles the attempt; returns whether one did. */
  private admitted(id: number, q: number, t: number): boolean {
    const hooks = this.admitHooks[q]!;
    for (let k = 0; k < hooks.length; k++) if (hooks[k]!.admit!(id, q, t)) return true;
    return false;
  }

  /** The `agentFree` hooks of pool `p`, in order, until one gives the agent work; returns whether one did. */
  private agentFree(p: number, t: number): boolean {
    const hooks = this.agentFreeHooks[p]!;
    for (let k = 0; k < hooks.length; k++) if (hooks[k]!.agentFree!(p, t)) return true;
    return false;
  }

  /** A free agent of pool `p` takes the next caller, if any; returns whether it did. */
  private serveNext(p: number, t: number): boolean {
    const c = this.callers;
    const lines = this.waiting;
    const best = nextQueue(this.config.queuesOfPool[p]!, lines, c, this.config.priority);
    if (best < 0) return false;
    const id = lines.shift(best);
    this.queueChanged(best, id, t, -1);
    const handle = c.abandonEvent[id]!;
    if (handle >= 0) {
      this.calendar.cancel(handle);
      c.abandonEvent[id] = -1;
    }
    this.answer(id, best, p, t, t - c.arrival[id]!);
    return true;
  }

  /** Records the outcome of caller `id`'s attempt in its own row too (its call type's). */
  private recordRow(id: number, outcome: Outcome, wait: number): void {
    const c = this.callers;
    this.outcomes.record(
      this.rowCell(id, c.cell[id]!),
      outcome,
      wait,
      c.attempt[id]!,
      this.rowCell(id, c.firstCell[id]!),
    );
  }

  /** Queue `q` grew or shrank by caller `id`; with one queue, its series is also the all-queues one. */
  private queueChanged(q: number, id: number, t: number, delta: number): void {
    this.queueLengths.change(q, t, delta);
    if (this.allQueues > 1) this.queueLengths.change(this.allQueues, t, delta);
    if (this.anyRows) {
      const row = this.callers.row[id]!;
      if (row >= 0) this.queueLengths.change(row + 1, t, delta);
    }
  }

  private fillIdle(p: number, t: number): void {
    const hooks = this.anyAgentFree;
    while (
      this.pools.busy[p]! < this.pools.staffed[p]! &&
      ((hooks && this.agentFree(p, t)) || this.serveNext(p, t))
    );
  }

  private abandon(id: number, t: number): void {
    const c = this.callers;
    const q = c.queue[id]!;
    this.waiting.remove(q, id);
    this.queueChanged(q, id, t, -1);
    c.abandonEvent[id] = -1;
    const wait = t - c.arrival[id]!;
    this.outcomes.record(c.cell[id]!, Outcome.abandoned, wait, c.attempt[id]!, c.firstCell[id]!);
    if (this.anyRows && c.row[id]! >= 0) this.recordRow(id, Outcome.abandoned, wait);
    if (this.listeners.active) this.emit('abandon', id, t, wait, -1);
    this.afterFailure(id, q, t, Unanswered.abandoned);
  }

  /** An attempt ended without an agent: the `unanswered` hooks may keep the caller (a redial); else it leaves. */
  private afterFailure(id: number, q: number, t: number, cause: Unanswered): void {
    const hooks = this.unansweredHooks[q]!;
    for (let k = 0; k < hooks.length; k++) if (hooks[k]!.unanswered!(id, q, t, cause)) return;
    this.callers.release(id);
  }

  private boundary(g: number, t: number): void {
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
    const hooks = this.boundaryHooks;
    for (let k = 0; k < hooks.length; k++) hooks[k]!.boundary!(g, t);
    if (g + 1 < config.totalIntervals) {
      this.calendar.schedule((g + 1) * config.intervalSeconds, BOUNDARY, g + 1, P_BOUNDARY);
    }
  }

  private emit(type: SimulationEventType, id: number, time: number, wait: number, p: number): void {
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

/** The mean of `dist` if it is exponential, else 0 (then the model calls its `sample`). */
function exponentialMean(dist: Distribution | null): number {
  return dist instanceof Exponential ? dist.mean : 0;
}

/** A patience drawn from `dist`, or Infinity when the queue's callers never hang up (`null`). */
function patienceOrNever(dist: Distribution | null, rng: Rng): number {
  return dist === null ? Number.POSITIVE_INFINITY : dist.sample(rng);
}
