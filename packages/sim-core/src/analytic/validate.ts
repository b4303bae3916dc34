// Parameter checks shared by the analytic models: each throws a RangeError naming the parameter and value.

/** Throws unless `value` is a finite number ≥ 0 (or > 0 when `positive`). */
export function checkNonNegative(name: string, value: number, positive = false): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || (positive && value === 0)) {
    throw new RangeError(`${name} must be a finite number ${positive ? '> 0' : '≥ 0'}, got ${String(value)}`);
  }
}

/** Throws unless `agents` is an integer ≥ 0. */
export function checkAgents(agents: number, name = 'agents'): void {
  if (typeof agents !== 'number' || !Number.isInteger(agents) || agents < 0) {
    throw new RangeError(`${name} must be an integer ≥ 0, got ${String(agents)}`);
  }
}

/** Throws unless `load` (Erlangs) is a finite number ≥ 0. */
export function checkLoad(load: number): void {
  checkNonNegative('load', load);
}
