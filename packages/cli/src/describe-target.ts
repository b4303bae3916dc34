import type { StaffingTarget } from '@decroche/sim-core';
import { duration, percent } from './format-table.js';

/** A staffing target as a planner writes it: "pickup ≥ 85 %, answered ≤ 20 s ≥ 80 %, ASA ≤ 1 min 00 s". */
export function describeTarget(target: StaffingTarget): string {
  const parts: string[] = [];
  if (target.pickupRate !== undefined) parts.push(`pickup ≥ ${percent(target.pickupRate, 0)}`);
  if (target.serviceLevel !== undefined)
    parts.push(`answered ≤ ${target.serviceLevel.seconds} s ≥ ${percent(target.serviceLevel.share, 0)}`);
  if (target.asa !== undefined) parts.push(`ASA ≤ ${duration(target.asa)}`);
  if (target.maxOccupancy !== undefined) parts.push(`occupancy ≤ ${percent(target.maxOccupancy, 0)}`);
  return parts.join(', ');
}
