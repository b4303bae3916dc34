import { readFileSync } from 'node:fs';
import { parseScenario, sweep } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { expectCleanFailure, runCli } from '../run-cli.js';
import { scenarioFile } from '../scenario-file.js';

const oneQueue = `
name: sweep-day
seed: 3
intervals: 2
queues:
  - id: caf
    calls: 300
    handleTime: { dist: exponential, mean: 300 }
    patience: { dist: exponential, mean: 240 }
pools:
  - { id: caf-agents, serves: [caf], agents: 50 }
`;

describe('decroche sweep', () => {
  const file = scenarioFile('sweep-day.yaml', oneQueue);

  it('prints the grid of the library sweep with common random numbers, and its CSV', () => {
    const csv = `${file}.csv`;
    const result = runCli([
      'sweep',
      file,
      '--agents',
      '40..60/10',
      '--calls',
      '1..1.2/0.2',
      '-r',
      '2',
      '--csv',
      csv,
    ]);
    expect(result.status).toBe(0);
    const expected = sweep(
      parseScenario(oneQueue),
      { agents: [40, 50, 60], calls: [1, 1.2] },
      { replications: 2 },
    );
    expect(result.stdout).toContain(
      'sweep-day: 6 points, all queues together; 2 replications per point, seed 3 at every point',
    );
    const lines = result.stdout.split('\n').filter((l) => /^\s*\d+\s+1(\.2)?\s+1\s/.test(l));
    expect(lines).toHaveLength(6);
    expected.points.forEach((p, i) => {
      expect(lines[i]).toMatch(new RegExp(`^\\s*${p.agents}\\s+${p.calls}\\s+1\\s`));
      expect(lines[i]).toContain(`${((p.report.total.pickupRate ?? 0) * 100).toFixed(1)} %`);
    });
    const rows = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    // A header, then per point one row for the queue and one for the total.
    expect(rows).toHaveLength(1 + 6 * 2);
    const header = rows[0]?.split(',') ?? [];
    const last = rows[rows.length - 1]?.split(',') ?? [];
    expect(last.slice(0, 5)).toEqual(['60', '1', '1.2', '1', 'total']);
    const lastPoint = expected.points[5]?.report;
    expect(Number(last[header.indexOf('pickupRate')])).toBeCloseTo(lastPoint?.total.pickupRate ?? -1, 6);
    expect(Number(last[header.indexOf('pickupRateHalfWidth')])).toBeCloseTo(
      lastPoint?.halfWidth?.total.pickupRate ?? -1,
      6,
    );
  });

  it('names a bad range', () => {
    const bad = runCli(['sweep', file, '--agents', '80-140']);
    expectCleanFailure(bad);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(
      "option --agents must be 'from..to/step' (e.g. 80..140/10), a list '80,100,120' or one value, got '80-140'",
    );
    expect(bad.stderr).toContain('(run decroche sweep --help for usage)');
    const fractional = runCli(['sweep', file, '--agents', '10..11/0.5']);
    expect(fractional.stderr).toContain(
      "option --agents values must be whole numbers ≥ 0, got 10.5 in '10..11/0.5'",
    );
  });
});
