// Runs `simulate` for the fuzz test (simulate-fuzz.test.ts) in a worker thread, so that the test
// can stop a run that hangs. Receives { id, scenario, options }; answers { id, outcome } where
// outcome is { error: { name, message } } or { nonFinite: path of the first NaN or ±Infinity | null }.
import { parentPort } from 'node:worker_threads';
import { simulate } from '../../dist/index.js';

/** Path of the first number in `value` that is NaN or infinite, or null. */
function firstNonFinite(value, path) {
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path} = ${value}`;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, child] of Object.entries(value)) {
    const found = firstNonFinite(child, `${path}.${key}`);
    if (found !== null) return found;
  }
  return null;
}

parentPort.on('message', ({ id, scenario, options }) => {
  let outcome;
  try {
    outcome = { nonFinite: firstNonFinite(simulate(scenario, options), 'report') };
  } catch (e) {
    outcome = { error: { name: e?.constructor?.name ?? typeof e, message: String(e?.message ?? e) } };
  }
  parentPort.postMessage({ id, outcome });
});
