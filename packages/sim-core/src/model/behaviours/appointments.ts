import { z } from 'zod';
import type { OutcomeAccumulator } from '../../metrics/accumulator.js';
import { createDistribution } from '../../random/create-distribution.js';
import type { Distribution, Rng } from '../../random/types.js';
import { distributionSpecSchema } from '../../scenario/distribution-spec-schema.js';
import { durationSeconds } from '../../scenario/duration-schema.js';
import type { ScenarioIssue } from '../../scenario/scenario-error.js';
import { CallerState } from '../caller-store.js';
import { EventPriority } from '../event-priority.js';
import { WaitingLines } from '../waiting-lines.js';
import { type Behaviour, type BehaviourBlock, type BehaviourHost, defineBehaviour } from './behaviour.js';

const probability = z.number().min(0).max(1);

/** Telephone appointments booked for later intervals (the `appointments` block of a queue). */
export const appointmentsSchema = z.strictObject({
  /** Ids of the call types booked (needs the queue's `types`); absent: every call of the queue. */
  types: z.array(z.string().min(1)).min(1).optional(),
  /** Probability that a caller is offered, and takes, an appointment. */
  share: probability,
  /** Appointments per interval: one number for all, or one per interval of the day. */
  slots: z.union([z.number().int().min(0), z.array(z.number().int().min(0))], {
    error: 'must be an integer >= 0 or a list of them, one per interval',
  }),
  /** The appointment is at least this many seconds after the call that booked it (or a duration: `1h`). */
  leadSeconds: durationSeconds(z.number().min(0)).default(0),
  /** Probability that the caller does not answer at the appointment. */
  noShow: probability.default(0),
  /** Length of the appointment call. */
  handleTime: distributionSpecSchema,
  /** Id of the pool whose agents make the appointment calls. */
  pool: z.string().min(1),
});

/** A queue's `appointments` block. */
export type AppointmentsSpec = z.output<typeof appointmentsSchema>;

/** A queue's appointments as the model reads them (the pool by id; its index is found when attached). */
export interface AppointmentsConfig {
  share: number;
  /** Ids of the call types booked; null: every caller of the queue. */
  types: readonly string[] | null;
  /** Slots per interval of the day. */
  slots: Int32Array;
  leadSeconds: number;
  noShow: number;
  handleTime: Distribution;
  pool: string;
  /** Draws bookings, no-shows and appointment lengths (the other streams stay untouched). */
  rng: Rng;
}

// Counters, in the order of the block's `counters`.
const BOOKED = 0;
const HELD = 1;
const NO_SHOW = 2;
const PENDING = 3;
const LEAD = 4;
const AGENT_HOURS = 5;

/**
 * Appointments: the `admit` hook books an arriving caller with probability `share` into the first
 * interval of the run starting at least `leadSeconds` later that has a free slot (slots of an
 * interval spread evenly over it: slot k of n at start + k × intervalSeconds ÷ n); a caller finding
 * none joins the queue as usual. The booked caller leaves (not offered to the agents) and is held
 * until the slot; then, unless a no-show, an agent of `pool` calls: at once if one is idle, else the
 * first one free, ahead of the callers waiting for that pool.
 */
class Appointments implements Behaviour {
  readonly pools: readonly number[];
  private readonly host: BehaviourHost;
  private readonly configs: readonly (AppointmentsConfig | null)[];
  private readonly counter: readonly number[];
  private readonly slotKind: number;
  private readonly poolOf: Int32Array;
  /** Per queue, appointments booked in each interval of the run. */
  private readonly booked: (Int32Array | null)[];
  /** Per queue, the first interval of the run that may still have a free slot. */
  private readonly firstOpen: Int32Array;
  /** Appointments due and not yet called, per pool, in slot order. */
  private readonly due: WaitingLines;
  /**
   * Per queue with a `types` filter, whether each metrics row (a caller's call type, `callers.row`)
   * is booked, indexed by row; null where every caller may be booked.
   */
  private readonly bookedRows: (Uint8Array | null)[];
  /** `mine[id]`: 1 while caller `id` holds an appointment not yet called. */
  private mine = new Uint8Array(0);
  private holdCount = 0;

  constructor(
    host: BehaviourHost,
    configs: readonly (AppointmentsConfig | null)[],
    counter: readonly number[],
    firstKind: number,
  ) {
    this.host = host;
    this.configs = configs;
    this.counter = counter;
    this.slotKind = firstKind;
    const model = host.config;
    this.poolOf = Int32Array.from(configs, (c) => (c === null ? -1 : model.poolIds.indexOf(c.pool)));
    this.pools = [...new Set(this.poolOf)].filter((p) => p >= 0);
    this.booked = configs.map((c) => (c === null ? null : new Int32Array(model.totalIntervals)));
    this.firstOpen = new Int32Array(configs.length);
    this.due = new WaitingLines(model.poolIds.length, host.callers);
    const queues = model.queueIds.length;
    this.bookedRows = configs.map((c, q) => {
      if (c === null || c.types === null) return null;
      const rows = new Uint8Array(queues + model.rows.length);
      model.rows.forEach((row, r) => {
        if (row.queue === q && row.key === 'types' && c.types!.includes(row.id)) rows[queues + r] = 1;
      });
      return rows;
    });
  }

