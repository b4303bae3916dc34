import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseScenario, simulate } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { expectCleanFailure, runCli } from '../run-cli.js';
import { scenarioFile, smallDay } from '../scenario-file.js';

describe('decroche run', () => {
  const file = scenarioFile('small-day.yaml', smallDay);

  it('prints the same report as simulate() with --json', () => {
    const result = runCli(['run', file, '--json', '--replications', '3', '--seed', '9']);
    expect(result.status).toBe(0);
    const expected = simulate(parseScenario(smallDay), { seed: 9, replications: 3 });
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('prints one line per queue, the total and the pools, with the pickup rate in percent', () => {
    const result = runCli(['run', file, '--intervals']);
    expect(result.status).toBe(0);
    const report = simulate(parseScenario(smallDay));
    const cafLine = result.stdout.split('\n').find((l) => l.startsWith('caf '));
    expect(cafLine).toContain(`${((report.queues.caf?.pickupRate ?? 0) * 100).toFixed(1)} %`);
    expect(result.stdout).toMatch(/^total /m);
    expect(result.stdout).toMatch(/^retraite-agents /m);
    expect(result.stdout).toContain('caf, interval by interval:');
  });

  it('shows first calls, redials, callers served, callers still waiting and every service-level threshold', () => {
    const result = runCli(['run', file]);
    const report = simulate(parseScenario(smallDay));
    const caf = report.queues.caf!;
    const header = result.stdout.split('\n').find((l) => l.startsWith('queue '));
    for (const heading of ['first calls', 'redials', 'waiting at end', 'callers served', '≤ 20 s', '≤ 300 s'])
      expect(header).toContain(heading);
    const cells = result.stdout
      .split('\n')
      .find((l) => l.startsWith('caf '))
      ?.split(/ {2,}/);
    expect(cells?.slice(1, 8)).toEqual(
      [
        caf.firstCalls,
        caf.offered - caf.firstCalls,
        caf.offered,
        caf.answered,
        caf.abandoned,
        caf.blocked,
        caf.inSystem,
      ].map((n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ')),
    );
    expect(result.stdout).toContain(`${((caf.callerServedShare ?? 0) * 100).toFixed(1)} %`);
    expect(result.stdout).toContain(`${((caf.serviceLevel['300'] ?? 0) * 100).toFixed(1)} %`);
  });

  it('writes the report with -o, and refuses an unwritable place or a format it cannot write', () => {
    const out = `${file}.report.json`;
    expect(runCli(['run', file, '-o', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(
      JSON.parse(JSON.stringify(simulate(parseScenario(smallDay)))),
    );
    const nowhere = runCli(['run', file, '-o', '/nonexistent/dir/out.json']);
    expectCleanFailure(nowhere);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toContain(
      "cannot write --out '/nonexistent/dir/out.json': no such directory '/nonexistent/dir'",
    );
    const csv = `${file}.out.txt`;
    const wrongFormat = runCli(['run', file, '-o', csv]);
    expect(wrongFormat.status).toBe(2);
    expect(wrongFormat.stderr).toContain(
      `option --out writes .json files (chosen by the extension), got '${csv}'`,
    );
    expect(existsSync(csv)).toBe(false);
    // Nothing half-written or left behind: only the scenario and the report in the directory.
    expect(readdirSync(dirname(file)).sort()).toEqual(['small-day.yaml', 'small-day.yaml.report.json']);
  });

  it('writes the figures per queue and interval as CSV, in French Excel form with --sep and --decimal', () => {
    const csv = `${file}.fr.csv`;
    const result = runCli(['run', file, '-r', '2', '--csv', csv, '--sep', ';', '--decimal', ',']);
    expect(result.status).toBe(0);
    const report = simulate(parseScenario(smallDay), { replications: 2 });
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    const header = lines[0]?.split(';') ?? [];
    expect(header.slice(0, 8)).toEqual([
      'queue',
      'interval',
      'start',
      'agents',
      'offered',
      'firstCalls',
      'redials',
      'answered',
    ]);
    expect(header).toContain('serviceLevel300');
    // Two queues × (4 intervals + their total), then all queues together.
    expect(lines).toHaveLength(1 + 2 * 5 + 1);
    const cell = (row: string | undefined, name: string) => row?.split(';')[header.indexOf(name)];
    const caf1 = lines.find((l) => l.startsWith('caf;1;'));
    const expected = report.queues.caf?.intervals[1];
    expect(cell(caf1, 'agents')).toBe('40');
    expect(cell(caf1, 'offered')).toBe(String(expected?.offered).replace('.', ','));
    expect(Number(cell(caf1, 'pickupRate')?.replace(',', '.'))).toBeCloseTo(expected?.pickupRate ?? -1, 6);
    expect(cell(caf1, 'pickupRate')).toMatch(/^0,\d+$/);
    expect(Number(cell(lines[lines.length - 1], 'pickupRate')?.replace(',', '.'))).toBeCloseTo(
      report.total.pickupRate ?? -1,
      6,
    );
  });

  it('warns on stderr about a likely unit mistake, and still runs', () => {
    const minutes = scenarioFile(
      'minutes.yaml',
      smallDay.replace('mean: 300 }\n    patience', 'mean: 7 }\n    patience'),
    );
    const result = runCli(['run', minutes]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      `decroche: warning: scenario '${minutes}', queues[0].handleTime: a mean handle time of 7 s is under 20 s; times are in seconds (7 minutes is 420)\n`,
    );
  });

  it('runs a preset by name', () => {
    const result = runCli(['run', 'france-2023', '--json']);
    expect(result.status).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout).queues)).toEqual([
      'assurance-maladie',
      'caf',
      'assurance-retraite',
      'france-travail',
    ]);
  });

  it('lists every problem of an invalid scenario with its path, without a stack trace', () => {
    const bad = scenarioFile(
      'bad.yaml',
      smallDay.replace('cv: 1.2', 'cv: -1').replace('serves: [caf]', 'serves: [cfa]'),
    );
    const result = runCli(['run', bad]);
    expectCleanFailure(result);
    expect(result.stderr).toContain(`scenario '${bad}' is not valid`);
    expect(result.stderr).toContain('queues[1].handleTime.cv');
    expect(result.stderr).toContain('pools[0].serves[0]');
  });

  it('names a missing file and a bad option value', () => {
    const missing = runCli(['run', 'no-such-file.yaml']);
    expectCleanFailure(missing);
    expect(missing.stderr).toContain("cannot read scenario 'no-such-file.yaml': no such file");
    const badOption = runCli(['run', file, '--replications', '0']);
    expectCleanFailure(badOption);
    expect(badOption.status).toBe(2);
    expect(badOption.stderr).toContain("option --replications must be a whole number ≥ 1, got '0'");
  });

  it('refuses work beyond the limits before starting, and runs it with --allow-large', () => {
    // 600,000 callers who, if every attempt failed, could redial every second for 1,800 s: up to
    // 1.08e9 attempts, over the 1e9 limit. With ample agents all are answered at once.
    const large = scenarioFile(
      'large.yaml',
      `intervals: 1
queues:
  - id: q
    calls: 600000
    handleTime: { dist: deterministic, value: 1 }
    redial: { probability: 1, delay: { dist: deterministic, value: 1 } }
pools: [{ id: p, serves: [q], agents: 2000 }]
`,
    );
    const refused = runCli(['run', large]);
    expectCleanFailure(refused);
    expect(refused.stderr).toContain('queues[0].redial: this run would simulate about 1.1e9 attempts');
    expect(refused.stderr).toContain('--allow-large');
    const allowed = runCli(['run', large, '--allow-large', '--json']);
    expect(allowed.status).toBe(0);
    expect(JSON.parse(allowed.stdout).total.pickupRate).toBe(1);
  });

  it('starts from a state file with --from and predicts the rest of the day, as simulate does with that start', () => {
    const state = {
      time: 3600,
      queues: { caf: { waiting: [35, 240, 610], redialing: [60] } },
      pools: { 'caf-agents': { busy: [120, 15, 400] } },
    };
    const stateFile = scenarioFile('state.json', JSON.stringify(state));
    const result = runCli(['run', file, '--from', stateFile, '--json', '-s', '4']);
    expect(result.stderr).toBe('');
    const expected = simulate({ ...parseScenario(smallDay), start: state }, { seed: 4 });
    const printed = JSON.parse(result.stdout);
    expect(printed).toEqual(JSON.parse(JSON.stringify(expected)));
    // Half-hours: the run starts at the third; the callers waiting arrived in the second.
    expect(printed.queues.retraite.intervals.map((k: { offered: number }) => k.offered > 0)).toEqual([
      false,
      false,
      true,
      true,
    ]);
    expect(printed.queues.caf.intervals[1].offered).toBe(3);
    const text = runCli(['run', file, '--from', stateFile]);
    expect(text.stdout).toContain(
      'from the state at 1 h 00 min after the first interval began: 3 callers waiting, 1 due to redial, 3 agents busy',
    );
  });

  it('names a state that does not fit the scenario by its paths, and a missing state file', () => {
    const bad = scenarioFile('bad-state.yaml', 'time: 9000\nqueues: { cnav: { waiting: [10] } }\n');
    const result = runCli(['run', file, '--from', bad]);
    expectCleanFailure(result);
    expect(result.stderr).toContain(`the state in --from '${bad}' does not fit scenario 'small-day':`);
    expect(result.stderr).toContain(
      'start.time: must be ≥ 0 and < the 7200 s simulated (days × intervals × intervalSeconds), got 9000',
    );
    expect(result.stderr).toContain("start.queues.cnav: no queue has id 'cnav' (queues: 'caf', 'retraite')");
    const missing = runCli(['run', file, '--from', 'nowhere.json']);
    expectCleanFailure(missing);
    expect(missing.stderr).toContain("cannot read --from 'nowhere.json': no such file");
  });
});
