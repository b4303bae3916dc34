import { addIntervalStarts } from '../metrics/interval-starts.js';
import { addPoolScheduled } from '../metrics/pool-scheduled.js';
import type { ReportFigures, SimulationReport } from '../metrics/report.js';
import { createStreams } from '../random/streams.js';
import { parseClockTime } from '../scenario/clock-time.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { ScenarioInput } from '../scenario/types.js';
import { CallCentre } from './call-centre.js';
import type { SimulationEventType, SimulationListener } from './listeners.js';
import { modelConfig } from './model-config.js';
import { runReport } from './run-report.js';
import { clockLabels } from './simulate.js';

/** A queue at one instant. */
export interface QueueSnapshot {
  /** Callers waiting. */
  waiting: number;
  /** How long each waiting caller has waited so far, seconds, longest first (FIFO order). */
  waited: number[];
  /** Calls being handled. */
  inService: number;
}

/** A pool at one instant. */
export interface PoolSnapshot {
  /** Agents on duty (the schedule, or what `setAgents` set). */
  agents: number;
  /** Agents on a call (including leaving ones). */
  busy: number;
  /** Agents on duty and free. */
  idle: number;
  /** Busy agents whose shift is over: they leave when their call ends. */
  leaving: number;
}

/** What {@link Simulation.snapshot} returns. */
export interface SimulationSnapshot {
  time: number;
  queues: Record<string, QueueSnapshot>;
  pools: Record<string, PoolSnapshot>;
  /** KPIs so far, as if the run ended now (callers waiting count as in system). */
  kpis: ReportFigures;
}

/**
 * The state of a running simulation as a scenario's `start` (see {@link Simulation.startState}):
 * put it in the scenario (`{ ...scenario, start }`) to predict the rest of the day from it.
 */
export interface StartStateSnapshot {
  /** Seconds after midnight with `opensAt` (the clock time), else seconds since the first interval began. */
  time: number;
  /** Per queue: seconds each waiting caller has waited, longest first; seconds since each caller due to redial ended their attempt. */
  queues: Record<string, { waiting: number[]; redialing: number[] }>;
  /** Per pool: seconds each busy agent has been on the call. */
  pools: Record<string, { busy: number[] }>;
}

/** What-if factors of a queue for {@link Simulation.setFactors}. */
export interface QueueFactors {
  /** Multiplies the expected first calls per interval. */
  calls?: number;
  /** Multiplies the handle time of each call. */
  handleTime?: number;
}

/** A simulation advanced step by step (see {@link createSimulation}). */
export interface Simulation {
  /** Current simulated time, seconds. */
  readonly now: number;
  /** End of the last interval, seconds. */
  readonly horizon: number;
  /** True once the run has ended (and drained, with `drain`): nothing more will happen. */
  readonly finished: boolean;
  /**
   * Processes every event up to time `t`. At or past the horizon the run ends there — with `drain`,
   * the queues are served until empty (events up to `t`; `Infinity` drains to the end). Going
   * backwards is a RangeError.
   */
  advanceTo(t: number): void;
  /** Queues, pools and KPIs so far. */
  snapshot(): SimulationSnapshot;
  /**
   * The state now as a scenario's `start`: callers waiting and for how long, callers due to redial
   * and since when, agents busy and for how long. A RangeError once the run has finished.
   */
  startState(): StartStateSnapshot;
  /** Report as of now (the final report once finished). */
  report(): SimulationReport;
  /**
   * Sets pool `poolId` to `agents` from now on, overriding its schedule for the rest of the run (a
   * planner dragging a slider expects it to hold); `null` returns to the schedule. New agents take
   * waiting callers at once; surplus busy agents finish their call and leave.
   */
  setAgents(poolId: string, agents: number | null): void;
  /**
   * What-if on queue `queueId` from now on, relative to the scenario: its first calls come at
   * `calls` × the scenario's rate (≥ 0) and the calls arriving from now take `handleTime` × their
   * handle time (> 0). A factor left out keeps its current value; 1 is the scenario as written.
   * Redials and calls already arrived are unchanged.
   */
  setFactors(queueId: string, factors: QueueFactors): void;
  /**
   * Switches a behaviour block of queue `queueId` on or off for the callers arriving from now on — a
   * block that settles arriving callers: `callback`, `appointments`, `dissuasion`, `ivr`. Off, the
   * callers it would have taken join the queue as if the block were absent; what it already holds
   * (callbacks due, appointments booked) goes on. A block can only be switched where the scenario
   * has it (its settings come from there). RangeError for an unknown queue or a block the queue lacks.
   */
  setBlock(queueId: string, block: string, on: boolean): void;
  /** The blocks of queue `queueId` that {@link Simulation.setBlock} can switch, e.g. `['callback']`. */
  switchableBlocks(queueId: string): string[];
  /** Calls `listener` on each event of `type`; returns a function that unregisters it. */
  on(type: SimulationEventType, listener: SimulationListener): () => void;
}

