import { parseClockTime } from './clock-time.js';
import type { ScenarioIssue } from './scenario-error.js';
import { shiftStaffing } from './shift-staffing.js';

interface PoolStaffingInput {
  agents?: number | number[] | undefined;
  shrinkage?: number | undefined;
  shifts?: { start: string; end: string; count: number; breaks?: { start: string; minutes: number }[] }[];
}

/**
 * The problems of pools' staffing that the schema cannot see field by field: `agents` and `shifts`
 * exclusive (one of them required; both are accepted only when the agents are those the shifts give,
 * as in a scenario `parseScenario` returned); shifts need the scenario's `opensAt` to be placed; a shift ends
 * after it starts; each break lies within its shift. Runs on the schema's output. O(shifts × breaks).
 */
export function poolShiftIssues(
  scenario: { opensAt?: string | undefined; intervalSeconds: number; pools: PoolStaffingInput[] },
  intervals: number,
): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  scenario.pools.forEach((pool, p) => {
    const at = `pools[${p}]`;
    if (pool.agents !== undefined && pool.shifts !== undefined) {
      const { opensAt, intervalSeconds } = scenario;
      const given = Array.isArray(pool.agents) ? pool.agents : new Array<number>(intervals).fill(pool.agents);
      const same =
        opensAt !== undefined &&
        validShifts(pool.shifts) &&
        shiftStaffing(pool.shifts, pool.shrinkage ?? 0, { opensAt, intervals, intervalSeconds }).agents.every(
          (n, i) => n === given[i],
        );
      if (!same) issues.push({ path: at, message: 'give either agents or shifts, not both' });
    } else if (pool.agents === undefined && pool.shifts === undefined) {
      issues.push({ path: `${at}.agents`, message: 'is required (or give shifts)' });
    }
    if (pool.shifts === undefined) return;
    if (scenario.opensAt === undefined) {
      issues.push({
        path: `${at}.shifts`,
        message:
          'need opensAt on the scenario (the clock time of the first interval) to be placed in the day',
      });
    }
    pool.shifts.forEach((shift, k) => {
      const start = parseClockTime(shift.start);
      const end = parseClockTime(shift.end);
      if (end <= start) {
        issues.push({
          path: `${at}.shifts[${k}].end`,
          message: `must be after start (${shift.start}), got ${shift.end}`,
        });
        return;
      }
      (shift.breaks ?? []).forEach((b, n) => {
        const from = parseClockTime(b.start);
        if (from < start || from + 60 * b.minutes > end) {
          issues.push({
            path: `${at}.shifts[${k}].breaks[${n}]`,
            message: `the ${b.minutes}-minute break from ${b.start} must lie within the shift ${shift.start}–${shift.end}`,
          });
        }
      });
    });
  });
  return issues;
}

/** Whether every shift ends after it starts (the agents of other shifts are not computed). */
function validShifts(shifts: NonNullable<PoolStaffingInput['shifts']>): boolean {
  return shifts.every((s) => parseClockTime(s.end) > parseClockTime(s.start));
}
