// The task of a Node worker thread of createNodePool (tinypool calls its default export).
import { type ReplicationTask, runReplication } from './replication-task.js';

export default function run(task: ReplicationTask) {
  return runReplication(task);
}
