// The false-alarm budget of the theory suite (test/theory/), shared by its files.
//
// Every statistical check of the suite compares a simulated mean over R independent replications
// with its theoretical value; it fails when they differ by more than t(1 − α/2, R − 1) · s / √R.
// With α = FAMILY_ALPHA / (number of checks) — Bonferroni over ALL the suite's checks, whatever file
// they sit in — the whole suite fails by chance at most FAMILY_ALPHA of the time for a correct model
// (Bonferroni needs no independence between checks), as far as each check's statistic follows the
// t distribution in its far tail (30 replications of many calls each: their means are close to
// normal) and its theory is exact (the mg-n-m checks against the fluid limit and the ordering checks
// are not: their headers give the margins measured). CHECKS below counts them per file; each file
// asserts, after its tests, that it ran exactly its count, and budget.test.ts that every file is
// counted, so the budget cannot drift from the code.
//
// Three hooks, read from the environment, measure the suite (bench/theory-checks.mjs drives them and
// bench/RESULTS.md "Test suite: false alarms and power" records what they gave):
// - THEORY_SEED_SET=k (default 0, the committed seeds) shifts every seed by k · 1,000,000: another
//   seed set, to count false alarms over many sets.
// - THEORY_PLANT=aht|patience|agents|lines|shape makes the SIMULATION run a slightly wrong model
//   while the theory stays right: handle times 5 % longer, patience 5 % longer, one agent fewer
//   (where there is more than one), one line fewer, or (M/G/n+M only) every handle time exponential.
//   A check that still passes has no power against that error.
// - THEORY_RECORD=file appends one JSON line per check (mean, theory, standard error, pass).
import { appendFileSync } from 'node:fs';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { afterAll, expect, vi } from 'vitest';
import { studentTQuantile } from '../../src/metrics/student-t.js';

// A theory case takes seconds alone but minutes on a machine shared with other jobs; a timeout would
// be a failure that says nothing about the model, so these files allow 10 minutes per test.
vi.setConfig({ testTimeout: 600_000 });

/** The chance that the whole theory suite fails for a correct model, at most. */
export const FAMILY_ALPHA = 0.001;

/** Statistical checks per theory file (exact checks, which cannot fail by chance, are not counted). */
export const CHECKS = {
  'mm-n': 9,
  'mm-n-m': 16,
  'mm-n-k-m': 16,
  'erlang-x': 8,
  'mg-n-m': 5,
  'callback-erlang-c': 8,
  'mystery-callers': 2,
  'start-state': 3,
} as const;

/** Every statistical check of the theory suite: 67. */
export const SUITE_CHECKS = Object.values(CHECKS).reduce((sum, n) => sum + n, 0);

/** The false-alarm chance of one check (Bonferroni): 0.001 / 67 ≈ 1.49e-5. */
export const CHECK_ALPHA = FAMILY_ALPHA / SUITE_CHECKS;

/** Which seed set the suite uses (THEORY_SEED_SET, default 0: the committed seeds). */
export function seedSet(): number {
  const k = Number(process.env.THEORY_SEED_SET ?? 0);
  if (!Number.isInteger(k) || k < 0)
    throw new RangeError(`THEORY_SEED_SET must be an integer >= 0, got ${k}`);
  return k;
}

/** The seed to use for a case whose committed seed is `seed`, in the selected seed set. */
export function suiteSeed(seed: number): number {
  return seed + 1_000_000 * seedSet();
}

export type Plant = 'aht' | 'patience' | 'agents' | 'lines' | 'shape';
const PLANTS: readonly Plant[] = ['aht', 'patience', 'agents', 'lines', 'shape'];

/** The error planted in the simulated model (THEORY_PLANT), or null: the simulation is right. */
export function plant(): Plant | null {
  const p = process.env.THEORY_PLANT;
  if (p === undefined || p === '') return null;
  if (!PLANTS.includes(p as Plant)) throw new RangeError(`THEORY_PLANT must be one of ${PLANTS.join(', ')}`);
  return p as Plant;
}

export interface ModelParameters {
  aht: number;
  agents: number;
  patience?: number;
  lines?: number;
}

