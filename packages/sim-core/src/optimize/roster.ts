import type { InitOptions } from 'highs';
import { formatClockTime, parseClockTime } from '../scenario/clock-time.js';
import { overlap } from '../scenario/shift-staffing.js';
import { highsSolver } from './highs-solver.js';
import { breakVar, rosterProgram, shiftVar } from './roster-program.js';
import { type ShiftFamily, shiftFamilies } from './roster-shapes.js';

/** What a roster must cover: agents on the phone per interval of one day. */
export interface RosterDemand {
  /** Agents needed on the phone per interval (e.g. a pool's `agents` from `staffScenario`). */
  required: number[];
  /** Length of an interval, seconds (default 1800). */
  intervalSeconds?: number;
  /** Clock time of the first interval's start (default '00:00'). */
  opensAt?: string;
  /** Share of scheduled time not on the phone (absence, training), in [0, 1); default 0. */
  shrinkage?: number;
}

/** Options of `roster`. */
export interface RosterOptions {
  /** Stop the solver after this many seconds and return the best roster found (default 60). */
  timeLimit?: number;
  /** How to load HiGHS (e.g. `{ locateFile }` in a browser that serves `highs.wasm` elsewhere). */
  highs?: InitOptions;
}

/** Shifts of one shape starting at one time with the same breaks: the pool `shifts` entry of a scenario. */
export interface RosterShift {
  shape: string;
  start: string;
  end: string;
  count: number;
  breaks: { start: string; minutes: number }[];
}

/** The cheapest set of shifts covering a demand, and what it gives per interval. */
export interface Roster {
  /** 'optimal', or 'time limit' when the solver stopped with a roster not proven cheapest. */
  status: 'optimal' | 'time limit';
  shifts: RosterShift[];
  /** Agents on shift per interval, time-averaged (breaks included). */
  scheduled: number[];
  /** Agents on the phone per interval, time-averaged: shifts minus breaks, times (1 − shrinkage). */
  onPhone: number[];
  /** `onPhone` rounded to the nearest integer: agents to simulate; never below `required`. */
  agents: number[];
  required: number[];
  /** onPhone − required per interval. */
  overStaffing: number[];
  /** Paid hours: Σ shifts × their length. */
  agentHours: number;
  /** Hours on the phone: Σ onPhone × interval length. */
  onPhoneHours: number;
  /** Σ shifts × their shape's cost (agent hours unless costs were given). */
  cost: number;
}

function checkDemand(demand: RosterDemand) {
  const { required } = demand;
  if (!Array.isArray(required) || required.length === 0) {
    throw new RangeError(
      `required must be a non-empty array of agents per interval, got ${String(required)}`,
    );
  }
  required.forEach((n, i) => {
    if (typeof n !== 'number' || !(n >= 0 && Number.isFinite(n))) {
      throw new RangeError(`required[${i}] must be a finite number >= 0, got ${String(n)}`);
    }
  });
  const intervalSeconds = demand.intervalSeconds ?? 1800;
  if (typeof intervalSeconds !== 'number' || !(intervalSeconds > 0 && Number.isFinite(intervalSeconds))) {
    throw new RangeError(`intervalSeconds must be a finite number > 0, got ${String(intervalSeconds)}`);
  }
  const shrinkage = demand.shrinkage ?? 0;
  if (typeof shrinkage !== 'number' || !(shrinkage >= 0 && shrinkage < 1)) {
    throw new RangeError(`shrinkage must be a number in [0, 1), got ${String(shrinkage)}`);
  }
  const opensAt = parseClockTime(demand.opensAt ?? '00:00', 'opensAt');
  return { required, intervalSeconds, shrinkage, opensAt };
}

/** Why no roster exists: an interval that no shape reaches, or one beyond what the shapes' max allow. */
function infeasible(
  families: readonly ShiftFamily[],
  maxOf: (shape: number) => number,
  need: readonly number[],
  width: number,
  clock: (t: number) => string,
): never {
  need.forEach((n, i) => {
    if (n <= 0) return;
    let most = 0;
    const shapes = new Set(families.map((f) => f.shape));
    for (const s of shapes) {
      const reach = Math.max(
        0,
        ...families.filter((f) => f.shape === s).map((f) => overlap(f.start, f.start + f.length, i, width)),
      );
      if (reach > 0) most += reach * maxOf(s);
    }
    if (most < n - 1e-9) {
      throw new RangeError(
        `No roster covers the requirement: the interval at ${clock(i * width)} needs ${Math.round(n * 100) / 100} agents (after shrinkage) but the shapes can put at most ${Math.round(most * 100) / 100} there; add starts or raise a max`,
      );
    }
  });
  throw new RangeError(
    'No roster covers the requirement within the shapes’ max counts (each interval could be covered alone, not all at once); raise a max or add shapes',
  );
}

