import type { SimulationReport } from '../metrics/report.js';
import type { ReplicationRunner } from './replication-runner.js';
import type { ReplicationTask } from './replication-task.js';

interface WebWorker {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: WorkerAnswer }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}
interface WorkerAnswer {
  id: number;
  report?: SimulationReport;
  error?: string;
}
interface Job {
  task: ReplicationTask;
  resolve: (r: SimulationReport) => void;
  reject: (e: Error) => void;
}
type WorkerConstructor = new (url: URL, options: { type: 'module' }) => WebWorker;
/** The browser's Worker (the library is typed without the DOM; only called where it exists). */
declare const Worker: WorkerConstructor;

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
  const g = globalThis as unknown as { navigator?: { hardwareConcurrency?: number } };
  const count = workers ?? Math.max(1, g.navigator?.hardwareConcurrency ?? 2);
  const idle: WebWorker[] = [];
  const all: WebWorker[] = [];
  const waiting: Job[] = [];
  /** The job each busy worker runs. */
  const running = new Map<WebWorker, Job>();
  let failed: Error | null = null;
  let nextId = 0;
  const dispatch = (): void => {
    while (idle.length > 0 && waiting.length > 0) {
      const worker = idle.pop()!;
      const job = waiting.shift()!;
      const id = nextId++;
      running.set(worker, job);
      worker.onmessage = ({ data }) => {
        if (data.id !== id) return;
        running.delete(worker);
        idle.push(worker);
        if (data.report !== undefined) job.resolve(data.report);
        else job.reject(new Error(data.error ?? 'replication failed'));
        dispatch();
      };
      worker.postMessage({ id, task: job.task });
    }
  };
  const fail = (error: Error): void => {
    failed = error;
    for (const job of [...waiting.splice(0), ...running.values()]) job.reject(error);
    running.clear();
  };
  for (let k = 0; k < count; k++) {
    // Written `new Worker(new URL(…, import.meta.url), …)`, the form bundlers (Vite, webpack 5)
    // recognise, so that they bundle the worker with the library instead of copying its file alone.
    const worker = new Worker(new URL('./replication-web-worker.js', import.meta.url), { type: 'module' });
    // A worker that cannot start (its script missing, a syntax error) fails the run instead of hanging it.
    worker.onerror = (event) =>
      fail(
        new Error(`a Web Worker of simulateParallel failed: ${event.message || 'its script did not load'}`),
      );
    all.push(worker);
    idle.push(worker);
  }
  return {
    run: (task) =>
      new Promise((resolve, reject) => {
        if (failed !== null) {
          reject(failed);
          return;
        }
        waiting.push({ task, resolve, reject });
        dispatch();
      }),
    destroy: async () => {
      for (const worker of all) worker.terminate();
    },
  };
}
