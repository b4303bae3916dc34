import { Calendar, type EventHandler } from '../engine/calendar.js';
import { Outcome, type OutcomeAccumulator } from '../metrics/accumulator.js';
import { PoolIntegral } from '../metrics/pool-integral.js';
import type { QueueLengthIntegral } from '../metrics/queue-length-integral.js';
import type { Rng } from '../random/types.js';
import { ArrivalProcess } from './arrival-process.js';
import { AttemptDraws } from './attempt-draws.js';
import { BehaviourHooks } from './behaviour-hooks.js';
import { type Behaviour, type BehaviourHost, Unanswered } from './behaviours/behaviour.js';
import { CallerState, CallerStore } from './caller-store.js';
import { EventPriority } from './event-priority.js';
import { Listeners, type SimulationEventType } from './listeners.js';
import type { ModelConfig } from './model-config.js';
import { OutcomeRecorder } from './outcome-recorder.js';
import { idlePool, nextQueue } from './routing.js';
import { placeStartState } from './start-state.js';
import { WaitingLines } from './waiting-lines.js';

// The model's own event kinds; behaviours' kinds follow from FIRST_BEHAVIOUR_KIND on.
const ARRIVAL = 0;
/** A waiting caller's patience runs out. */
export const ABANDON = 1;
/** The end of a call (also of an outbound call, `CallCentre.callOut`). */
export const END_SERVICE = 2;
/** An interval of the run starts. */
export const BOUNDARY = 3;
const WARMUP = 4;
/** The first of the behaviours' own event kinds. */
export const FIRST_BEHAVIOUR_KIND = 5;
const P_BOUNDARY = EventPriority.boundary;
const P_WARMUP = EventPriority.warmup;
const P_END = EventPriority.end;
const P_ABANDON = EventPriority.abandon;
const P_ARRIVAL = EventPriority.arrival;
/** The patience `offerTo` is given for a first call whose patience it draws itself. */
const DRAW_PATIENCE = -1;

/**
 * The path of a caller through the platform, the model's hot path and the base of {@link CallCentre}.
 * Callers arrive (first calls by a non-homogeneous Poisson process, redials after a delay), are
 * blocked when all lines are busy, are answered at once by an idle agent — of the pool serving their
 * queue with the most idle agents, the first listed on ties — or wait in FIFO order until an agent
 * frees up or their patience runs out. A free agent takes, among the queues its pool serves, the
 * highest `priority` first, then the caller who has waited longest. Staffing changes at interval
 * boundaries: extra agents take waiting callers at once; surplus agents finish their call and leave.
 *
 * Caller behaviours (redials and the other blocks of `behaviours/`) plug in at fixed points named
 * for what happens to a caller — `admit` (an attempt arrives), `answered` (an agent picked it up),
 * `unanswered` (it ended without an agent), `boundary` (an interval starts), `agentFree` (an agent
 * is free) — and through their own event kinds ({@link BehaviourHooks}: which behaviours apply to
 * which queue is resolved with the config, so a queue with none pays one flag or empty-list test per
 * hook point).
 *
 * Each first call draws its handle time and patience when it arrives ({@link AttemptDraws}).
 * Outcomes and queue lengths are recorded by caller ({@link OutcomeRecorder}), busy agents into time
 * integrals. Nothing is allocated per call; listeners cost one boolean test when none is registered.
 * O(1) on average per event (the calendar is a calendar queue), O(queues or pools involved) per
 * routing decision.
 */
