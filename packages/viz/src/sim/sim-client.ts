import type { Frame, FromWorker, QueueFactors, ScenarioInfo, ScenarioSource, ToWorker } from './protocol.js';

/** What the page hears from the simulation. */
export interface SimClientHandlers {
  loaded(info: ScenarioInfo): void;
  error(message: string): void;
  frame(frame: Frame): void;
}

/**
 * The page's side of the simulation worker. At most one `advance` is in flight: {@link advanceTo}
 * while one is pending only records the latest target, sent when the answer comes, so a slow
 * simulation slows the clock rather than queueing work.
 */
export class SimClient {
  private readonly worker: Worker;
  private inFlight = false;
  private pendingTarget: number | null = null;

  constructor(private readonly handlers: SimClientHandlers) {
    this.worker = new Worker(new URL('./sim-worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
    this.worker.onerror = (event) => handlers.error(`simulation worker failed: ${event.message}`);
  }

  load(source: ScenarioSource): void {
    this.pendingTarget = null;
    this.inFlight = true;
    this.send({ type: 'load', source });
  }

  advanceTo(to: number): void {
    if (this.inFlight) {
      this.pendingTarget = to;
      return;
    }
    this.inFlight = true;
    this.send({ type: 'advance', to });
  }

  setAgents(pool: string, agents: number | null): void {
    this.send({ type: 'setAgents', pool, agents });
  }

  setFactors(queue: string, factors: QueueFactors): void {
    this.send({ type: 'setFactors', queue, factors });
  }

  setBlock(queue: string, block: string, on: boolean): void {
    this.send({ type: 'setBlock', queue, block, on });
  }

  private send(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  private receive(message: FromWorker): void {
    switch (message.type) {
      case 'loaded':
        this.handlers.loaded(message.info);
        return;
      case 'error':
        this.inFlight = false;
        this.handlers.error(message.message);
        return;
      case 'frame': {
        this.inFlight = false;
        this.handlers.frame(message.frame);
        const next = this.pendingTarget;
        this.pendingTarget = null;
        if (next !== null && next > message.frame.time) this.advanceTo(next);
        return;
      }
    }
  }
}
