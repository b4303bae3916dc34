import type { Kpis, Simulation, SimulationEvent } from '@decroche/sim-core';
import { type OutcomeKind, outcomeCode } from '../engine/outcomes.js';
import { EVENT_STRIDE, LINE_STRIDE } from './protocol.js';
import { SILENT_OUTCOMES } from './silent-outcomes.js';

interface Waiting {
  seq: number;
  arrival: number;
  attempt: number;
}

/**
 * Follows a simulation's events to know who waits in each queue, in line order, under a sequence
 * number that is unique for the whole run (the simulation recycles caller ids), and collects the
 * outcomes to animate. O(1) per event; {@link lines} is O(callers waiting).
 */
export class WaitingRegister {
  private readonly queueIndex: Map<string, number>;
  private readonly poolIndex: Map<string, number>;
  /** Per queue, waiting callers by caller id, in arrival order (a Map keeps insertion order). */
  private readonly waiting: Map<number, Waiting>[];
  /** Callers waiting for their callback, by caller id: their sequence number. */
  private readonly held = new Map<number, number>();
  /** Per queue, sequence numbers of callers heard arriving and gone without an event (see {@link reconcile}). */
  private readonly gone: number[][];
  /** Per queue, the counters of {@link SILENT_OUTCOMES} at the last {@link reconcile}. */
  private readonly silentSeen: Float64Array;
  private readonly maxEvents: number;
  private readonly appointmentPools: readonly number[];
  private nextSeq = 0;
  private events: number[] = [];
  private dropped = 0;
  /** Interval of the run whose settled attempts {@link settled} counts. */
  private settledInterval = 0;
  /** Per queue, attempts answered then lost (abandoned, blocked, dissuaded, refused) since the start of `settledInterval`. */
  private settledCounts: Float64Array;

  constructor(
    sim: Simulation,
    queues: readonly string[],
    pools: readonly string[],
    private readonly intervalSeconds: number,
    options: {
      /** Outcomes kept per batch at most (the rest are counted as dropped). */
      maxEvents?: number;
      /** Per queue, the index of the pool making its appointment calls (−1: none). */
      appointmentPools?: readonly number[];
    } = {},
  ) {
    this.maxEvents = options.maxEvents ?? 4000;
    this.appointmentPools = options.appointmentPools ?? [];
    this.gone = queues.map(() => []);
    this.silentSeen = new Float64Array(queues.length * SILENT_OUTCOMES.length);
    this.settledCounts = new Float64Array(queues.length * 2);
    this.queueIndex = new Map(queues.map((id, q) => [id, q]));
    this.poolIndex = new Map(pools.map((id, p) => [id, p]));
    this.waiting = queues.map(() => new Map());
    sim.on('arrival', (e) => this.arrival(e));
    sim.on('answer', (e) => this.leave(e, e.wait > 0 ? 'answered' : 'answeredAtOnce'));
    sim.on('abandon', (e) => this.leave(e, 'abandoned'));
    sim.on('block', (e) => this.leave(e, 'blocked'));
  }

  /** Callers waiting in queue `q`. */
  count(q: number): number {
    return this.waiting[q]!.size;
  }

  /** Per queue, its waiting callers head first: sequence number, arrival time, attempt. */
  lines(): Float64Array[] {
    return this.waiting.map((line) => {
      const out = new Float64Array(line.size * LINE_STRIDE);
      let k = 0;
      for (const w of line.values()) {
        out[k++] = w.seq;
        out[k++] = w.arrival;
        out[k++] = w.attempt;
      }
      return out;
    });
  }

