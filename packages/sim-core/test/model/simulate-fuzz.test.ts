// Fuzz test of `simulate` over the scenario format (issue 11): valid scenarios with some of their
// numbers replaced by extreme or wrong values. Every run must end — within a time bound, in a worker
// thread stopped if it does not — either with a report holding no NaN or infinite number, or with a
// ScenarioError or RangeError; never another error, never a hang. The work limits are lowered so
// that every accepted run is small: what is refused is refused before it starts.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validScenarioArb } from '../scenario/arbitrary-scenario.js';

const packageDir = resolve(import.meta.dirname, '../..');
const RUN_SECONDS = Number(process.env.FUZZ_RUN_SECONDS ?? 20); // far above any accepted run (≤ 200,000 attempts); a run past it hangs
const LIMITS = { maxAttempts: 2e5, maxCells: 2e4 };
const EXTREMES = [1e-320, 1e-3, 0, -1, 0.5, 1, 366, 367, 1e9, 1e12, 1e308, 2 ** 53, NaN, Infinity, -Infinity];

type Outcome = { error: { name: string; message: string } } | { nonFinite: string | null };

let worker: Worker | undefined;
let nextId = 0;

function startWorker(): Worker {
  worker = new Worker(resolve(import.meta.dirname, 'fuzz-worker.mjs'));
  return worker;
}

/** Runs simulate in the worker; rejects (and replaces the worker) after RUN_SECONDS. */
function runBounded(scenario: unknown): Promise<Outcome> {
  const w = worker ?? startWorker();
  const id = nextId++;
  return new Promise((resolveRun, reject) => {
    const timer = setTimeout(() => {
      w.off('message', onMessage);
      void w.terminate();
      worker = undefined;
      reject(new Error(`simulate did not end within ${RUN_SECONDS} s`));
    }, RUN_SECONDS * 1000);
    const onMessage = (m: { id: number; outcome: Outcome }) => {
      if (m.id !== id) return;
      clearTimeout(timer);
      w.off('message', onMessage);
      resolveRun(m.outcome);
    };
    w.on('message', onMessage);
    w.postMessage({ id, scenario, options: { seed: 5, ...LIMITS } });
  });
}

/** Paths of every number in a value, as lists of keys. */
function numberPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'number') return [path];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    numberPaths(v, [...path, Array.isArray(value) ? Number(k) : k]),
  );
}

function setAt(target: unknown, path: (string | number)[], value: unknown): void {
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
}

/** A valid scenario with 1–3 of its numbers (any field, list entry or distribution parameter) replaced. */
const wildScenarioArb = fc
  .tuple(
    validScenarioArb,
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...EXTREMES)), { minLength: 1, maxLength: 3 }),
  )
  .map(([scenario, mutations]) => {
    const copy = structuredClone(scenario);
    const paths = numberPaths(copy);
    for (const [pick, value] of mutations) setAt(copy, paths[pick % paths.length]!, value);
    return copy;
  });

beforeAll(() => {
  if (!existsSync(resolve(packageDir, 'dist/index.js'))) {
    execFileSync('pnpm', ['run', 'build'], { cwd: packageDir, stdio: 'ignore' });
  }
}, 120_000);

afterAll(async () => {
  await worker?.terminate();
});

describe('simulate under fuzzing', () => {
  it('ends every run with a finite report, a ScenarioError or a RangeError', async () => {
    await fc.assert(
      fc.asyncProperty(wildScenarioArb, async (scenario) => {
        const outcome = await runBounded(scenario);
        if ('error' in outcome) {
          expect(['ScenarioError', 'RangeError']).toContain(outcome.error.name);
          expect(outcome.error.message.length).toBeGreaterThan(0);
        } else {
          expect(outcome.nonFinite).toBeNull();
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300), endOnFailure: process.env.FUZZ_DEBUG !== undefined },
    );
  }, 300_000);

  it.each([
    ['intervalSeconds', { intervalSeconds: 1e-320 }],
    ['intervalSeconds', { intervalSeconds: 1e308 }],
    [
      'queues[0].calls',
      { queues: [{ id: 'q', calls: 1e12, handleTime: { dist: 'exponential', mean: 300 } }] },
    ],
    ['intervals', { intervals: 1e9 }],
    ['days', { days: 1e9 }],
  ])('refuses before running a scenario whose %s is out of reach', async (path, change) => {
    const scenario = {
      intervals: 16,
      queues: [{ id: 'q', calls: 100, handleTime: { dist: 'exponential', mean: 300 } }],
      pools: [{ id: 'p', serves: ['q'], agents: 20 }],
      ...change,
    };
    const outcome = await runBounded(scenario);
    expect('error' in outcome && outcome.error.message).toContain(`${path}:`);
  });
});
