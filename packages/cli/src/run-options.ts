import { numberOption } from './cli-error.js';

/**
 * The options every simulating command with reports shares: `-r`, `-s`, `--json`, `--csv` with
 * `--sep` and `--decimal`, `--html`, as commander hands them over.
 */
export interface SimulationCliOptions {
  replications: string;
  seed?: string;
  json?: boolean;
  csv?: string;
  sep: string;
  decimal: string;
  html?: string;
}

/** `--replications`: a whole number ≥ 1, or a usage error naming the option. */
export function replicationsOption(raw: string): number {
  return numberOption('--replications', raw, (n) => Number.isInteger(n) && n >= 1, 'a whole number ≥ 1');
}

/** `--workers`: a whole number ≥ 1, or a usage error naming the option. */
export function workersOption(raw: string): number {
  return numberOption('--workers', raw, (n) => Number.isInteger(n) && n >= 1, 'a whole number ≥ 1');
}

/** The help text of `--workers`, the same on every simulating command. */
export const WORKERS_HELP =
  'worker threads running the replications side by side (the same results whatever the number)';

/** `--seed` when given (a whole number, or a usage error naming the option), else the scenario's seed. */
export function seedOption(raw: string | undefined, scenarioSeed: number): number {
  return raw === undefined ? scenarioSeed : numberOption('--seed', raw, Number.isInteger, 'a whole number');
}

/** "1 replication", "5 replications": how the commands say how many runs a figure comes from. */
export function replicationsText(replications: number): string {
  return `${replications} replication${replications === 1 ? '' : 's'}`;
}
