import type { CounterSpec } from '../metrics/accumulator.js';
import { createDistribution } from '../random/create-distribution.js';
import type { Streams } from '../random/streams.js';
import type { Distribution, Rng } from '../random/types.js';
import { calendarFactors } from '../scenario/calendar-days.js';
import { startRunSeconds } from '../scenario/start-time.js';
import type { QueueSpec, Scenario } from '../scenario/types.js';
import type { BehaviourBlock } from './behaviours/behaviour.js';
import { behaviourBlocks } from './behaviours/behaviour-blocks.js';

/** A behaviour block used by at least one queue of the scenario, with each queue's resolved config. */
export interface ResolvedBehaviour {
  block: BehaviourBlock;
  /** Per queue, what the block's `resolve` returned; null where the block is off. */
  configs: unknown[];
  /** Per queue, the metrics row of the block's first row there (see `ModelConfig.rows`); −1 if none. */
  rows: number[];
}

/** A metrics row reported apart within a queue (a call type): after the queues' own rows. */
export interface ReportRow {
  /** Index of the queue. */
  queue: number;
  /** The block's key, under which the queue's report lists its rows (`types`). */
  key: string;
  id: string;
}

/**
 * A scenario turned into the flat arrays and objects the model reads on its hot path, with one named
 * random stream per source and queue (`arrivals/<id>`, `handleTime/<id>`, `patience/<id>`, and
 * `busyness` for the day factors, which the calendar's multiply; behaviours name theirs, e.g. `redial/<id>`). The behaviour blocks
 * a queue carries are resolved here, once, so a queue without any costs nothing at run time.
 * Built once per run: O(queues × pools + days + queues × intervals).
 */
export interface ModelConfig {
  queueIds: string[];
  poolIds: string[];
  intervals: number;
  intervalSeconds: number;
  days: number;
  /** days × intervals. */
  totalIntervals: number;
  horizon: number;
  warmup: number;
  drain: boolean;
  thresholds: number[];
  calls: number[][];
  /** Per queue and day, the factor on its calls: the calendar's (weekday × peak) × the day's busyness. */
  dayFactors: number[][];
  handleTime: Distribution[];
  patience: (Distribution | null)[];
  /** Lines per queue; Infinity when unlimited. */
  lines: Float64Array;
  priority: Float64Array;
  /** The behaviour blocks at least one queue uses, in the order of `behaviourBlocks`. */
  behaviours: ResolvedBehaviour[];
  /** The counters of those blocks, in order (the accumulator's and the report's). */
  counters: CounterSpec[];
  /** Rows reported apart (call types); row r of the metrics is `queues + r`. */
  rows: ReportRow[];
  poolsOfQueue: Int32Array[];
  queuesOfPool: Int32Array[];
  /** Scheduled agents per pool and interval of the day. */
  agents: number[][];
  arrivalRng: Rng[];
  handleTimeRng: Rng[];
  patienceRng: Rng[];
  /** Run seconds from which queue lengths and agents are measured: the warm-up's end, or the start state's time if later. */
  measureFrom: number;
  /** The state the run starts from (`start`), or null: the run starts empty at 0. */
  start: StartConfig | null;
}

/** A scenario's `start` as the model reads it. */
export interface StartConfig {
  /** The run's clock at the start, seconds since the first interval began. */
  time: number;
  /** Per queue, seconds each waiting caller has waited, longest first. */
  waiting: number[][];
  /** Per queue, seconds since each caller due to redial ended their attempt. */
  redialing: number[][];
  /** Per pool, seconds each busy agent has spent on the call. */
  busy: number[][];
  /** The draws of the start state (patience, handle and redial times left, the queue of a busy agent's call). */
  rng: Rng;
}

const blocks = behaviourBlocks as readonly BehaviourBlock[];

/** The spec of `block` on `queue` (on the scenario for a scenario-wide block), undefined when absent. */
function specOf(block: BehaviourBlock, queue: QueueSpec, scenario: Scenario): unknown {
  const holder = block.scope === 'scenario' ? scenario : queue;
  return (holder as unknown as Record<string, unknown>)[block.key];
}

/** A queue as the model reads it: every block's `adjust` applied, in order. */
function adjusted(queue: QueueSpec, scenario: Scenario): QueueSpec {
  let result = queue;
  for (const block of blocks) {
    const spec = specOf(block, queue, scenario);
    if (spec !== undefined && block.adjust) result = block.adjust(spec, result);
  }
  return result;
}

