import type { z } from 'zod';
import { DISTRIBUTION_NAMES, SIMPLE_DISTRIBUTION_NAMES } from '../random/distribution-problems.js';
import { NESTED_MIXTURE_MESSAGE } from '../random/mixture.js';
import { describeValue } from '../random/parameter-problem.js';
import { closestWord } from './closest-word.js';
import { formatPath } from './format-path.js';
import type { ScenarioIssue } from './scenario-error.js';
import { scenarioSchema } from './scenario-schema.js';

const DISTRIBUTION_KEYS: Record<string, string[]> = {
  exponential: ['mean'],
  lognormal: ['mean', 'cv'],
  gamma: ['mean', 'cv'],
  weibull: ['mean', 'shape'],
  deterministic: ['value'],
  uniform: ['min', 'max'],
  empirical: ['values'],
  mixture: ['parts'],
};

/** The schema found by following `path` from `schema` through objects, lists and optionals; undefined when lost. */
function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let at: z.core.$ZodType | undefined = schema;
  let k = 0;
  while (at !== undefined) {
    const def = at._zod.def as unknown as Record<string, unknown> & { type: string };
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') {
      at = def.innerType as z.core.$ZodType;
    } else if (k === path.length) {
      return at;
    } else if (def.type === 'object') {
      at = (def.shape as Record<string, z.core.$ZodType>)[String(path[k++])];
    } else if (def.type === 'array' && typeof path[k] === 'number') {
      at = def.element as z.core.$ZodType;
      k++;
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** The keys allowed in the object at `path`, read from the schema (a distribution's from its `dist`). */
function allowedKeys(path: readonly PropertyKey[], input: unknown): string[] {
  const at = schemaAt(scenarioSchema, path);
  const def = at?._zod.def as { type?: string; shape?: Record<string, unknown> } | undefined;
  if (def?.type === 'object' && def.shape !== undefined) return Object.keys(def.shape);
  const dist = (input as { dist?: unknown } | undefined)?.dist;
  const keys = ['dist', ...(typeof dist === 'string' ? (DISTRIBUTION_KEYS[dist] ?? []) : [])];
  const last = path[path.length - 1];
  const parent = path[path.length - 2];
  return typeof last === 'number' && parent === 'parts' ? ['weight', ...keys] : keys;
}

function entries(n: number): string {
  return n === 1 ? '1 entry' : `${n} entries`;
}

const TYPE_NAMES: Record<string, string> = {
  number: 'a number',
  string: 'a text',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** A message a planner can read, for one zod issue (the input must have been reported). */
function messageOf(issue: z.core.$ZodIssue): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined && !('received' in issue) && issue.path.length > 0) return 'is required';
      if (issue.expected === 'int') return `must be an integer, got ${describeValue(input)}`;
      const received = (issue as { received?: string }).received;
      if (issue.expected === 'number' && received !== undefined) {
        return `must be a finite number, got ${received}`;
      }
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `must be ${expected}, got ${describeValue(input)}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array') return `must have at least ${entries(min)}`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive ? '>=' : '>'} ${min}, got ${describeValue(input)}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array') return `must have at most ${entries(max)}`;
      return `must be ${issue.inclusive ? '<=' : '<'} ${max}, got ${describeValue(input)}`;
    }
    case 'invalid_union': {
      if ('discriminator' in issue && issue.discriminator === 'dist') {
        const dist = (input as { dist?: unknown } | undefined)?.dist;
        const isPart = issue.path[issue.path.length - 3] === 'parts';
        if (isPart && dist === 'mixture') return NESTED_MIXTURE_MESSAGE;
        const names = (isPart ? SIMPLE_DISTRIBUTION_NAMES : DISTRIBUTION_NAMES).join(', ');
        return dist === undefined
          ? `is required: one of ${names}`
          : `must be one of ${names}; got ${describeValue(dist)}`;
      }
      return input === undefined ? 'is required' : `${issue.message}, got ${describeValue(input)}`;
    }
    default:
      return issue.message;
  }
}

/**
 * Turns zod's issues into scenario issues with readable paths and messages: one issue per unknown
 * key (with a suggestion when a known key is close), `is required` for missing fields, bounds with
 * the value found. Expects issues parsed with `reportInput: true`.
 */
export function scenarioIssuesFromZod(issues: readonly z.core.$ZodIssue[]): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const issue of issues) {
    if (issue.code === 'invalid_union' && !('discriminator' in issue)) {
      // A union such as `number | number[]` whose input matched one branch's type: report that
      // branch's own issues (`agents[1]: must be an integer`) rather than "matches no branch".
      const matched = issue.errors.filter((branch) => branch.every((i) => i.path.length > 0));
      if (matched.length === 1) {
        out.push(
          ...scenarioIssuesFromZod(matched[0]!.map((i) => ({ ...i, path: [...issue.path, ...i.path] }))),
        );
        continue;
      }
    }
    if (issue.code === 'unrecognized_keys') {
      const input = (issue as { input?: unknown }).input;
      const allowed = allowedKeys(issue.path, input);
      for (const key of issue.keys) {
        const suggestion = closestWord(key, allowed);
        const message = suggestion
          ? `unknown key (did you mean '${suggestion}'?)`
          : `unknown key (allowed: ${allowed.join(', ')})`;
        out.push({ path: formatPath([...issue.path, key]), message });
      }
    } else {
      out.push({ path: formatPath(issue.path), message: messageOf(issue) });
    }
  }
  return out;
}
