import type { z } from 'zod';
import type { Calendar } from '../../engine/calendar.js';
import type { CounterSpec, OutcomeAccumulator } from '../../metrics/accumulator.js';
import type { PoolIntegral } from '../../metrics/pool-integral.js';
import type { Streams } from '../../random/streams.js';
import type { DistributionSpec, Rng } from '../../random/types.js';
import type { ScenarioIssue } from '../../scenario/scenario-error.js';
import type { CallerStore } from '../caller-store.js';
import type { ModelConfig } from '../model-config.js';
import type { WaitingLines } from '../waiting-lines.js';

/** Why an attempt ended without an agent, as the `unanswered` hook hears it. */
export const Unanswered = {
  /** The caller hung up while waiting. */
  abandoned: 0,
  /** All lines were busy. */
  blocked: 1,
  /** Turned away by a message (dissuasion). */
  dissuaded: 2,
  /** Hung up by the platform because the caller redialled too soon. */
  refused: 3,
} as const;
export type Unanswered = (typeof Unanswered)[keyof typeof Unanswered];

/**
 * What the model lets a behaviour see and do (the call centre implements it). Everything here is the
 * model's own state: a behaviour reads it and acts through the methods, never by editing the waiting
 * lines or the clock.
 */
export interface BehaviourHost {
  readonly config: ModelConfig;
  readonly calendar: Calendar;
  readonly callers: CallerStore;
  readonly waiting: WaitingLines;
  readonly outcomes: OutcomeAccumulator;
  readonly pools: PoolIntegral;
  /** Calls in service per queue. */
  readonly inService: Int32Array;
  /** The interval of the day the clock is in (updated at each boundary before any hook runs). */
  readonly intervalOfDay: number;
  /** The metrics cell of an attempt of queue `q` arriving at `t` (−1 in the warm-up). */
  cellOf(q: number, t: number): number;
  /**
   * Caller `id` (known to the model: a redial, a callback) starts a new attempt at `t`: its attempt
   * number goes up, it counts from now, in the interval of `t`.
   */
  beginAttempt(id: number, t: number): void;
  /**
   * Offers the current attempt of caller `id` at `t`, with `patience` seconds before hanging up:
   * admission hooks, lines, then an idle agent or the waiting line.
   */
  offer(id: number, t: number, patience: number): void;
  /**
   * Records the current attempt of caller `id` (arrived at `callers.arrival[id]`) as ended at `t` with
   * the offered counter `counter`, then calls the `unanswered` hooks with `cause`, which may keep the
   * caller (a redial); otherwise the caller leaves.
   */
  endUnanswered(id: number, t: number, counter: number, cause: Unanswered): void;
  /** Caller `id` leaves the system for good (its slot is recycled). */
  release(id: number): void;
  /**
   * An idle agent of pool `p` takes caller `id` at `t`: out of its waiting line if it waits there
   * (its hang-up cancelled), else a caller a behaviour holds (a callback). The attempt counts as
   * answered with the wait `t − callers.arrival[id]`.
   */
  serve(id: number, p: number, t: number): void;
  /**
   * An idle agent of pool `p` calls caller `id` at `t` (an outbound call: an appointment) for
   * `callers.handleTime[id]` seconds; no attempt outcome is recorded. The caller leaves when the call ends.
   */
  callOut(id: number, p: number, t: number): void;
  /**
   * Caller `id`, held by a behaviour (not in a waiting line), gives up at `t`: its attempt is
   * recorded as abandoned after `t − callers.arrival[id]`, then the `unanswered` hooks run.
   */
  abandonHeld(id: number, t: number): void;
  /**
   * Adds `amount` (default 1) to the block counter `counter` in the cell of caller `id`'s current
   * attempt (and in its row, e.g. its call type's): for counters that are not attempt outcomes
   * (`selfServed`). Into `outcomes` when given (a `recordHeld` hook's), else the run's.
   */
  count(id: number, counter: number, amount?: number, outcomes?: OutcomeAccumulator): void;
  /**
   * Records into `outcomes` the current attempt of caller `id`, held by a behaviour, as ended at `t`
   * with the offered counter `counter` (in its row too): for a `recordHeld` hook (callbacks pending).
   */
  recordHeldAttempt(outcomes: OutcomeAccumulator, id: number, counter: number, t: number): void;
  /** A patience for a new attempt of caller `id` drawn from `rng`: its call type's, else its queue's. */
  drawPatience(id: number, rng: Rng): number;
}