/** Resolves every registered behaviour block on the (adjusted) queues; keeps the blocks used. */
function resolveBehaviours(
  scenario: Scenario,
  queues: readonly QueueSpec[],
  handleTime: readonly Distribution[],
  streams: Streams,
  reportRows: ReportRow[],
): ResolvedBehaviour[] {
  const used: ResolvedBehaviour[] = [];
  for (const block of blocks) {
    const rows = queues.map((queue, q) => {
      const spec = specOf(block, queue, scenario);
      if (spec === undefined || !block.rows) return -1;
      const first = queues.length + reportRows.length;
      for (const id of block.rows(spec)) reportRows.push({ queue: q, key: block.key, id });
      return first;
    });
    const configs = queues.map((queue, q) => {
      const spec = specOf(block, queue, scenario);
      if (spec === undefined) return null;
      return block.resolve(spec, {
        q,
        queue,
        path: block.scope === 'scenario' ? block.key : `queues[${q}].${block.key}`,
        streams,
        intervals: scenario.intervals,
        intervalSeconds: scenario.intervalSeconds,
        meanHandle: handleTime[q]!.mean,
      });
    });
    if (configs.some((config) => config !== null)) used.push({ block, configs, rows });
  }
  return used;
}

/** The start state of `scenario` in the model's terms (stream `start`), or null without one. */
function startConfig(scenario: Scenario, streams: Streams): StartConfig | null {
  const start = scenario.start;
  if (start === undefined) return null;
  return {
    time: startRunSeconds(scenario) ?? 0,
    waiting: scenario.queues.map((q) => [...(start.queues?.[q.id]?.waiting ?? [])].sort((a, b) => b - a)),
    redialing: scenario.queues.map((q) => [...(start.queues?.[q.id]?.redialing ?? [])]),
    busy: scenario.pools.map((p) => [...(start.pools?.[p.id]?.busy ?? [])]),
    rng: streams.stream('start'),
  };
}

/** Builds the {@link ModelConfig} of `scenario` drawing from `streams`. */
export function modelConfig(scenario: Scenario, streams: Streams): ModelConfig {
  const queueIds = scenario.queues.map((q) => q.id);
  const poolIds = scenario.pools.map((p) => p.id);
  const queueIndex = new Map(queueIds.map((id, q) => [id, q]));
  const busyness =
    scenario.dailyVariationCv > 0
      ? createDistribution({ dist: 'gamma', mean: 1, cv: scenario.dailyVariationCv })
      : null;
  const busynessRng = streams.stream('busyness');
  const busynessOfDay = Array.from({ length: scenario.days }, () =>
    busyness ? busyness.sample(busynessRng) : 1,
  );
  const calendar = calendarFactors(scenario);
  const dayFactors = calendar.map((perDay) =>
    scenario.calendar === undefined ? busynessOfDay : perDay.map((f, d) => f * busynessOfDay[d]!),
  );
  const queuesOfPool = scenario.pools.map((p) => {
    const served = p.serves.map((id) => queueIndex.get(id) ?? -1).filter((q) => q >= 0);
    return Int32Array.from(served);
  });
  const poolsOfQueue = queueIds.map((_, q) =>
    Int32Array.from(queuesOfPool.flatMap((served, p) => (served.includes(q) ? [p] : []))),
  );
  const q = scenario.queues.map((queue) => adjusted(queue, scenario));
  const handleTime = q.map((s, i) => createDistribution(s.handleTime, `queues[${i}].handleTime`));
  const rows: ReportRow[] = [];
  const behaviours = resolveBehaviours(scenario, q, handleTime, streams, rows);
  return {
    queueIds,
    poolIds,
    intervals: scenario.intervals,
    intervalSeconds: scenario.intervalSeconds,
    days: scenario.days,
    totalIntervals: scenario.days * scenario.intervals,
    horizon: scenario.days * scenario.intervals * scenario.intervalSeconds,
    warmup: scenario.warmupSeconds,
    drain: scenario.drain,
    thresholds: [...scenario.serviceLevelSeconds],
    calls: q.map((s) => Array.from({ length: scenario.intervals }, (_, i) => s.calls[i] ?? 0)),
    dayFactors,
    handleTime,
    patience: q.map((s, i) => (s.patience ? createDistribution(s.patience, `queues[${i}].patience`) : null)),
    lines: Float64Array.from(q, (s) => s.lines ?? Number.POSITIVE_INFINITY),
    priority: Float64Array.from(q, (s) => s.priority ?? 0),
    behaviours,
    counters: behaviours.flatMap(({ block }) => [...block.counters]),
    rows,
    poolsOfQueue,
    queuesOfPool,
    agents: scenario.pools.map((p) => Array.from({ length: scenario.intervals }, (_, i) => p.agents[i] ?? 0)),
    arrivalRng: queueIds.map((id) => streams.stream(`arrivals/${id}`)),
    handleTimeRng: queueIds.map((id) => streams.stream(`handleTime/${id}`)),
    patienceRng: queueIds.map((id) => streams.stream(`patience/${id}`)),
    measureFrom: Math.max(scenario.warmupSeconds, startRunSeconds(scenario) ?? 0),
    start: startConfig(scenario, streams),
  };
}
