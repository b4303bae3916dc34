import type { z } from 'zod';
import { behaviourIssues } from '../model/behaviours/behaviour-blocks.js';
import { calendarIssues } from './calendar-days.js';
import { poolShiftIssues } from './pool-shift-issues.js';
import { readScenarioText } from './read-scenario-text.js';
import { intervalCount, scenarioConsistencyIssues } from './scenario-consistency.js';
import { ScenarioError, type ScenarioIssue } from './scenario-error.js';
import { type poolSchema, scenarioSchema } from './scenario-schema.js';
import { shiftStaffing } from './shift-staffing.js';
import { startStateIssues } from './start-state-issues.js';
import type { PoolSpec, Scenario, ScenarioInput } from './types.js';
import { scenarioIssuesFromZod } from './zod-issues.js';

/** A pool with `agents` per interval (from its shifts when it has some) and `scheduled` (see PoolSpec). */
function poolStaffing(
  pool: z.output<typeof poolSchema>,
  opensAt: string | undefined,
  intervals: number,
  intervalSeconds: number,
): PoolSpec {
  const { scheduled: _, ...given } = pool; // derived: recomputed here
  const shrinkage = given.shrinkage ?? 0;
  if (given.shifts !== undefined) {
    const day = { opensAt: opensAt ?? '00:00', intervals, intervalSeconds };
    const { agents, scheduled } = shiftStaffing(given.shifts, shrinkage, day);
    return { ...given, agents, scheduled };
  }
  const agents = perInterval(given.agents ?? 0, intervals);
  if (given.shrinkage === undefined) return { ...given, agents };
  return { ...given, agents, scheduled: agents.map((n) => Math.round((n / (1 - shrinkage)) * 1e9) / 1e9) };
}

function perInterval(value: number | number[], intervals: number): number[] {
  return Array.isArray(value) ? [...value] : new Array<number>(intervals).fill(value);
}

/**
 * Validates a scenario (the format of docs/scenario.md) and returns it with every default applied and
 * `calls` / `agents` expanded to one entry per interval. Accepts an object, or a JSON or YAML text.
 * Defaults: name 'scenario', seed 1, intervalSeconds 1800, days 1, warmupSeconds 0,
 * serviceLevelSeconds [20], dailyVariationCv 0, drain false; `intervals`, when absent, is the length
 * of the first `calls` or `agents` list. Unknown keys are errors, so typos are caught. The input is
 * not modified; the result shares nothing with it. Cost: linear in the size of the scenario.
 *
 * @throws ScenarioError listing every problem, each with its path, e.g.
 *   `queues[1].handleTime.cv: must be > 0, got -1` (or the line and column of a syntax error).
 * @example
 * ```ts
 * import { parseScenario } from '@decroche/sim-core';
 * const s = parseScenario(`
 * intervals: 2
 * queues:
 *   - id: caf
 *     calls: [1200, 1500]
 *     handleTime: { dist: lognormal, mean: 420, cv: 1 }
 * pools:
 *   - { id: caf-agents, serves: [caf], agents: 80 }
 * `);
 * s.pools[0].agents // => [80, 80]
 * s.serviceLevelSeconds // => [20]
 * let problems = [];
 * try { parseScenario({ queues: [], pools: [] }) } catch (e) { problems = e.issues.map((i) => i.path) }
 * problems // => ['queues', 'pools', 'intervals']
 * ```
 */
export function parseScenario(input: ScenarioInput | string): Scenario {
  const raw = typeof input === 'string' ? readScenarioText(input) : input;
  const result = scenarioSchema.safeParse(raw, { reportInput: true });
  const issues: ScenarioIssue[] = result.success ? [] : scenarioIssuesFromZod(result.error.issues);
  for (const issue of scenarioConsistencyIssues(raw)) {
    if (!issues.some((i) => i.path === issue.path && i.message === issue.message)) issues.push(issue);
  }
  if (!result.success || issues.length > 0) throw new ScenarioError(issues);

  const s = structuredClone(result.data);
  const intervals = s.intervals ?? intervalCount(s)!.intervals;
  const blockIssues = [
    ...calendarIssues(
      s.calendar,
      s.queues.map((q) => q.id),
    ),
    ...poolShiftIssues(s, intervals),
    ...behaviourIssues(s, intervals),
    ...startStateIssues(s, intervals),
  ];
  if (blockIssues.length > 0) throw new ScenarioError(blockIssues);
  return {
    ...s,
    intervals,
    queues: s.queues.map((q) => ({ ...q, calls: perInterval(q.calls, intervals) })),
    pools: s.pools.map((p) => poolStaffing(p, s.opensAt, intervals, s.intervalSeconds)),
  };
}