export abstract class CallFlow implements EventHandler, BehaviourHost {
  readonly config: ModelConfig;
  readonly calendar = new Calendar(1024);
  readonly callers = new CallerStore(1024);
  readonly waiting: WaitingLines;
  readonly recorder: OutcomeRecorder;
  readonly outcomes: OutcomeAccumulator;
  /** One series per queue, then one for all queues, then one per row. */
  readonly queueLengths: QueueLengthIntegral;
  /** Busy and staffed agents per pool, and their time integrals. */
  readonly pools: PoolIntegral;
  readonly listeners = new Listeners();
  /** Calls in service per queue. */
  readonly inService: Int32Array;
  /** Agents set by `setAgents` per pool, −1 when the schedule applies. */
  readonly override: Int32Array;
  /** Interval of the run (0 … days × intervals − 1) the clock is in. */
  interval = 0;
  /** The same, as an interval of the day. */
  intervalOfDay = 0;
  finished = false;
  protected readonly arrivals: ArrivalProcess;
  /** Calendar timer of each queue's next first call. */
  private readonly arrivalTimer: Int32Array;
  protected readonly draws: AttemptDraws;
  protected readonly hooks: BehaviourHooks;
  protected readonly queueCount: number;
  // Copied from `recorder` and `hooks` so that the hot path tests them without a second lookup.
  private readonly anyRows: boolean;
  private readonly totalSeries: number;
  private readonly anyAdmit: boolean;
  private readonly anyAnswered: boolean;
  private readonly anyAgentFree: boolean;
  private readonly arriveHook: readonly (Behaviour | null)[];
  private readonly unansweredHooks: readonly (readonly Behaviour[])[];

  constructor(config: ModelConfig) {
    this.config = config;
    const queues = config.queueIds.length;
    const pools = config.poolIds.length;
    this.queueCount = queues;
    this.draws = new AttemptDraws(config);
    this.waiting = new WaitingLines(queues, this.callers);
    this.recorder = new OutcomeRecorder(config, this.callers);
    this.outcomes = this.recorder.outcomes;
    this.queueLengths = this.recorder.queueLengths;
    this.pools = new PoolIntegral(pools, config.intervals, config.measureFrom, config.horizon);
    this.inService = new Int32Array(queues);
    this.override = new Int32Array(pools).fill(-1);
    this.arrivals = new ArrivalProcess(config.calls, config.intervalSeconds, config.dayFactors);
    // A run from a start state begins at its time, in its interval (g0); otherwise at 0.
    const t0 = config.start?.time ?? 0;
    const g0 = Math.floor(t0 / config.intervalSeconds);
    if (t0 > 0) {
      this.calendar.run(t0, this);
      this.interval = g0;
      this.intervalOfDay = g0 % config.intervals;
      this.queueLengths.boundary(t0, this.intervalOfDay);
      this.pools.boundary(t0, this.intervalOfDay);
    }
    for (let p = 0; p < pools; p++) this.pools.setStaffed(p, t0, config.agents[p]![this.intervalOfDay] ?? 0);
    this.arrivalTimer = Int32Array.from(config.queueIds, () => this.calendar.createTimer());
    for (let q = 0; q < queues; q++) this.scheduleArrival(q, t0);
    if (g0 + 1 < config.totalIntervals) {
      this.calendar.schedule((g0 + 1) * config.intervalSeconds, BOUNDARY, g0 + 1, P_BOUNDARY);
    }
    if (config.warmup > t0 && config.warmup < config.horizon) {
      this.calendar.schedule(config.warmup, WARMUP, 0, P_WARMUP);
    }
    this.hooks = new BehaviourHooks(config, this, FIRST_BEHAVIOUR_KIND);
    this.anyRows = this.recorder.anyRows;
    this.totalSeries = this.recorder.totalSeries;
    this.anyAdmit = this.hooks.anyAdmit;
    this.anyAnswered = this.hooks.anyAnswered;
    this.anyAgentFree = this.hooks.anyAgentFree;
    this.arriveHook = this.hooks.arrive;
    this.unansweredHooks = this.hooks.unanswered;
    this.hooks.boundaryAt(g0, t0);
    if (config.start !== null) {
      placeStartState(this, config.start, this.hooks);
      for (let p = 0; p < pools; p++) this.fillIdle(p, t0);
    }
  }