/**
 * A behaviour running in one simulation: one object per block, serving every queue the block is on.
 * The model calls its hooks at fixed points, only for the queues (or pools) it applies to; a hook a
 * behaviour does not define costs nothing. Hooks run in the order of `behaviourBlocks`.
 */
export interface Behaviour {
  /**
   * A first call of caller `id` of queue `q` arrives at `t`, before admission, its handle time drawn
   * (in `callers.handleTime`) and `patience` drawn: the behaviour may change the caller (its handle
   * time, its metrics `row`) and returns the patience to use.
   */
  arrive?(id: number, q: number, t: number, patience: number): number;
  /** Draws from `rng` the patience of a new attempt (a redial) of caller `id` of queue `q`. */
  patience?(id: number, q: number, rng: Rng): number;
  /**
   * An attempt of caller `id` of queue `q` arrives at `t` (first call or redial), before the lines
   * are checked and before routing. Returns true when the behaviour settled the attempt (recorded its
   * outcome, and released or kept the caller); the model then does nothing more with it.
   */
  admit?(id: number, q: number, t: number): boolean;
  /**
   * An agent picked up caller `id` of queue `q` at `t` after `wait` seconds (the model has recorded the
   * answer and scheduled the end of the call).
   */
  answered?(id: number, q: number, t: number, wait: number): void;
  /**
   * Caller `id` of queue `q` ended an attempt at `t` without an agent, for `cause`. Returns true when
   * the behaviour keeps the caller (e.g. schedules a redial); when no hook does, the caller leaves.
   */
  unanswered?(id: number, q: number, t: number, cause: Unanswered): boolean;
  /**
   * Interval `g` of the run starts at `t`: for g = 0 when the model is built, then at each boundary
   * after staffing has changed and idle agents took waiting callers.
   */
  boundary?(g: number, t: number): void;
  /**
   * An agent of pool `p` is free at `t`, before it takes the next waiting caller. Returns true when the
   * behaviour gave it work (it must then have made the agent busy).
   */
  agentFree?(p: number, t: number): boolean;
  /** Pools whose `agentFree` hook applies; absent: the pools serving the queues the block is on. */
  readonly pools?: readonly number[];
  /** One of the behaviour's own events fired: `event` counts from 0 among its `events`. */
  fire?(event: number, payload: number, t: number): void;
  /**
   * Callers the behaviour holds out of the waiting lines who still await an agent (callbacks). With
   * `drain`, the run goes on while there are any, as while callers wait.
   */
  held?(): number;
  /**
   * Records every caller it still holds into `outcomes` as of `t` (the run's end, or "now" for a
   * report mid-run), under its own offered counter, so that they count in `offered`.
   */
  recordHeld?(outcomes: OutcomeAccumulator, t: number): void;
  /**
   * The run starts from a given state (`start`) at `t` with caller `id` of queue `q` due to redial,
   * `elapsed` seconds after their unanswered attempt ended: the behaviour schedules the redial
   * (drawing from `rng` the delay left) or releases the caller.
   */
  redialing?(id: number, q: number, t: number, elapsed: number, rng: Rng): void;
}

/**
 * The part of a queue an `adjust` may rewrite (the rest is passed through as it is). Blocks see
 * queues through these structural types, not the scenario's `QueueSpec`, whose type is built from
 * the blocks' schemas.
 */
export interface AdjustableQueue {
  calls: number[];
  handleTime: DistributionSpec;
  /** Call types, when the queue has them (their handle times are filled in by the `types` block). */
  types?: { handleTime?: DistributionSpec }[];
}

/** The core fields of a queue, as a block's `resolve` reads them. */
export interface CoreQueue extends AdjustableQueue {
  id: string;
  patience?: DistributionSpec;
  lines?: number;
  priority?: number;
}

/** What `resolve` receives: a queue's spec and where the block sits in the run. */
export interface ResolveContext {
  /** Index of the queue. */
  q: number;
  queue: CoreQueue;
  /** Path of the block in the scenario, for error messages, e.g. `queues[0].redial`. */
  path: string;
  streams: Streams;
  /** Intervals of a day and their length. */
  intervals: number;
  intervalSeconds: number;
  /** Mean handle time of the queue's calls (after `adjust`), seconds. */
  meanHandle: number;
}

