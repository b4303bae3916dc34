import type { PoolSnapshot, ReportFigures, QueueFactors as SimQueueFactors } from '@decroche/sim-core';

/** Where a scenario comes from: a preset of sim-core by name, or the text of a YAML or JSON file. */
export type ScenarioSource = { kind: 'preset'; name: string } | { kind: 'text'; name: string; text: string };

/** What-if factors of a queue, applied from the current simulated time (1: as the scenario says). */
export type QueueFactors = Required<SimQueueFactors>;

/** Messages from the page to the simulation worker. */
export type ToWorker =
  | { type: 'load'; source: ScenarioSource }
  | { type: 'advance'; to: number }
  | { type: 'setAgents'; pool: string; agents: number | null }
  | { type: 'setFactors'; queue: string; factors: QueueFactors }
  | { type: 'setBlock'; queue: string; block: string; on: boolean };

/** The places of a lane drawn only when the queue has the block: voice server, callback shelf, appointment book. */
export interface QueuePlaces {
  voiceServer: boolean;
  shelf: boolean;
  appointmentBook: boolean;
}

/** What the page needs to know of a loaded scenario. */
export interface ScenarioInfo {
  name: string;
  queues: string[];
  pools: { id: string; serves: string[]; agents: number[] }[];
  /** Per queue, which of the blocks the scene draws a place for it has. */
  places: QueuePlaces[];
  /** Per queue, the blocks that can be switched on and off while it runs (sim-core's `switchableBlocks`). */
  switches: string[][];
  horizon: number;
  intervalSeconds: number;
  intervals: number;
  days: number;
  /** Clock time of the start of the first interval, seconds after midnight. */
  opensAt: number;
}

/** Numbers per waiting caller in {@link Frame.lines}: sequence number, arrival time, attempt. */
export const LINE_STRIDE = 3;
/** Numbers per event in {@link Frame.events}: outcome code, queue index, sequence number, pool index (−1: none). */
export const EVENT_STRIDE = 4;

/** The state of the simulation after one `advance`, sent at frame rate. */
export interface Frame {
  time: number;
  finished: boolean;
  /** Per queue, its waiting callers in line order (head first), {@link LINE_STRIDE} numbers each. */
  lines: Float64Array[];
  /** Per queue, attempts settled since the current interval began: answered, lost (hung up, blocked). */
  settled: { answered: number; lost: number }[];
  /** Per queue, calls being handled. */
  inService: number[];
  /** Per pool (scenario order). */
  pools: PoolSnapshot[];
  /** KPIs so far. */
  kpis: ReportFigures;
  /** Outcomes since the previous frame, {@link EVENT_STRIDE} numbers each. */
  events: Float64Array;
  /** Outcomes left out of `events` because there were too many to animate. */
  dropped: number;
}

/** Messages from the simulation worker to the page. */
export type FromWorker =
  | { type: 'loaded'; info: ScenarioInfo }
  | { type: 'error'; message: string }
  | { type: 'frame'; frame: Frame };