  abstract count(id: number, counter: number, amount?: number, outcomes?: OutcomeAccumulator): void;
  abstract recordHeldAttempt(outcomes: OutcomeAccumulator, id: number, counter: number, t: number): void;
  abstract offer(id: number, t: number, patience: number): void;
  abstract serve(id: number, p: number, t: number): void;
  abstract callOut(id: number, p: number, t: number, end?: number): void;
  abstract abandonHeld(id: number, t: number): void;
  abstract drawPatience(id: number, rng: Rng): number;
  abstract beginAttempt(id: number, t: number): void;
  abstract endUnanswered(id: number, t: number, counter: number, cause: Unanswered): void;
  abstract release(id: number): void;
  /** Interval `g` of the run starts at `t`: staffing, metrics and behaviours move to it. */
  protected abstract boundary(g: number, t: number): void;
  /** The warm-up ends at `t`. */
  protected abstract warmupEnds(t: number): void;
  /** A behaviour's own event of `kind`. */
  protected abstract fireBehaviour(kind: number, payload: number, t: number): void;
  /** Tells the listeners what happened to caller `id` (called only when some are registered). */
  protected abstract emit(type: SimulationEventType, id: number, time: number, wait: number, p: number): void;
  /** Puts caller `id` of queue `q` in its waiting line at `t` (a start state's caller). */
  abstract enqueue(id: number, q: number, t: number, patience: number): void;

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
        this.warmupEnds(time);
        break;
      default:
        this.fireBehaviour(kind, payload, time);
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

  // The caller's path: arrive → offerTo → answer | wait (→ abandon) → endService.

  protected scheduleArrival(q: number, t: number): void {
    const next = this.arrivals.next(q, t, this.config.arrivalRng[q]!());
    const at = next < this.config.horizon ? next : Number.POSITIVE_INFINITY;
    this.calendar.setTimer(this.arrivalTimer[q]!, at, ARRIVAL, q, P_ARRIVAL);
  }

  private arrive(q: number, t: number): void {
    const c = this.callers;
    const id = c.allocate();
    c.queue[id] = q;
    c.arrival[id] = t;
    c.attempt[id] = 1;
    c.handleTime[id] = this.draws.handleTime(q);
    const cell = this.cellOf(q, t);
    c.cell[id] = cell;
    c.firstCell[id] = cell;
    this.scheduleArrival(q, t);
    if (this.anyRows) c.row[id] = -1;
    const hook = this.arriveHook[q]!;
    this.offerTo(id, q, t, hook === null ? DRAW_PATIENCE : hook.arrive!(id, q, t, this.draws.patience(q)));
  }

  /**
   * Offers caller `id`'s attempt of queue `q` at `t`, with `patience` seconds before hanging up, or
   * `DRAW_PATIENCE` for a first call whose patience is drawn here, exactly once: an exponential
   * patience's logarithm is taken only if the caller waits (the same number as drawing it on arrival).
   * Kept small, the rare paths in methods of their own, so that the JIT inlines the common ones.
   */
  protected offerTo(id: number, q: number, t: number, patience: number): void {
    let u = 0;
    if (patience === DRAW_PATIENCE) {
      if (this.draws.exponentialPatience(q) > 0) u = this.draws.patienceUniform(q);
      else patience = this.draws.patience(q);
    }
    if (this.listeners.active) this.emit('arrival', id, t, 0, -1);
    if (this.anyAdmit && this.hooks.admitted(id, q, t)) return;
    if (this.waiting.length[q]! + this.inService[q]! >= this.config.lines[q]!) {
      this.block(id, q, t);
      return;
    }
    const pool = idlePool(this.config.poolsOfQueue[q]!, this.pools.busy, this.pools.staffed);
    if (pool >= 0) this.answer(id, q, pool, t, 0);
    else this.queueUp(id, q, t, patience, u);
  }