/**
 * Creates a simulation of a scenario to advance step by step — the visualiser's API, sharing its model
 * with {@link simulate}: `advanceTo(t)`, `snapshot()`, `setAgents(pool, n)`, `setFactors(queue, {
 * calls, handleTime })`, `setBlock(queue, 'callback', false)`, `on(event, listener)` for
 * 'arrival', 'answer', 'abandon', 'block' and 'end' (end of a call). With the same seed, advancing to
 * the end gives exactly `simulate`'s report. Listeners are also the way to get per-call records.
 * Cost: as `simulate` per event; `snapshot()` is O(callers waiting + report).
 * Throws a ScenarioError for an invalid scenario, a RangeError for a bad seed, pool, queue, agent
 * count, factor or block.
 *
 * @example
 * ```ts
 * import { createSimulation } from '@decroche/sim-core';
 * const sim = createSimulation({ intervals: 2, intervalSeconds: 3600,
 *   queues: [{ id: 'caf', calls: 200, handleTime: { dist: 'exponential', mean: 600 } }],
 *   pools: [{ id: 'agents', serves: ['caf'], agents: 20 }] }, { seed: 3 });
 * let answered = 0;
 * const stop = sim.on('answer', () => answered++);
 * sim.advanceTo(1800);
 * sim.now // => 1800
 * answered === sim.snapshot().kpis.total.answered // => true
 * stop();
 * sim.setAgents('agents', 35);
 * sim.setFactors('caf', { calls: 1.2, handleTime: 1.25 }); // 20 % more calls, 25 % longer
 * const start = sim.startState(); // the state at 30 min, to predict the rest from it
 * start.time // => 1800
 * start.queues.caf.waiting.length === sim.snapshot().queues.caf.waiting // => true
 * start.pools.agents.busy.length === sim.snapshot().pools.agents.busy // => true
 * sim.switchableBlocks('caf') // => []
 * sim.advanceTo(Infinity);
 * sim.finished // => true
 * ```
 */
export function createSimulation(
  scenario: ScenarioInput | string,
  options: { seed?: number } = {},
): Simulation {
  const parsed = parseScenario(scenario);
  const seed = options.seed ?? parsed.seed;
  const model = new CallCentre(modelConfig(parsed, createStreams(seed)));
  const config = model.config;
  const poolIndex = (poolId: string): number => {
    const p = config.poolIds.indexOf(poolId);
    if (p < 0) throw new RangeError(`poolId must be one of ${config.poolIds.join(', ')}, got ${poolId}`);
    return p;
  };
  const factors = config.queueIds.map(() => ({ calls: 1, handleTime: 1 }));
  const queueIndex = (queueId: string): number => {
    const q = config.queueIds.indexOf(queueId);
    if (q < 0) throw new RangeError(`queueId must be one of ${config.queueIds.join(', ')}, got ${queueId}`);
    return q;
  };
  return {
    get now() {
      return model.calendar.now;
    },
    horizon: config.horizon,
    get finished() {
      return model.finished;
    },
    advanceTo(t: number) {
      if (Number.isNaN(t) || t < model.calendar.now) {
        throw new RangeError(`t must be ≥ now (${model.calendar.now}), got ${t}`);
      }
      model.advanceTo(t);
    },
    snapshot(): SimulationSnapshot {
      const now = model.calendar.now;
      const queues: Record<string, QueueSnapshot> = {};
      config.queueIds.forEach((id, q) => {
        const waited = model.finished ? [] : model.waitedSoFar(q, now);
        queues[id] = { waiting: waited.length, waited, inService: model.inService[q]! };
      });
      const pools: Record<string, PoolSnapshot> = {};
      config.poolIds.forEach((id, p) => {
        const agents = model.pools.staffed[p]!;
        const busy = model.pools.busy[p]!;
        pools[id] = { agents, busy, idle: Math.max(0, agents - busy), leaving: Math.max(0, busy - agents) };
      });
      const { total, queues: kq, pools: kp } = runReport(model);
      return { time: now, queues, pools, kpis: { total, queues: kq, pools: kp } };
    },
    startState(): StartStateSnapshot {
      if (model.finished) throw new RangeError('the run has finished: there is no state to start from');
      const state = model.currentState();
      const opening = parsed.opensAt === undefined ? 0 : parseClockTime(parsed.opensAt);
      return {
        time: opening + state.time,
        queues: Object.fromEntries(
          config.queueIds.map((id, q) => [
            id,
            { waiting: state.waiting[q]!, redialing: state.redialing[q]! },
          ]),
        ),
        pools: Object.fromEntries(config.poolIds.map((id, p) => [id, { busy: state.busy[p]! }])),
      };
    },
    report: () => addPoolScheduled(addIntervalStarts(runReport(model), clockLabels(parsed)), parsed.pools),
    setAgents(poolId: string, agents: number | null) {
      const p = poolIndex(poolId);
      if (agents !== null && !(Number.isInteger(agents) && agents >= 0)) {
        throw new RangeError(`agents must be an integer ≥ 0 or null, got ${agents}`);
      }
      if (!model.finished) model.setAgents(p, agents);
    },
    setFactors(queueId: string, change: QueueFactors) {
      const q = queueIndex(queueId);
      const { calls = factors[q]!.calls, handleTime = factors[q]!.handleTime } = change;
      if (!(Number.isFinite(calls) && calls >= 0)) {
        throw new RangeError(`calls must be a finite number ≥ 0, got ${calls}`);
      }
      if (!(Number.isFinite(handleTime) && handleTime > 0)) {
        throw new RangeError(`handleTime must be a finite number > 0, got ${handleTime}`);
      }
      factors[q] = { calls, handleTime };
      if (!model.finished) model.setFactors(q, calls, handleTime);
    },
    setBlock(queueId: string, block: string, on: boolean) {
      const q = queueIndex(queueId);
      if (typeof on !== 'boolean') throw new RangeError(`on must be true or false, got ${on}`);
      if (!model.setAdmitting(q, block, on)) {
        const keys = model.switchableBlocks(q);
        throw new RangeError(
          `block must be one of the blocks queue ${queueId} has that can be switched (${keys.length > 0 ? keys.join(', ') : 'none'}), got ${block}`,
        );
      }
    },
    switchableBlocks: (queueId: string) => model.switchableBlocks(queueIndex(queueId)),
    on: (type, listener) => model.listeners.on(type, listener),
  };
}