/**
 * The cheapest set of shifts covering `demand.required` agents on the phone in every interval, chosen
 * among `shapes` (allowed starts, lengths, breaks windows, min/max count and cost per shape; the
 * format of `rosterShapesSchema`), solved exactly as an integer program with HiGHS. Breaks are placed
 * by the solver too: each break of a shape may start at any `breakStep` within its window, and the
 * program counts, per shift start and break, how many shifts take it at each position (Aykin's
 * implicit formulation), so breaks staggered across shifts cover the phones. A break or a shift
 * covering part of an interval counts for that part of it (a 15-minute break removes half an agent
 * from a half-hour). Shrinkage grosses the requirement up: on the phone = on shift × (1 − shrinkage).
 *
 * Cost: one HiGHS solve of (starts × lengths × (1 + break positions)) integer columns and one row
 * per interval; a day of half-hours with a few shapes takes well under a second. The first call loads
 * the WebAssembly solver (about 100 ms). Throws a RangeError listing every problem of the shapes with
 * its path, for a bad demand, or when no roster exists (naming an interval that cannot be covered).
 * @example
 * ```ts
 * import { roster } from '@decroche/sim-core';
 * // 1-hour intervals from 08:00; 4-hour shifts starting on the hour, no breaks
 * const plan = await roster(
 *   { required: [1, 3, 4, 3, 3, 1], intervalSeconds: 3600, opensAt: '08:00' },
 *   { shapes: [{ id: 'half-day', starts: { from: '08:00', to: '10:00', every: '1h' }, length: '4h' }] },
 * );
 * plan.agentHours // => 16
 * plan.shifts.map((s) => `${s.count} × ${s.start}–${s.end}`) // => ['1 × 08:00–12:00', '2 × 09:00–13:00', '1 × 10:00–14:00']
 * plan.overStaffing // => [0, 0, 0, 1, 0, 0]
 * ```
 */
export async function roster(
  demand: RosterDemand,
  shapes: unknown,
  options: RosterOptions = {},
): Promise<Roster> {
  const { required, intervalSeconds, shrinkage, opensAt } = checkDemand(demand);
  const day = { intervals: required.length, intervalSeconds, opensAt };
  const { shapes: read, families } = shiftFamilies(shapes, day);
  const clock = (t: number) => formatClockTime(opensAt + t);
  const need = required.map((n) => n / (1 - shrinkage));
  const timeLimit = options.timeLimit ?? 60;
  const maxOf = (s: number) => read.shapes[s]?.max ?? Number.POSITIVE_INFINITY;

  const counts = new Map<string, number>();
  const mustSolve = need.some((n) => n > 0) || read.shapes.some((s) => s.min > 0);
  let status: Roster['status'] = 'optimal';
  if (mustSolve) {
    const highs = await highsSolver(options.highs);
    const solution = highs.solve(rosterProgram(families, read, need, intervalSeconds), {
      time_limit: timeLimit,
      mip_rel_gap: 1e-6,
      output_flag: false,
    });
    if (solution.Status === 'Infeasible') infeasible(families, maxOf, need, intervalSeconds, clock);
    const solved = solution.Status === 'Optimal' || solution.Status === 'Time limit reached';
    if (!solved || Object.keys(solution.Columns).length === 0) {
      throw new RangeError(`The solver found no roster (${solution.Status}) within ${timeLimit} s`);
    }
    if (solution.Status !== 'Optimal') status = 'time limit';
    for (const [name, column] of Object.entries(solution.Columns)) {
      const value = Math.round((column as { Primal?: number }).Primal ?? 0);
      if (value > 0) counts.set(name, value);
    }
  }

  const shifts: RosterShift[] = [];
  const scheduled = required.map(() => 0);
  const onShiftMinusBreaks = required.map(() => 0);
  let agentHours = 0;
  let cost = 0;
  families.forEach((family, f) => {
    const n = counts.get(shiftVar(f)) ?? 0;
    if (n === 0) return;
    agentHours += (n * family.length) / 3600;
    cost += n * family.cost;
    // Deal each break's positions out to the n shifts in order; windows apart, so breaks never overlap.
    const dealt = family.breaks.map((b, k) =>
      b.starts.flatMap((at, p) => new Array<number>(counts.get(breakVar(f, k, p)) ?? 0).fill(at)),
    );
    const groups = new Map<string, RosterShift>();
    for (let j = 0; j < n; j++) {
      const breaks = family.breaks.map((b, k) => ({ start: clock(dealt[k]![j]!), minutes: b.seconds / 60 }));
      const key = JSON.stringify(breaks);
      const group = groups.get(key);
      if (group) group.count++;
      else {
        groups.set(key, {
          shape: read.shapes[family.shape]!.id,
          start: clock(family.start),
          end: clock(family.start + family.length),
          count: 1,
          breaks,
        });
      }
    }
    shifts.push(...groups.values());
    required.forEach((_, i) => {
      const share = overlap(family.start, family.start + family.length, i, intervalSeconds);
      scheduled[i]! += n * share;
      onShiftMinusBreaks[i]! += n * share;
      family.breaks.forEach((b, k) => {
        for (const at of dealt[k]!) onShiftMinusBreaks[i]! -= overlap(at, at + b.seconds, i, intervalSeconds);
      });
    });
  });
  // Sums of fractions: round away the floating-point dust (1e-9 of an agent).
  const tidy = (x: number) => Math.round(x * 1e9) / 1e9;
  const onPhone = onShiftMinusBreaks.map((n) => tidy(n * (1 - shrinkage)));
  return {
    status,
    shifts,
    scheduled: scheduled.map(tidy),
    onPhone,
    agents: onPhone.map((n) => Math.round(n)),
    required: [...required],
    overStaffing: onPhone.map((n, i) => tidy(n - required[i]!)),
    agentHours: tidy(agentHours),
    onPhoneHours: tidy((onPhone.reduce((a, b) => a + b, 0) * intervalSeconds) / 3600),
    cost: tidy(cost),
  };
}