/** What `issues` receives: where the block sits and what of the scenario it may refer to. */
export interface CheckContext {
  /** Path of the block in the scenario, e.g. `queues[0].callback`. */
  path: string;
  /** Intervals of a day. */
  intervals: number;
  /** Ids of the pools, in order. */
  poolIds: readonly string[];
  /** Pools serving the queue the block is on (ids). */
  poolsOfQueue: readonly string[];
  /** The queue the block is on, validated (its other blocks included). */
  queue: Readonly<Record<string, unknown>>;
}

/** Where a behaviour's own event kinds and counters sit in the model. */
export interface AttachContext {
  /** The calendar kind of the behaviour's event 0 (event k is `firstKind + k`). */
  firstKind: number;
  /** Index in the accumulator's counters of each of the block's `counters`, in their order. */
  counters: readonly number[];
  /** Per queue, the metrics row of the block's first row there (see `rows`); −1 where it has none. */
  rows: readonly number[];
}

/**
 * A caller behaviour as a block of the scenario: the key it has on a queue, its zod fragment (the
 * TypeScript type comes from it), its counters and events, how a queue's spec resolves to the
 * per-queue config the hot path reads, and how the running behaviour is made. Register it in
 * `behaviour-blocks.ts`.
 */
export interface BehaviourBlock<
  Schema extends z.ZodType = z.ZodType,
  Resolved = unknown,
  Counters extends readonly CounterSpec[] = readonly CounterSpec[],
  Key extends string = string,
  Scope extends 'queue' | 'scenario' = 'queue' | 'scenario',
> {
  /** Key of the block on a queue in the scenario, e.g. `redial` (on the scenario itself with `scope`). */
  readonly key: Key;
  /**
   * `'scenario'`: the block sits on the scenario (default `'queue'`), not on a queue (e.g. `mysteryCallers`); `resolve` is
   * still called once per queue, with the scenario's block, and returns null where it does nothing.
   */
  readonly scope?: Scope;
  /** The block's zod schema (what goes under `key`). */
  readonly schema: Schema;
  /** Counters it reports, in every KPI set, when at least one queue of the scenario uses it. */
  readonly counters: Counters;
  /** Number of calendar event kinds it needs. */
  readonly events: number;
  /**
   * Whether a running simulation may switch the block off and on for the callers arriving from then
   * on (`Simulation.setBlock`): true for a block whose `admit` hook settles arriving callers and whose
   * other hooks only finish what it already holds.
   */
  readonly switchable?: boolean;
  /**
   * The problems that tie a queue's validated block to the rest of the scenario, which its schema
   * cannot see (a pool it names, a list of one entry per interval), each with its path;
   * `parseScenario` reports them once every field is valid.
   */
  issues?(spec: z.output<Schema>, context: CheckContext): ScenarioIssue[];
  /**
   * Rewrites a queue before the model reads it (e.g. growth factors on calls and handle times): runs
   * first, for every block in order; a block whose whole effect is here needs no hooks.
   */
  adjust?<Q extends AdjustableQueue>(spec: z.output<Schema>, queue: Q): Q;
  /**
   * Rows a queue's spec reports apart, each with the full KPIs (per queue in the report, under the
   * block's key, e.g. `queues.caf.types.simple`); the behaviour puts a caller in one by setting
   * `callers.row[id]` in its `arrive` hook.
   */
  rows?(spec: z.output<Schema>): string[];
  /** A queue's validated spec → its resolved config; null when the block does nothing on this queue. */
  resolve(spec: z.output<Schema>, context: ResolveContext): Resolved | null;
  /** The running behaviour, given per queue its resolved config (null where it is off). */
  attach(host: BehaviourHost, configs: readonly (Resolved | null)[], context: AttachContext): Behaviour;
}

/**
 * Declares a behaviour block, its types inferred from the schema, `resolve` and the counter names
 * (kept as literals, so the KPI type lists them).
 */
export function defineBehaviour<
  Schema extends z.ZodType,
  Resolved,
  const Counters extends readonly CounterSpec[],
  const Key extends string,
  const Scope extends 'queue' | 'scenario' = 'queue',
>(
  block: BehaviourBlock<Schema, Resolved, Counters, Key, Scope>,
): BehaviourBlock<Schema, Resolved, Counters, Key, Scope> {
  return block;
}
