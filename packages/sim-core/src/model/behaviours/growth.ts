import { z } from 'zod';
import { scaleDistributionSpec } from '../../random/scale-distribution-spec.js';
import { defineBehaviour } from './behaviour.js';

const factor = z.number().min(0);

/** Growth of a queue over the base scenario (the `growth` block): factors on its calls and handle times. */
export const growthSchema = z.strictObject({
  /** Factor on the expected first calls of every interval; absent: 1. */
  calls: factor.optional(),
  /** Factor on every handle time (the distribution scaled: its cv unchanged); absent: 1. */
  handleTime: factor.optional(),
});

/** Growth factors of a queue: "more calls, longer calls" without rewriting the base scenario. */
export type GrowthSpec = z.output<typeof growthSchema>;

/**
 * The `growth` block: rewrites the queue before the model reads it (calls × `calls`, handle times ×
 * `handleTime`, call types' handle times included), so it costs nothing while the simulation runs.
 */
export const growth = defineBehaviour({
  key: 'growth',
  schema: growthSchema,
  counters: [],
  events: 0,
  adjust(spec, queue) {
    const calls = spec.calls ?? 1;
    const handle = spec.handleTime ?? 1;
    const scaled =
      handle === 1 ? queue : { ...queue, handleTime: scaleDistributionSpec(queue.handleTime, handle) };
    if (handle !== 1 && queue.types) {
      scaled.types = queue.types.map((t) =>
        t.handleTime ? { ...t, handleTime: scaleDistributionSpec(t.handleTime, handle) } : t,
      );
    }
    return calls === 1 ? scaled : { ...scaled, calls: queue.calls.map((c) => c * calls) };
  },
  resolve: () => null,
  attach: () => ({}),
});
