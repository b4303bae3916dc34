import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Kpis, parseScenario, simulate } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.js';
import { scenarioFile } from '../scenario-file.js';

// A short overloaded day using the blocks whose outcomes end attempts without an agent (dissuasion,
// refused redials, callbacks still pending at the end) or settle first calls (the voice server).
const blocksDay = `
name: blocks-day
seed: 8
intervals: 3
queues:
  - id: caf
    calls: 400
    handleTime: { dist: exponential, mean: 6m }
    patience: { dist: exponential, mean: 4m }
    types: [{ id: simple, share: 0.6 }, { id: complex, share: 0.4, handleTime: { dist: exponential, mean: 10m } }]
    redial: { probability: 0.5, delay: { dist: exponential, mean: 10m }, refuseWithinSeconds: 5m }
    ivr: { share: 0.1, time: { dist: exponential, mean: 1m } }
    dissuasion: { queueLength: 12 }
    callback: { offerAboveWait: 30s, acceptance: 0.3, rule: when-idle }
pools:
  - { id: caf-agents, serves: [caf], agents: 60 }
`;

const spaced = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

describe('decroche run with behaviour blocks', () => {
  const file = scenarioFile('blocks-day.yaml', blocksDay);
  const report = simulate(parseScenario(blocksDay));
  const caf = report.queues.caf!;

  it('prints their outcomes as columns, so that each line adds up, and each call type on its own line', () => {
    const result = runCli(['run', file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      '(offered = first calls + redials = answered + abandoned + blocked + waiting at end + dissuaded + refused + callback pending; voice server: first calls settled there, not offered;',
    );
    const cells = (label: string) =>
      result.stdout
        .split('\n')
        .find((l) => l.startsWith(`${label} `))
        ?.split(/ {2,}/);
    const lines: [string, Kpis][] = [
      ['caf', caf],
      ...Object.entries(caf.types!).map(([type, k]): [string, Kpis] => [`caf/${type}`, k]),
    ];
    for (const [label, k] of lines) {
      expect(cells(label)?.slice(1, 12)).toEqual(
        [
          k.firstCalls,
          k.offered - k.firstCalls,
          k.offered,
          k.answered,
          k.abandoned,
          k.blocked,
          k.inSystem,
          k.dissuaded!,
          k.refused!,
          k.callbacks!.pending,
          k.selfServed!,
        ].map(spaced),
      );
    }
    // Every outcome happened in this day, and the caf line adds up.
    expect(Math.min(caf.dissuaded!, caf.refused!, caf.callbacks!.pending, caf.selfServed!)).toBeGreaterThan(
      0,
    );
    expect(caf.offered).toBe(
      caf.answered +
        caf.abandoned +
        caf.blocked +
        caf.inSystem +
        caf.dissuaded! +
        caf.refused! +
        caf.callbacks!.pending,
    );
  });

  it('writes them as CSV columns, and the whole report with --json', () => {
    const csv = join(dirname(file), 'blocks.csv');
    expect(runCli(['run', file, '--csv', csv]).status).toBe(0);
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    const total = lines.find((l) => l.startsWith('caf,total,'))!.split(',');
    const cell = (name: string) => Number(total[header.indexOf(name)]);
    expect([cell('dissuaded'), cell('refused'), cell('callbacksPending'), cell('selfServed')]).toEqual([
      caf.dissuaded,
      caf.refused,
      caf.callbacks!.pending,
      caf.selfServed,
    ]);
    const json = JSON.parse(runCli(['run', file, '--json']).stdout);
    expect(json.queues.caf.dissuaded).toBe(caf.dissuaded);
    expect(json.queues.caf.types.complex.callbacks).toEqual(
      JSON.parse(JSON.stringify(caf.types!.complex!.callbacks)),
    );
  });
});
