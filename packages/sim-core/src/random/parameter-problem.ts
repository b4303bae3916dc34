/** One invalid distribution parameter: `parameter` is a path below the spec (`cv`, `values[3]`). */
export interface ParameterProblem {
  parameter: string;
  message: string;
}

/** Writes a value the way an error message should show it (`-1`, `'abc'`, `undefined`). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null) {
    return String(value);
  }
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * Appends a problem to `problems` unless `value` is a finite number that is above `bound`
 * (`inclusive`: at least `bound`). Returns whether the value was acceptable.
 */
export function checkLowerBound(
  problems: ParameterProblem[],
  parameter: string,
  value: unknown,
  bound: number,
  inclusive: boolean,
): boolean {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    const message =
      value === undefined ? 'is required' : `must be a finite number, got ${describeValue(value)}`;
    problems.push({ parameter, message });
    return false;
  }
  if (inclusive ? value < bound : value <= bound) {
    problems.push({ parameter, message: `must be ${inclusive ? '>=' : '>'} ${bound}, got ${value}` });
    return false;
  }
  return true;
}

/**
 * Throws a RangeError listing `problems` (one per line), each parameter prefixed with `path` when
 * given: `queues[0].handleTime.cv must be > 0, got -1`. Does nothing when there is no problem.
 */
export function throwIfProblems(problems: readonly ParameterProblem[], path?: string): void {
  if (problems.length === 0) return;
  const prefix = path ? `${path}.` : '';
  throw new RangeError(problems.map((p) => `${prefix}${p.parameter} ${p.message}`).join('\n'));
}