  admit(id: number, q: number, t: number): boolean {
    const config = this.configs[q]!;
    const bookedRows = this.bookedRows[q];
    if (bookedRows && bookedRows[this.host.callers.row[id]!] !== 1) return false; // not a type booked
    if (config.share === 0 || config.rng() >= config.share) return false;
    const host = this.host;
    const model = host.config;
    const seconds = model.intervalSeconds;
    const booked = this.booked[q]!;
    const earliest = t + config.leadSeconds;
    let g = Math.max(this.firstOpen[q]!, Math.ceil(earliest / seconds));
    while (g < model.totalIntervals && g * seconds < earliest) g++; // rounding of the division
    for (; g < model.totalIntervals; g++) {
      const capacity = config.slots[g % model.intervals]!;
      if (booked[g]! < capacity) break;
      if (g === this.firstOpen[q]) this.firstOpen[q]++;
    }
    if (g >= model.totalIntervals) return false; // no free slot in the horizon: the caller joins the queue
    const capacity = config.slots[g % model.intervals]!;
    const at = g * seconds + (booked[g]! * seconds) / capacity;
    booked[g]!++;
    const c = host.callers;
    host.count(id, this.counter[BOOKED]!);
    host.count(id, this.counter[LEAD]!, at - t);
    c.state[id] = CallerState.held;
    if (id >= this.mine.length) this.grow(c.capacity);
    this.mine[id] = 1;
    this.holdCount++;
    host.calendar.schedule(at, this.slotKind, id, EventPriority.arrival);
    return true;
  }

  fire(_event: number, id: number, t: number): void {
    const host = this.host;
    const c = host.callers;
    const q = c.queue[id]!;
    const config = this.configs[q]!;
    if (config.noShow > 0 && config.rng() < config.noShow) {
      this.mine[id] = 0;
      this.holdCount--;
      host.count(id, this.counter[NO_SHOW]!);
      host.release(id);
      return;
    }
    const p = this.poolOf[q]!;
    this.due.push(p, id);
    if (host.pools.busy[p]! < host.pools.staffed[p]!) this.agentFree(p, t);
  }

  agentFree(p: number, t: number): boolean {
    if (this.due.length[p] === 0) return false;
    const host = this.host;
    const c = host.callers;
    const id = this.due.shift(p);
    const config = this.configs[c.queue[id]!]!;
    const length = config.handleTime.sample(config.rng);
    c.handleTime[id] = length;
    this.mine[id] = 0;
    this.holdCount--;
    host.count(id, this.counter[HELD]!);
    host.count(id, this.counter[AGENT_HOURS]!, length / 3600);
    host.callOut(id, p, t);
    return true;
  }

  held(): number {
    return this.holdCount;
  }

  recordHeld(outcomes: OutcomeAccumulator, _t: number): void {
    for (let id = 0; id < this.mine.length; id++) {
      if (this.mine[id] === 1) this.host.count(id, this.counter[PENDING]!, 1, outcomes);
    }
  }

  private grow(capacity: number): void {
    const mine = new Uint8Array(capacity);
    mine.set(this.mine);
    this.mine = mine;
  }
}

const counters = [
  { name: 'appointments.booked', offered: false },
  { name: 'appointments.held', offered: false },
  { name: 'appointments.noShow', offered: false },
  { name: 'appointments.pending', offered: false },
  { name: 'appointments.meanLead', offered: false, per: 'appointments.booked' },
  { name: 'appointments.agentHours', offered: false },
] as const;

/**
 * The `appointments` block: telephone appointments booked into later intervals and made by a pool's
 * agents. (Its type is written out: inferring it would make the scenario schema's type depend on itself.)
 */
export const appointments: BehaviourBlock<
  typeof appointmentsSchema,
  AppointmentsConfig,
  typeof counters,
  'appointments'
> = defineBehaviour({
  key: 'appointments',
  switchable: true,
  schema: appointmentsSchema,
  counters,
  events: 1,
  issues(spec, { path, intervals, poolIds, queue }) {
    const issues: ScenarioIssue[] = [];
    if (!poolIds.includes(spec.pool)) {
      const known = poolIds.map((id) => `'${id}'`).join(', ');
      issues.push({ path: `${path}.pool`, message: `no pool has id '${spec.pool}' (pools: ${known})` });
    }
    if (Array.isArray(spec.slots) && spec.slots.length !== intervals) {
      issues.push({
        path: `${path}.slots`,
        message: `must have ${intervals} entries (one per interval), got ${spec.slots.length}`,
      });
    }
    const callTypes = queue.types as readonly { id: string }[] | undefined;
    if (spec.types !== undefined && callTypes === undefined) {
      issues.push({ path: `${path}.types`, message: "needs the queue's call types (`types`)" });
    } else if (spec.types !== undefined && callTypes !== undefined) {
      const ids = callTypes.map((t) => t.id);
      spec.types.forEach((id, k) => {
        if (ids.includes(id)) return;
        const known = ids.map((i) => `'${i}'`).join(', ');
        issues.push({ path: `${path}.types[${k}]`, message: `no call type '${id}' (types: ${known})` });
      });
    }
    return issues;
  },
  resolve(spec, { queue, path, streams, intervals }): AppointmentsConfig {
    return {
      share: spec.share,
      types: spec.types ?? null,
      slots: Int32Array.from({ length: intervals }, (_, i) =>
        Array.isArray(spec.slots) ? (spec.slots[i] ?? 0) : spec.slots,
      ),
      leadSeconds: spec.leadSeconds,
      noShow: spec.noShow,
      handleTime: createDistribution(spec.handleTime, `${path}.handleTime`),
      pool: spec.pool,
      rng: streams.stream(`appointments/${queue.id}`),
    };
  },
  attach: (host, configs, { firstKind, counters }) => new Appointments(host, configs, counters, firstKind),
});
