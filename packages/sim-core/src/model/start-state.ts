import { sampleBeyond } from '../random/sample-beyond.js';
import type { BehaviourHooks } from './behaviour-hooks.js';
import type { CallFlow } from './call-flow.js';
import type { StartConfig } from './model-config.js';

/**
 * Places a scenario's start state in a model just built at the start's time `t`: each waiting caller
 * in its queue's line, longest wait first, arrived `waited` seconds ago (so its wait counts in full,
 * in the interval it arrived in, or in none if that was in the warm-up) and hanging up after the
 * patience it has left — a patience drawn knowing it exceeds the wait so far, since the caller is
 * still there; each caller due to redial handed to the queue's redial block with the time since their
 * attempt ended; each busy agent's call ending after the handle time it has left (drawn knowing it
 * exceeds the time spent), its queue drawn among those the pool serves by their share of the
 * interval's load (calls × mean handle time). Callers of the state count as first calls (waiting) or
 * as redials of a first call made before the start (redialing). O(entries × 60 cdf evaluations).
 */
export function placeStartState(model: CallFlow, start: StartConfig, hooks: BehaviourHooks): void {
  const config = model.config;
  const c = model.callers;
  const t = start.time;
  const rng = start.rng;
  const span = config.intervalSeconds;
  const newCaller = (q: number, arrival: number, attempt: number, cell: number): number => {
    const id = c.allocate();
    c.queue[id] = q;
    c.arrival[id] = arrival;
    c.attempt[id] = attempt;
    c.cell[id] = cell;
    c.firstCell[id] = cell;
    c.row[id] = -1;
    c.handleTime[id] = config.handleTime[q]!.sample(rng);
    // A queue with call types gives the caller its type (handle time, row); the patience is the queue's.
    const typed = hooks.arrive[q];
    if (typed) typed.arrive!(id, q, arrival, 0);
    return id;
  };
  start.waiting.forEach((waits, q) => {
    const patience = config.patience[q] ?? null;
    for (const waited of waits) {
      const arrival = t - waited;
      const cell =
        arrival < config.warmup ? -1 : q * config.intervals + (Math.floor(arrival / span) % config.intervals);
      const id = newCaller(q, arrival, 1, cell);
      model.enqueue(
        id,
        q,
        t,
        patience === null ? Number.POSITIVE_INFINITY : sampleBeyond(patience, waited, rng),
      );
    }
  });
  start.redialing.forEach((elapsed, q) => {
    const hook = hooks.redialing[q];
    if (!hook) return;
    for (const e of elapsed) hook.redialing!(newCaller(q, t - e, 1, -1), q, t, e, rng);
  });
  const i = model.intervalOfDay;
  start.busy.forEach((spent, p) => {
    const served = config.queuesOfPool[p]!;
    if (served.length === 0) return;
    const load = Array.from(served, (q) => (config.calls[q]![i] ?? 0) * config.handleTime[q]!.mean);
    const total = load.reduce((a, b) => a + b, 0);
    for (const e of spent) {
      let k = 0;
      if (total > 0) for (let u = rng() * total; k < served.length - 1 && u >= load[k]!; k++) u -= load[k]!;
      const q = served[k]!;
      const id = c.allocate();
      c.queue[id] = q;
      c.arrival[id] = t - e;
      c.row[id] = -1;
      const left = sampleBeyond(config.handleTime[q]!, e, rng);
      c.handleTime[id] = e + left;
      model.callOut(id, p, t, t + left);
    }
  });
}
