import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Writes `text` to a fresh temporary file named `name` and returns its path. */
export function scenarioFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'decroche-cli-')), name);
  writeFileSync(path, text);
  return path;
}

/** A small two-queue day in YAML, quick to simulate. */
export const smallDay = `
name: small-day
seed: 5
intervals: 4
serviceLevelSeconds: [20, 300]
queues:
  - id: caf
    calls: [200, 300, 300, 200]
    handleTime: { dist: exponential, mean: 300 }
    patience: { dist: exponential, mean: 240 }
    redial: { probability: 0.3, delay: { dist: exponential, mean: 600 } }
  - id: retraite
    calls: 150
    handleTime: { dist: lognormal, mean: 360, cv: 1.2 }
    patience: { dist: exponential, mean: 300 }
pools:
  - { id: caf-agents, serves: [caf], agents: 40 }
  - { id: retraite-agents, serves: [retraite], agents: [25, 30, 30, 25] }
`;
