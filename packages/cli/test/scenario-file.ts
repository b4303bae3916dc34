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

/** The four services of the study on a small day: 40 agents each, from light to overloaded. */
export const fourServices = `
name: four
seed: 3
intervals: 8
queues:
${[
  ['assurance-maladie', 400],
  ['caf', 300],
  ['assurance-retraite', 250],
  ['france-travail', 200],
]
  .map(
    ([id, calls]) =>
      `  - { id: ${id}, calls: ${calls}, handleTime: { dist: exponential, mean: 300 }, patience: { dist: exponential, mean: 600 } }`,
  )
  .join('\n')}
pools:
  - { id: am, serves: [assurance-maladie], agents: 40 }
  - { id: caf, serves: [caf], agents: 40 }
  - { id: ar, serves: [assurance-retraite], agents: 40 }
  - { id: ft, serves: [france-travail], agents: 40 }
`;
