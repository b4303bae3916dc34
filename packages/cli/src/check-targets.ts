import type { SimulationReport, StaffingTarget } from '@decroche/sim-core';
import { duration, percent } from './format-table.js';

/** One target of one queue (or pool) as the simulation measured it. */
export interface TargetCheck {
  /** Queue id, or pool id for the occupancy target. */
  id: string;
  /** "pickup", "answered ≤ 20 s", "ASA", "occupancy". */
  figure: string;
  value: number | null;
  /** 95 % confidence half-width; undefined with one replication. */
  halfWidth: number | undefined;
  wanted: number;
  /** True when the value misses the target by more than its half-width (by anything with one replication). */
  missed: boolean;
  /** 'met'; 'within the CI' when the value misses but the target is inside its confidence interval; 'MISSED'. */
  status: 'met' | 'within the CI' | 'MISSED';
  /** The value and its half-width: "84.6 % ± 0.3". */
  shown: string;
  /** "pickup 84.6 % ± 0.3 against ≥ 85 %". */
  text: string;
}

function check(
  id: string,
  figure: string,
  value: number | null | undefined,
  halfWidth: number | null | undefined,
  wanted: number,
  atLeast: boolean,
  show: (x: number) => string,
): TargetCheck {
  const v = value ?? null;
  const hw = halfWidth ?? undefined;
  const margin = hw ?? 0;
  const short = v !== null && (atLeast ? v < wanted : v > wanted);
  const missed = v === null ? false : atLeast ? v + margin < wanted : v - margin > wanted;
  const status = missed ? 'MISSED' : short ? 'within the CI' : 'met';
  const plusMinus = hw === undefined ? '' : ` ± ${figure === 'ASA' ? duration(hw) : (hw * 100).toFixed(1)}`;
  const shown = `${v === null ? '–' : show(v)}${plusMinus}`;
  return {
    id,
    figure,
    value: v,
    halfWidth: hw,
    wanted,
    missed,
    status,
    shown,
    text: `${figure} ${shown} against ${atLeast ? '≥' : '≤'} ${show(wanted)}`,
  };
}

/**
 * Every target given, checked on every queue (occupancy on every pool) of a simulated report. The
 * service-level target needs its threshold among the scenario's `serviceLevelSeconds`.
 */
export function checkTargets(report: SimulationReport, target: StaffingTarget): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const hw = report.halfWidth;
  for (const [id, q] of Object.entries(report.queues)) {
    const h = hw?.queues[id];
    if (target.pickupRate !== undefined)
      checks.push(
        check(id, 'pickup', q.pickupRate, h?.pickupRate, target.pickupRate, true, (x) => percent(x)),
      );
    if (target.serviceLevel !== undefined) {
      const key = String(target.serviceLevel.seconds);
      checks.push(
        check(
          id,
          `answered ≤ ${key} s`,
          q.serviceLevel[key],
          h?.serviceLevel[key],
          target.serviceLevel.share,
          true,
          (x) => percent(x),
        ),
      );
    }
    if (target.asa !== undefined) checks.push(check(id, 'ASA', q.asa, h?.asa, target.asa, false, duration));
  }
  if (target.maxOccupancy !== undefined) {
    for (const [id, p] of Object.entries(report.pools)) {
      checks.push(
        check(id, 'occupancy', p.occupancy, hw?.pools[id]?.occupancy, target.maxOccupancy, false, (x) =>
          percent(x),
        ),
      );
    }
  }
  return checks;
}