  /** All lines of queue `q` are busy: caller `id`'s attempt is blocked at `t`. */
  private block(id: number, q: number, t: number): void {
    this.recordEnd(id, Outcome.blocked, 0);
    if (this.listeners.active) this.emit('block', id, t, 0, -1);
    this.afterFailure(id, q, t, Unanswered.blocked);
  }

  /**
   * Caller `id` waits in queue `q` from `t` and hangs up after `patience` seconds (`DRAW_PATIENCE`:
   * an exponential patience drawn from the uniform `u`).
   */
  private queueUp(id: number, q: number, t: number, patience: number, u: number): void {
    const c = this.callers;
    c.state[id] = CallerState.waiting;
    this.waiting.push(q, id);
    this.queueChanged(q, id, t, 1);
    const wait = patience === DRAW_PATIENCE ? this.draws.exponentialFrom(q, u) : patience;
    c.abandonEvent[id] =
      wait < Number.POSITIVE_INFINITY ? this.calendar.schedule(t + wait, ABANDON, id, P_ABANDON) : -1;
  }

  protected answer(id: number, q: number, p: number, t: number, wait: number): void {
    const c = this.callers;
    c.state[id] = CallerState.inService;
    c.pool[id] = p;
    this.inService[q]!++;
    this.pools.changeBusy(p, t, 1);
    this.outcomes.recordAnswer(c.cell[id]!, wait, c.attempt[id]!, c.firstCell[id]!);
    if (this.anyRows && c.row[id]! >= 0) this.recorder.answerInRow(id, wait);
    this.calendar.schedule(t + c.handleTime[id]!, END_SERVICE, id, P_END);
    if (this.anyAnswered) this.hooks.answer(id, q, t, wait);
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
      if (this.anyAgentFree && this.hooks.gaveWork(p, t)) return;
      if (this.queueLengths.length[this.totalSeries]! > 0) this.serveNext(p, t);
    }
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

  protected fillIdle(p: number, t: number): void {
    const hooks = this.anyAgentFree;
    while (
      this.pools.busy[p]! < this.pools.staffed[p]! &&
      ((hooks && this.hooks.gaveWork(p, t)) || this.serveNext(p, t))
    );
  }

  private abandon(id: number, t: number): void {
    const c = this.callers;
    const q = c.queue[id]!;
    this.waiting.remove(q, id);
    this.queueChanged(q, id, t, -1);
    c.abandonEvent[id] = -1;
    const wait = t - c.arrival[id]!;
    this.recordEnd(id, Outcome.abandoned, wait);
    if (this.listeners.active) this.emit('abandon', id, t, wait, -1);
    this.afterFailure(id, q, t, Unanswered.abandoned);
  }

  /** An attempt ended without an agent: the `unanswered` hooks may keep the caller (a redial); else it leaves. */
  protected afterFailure(id: number, q: number, t: number, cause: Unanswered): void {
    const hooks = this.unansweredHooks[q]!;
    for (let k = 0; k < hooks.length; k++) if (hooks[k]!.unanswered!(id, q, t, cause)) return;
    this.callers.release(id);
  }

  /** Records caller `id`'s attempt as ended with `outcome` after `wait` seconds, in its queue's cell and row. */
  protected recordEnd(id: number, outcome: Outcome, wait: number): void {
    const c = this.callers;
    this.outcomes.record(c.cell[id]!, outcome, wait, c.attempt[id]!, c.firstCell[id]!);
    if (this.anyRows && c.row[id]! >= 0) this.recorder.recordInRow(this.outcomes, id, outcome, wait);
  }

  /** Queue `q` grew or shrank by caller `id` at `t` (with one queue, its series is also the all-queues one). */
  protected queueChanged(q: number, id: number, t: number, delta: number): void {
    this.queueLengths.change(q, t, delta);
    if (this.queueCount > 1) this.queueLengths.change(this.queueCount, t, delta);
    if (this.anyRows) this.recorder.queueChangedInRow(id, t, delta);
  }
}
