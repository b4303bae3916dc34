import fc from 'fast-check';
import { expect } from 'vitest';

/** One step of a level's history: a change of the level (`busy`: by `value`), a new staffing, or a boundary to interval `value`. */
export interface Step {
  t: number;
  op: 'busy' | 'staff' | 'boundary';
  value: number;
}

/** The levels in force between two steps. */
export interface Levels {
  busy: number;
  staff: number;
}

/** Rounding only: the same sums taken in another order (1e-9 of the largest area a sequence can have: level 120 over 16,000 s). */
export const LEVEL_TOLERANCE = 1e-9 * 120 * 16000;

/**
 * Random step sequences over 3 intervals of the day: up to 60 steps at increasing times (gaps up to
 * 500 s: whole seconds, fractions, and ties), changes never taking the level below 0, ending with a boundary 100 s after
 * the last step.
 */
export function stepSequences(ops: ('busy' | 'staff')[]): fc.Arbitrary<Step[]> {
  const raw = fc.record({
    gap: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 500 }),
      fc.double({ min: 0.001, max: 500, noNaN: true }),
    ),
    op: fc.constantFrom(...ops, 'boundary' as const),
    value: fc.integer({ min: 0, max: 30 }),
  });
  return fc.array(raw, { maxLength: 60 }).map((draws) => {
    let t = 0;
    let busy = 0;
    const steps: Step[] = draws.map((d) => {
      t += d.gap;
      let value = d.value;
      if (d.op === 'busy') value = busy > 0 && d.value % 2 === 1 ? -1 : d.value % 3;
      else if (d.op === 'boundary') value = d.value % 3;
      if (d.op === 'busy') busy += value;
      return { t, op: d.op, value };
    });
    steps.push({ t: t + 100, op: 'boundary', value: 0 });
    return steps;
  });
}

/** A measured window [from, until): from in the first 4,000 s, until up to 12,000 s after it (or before it: empty). */
export function randomWindow(): fc.Arbitrary<[number, number]> {
  return fc
    .tuple(fc.double({ min: 0, max: 4000, noNaN: true }), fc.double({ min: -2000, max: 12000, noNaN: true }))
    .map(([from, length]) => [from, from + length]);
}

/**
 * The area of `level` per interval, as the definition states it: each level held over each gap
 * between steps, clamped to the window [from, until), added to the interval in force.
 */
export function directAreas(
  steps: Step[],
  intervals: number,
  from: number,
  until: number,
  level: (l: Levels) => number,
): number[] {
  const area = new Array<number>(intervals).fill(0);
  const l: Levels = { busy: 0, staff: 0 };
  let interval = 0;
  let last = 0;
  for (const s of steps) {
    const dt = Math.min(s.t, until) - Math.max(last, from);
    if (dt > 0) area[interval]! += level(l) * dt;
    last = s.t;
    if (s.op === 'busy') l.busy += s.value;
    else if (s.op === 'staff') l.staff = s.value;
    else interval = s.value;
  }
  return area;
}

/** `expect` each of `actual`'s first 3 intervals within LEVEL_TOLERANCE of `expected`'s. */
export function expectAreas(actual: ArrayLike<number>, expected: ArrayLike<number>): void {
  for (let i = 0; i < 3; i++)
    expect(Math.abs(actual[i]! - expected[i]!)).toBeLessThanOrEqual(LEVEL_TOLERANCE);
}

/**
 * Feeds `steps` to `integral` and to a twin made by `make`, reading a copy of the twin after every
 * step (`midwayArea`: the copy's busy-level areas, closed at the step's time) and checking it
 * against the definition up to then. Returns the twin, whose final sums must equal `integral`'s
 * exactly: reading a run midway must not change how its sums are rounded.
 */
export function feedReadingMidway<T>(
  integral: T,
  make: () => T,
  steps: Step[],
  [from, until]: [number, number],
  apply: (target: T, step: Step) => void,
  midwayArea: (target: T, t: number) => ArrayLike<number>,
): T {
  const read = make();
  for (const s of steps) {
    apply(integral, s);
    apply(read, s);
    const soFar = directAreas(
      steps.filter((x) => x.t <= s.t),
      3,
      from,
      Math.min(until, s.t),
      (l) => l.busy,
    );
    expectAreas(midwayArea(read, s.t), soFar);
  }
  return read;
}