/** Whether the planted error changed the model of the checks being prepared (for the records). */
let planted = false;

/** Notes that the planted error also changed something simulatedModel does not see. */
export function notePlanted(changed: boolean): void {
  planted ||= changed;
}

/** The parameters the simulation runs with: `model`, or `model` with the planted error. */
export function simulatedModel<M extends ModelParameters>(model: M): M {
  const simulated = plantedModel(model);
  planted = simulated !== model;
  return simulated;
}

function plantedModel<M extends ModelParameters>(model: M): M {
  switch (plant()) {
    case 'aht':
      return { ...model, aht: model.aht * 1.05 };
    case 'patience':
      return model.patience === undefined ? model : { ...model, patience: model.patience * 1.05 };
    case 'agents':
      return model.agents > 1 ? { ...model, agents: model.agents - 1 } : model;
    case 'lines':
      return model.lines === undefined ? model : { ...model, lines: model.lines - 1 };
    default:
      return model;
  }
}

/** t(1 − α/2, R − 1) for the per-check α: the half-width of a check in standard errors. */
export function criticalT(replications: number): number {
  return studentTQuantile(1 - CHECK_ALPHA / 2, replications - 1);
}

let checksRun = 0;

interface TaskTree {
  mode?: string;
  tasks?: readonly TaskTree[];
}

/** Whether every test under `task` was selected to run (none skipped, e.g. by a `-t` filter). */
function allRun(task: TaskTree): boolean {
  return task.tasks ? task.tasks.every(allRun) : task.mode === 'run';
}

/**
 * After the file's tests, asserts that it ran exactly `CHECKS[file]` statistical checks (when the
 * whole file ran: with a `-t` filter fewer run).
 */
export function countChecks(file: keyof typeof CHECKS): void {
  // vitest wants the first argument (fixtures) destructured; only the suite is used.
  // biome-ignore lint/correctness/noEmptyPattern: required by vitest's fixture parser
  afterAll(({}, suite) => {
    if (!allRun(suite as TaskTree)) return;
    expect(checksRun, `${file}: statistical checks run (update CHECKS and the headers)`).toBe(CHECKS[file]);
  });
}

function record(line: Record<string, unknown>): void {
  const file = process.env.THEORY_RECORD;
  const p = planted ? plant() : null;
  if (file && (p !== null || plant() === null)) {
    appendFileSync(file, `${JSON.stringify({ seedSet: seedSet(), plant: p, ...line })}\n`);
  }
}

/**
 * One statistical check: the mean of `values` (one per independent replication) is within
 * criticalT · s / √R of `theory`. A soft assertion, so every check of a case is evaluated and
 * reported.
 */
export function expectMeanNear(what: string, values: readonly number[], theory: number): void {
  checksRun++;
  const m = mean(values as number[]);
  const se = sampleStandardDeviation(values as number[]) / Math.sqrt(values.length);
  const halfWidth = criticalT(values.length) * se;
  const pass = Math.abs(m - theory) <= halfWidth;
  record({ check: what, mean: m, theory, se, halfWidth, pass });
  expect
    .soft(Math.abs(m - theory), `${what}: simulated ${m} ± ${halfWidth} vs theory ${theory}`)
    .toBeLessThanOrEqual(halfWidth);
}

/**
 * One statistical check of an ordering: the mean of `differences` (paired, one per replication) is
 * above 0 by more than criticalT · s / √R. It fails by chance with probability below CHECK_ALPHA
 * only when the true difference exceeds about twice that margin; the file's header says by how much
 * it does.
 */
export function expectMeanAbove0(what: string, differences: readonly number[]): void {
  checksRun++;
  const m = mean(differences as number[]);
  const se = sampleStandardDeviation(differences as number[]) / Math.sqrt(differences.length);
  const halfWidth = criticalT(differences.length) * se;
  const pass = m > halfWidth;
  record({ check: what, mean: m, theory: 0, se, halfWidth, pass });
  expect.soft(m, `${what}: mean difference ${m}, margin ${halfWidth}`).toBeGreaterThan(halfWidth);
}
