import type { SimulationReport } from '../metrics/report.js';
import type { ReplicationTask } from './replication-task.js';
import type { ReplicationRunner } from './simulate-parallel.js';

interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerAnswer }) => void) | null;
}
interface WorkerAnswer {
  id: number;
  report?: SimulationReport;
  error?: string;
}
type WorkerConstructor = new (url: URL, options: { type: 'module' }) => WebWorker;

/**
 * A pool of `workers` browser Web Workers (default: `navigator.hardwareConcurrency`) running
 * replications, each worker taking the next waiting task when it is free. Cost: starting a worker
 * loads the library in it once.
 *
 * @example
 * ```ts
 * // Browsers only, through simulateParallel: simulateParallel(scenario, { replications: 8 })
 * ```
 */
export function createWebWorkerPool(workers?: number): ReplicationRunner {
  const g = globalThis as unknown as {
    Worker: WorkerConstructor;
    navigator?: { hardwareConcurrency?: number };
  };
  const count = workers ?? Math.max(1, g.navigator?.hardwareConcurrency ?? 2);
  const idle: WebWorker[] = [];
  const all: WebWorker[] = [];
  const waiting: {
    task: ReplicationTask;
    resolve: (r: SimulationReport) => void;
    reject: (e: Error) => void;
  }[] = [];
  let nextId = 0;
  const dispatch = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop()!;
      const job = waiting.shift()!;
      const id = nextId++;
      worker.onmessage = ({ data }) => {
        if (data.id !== id) return;
        idle.push(worker);
        if (data.report !== undefined) job.resolve(data.report);
        else job.reject(new Error(data.error ?? 'replication failed'));
        dispatch();
      };
      worker.postMessage({ id, task: job.task });
    }
  };
  for (let k = 0; k < count; k++) {
    const worker = new g.Worker(new URL('./replication-web-worker.js', import.meta.url), { type: 'module' });
    all.push(worker);
    idle.push(worker);
  }
  return {
    run: (task) =>
      new Promise((resolve, reject) => {
        waiting.push({ task, resolve, reject });
        dispatch();
      }),
    destroy: async () => {
      for (const worker of all) worker.terminate();
    },
  };
}
