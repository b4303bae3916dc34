import { parseClockTime } from './clock-time.js';

/** Share of interval `i` (of `width` seconds, the day starting at 0) that [from, to) covers. */
export function overlap(from: number, to: number, i: number, width: number): number {
  const covered = Math.min(to, (i + 1) * width) - Math.max(from, i * width);
  return covered > 0 ? covered / width : 0;
}

/** Shifts of a pool as a scenario gives them: clock times, breaks of some minutes. */
export interface ShiftSpec {
  start: string;
  end: string;
  count: number;
  breaks?: { start: string; minutes: number }[];
}

/** Agents per interval that shifts give. */
export interface ShiftStaffing {
  /** On shift, time-averaged over each interval (breaks included). */
  scheduled: number[];
  /** On the phone, time-averaged: on shift minus breaks, times (1 − shrinkage). */
  onPhone: number[];
  /** `onPhone` rounded to the nearest integer: the agents simulated. */
  agents: number[];
}

/**
 * Turns shifts into agents per interval of the day: a shift counts in an interval for the part of
 * it that it covers (a shift starting at 08:45 is half an agent in 08:30–09:00), a break takes off
 * the part of the interval it covers (a 15-minute break, half an agent of a half-hour), time outside
 * the day does not count; then shrinkage takes its share off (absence, training) and the time-averaged
 * agents on the phone are rounded to the nearest whole agent, which the simulation staffs for the
 * whole interval. Cost: O(shifts × breaks × intervals). Expects validated shifts (see parseScenario).
 */
export function shiftStaffing(
  shifts: readonly ShiftSpec[],
  shrinkage: number,
  day: { opensAt: string; intervals: number; intervalSeconds: number },
): ShiftStaffing {
  const opening = parseClockTime(day.opensAt);
  const at = (clock: string) => parseClockTime(clock) - opening;
  const width = day.intervalSeconds;
  const scheduled = new Array<number>(day.intervals).fill(0);
  const onShift = new Array<number>(day.intervals).fill(0);
  for (const shift of shifts) {
    const from = at(shift.start);
    const to = at(shift.end);
    for (let i = 0; i < day.intervals; i++) {
      const share = shift.count * overlap(from, to, i, width);
      scheduled[i]! += share;
      onShift[i]! += share;
      for (const b of shift.breaks ?? []) {
        const start = at(b.start);
        onShift[i]! -= shift.count * overlap(start, start + 60 * b.minutes, i, width);
      }
    }
  }
  // Sums of fractions: round away the floating-point dust (1e-9 of an agent).
  const tidy = (x: number) => Math.round(x * 1e9) / 1e9;
  const onPhone = onShift.map((n) => tidy(n * (1 - shrinkage)));
  return { scheduled: scheduled.map(tidy), onPhone, agents: onPhone.map((n) => Math.round(n)) };
}
