import type { Scenario } from '../scenario/types.js';

/**
 * What a calibration parameter sets on one queue:
 * - `agentsScale`: multiplies the agents of every pool serving the queue, interval by interval
 *   (rounded to whole agents); those pools must serve no other queue;
 * - `patienceMean`, `handleTimeMean`: the mean of the queue's patience or handle-time distribution
 *   (one with a `mean`: exponential, lognormal, gamma, weibull), its shape kept;
 * - `redialProbability`: the probability that an unanswered caller redials (the queue needs `redial`);
 * - `callsScale`: multiplies the queue's expected first-time calls in every interval.
 */
export type CalibrationKnob =
  | 'agentsScale'
  | 'patienceMean'
  | 'handleTimeMean'
  | 'redialProbability'
  | 'callsScale';

export const CALIBRATION_KNOBS: readonly CalibrationKnob[] = [
  'agentsScale',
  'patienceMean',
  'handleTimeMean',
  'redialProbability',
  'callsScale',
];

/**
 * Why `knob` cannot be set on queue `queueId` of `scenario` (a sentence), or null when it can.
 * O(queues + pools).
 */
export function knobProblem(scenario: Scenario, queueId: string, knob: CalibrationKnob): string | null {
  const queue = scenario.queues.find((q) => q.id === queueId);
  if (queue === undefined) {
    return `queue must be one of ${scenario.queues.map((q) => q.id).join(', ')}, got ${queueId}`;
  }
  switch (knob) {
    case 'agentsScale': {
      const pools = scenario.pools.filter((p) => p.serves.includes(queueId));
      if (pools.length === 0) return `no pool serves queue ${queueId}`;
      const shared = pools.find((p) => p.serves.some((id) => id !== queueId));
      return shared
        ? `agentsScale needs pools serving only ${queueId}; pool ${shared.id} also serves ${shared.serves.filter((id) => id !== queueId).join(', ')}`
        : null;
    }
    case 'patienceMean':
      if (queue.patience === undefined) return `queue ${queueId} has no patience to scale`;
      return 'mean' in queue.patience
        ? null
        : `queue ${queueId}'s patience (${queue.patience.dist}) has no mean`;
    case 'handleTimeMean':
      return 'mean' in queue.handleTime
        ? null
        : `queue ${queueId}'s handleTime (${queue.handleTime.dist}) has no mean`;
    case 'redialProbability':
      return queue.redial === undefined ? `queue ${queueId} has no redial block` : null;
    case 'callsScale':
      return null;
    default:
      return `knob must be one of ${CALIBRATION_KNOBS.join(', ')}, got ${String(knob)}`;
  }
}

/**
 * Sets `knob` of queue `queueId` to `value` in `target`, reading the base values from `base` (a
 * scenario of the same shape, left untouched). Assumes `knobProblem` found nothing. O(intervals).
 */
export function applyKnob(
  base: Scenario,
  target: Scenario,
  queueId: string,
  knob: CalibrationKnob,
  value: number,
): void {
  const q = base.queues.findIndex((s) => s.id === queueId);
  const from = base.queues[q]!;
  const to = target.queues[q]!;
  switch (knob) {
    case 'agentsScale':
      base.pools.forEach((pool, p) => {
        if (pool.serves.includes(queueId))
          target.pools[p]!.agents = pool.agents.map((n) => Math.round(n * value));
      });
      break;
    case 'patienceMean':
      if (from.patience && 'mean' in from.patience) to.patience = { ...from.patience, mean: value };
      break;
    case 'handleTimeMean':
      if ('mean' in from.handleTime) to.handleTime = { ...from.handleTime, mean: value };
      break;
    case 'redialProbability':
      if (from.redial) to.redial = { ...from.redial, probability: value };
      break;
    case 'callsScale':
      to.calls = from.calls.map((n) => n * value);
      break;
  }
}