  /**
   * Brings queue `q`'s line in step with the simulation's: `waited` is the snapshot's (line order,
   * `now − arrival` of each caller), `kpis` the queue's KPIs so far. Callers of the register missing
   * from it were settled without an event by a behaviour block ({@link SILENT_OUTCOMES}: the voice
   * server, dissuasion, an appointment, a callback); the growth of those blocks' counters since the
   * last call says how many of each, and each becomes that outcome (callers past the counts are
   * just removed). Refused redials and appointment calls come with no caller known: new dots.
   * O(line + outcomes).
   */
  reconcile(q: number, now: number, waited: readonly number[], kpis?: Kpis): void {
    const line = this.waiting[q]!;
    const gone = this.gone[q]!;
    if (line.size !== waited.length) {
      let k = 0;
      for (const [caller, w] of line) {
        if (k < waited.length && now - w.arrival === waited[k]) {
          k++;
          continue;
        }
        line.delete(caller);
        gone.push(w.seq, caller);
      }
    }
    if (kpis === undefined) {
      gone.length = 0;
      return;
    }
    let next = 0;
    SILENT_OUTCOMES.forEach((outcome, o) => {
      const at = q * SILENT_OUTCOMES.length + o;
      const count = outcome.count(kpis);
      let n = count - this.silentSeen[at]!;
      this.silentSeen[at] = count;
      if (outcome.lost && n > 0) this.settle(q, now, false, n);
      const code = outcomeCode(outcome.kind);
      if (!outcome.arrived) {
        const pool = outcome.kind === 'appointmentCall' ? (this.appointmentPools[q] ?? -1) : -1;
        for (; n > 0; n--) this.push(code, q, this.nextSeq++, pool);
        return;
      }
      for (; n > 0 && next < gone.length; n--, next += 2) {
        const seq = gone[next]!;
        if (outcome.kind === 'heldForCallback') this.held.set(gone[next + 1]!, seq);
        this.push(code, q, seq, -1);
      }
    });
    gone.length = 0;
  }

  /**
   * Attempts of queue `q` settled (answered, or lost: hung up, blocked, turned away or refused) since the start of the
   * interval of the run containing `now`, whenever they arrived: what a live wallboard shows.
   */
  settled(q: number, now: number): { answered: number; lost: number } {
    if (Math.floor(now / this.intervalSeconds) !== this.settledInterval) return { answered: 0, lost: 0 };
    return { answered: this.settledCounts[2 * q]!, lost: this.settledCounts[2 * q + 1]! };
  }

  /** The outcomes collected since the last call, and how many were left out; starts a new batch. */
  takeEvents(): { events: Float64Array; dropped: number } {
    const batch = { events: Float64Array.from(this.events), dropped: this.dropped };
    this.events = [];
    this.dropped = 0;
    return batch;
  }

  private arrival(e: SimulationEvent): void {
    const q = this.queueIndex.get(e.queue)!;
    // Still registered: it was settled without an event and its id (or itself, redialling) is back.
    this.waiting.forEach((line, r) => {
      const before = line.get(e.caller);
      if (before === undefined) return;
      line.delete(e.caller);
      this.gone[r]!.push(before.seq, e.caller);
    });
    this.waiting[q]!.set(e.caller, { seq: this.nextSeq++, arrival: e.time, attempt: e.attempt });
  }

  private leave(e: SimulationEvent, kind: OutcomeKind): void {
    const q = this.queueIndex.get(e.queue)!;
    const line = this.waiting[q]!;
    const w = line.get(e.caller);
    line.delete(e.caller);
    if (w === undefined) {
      const seq = this.held.get(e.caller);
      if (seq === undefined) return;
      this.held.delete(e.caller);
      const answered = kind === 'answered' || kind === 'answeredAtOnce';
      this.settle(q, e.time, answered);
      if (answered) {
        this.push(
          outcomeCode('calledBack'),
          q,
          seq,
          e.pool === null ? -1 : (this.poolIndex.get(e.pool) ?? -1),
        );
      }
      return;
    }
    this.settle(q, e.time, kind === 'answered' || kind === 'answeredAtOnce');
    const pool = e.pool === null ? -1 : (this.poolIndex.get(e.pool) ?? -1);
    this.push(outcomeCode(kind), q, w.seq, pool);
  }

  /** Counts `n` attempts of queue `q` settled at `time`, answered or lost, in the live pickup rate. */
  private settle(q: number, time: number, answered: boolean, n = 1): void {
    const interval = Math.floor(time / this.intervalSeconds);
    if (interval !== this.settledInterval) {
      this.settledInterval = interval;
      this.settledCounts.fill(0);
    }
    this.settledCounts[2 * q + (answered ? 0 : 1)]! += n;
  }

  /** Adds an outcome to the batch, or counts it as left out past the limit. */
  private push(code: number, q: number, seq: number, pool: number): void {
    if (this.events.length >= this.maxEvents * EVENT_STRIDE) {
      this.dropped++;
      return;
    }
    this.events.push(code, q, seq, pool);
  }
}
