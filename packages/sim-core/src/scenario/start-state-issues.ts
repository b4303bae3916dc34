import { formatClockTime, parseClockTime } from './clock-time.js';
import type { ScenarioIssue } from './scenario-error.js';
import type { StartState } from './start-state-schema.js';
import { startRunSeconds } from './start-time.js';

interface StartInput {
  opensAt?: string | undefined;
  intervalSeconds: number;
  days: number;
  queues: { id: string; redial?: unknown }[];
  pools: { id: string }[];
  mysteryCallers?: unknown;
  start?: StartState | undefined;
}

/**
 * The problems of a scenario's `start` that the schema cannot see field by field: a clock time needs
 * `opensAt`; the time lies within the run; the queues and pools it names exist; callers redialing
 * need the queue's `redial` block; no caller has waited longer than the run has lasted; no test
 * callers (`mysteryCallers` are spread over the whole run). Runs on the schema's output.
 * O(entries of the start state).
 */
export function startStateIssues(scenario: StartInput, intervals: number): ScenarioIssue[] {
  const start = scenario.start;
  if (start === undefined) return [];
  const issues: ScenarioIssue[] = [];
  const horizon = scenario.days * intervals * scenario.intervalSeconds;
  const time = startRunSeconds(scenario);
  if (scenario.mysteryCallers !== undefined) {
    issues.push({
      path: 'start',
      message: 'cannot be combined with mysteryCallers (test callers are placed over the whole run)',
    });
  }
  if (time === undefined) {
    issues.push({
      path: 'start.time',
      message: `a clock time needs the scenario's opensAt; without it, give seconds since the first interval began, got '${start.time}'`,
    });
  } else if (scenario.opensAt !== undefined && (time < 0 || time >= horizon)) {
    const close = formatClockTime(parseClockTime(scenario.opensAt) + horizon);
    issues.push({
      path: 'start.time',
      message: `must be from opensAt ${scenario.opensAt} to before ${close} (with opensAt a number is seconds after midnight: 10:30 is 37800), got ${JSON.stringify(start.time)}`,
    });
  } else if (time < 0 || time >= horizon) {
    issues.push({
      path: 'start.time',
      message: `must be ≥ 0 and < the ${horizon} s simulated (days × intervals × intervalSeconds), got ${start.time}`,
    });
  }
  const queueIds = scenario.queues.map((q) => q.id);
  for (const [id, state] of Object.entries(start.queues ?? {})) {
    const queue = scenario.queues.find((q) => q.id === id);
    if (queue === undefined) {
      issues.push({
        path: `start.queues.${id}`,
        message: `no queue has id '${id}' (queues: ${list(queueIds)})`,
      });
      continue;
    }
    if ((state.redialing?.length ?? 0) > 0 && queue.redial === undefined) {
      issues.push({ path: `start.queues.${id}.redialing`, message: `queue '${id}' has no redial block` });
    }
    if (time === undefined || time < 0) continue;
    state.waiting?.forEach((waited, k) => {
      if (waited > time) {
        issues.push({
          path: `start.queues.${id}.waiting[${k}]`,
          message: `a caller cannot have waited ${waited} s when the run began ${time} s before the start`,
        });
      }
    });
  }
  const poolIds = scenario.pools.map((p) => p.id);
  for (const id of Object.keys(start.pools ?? {})) {
    if (!poolIds.includes(id)) {
      issues.push({ path: `start.pools.${id}`, message: `no pool has id '${id}' (pools: ${list(poolIds)})` });
    }
  }
  return issues;
}

const list = (ids: string[]) => ids.map((id) => `'${id}'`).join(', ');
