// A browser Web Worker of createWebWorkerPool: runs each replication it is sent, answers its report.
import { type ReplicationTask, runReplication } from './replication-task.js';

const scope = globalThis as unknown as {
  onmessage: ((event: { data: { id: number; task: ReplicationTask } }) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, report: runReplication(data.task) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: String((error as Error).message ?? error) });
  }
};
