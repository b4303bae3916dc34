import { z } from 'zod';
import { createDistribution } from '../../random/create-distribution.js';
import type { Distribution, DistributionSpec, Rng } from '../../random/types.js';
import { distributionSpecSchema } from '../../scenario/distribution-spec-schema.js';
import { type Behaviour, type BehaviourHost, defineBehaviour } from './behaviour.js';

const SHARE_SUM_TOLERANCE = 1e-6;

/** One call type of a queue. */
const callTypeSchema = z.strictObject({
  id: z.string().min(1),
  /** Share of the queue's first calls of this type (the shares sum to 1). */
  share: z.number().gt(0).max(1),
  /** Handle time of this type's calls; absent: the queue's. */
  handleTime: distributionSpecSchema.optional(),
  /** Patience of this type's callers; absent: the queue's. */
  patience: distributionSpecSchema.optional(),
});

/** Call types within a queue (the `types` block): shares summing to 1, ids unique. */
export const callTypesSchema = z
  .array(callTypeSchema)
  .min(1)
  .superRefine((types, ctx) => {
    const sum = types.reduce((s, t) => s + t.share, 0);
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      ctx.addIssue({ code: 'custom', message: `shares must sum to 1, got ${Number(sum.toPrecision(12))}` });
    }
    const seen = new Set<string>();
    types.forEach((t, k) => {
      if (seen.has(t.id))
        ctx.addIssue({ code: 'custom', message: `duplicate type id '${t.id}'`, path: [k, 'id'] });
      seen.add(t.id);
    });
  });

/** A queue's call types: each first call is of one type, drawn by share, with its own handle time and patience. */
export type CallTypesSpec = z.output<typeof callTypesSchema>;

/** A queue's call types as the model reads them. */
export interface CallTypesConfig {
  /** Cumulative shares (the last is 1). */
  cumulative: Float64Array;
  handleTime: Distribution[];
  /** Per type, its patience; null: the queue's. */
  patience: (Distribution | null)[];
  /** Draws each first call's type, handle time and patience (the queue's own streams stay untouched). */
  rng: Rng;
}

/** The mixture of the types' handle times, weighted by share: the queue's handle time as a whole. */
function mixtureOf(types: CallTypesSpec, fallback: DistributionSpec): DistributionSpec {
  const parts = types.flatMap((t) => {
    const spec = t.handleTime ?? fallback;
    return spec.dist === 'mixture'
      ? spec.parts.map((part) => ({ ...part, weight: part.weight * t.share }))
      : [{ ...spec, weight: t.share }];
  });
  return parts.length === 1 ? fallback : { dist: 'mixture', parts };
}

/**
 * The call-types behaviour: the `arrive` hook draws a first call's type, sets its handle time and
 * patience, and reports it in the type's row; `patience` draws a redial's patience for its type.
 */
class CallTypes implements Behaviour {
  private readonly host: BehaviourHost;
  private readonly configs: readonly (CallTypesConfig | null)[];
  /** Per queue, the metrics row of its first type (types follow in order); −1 without types. */
  private readonly firstRow: readonly number[];
  /** Per caller id, the type drawn at its first call. */
  private typeOf = new Int32Array(256);

  constructor(
    host: BehaviourHost,
    configs: readonly (CallTypesConfig | null)[],
    firstRow: readonly number[],
  ) {
    this.host = host;
    this.configs = configs;
    this.firstRow = firstRow;
  }

  arrive(id: number, q: number, _t: number, patience: number): number {
    const config = this.configs[q]!;
    const rng = config.rng;
    const u = rng();
    let k = 0;
    while (k < config.cumulative.length - 1 && u >= config.cumulative[k]!) k++;
    if (id >= this.typeOf.length) {
      const grown = new Int32Array(Math.max(id + 1, this.typeOf.length * 2));
      grown.set(this.typeOf);
      this.typeOf = grown;
    }
    this.typeOf[id] = k;
    const c = this.host.callers;
    c.row[id] = this.firstRow[q]! + k;
    c.handleTime[id] = config.handleTime[k]!.sample(rng);
    const own = config.patience[k];
    return own ? own.sample(rng) : patience;
  }

  patience(id: number, q: number, rng: Rng): number {
    const own = this.configs[q]!.patience[this.typeOf[id]!];
    if (own) return own.sample(rng);
    const queue = this.host.config.patience[q] ?? null;
    return queue === null ? Number.POSITIVE_INFINITY : queue.sample(rng);
  }
}

/** The `types` block: a queue's calls split by share into types, each with its KPIs. */
export const callTypes = defineBehaviour({
  key: 'types',
  schema: callTypesSchema,
  counters: [],
  events: 0,
  adjust(spec, queue) {
    return {
      ...queue,
      handleTime: mixtureOf(spec, queue.handleTime),
      types: spec.map((t) => ({ ...t, handleTime: t.handleTime ?? queue.handleTime })),
    };
  },
  rows: (spec) => spec.map((t) => t.id),
  resolve(spec, { queue, path, streams }): CallTypesConfig {
    let sum = 0;
    return {
      cumulative: Float64Array.from(spec, (t, k) => (k === spec.length - 1 ? 1 : (sum += t.share))),
      handleTime: spec.map((t, k) =>
        createDistribution(t.handleTime ?? queue.handleTime, `${path}[${k}].handleTime`),
      ),
      patience: spec.map((t, k) =>
        t.patience ? createDistribution(t.patience, `${path}[${k}].patience`) : null,
      ),
      rng: streams.stream(`types/${queue.id}`),
    };
  },
  attach: (host, configs, { rows }) => new CallTypes(host, configs, rows),
});
