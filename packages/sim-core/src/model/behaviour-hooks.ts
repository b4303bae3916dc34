import type { OutcomeAccumulator } from '../metrics/accumulator.js';
import type { Behaviour, BehaviourHost } from './behaviours/behaviour.js';
import type { ModelConfig } from './model-config.js';

const NONE: readonly Behaviour[] = [];

/**
 * The running behaviours of one simulation, sorted once by hook point and by the queue (or pool)
 * each applies to, so the model's hot path asks only "does this queue have any?" — one test of an
 * empty list, or of an `any…` flag shared by all queues, for a queue without behaviour blocks — and
 * which behaviour owns each of the behaviours' own calendar event kinds (from `firstKind` on, in the
 * order of `config.behaviours`). Built in O(blocks × (queues + pools)); each dispatch costs
 * O(behaviours on that queue or pool).
 */
export class BehaviourHooks {
  /** Per queue, the behaviour whose `arrive` hook applies (at most one: it sets the caller), else null. */
  readonly arrive: (Behaviour | null)[];
  /** Per queue, the behaviour whose `patience` hook applies, else null. */
  readonly patience: (Behaviour | null)[];
  /** Per queue, the behaviour whose `redialing` hook applies (callers due to redial in a start state), else null. */
  readonly redialing: (Behaviour | null)[];
  /** Per queue, the behaviours whose `admit` hook applies (those switched on: `setAdmitting`). */
  readonly admit: (readonly Behaviour[])[];
  /** Per queue, every behaviour with an `admit` hook, in hook order (switched on or not). */
  private readonly admitOrder: readonly (readonly Behaviour[])[];
  /** Per queue, its switchable blocks' behaviours (`admit` hook), switched on or off, with their keys. */
  private readonly admitAll: { key: string; behaviour: Behaviour; on: boolean }[][];
  /** Per queue, the behaviours whose `answered` hook applies. */
  readonly answered: (readonly Behaviour[])[];
  /** Per queue, the behaviours whose `unanswered` hook applies. */
  readonly unanswered: (readonly Behaviour[])[];
  /** Per pool, the behaviours whose `agentFree` hook applies. */
  readonly agentFree: (readonly Behaviour[])[];
  /** Whether any queue has an `admit`, an `answered` hook, any pool an `agentFree` hook. */
  readonly anyAdmit: boolean;
  readonly anyAnswered: boolean;
  readonly anyAgentFree: boolean;
  /** Behaviours with a `boundary` hook. */
  readonly boundary: readonly Behaviour[];
  /** Behaviours holding callers out of the waiting lines (`held` / `recordHeld` hooks). */
  readonly holders: readonly Behaviour[];
  /** The behaviour owning each event kind from `firstKind` on, and that kind's number among its own. */
  readonly eventOwner: Behaviour[] = [];
  readonly eventIndex: number[] = [];

  /**
   * Attaches every behaviour of `config` to `host`, in order, giving each its event kinds (from
   * `firstKind` on), its counters and its rows.
   */
  constructor(config: ModelConfig, host: BehaviourHost, firstKind: number) {
    const admit: Behaviour[][] = config.queueIds.map(() => []);
    const unanswered: Behaviour[][] = config.queueIds.map(() => []);
    const answered: Behaviour[][] = config.queueIds.map(() => []);
    const agentFree: Behaviour[][] = config.poolIds.map(() => []);
    const boundary: Behaviour[] = [];
    const holders: Behaviour[] = [];
    this.arrive = config.queueIds.map(() => null);
    this.patience = config.queueIds.map(() => null);
    this.redialing = config.queueIds.map(() => null);
    this.admitAll = config.queueIds.map(() => []);
    let counter = 0;
    for (const { block, configs, rows } of config.behaviours) {
      const kind = firstKind + this.eventOwner.length;
      const counters = block.counters.map(() => counter++);
      const behaviour = block.attach(host, configs, { firstKind: kind, counters, rows });
      for (let k = 0; k < block.events; k++) {
        this.eventOwner.push(behaviour);
        this.eventIndex.push(k);
      }
      const on = configs.flatMap((c, q) => (c === null ? [] : [q]));
      for (const q of on) {
        if (behaviour.arrive) this.arrive[q] = behaviour;
        if (behaviour.patience) this.patience[q] = behaviour;
        if (behaviour.redialing) this.redialing[q] = behaviour;
        if (behaviour.admit) admit[q]!.push(behaviour);
        if (behaviour.admit && block.switchable)
          this.admitAll[q]!.push({ key: block.key, behaviour, on: true });
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
    this.admit = admit.map(shared);
    this.admitOrder = admit;
    this.unanswered = unanswered.map(shared);
    this.answered = answered.map(shared);
    this.agentFree = agentFree.map(shared);
    this.boundary = shared(boundary);
    this.holders = shared(holders);
    this.anyAdmit = admit.some((hooks) => hooks.length > 0);
    this.anyAnswered = answered.some((hooks) => hooks.length > 0);
    this.anyAgentFree = agentFree.some((hooks) => hooks.length > 0);
  }

  /** The keys of queue `q`'s switchable blocks (they settle arriving callers), e.g. `callback`. */
  admitKeys(q: number): string[] {
    return this.admitAll[q]!.map((entry) => entry.key);
  }

  /**
   * Switches block `key` of queue `q` on or off for the callers arriving from now on: off, its `admit`
   * hook is skipped (the callers it would have settled join the queue); what it already holds goes on.
   * Returns false when queue `q` has no such block. O(blocks on the queue).
   */
  setAdmitting(q: number, key: string, on: boolean): boolean {
    const entries = this.admitAll[q]!;
    const entry = entries.find((e) => e.key === key);
    if (entry === undefined) return false;
    entry.on = on;
    const off = new Set(entries.filter((e) => !e.on).map((e) => e.behaviour));
    const hooks = this.admitOrder[q]!.filter((behaviour) => !off.has(behaviour));
    this.admit[q] = hooks.length > 0 ? hooks : NONE;
    return true;
  }

  /** The `admit` hooks of queue `q`, in order, until one settles the attempt; returns whether one did. */
  admitted(id: number, q: number, t: number): boolean {
    const hooks = this.admit[q]!;
    for (let k = 0; k < hooks.length; k++) if (hooks[k]!.admit!(id, q, t)) return true;
    return false;
  }

  /** The `answered` hooks of queue `q`, in order. */
  answer(id: number, q: number, t: number, wait: number): void {
    const hooks = this.answered[q]!;
    for (let k = 0; k < hooks.length; k++) hooks[k]!.answered!(id, q, t, wait);
  }

  /** The `agentFree` hooks of pool `p`, in order, until one gives the agent work; returns whether one did. */
  gaveWork(p: number, t: number): boolean {
    const hooks = this.agentFree[p]!;
    for (let k = 0; k < hooks.length; k++) if (hooks[k]!.agentFree!(p, t)) return true;
    return false;
  }

  /** The `boundary` hooks: interval `g` of the run starts at `t`. */
  boundaryAt(g: number, t: number): void {
    const hooks = this.boundary;
    for (let k = 0; k < hooks.length; k++) hooks[k]!.boundary!(g, t);
  }

  /** Callers the behaviours hold out of the waiting lines who still await an agent. */
  held(): number {
    let n = 0;
    for (const behaviour of this.holders) n += behaviour.held?.() ?? 0;
    return n;
  }

  /** Has the behaviours record the callers they hold into `outcomes` as of `now`. */
  recordHeld(outcomes: OutcomeAccumulator, now: number): void {
    for (const behaviour of this.holders) behaviour.recordHeld?.(outcomes, now);
  }
}
