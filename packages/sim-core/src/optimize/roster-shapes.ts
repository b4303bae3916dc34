import type { z } from 'zod';
import { formatClockTime, parseClockTime } from '../scenario/clock-time.js';
import { closestWord } from '../scenario/closest-word.js';
import { formatPath } from '../scenario/format-path.js';
import type { ScenarioIssue } from '../scenario/scenario-error.js';
import { scenarioIssuesFromZod } from '../scenario/zod-issues.js';
import {
  type RosterShapes,
  rosterBreakSchema,
  rosterShapeSchema,
  rosterShapesSchema,
  rosterStartRangeSchema,
} from './roster-shapes-schema.js';

/** The day a roster covers: its intervals, their length and the clock time of the first (seconds after midnight). */
export interface RosterDay {
  intervals: number;
  intervalSeconds: number;
  opensAt: number;
}

/** One shift shape at one start and one length: a column family of the integer program. */
export interface ShiftFamily {
  /** Index of the shape in `shapes`. */
  shape: number;
  /** Start and length, seconds after the day opens. */
  start: number;
  length: number;
  cost: number;
  /** Per break of the shape: its length, seconds, and the times (after opening) where it may start. */
  breaks: { seconds: number; starts: number[] }[];
}

/** The keys allowed at `path` of a shapes file, for "did you mean" hints. */
function allowedKeys(path: readonly PropertyKey[]): string[] {
  const last = path[path.length - 1];
  if (path.length === 0) return Object.keys(rosterShapesSchema.shape);
  if (last === 'starts') return Object.keys(rosterStartRangeSchema.shape);
  if (path.includes('breaks')) return Object.keys(rosterBreakSchema.shape);
  return Object.keys(rosterShapeSchema.shape);
}

function issuesFromZod(issues: readonly z.core.$ZodIssue[]): ScenarioIssue[] {
  return issues.flatMap((issue): ScenarioIssue[] => {
    const input = (issue as { input?: unknown }).input;
    if (issue.code === 'invalid_union' && !('discriminator' in issue) && typeof input === 'string') {
      // `length: '7 hours'`: the duration branch (the first) says what is wrong, not "no branch matched".
      const first = issue.errors[0] ?? [];
      return issuesFromZod(first.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
    }
    if (issue.code !== 'unrecognized_keys') return scenarioIssuesFromZod([issue]);
    const allowed = allowedKeys(issue.path);
    return issue.keys.map((key) => {
      const suggestion = closestWord(key, allowed);
      const hint = suggestion ? `did you mean '${suggestion}'?` : `allowed: ${allowed.join(', ')}`;
      return { path: formatPath([...issue.path, key]), message: `unknown key (${hint})` };
    });
  });
}

function fail(issues: readonly ScenarioIssue[]): never {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  const lines = issues.map((i) => `${i.path === '' ? 'shapes' : i.path}: ${i.message}`);
  throw new RangeError(`Invalid shift shapes (${count}):\n${lines.join('\n')}`);
}

/** Times from `from` to `to` (included) every `step`. */
function grid(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let k = 0; from + k * step <= to + 1e-9; k++) out.push(from + k * step);
  return out;
}

/**
 * Reads shift shapes (the format of `rosterShapesSchema`) for a day and expands them into the
 * families of shifts a roster may use: every allowed start × length, with the allowed starts of each
 * break on the `breakStep` grid. Throws a RangeError listing every problem with its path
 * (`shapes[1].breaks[0].latest: ...`): bad values, min above max, a break that does not fit in its
 * shift or overlaps the next one's window, a shift outside the day.
 */
export function shiftFamilies(
  input: unknown,
  day: RosterDay,
): { shapes: RosterShapes; families: ShiftFamily[] } {
  const parsed = rosterShapesSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) fail(issuesFromZod(parsed.error.issues));
  const shapes = parsed.data;
  const issues: ScenarioIssue[] = [];
  const close = day.intervals * day.intervalSeconds;
  const clock = (t: number) => formatClockTime(day.opensAt + t);
  const families: ShiftFamily[] = [];
  const ids = new Set<string>();
  shapes.shapes.forEach((shape, s) => {
    const at = (...rest: (string | number)[]) => formatPath(['shapes', s, ...rest]);
    if (ids.has(shape.id)) issues.push({ path: at('id'), message: `'${shape.id}' is used by another shape` });
    ids.add(shape.id);
    if (shape.max !== undefined && shape.min > shape.max) {
      issues.push({ path: at('min'), message: `must be <= max (${shape.max}), got ${shape.min}` });
    }
    const lengths = Array.isArray(shape.length) ? shape.length : [shape.length];
    const starts = Array.isArray(shape.starts)
      ? shape.starts.map((text, k) => ({ time: parseClockTime(text) - day.opensAt, path: at('starts', k) }))
      : grid(
          parseClockTime(shape.starts.from) - day.opensAt,
          parseClockTime(shape.starts.to) - day.opensAt,
          shape.starts.every,
        ).map((time) => ({ time, path: at('starts') }));
    if (!Array.isArray(shape.starts) && parseClockTime(shape.starts.to) < parseClockTime(shape.starts.from)) {
      issues.push({ path: at('starts', 'to'), message: `must not be before from (${shape.starts.from})` });
    }
    shape.breaks.forEach((b, k) => {
      const seconds = 60 * b.minutes;
      if (b.latest < b.earliest) {
        issues.push({ path: at('breaks', k, 'latest'), message: `must not be before earliest` });
      }
      const next = shape.breaks[k + 1];
      if (next !== undefined && b.latest + seconds > next.earliest) {
        issues.push({
          path: at('breaks', k),
          message: `may end after the next break may start: list breaks in order, their windows apart`,
        });
      }
      for (const length of lengths) {
        if (b.latest + seconds > length) {
          issues.push({
            path: at('breaks', k, 'latest'),
            message: `a ${b.minutes}-minute break starting then ends after the ${length / 3600} h shift`,
          });
        }
      }
    });
    for (const { time, path } of starts) {
      for (const length of lengths) {
        if (time < 0 || time + length > close) {
          issues.push({
            path,
            message: `a shift from ${clock(Math.max(0, time))} to ${formatClockTime(Math.max(0, day.opensAt + time + length))} is not within the day (${clock(0)}–${clock(close)})`,
          });
          continue;
        }
        families.push({
          shape: s,
          start: time,
          length,
          cost: shape.cost ?? length / 3600,
          breaks: shape.breaks.map((b) => ({
            seconds: 60 * b.minutes,
            starts: grid(time + b.earliest, time + b.latest, shapes.breakStep),
          })),
        });
      }
    }
  });
  if (issues.length > 0) fail(issues);
  return { shapes, families };
}
