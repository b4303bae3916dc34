import { readFileSync } from 'node:fs';
import { parseScenario, staffScenario } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { expectCleanFailure, runCli } from '../run-cli.js';
import { scenarioFile, smallDay } from '../scenario-file.js';

describe('decroche staff', () => {
  const file = scenarioFile('small-day.yaml', smallDay);

  it('prints the plan of staffScenario and writes the staffed scenario as YAML', () => {
    const out = `${file}.staffed.yaml`;
    const result = runCli(['staff', file, '--pickup', '0.9', '--sl', '20:0.5', '--json', '--out', out]);
    expect(result.status).toBe(0);
    const expected = staffScenario(parseScenario(smallDay), {
      pickupRate: 0.9,
      serviceLevel: { seconds: 20, share: 0.5 },
    });
    const printed = JSON.parse(result.stdout);
    expect(printed.agents).toEqual(Object.fromEntries(expected.scenario.pools.map((p) => [p.id, p.agents])));
    expect(parseScenario(parse(readFileSync(out, 'utf8')))).toEqual(expected.scenario);
  });

  it('prints its target readably, the agents and predicted pickup per interval, and the agent-hours', () => {
    const result = runCli(['staff', file, '--pickup', '0.85', '--sl', '20:0.8', '--asa', '30']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'small-day: agents per interval for pickup ≥ 85 %, answered ≤ 20 s ≥ 80 %, ASA ≤ 30 s',
    );
    const plan = staffScenario(parseScenario(smallDay), {
      pickupRate: 0.85,
      serviceLevel: { seconds: 20, share: 0.8 },
      asa: 30,
    });
    const [caf, retraite] = plan.scenario.pools.map((p) => p.agents);
    const row = (i: number) =>
      [
        String(i),
        caf?.[i],
        retraite?.[i],
        plan.queues.caf?.[i]?.pickupRate,
        plan.queues.retraite?.[i]?.pickupRate,
      ]
        .map((x) => (typeof x === 'number' && x <= 1 ? `${(x * 100).toFixed(1)} %` : String(x)))
        .join(' +');
    expect(result.stdout).toMatch(new RegExp(`^${row(1)}$`, 'm'));
    // Half-hours: agent-hours = agents summed over the intervals ÷ 2.
    const hours = (agents: number[] = []) => agents.reduce((a, b) => a + b, 0) / 2;
    expect(result.stdout).toMatch(new RegExp(`^agent-hours +${hours(caf)} +${hours(retraite)}`, 'm'));
    expect(result.stdout).toContain(`Total: ${hours(caf) + hours(retraite)} agent-hours a day.`);
  });

  it('checks every target given on every queue with --check, with its confidence half-width', () => {
    const result = runCli(['staff', file, '--pickup', '0.85', '--sl', '20:0.8', '--check', '-r', '3']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'Checked by simulation (3 replications, seed 5; ± is a 95 % confidence half-width):',
    );
    const header = result.stdout.split('\n').find((l) => l.startsWith('queue '));
    expect(header).toMatch(/pickup .*answered ≤ 20 s .*target/);
    const cafLine = result.stdout.split('\n').find((l) => l.startsWith('caf '));
    // pickup and the 20-second service level, each with its ±, then the verdict.
    expect(cafLine).toMatch(/\d+\.\d % ± \d+\.\d .*\d+\.\d % ± \d+\.\d +(met|within the CI|MISSED)$/);
  });

  it('warns per queue when the check misses a target beyond its half-width', () => {
    // Two queues share one pool and `a` has priority: the staffing search sizes each queue on its own
    // (Erlang A), but in the simulation the pool serves `a` first, so `b` is starved far below 85 %.
    const shared = scenarioFile(
      'priority.yaml',
      `
name: priority
seed: 5
intervals: 4
queues:
  - { id: a, calls: 2000, priority: 1, handleTime: { dist: exponential, mean: 300 }, patience: { dist: exponential, mean: 60 } }
  - { id: b, calls: 200, handleTime: { dist: exponential, mean: 300 }, patience: { dist: exponential, mean: 60 } }
pools:
  - { id: both, serves: [a, b], agents: 40 }
`,
    );
    const result = runCli(['staff', shared, '--pickup', '0.85', '--check', '-r', '3', '--json']);
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout);
    const b = out.check.queues.b.pickupRate;
    const hw = out.check.halfWidth.queues.b.pickupRate;
    expect(b + hw).toBeLessThan(0.85);
    expect(result.stderr).toContain(
      `decroche: warning: b misses its target, beyond its 95 % confidence half-width: pickup ${(b * 100).toFixed(1)} % ± ${(hw * 100).toFixed(1)} against ≥ 85.0 %`,
    );
    expect(result.stderr).not.toContain('warning: a ');
  });

  it('writes the staffed scenario as JSON by extension, and refuses other extensions or unwritable places', () => {
    const json = `${file}.staffed.json`;
    expect(runCli(['staff', file, '--pickup', '0.9', '-o', json]).status).toBe(0);
    const expected = staffScenario(parseScenario(smallDay), { pickupRate: 0.9 });
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(expected.scenario);
    const csv = runCli(['staff', file, '--pickup', '0.9', '-o', `${file}.csv`]);
    expect(csv.status).toBe(2);
    expect(csv.stderr).toContain('option --out writes .yaml, .yml, .json files');
    const nowhere = runCli(['staff', file, '--pickup', '0.9', '-o', '/nonexistent/dir/plan.yaml']);
    expectCleanFailure(nowhere);
    expect(nowhere.status).toBe(2);
    expect(nowhere.stderr).toContain("cannot write --out '/nonexistent/dir/plan.yaml': no such directory");
  });

  it('writes the plan and its check per queue and interval as CSV', () => {
    const csv = `${file}.plan.csv`;
    const result = runCli(['staff', file, '--pickup', '0.85', '--check', '-r', '2', '--csv', csv]);
    expect(result.status).toBe(0);
    const plan = staffScenario(parseScenario(smallDay), { pickupRate: 0.85 });
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    const header = lines[0]?.split(',') ?? [];
    expect(header.slice(0, 10)).toEqual([
      'queue',
      'interval',
      'start',
      'calls',
      'attempts',
      'agents',
      'agentHours',
      'scheduled',
      'scheduledHours',
      'predictedPickupRate',
    ]);
    expect(header).toContain('simulated_pickupRate');
    expect(lines).toHaveLength(1 + 2 * 5);
    const row = lines.find((l) => l.startsWith('caf,2,'))?.split(',');
    const staffed = plan.queues.caf?.[2];
    expect(row?.slice(3, 6).map(Number)).toEqual(
      [staffed?.calls, staffed?.attempts, staffed?.agents].map((x) => Number((x ?? -1).toFixed(6))),
    );
    const total = lines.find((l) => l.startsWith('caf,total,'))?.split(',');
    // Half-hours: agent-hours = agents summed ÷ 2.
    expect(Number(total?.[header.indexOf('agentHours')])).toBe(
      (plan.queues.caf ?? []).reduce((a, s) => a + s.agents, 0) / 2,
    );
  });

  it('asks for a target, and names a bad one', () => {
    const none = runCli(['staff', file]);
    expectCleanFailure(none);
    expect(none.stderr).toContain('give at least one target');
    const bad = runCli(['staff', file, '--sl', '20']);
    expectCleanFailure(bad);
    expect(bad.stderr).toContain(
      "option --sl must be 'seconds:share', e.g. 20:0.8, 20s:0.8 or 1m:0.8 for 80 % answered within 20 s or 1 minute, got '20'",
    );
    const swapped = runCli(['staff', file, '--sl', '0.8:20']);
    expect(swapped.status).toBe(2);
    expect(swapped.stderr).toContain("(seconds first, then the share), got '0.8:20'");
    expect(swapped.stderr).toContain('(run decroche staff --help for usage)');
    const asa = runCli(['staff', file, '--asa', '1 min']);
    expect(asa.status).toBe(2);
    expect(asa.stderr).toContain('option --asa must be a duration > 0');
  });

  it('reads the seconds of --sl and --asa as durations: 20s:0.8 is 20:0.8, 1m:0.8 is 60:0.8', () => {
    const plan = (...args: string[]) => JSON.parse(runCli(['staff', file, '--json', ...args]).stdout);
    const seconds = plan('--sl', '60:0.8', '--asa', '30');
    const written = plan('--sl', '1m:0.8', '--asa', '30s');
    expect(written.target).toEqual({ serviceLevel: { seconds: 60, share: 0.8 }, asa: 30 });
    expect(written.agents).toEqual(seconds.agents);
    expect(plan('--sl', '20s:0.8').target).toEqual(plan('--sl', '20:0.8').target);
  });

  it('shows agents on the phone, to schedule (shrinkage) and on the phone today with the shifts, in the table and the CSV', () => {
    const shifted = scenarioFile(
      'shifts.yaml',
      `
name: shifts
opensAt: "08:30"
intervals: 4
queues: [{ id: caf, calls: 300, handleTime: { dist: exponential, mean: 300 }, patience: { dist: exponential, mean: 300 } }]
pools:
  - id: caf-agents
    serves: [caf]
    shrinkage: 0.2
    shifts: [{ start: "08:30", end: "10:30", count: 50, breaks: [{ start: "09:30", minutes: 15 }] }]
`,
    );
    const csv = `${shifted}.csv`;
    const result = runCli(['staff', shifted, '--pickup', '0.85', '--csv', csv]);
    expect(result.status).toBe(0);
    const plan = staffScenario(parseScenario(readFileSync(shifted, 'utf8')), { pickupRate: 0.85 });
    const onPhone = plan.scenario.pools[0]!.agents;
    // The plan's agents on the phone ÷ (1 − 0.2); today's shifts put 50 × 0.8 = 40 on the phone,
    // 20 in 09:30–10:00 (a 15-minute break takes half of each agent's half-hour).
    expect(result.stdout).toMatch(
      /^interval +caf-agents on phone +caf-agents scheduled +caf-agents today +caf predicted$/m,
    );
    const one = (n: number) => n.toFixed(Number.isInteger(n) ? 0 : 1);
    expect(result.stdout).toMatch(
      new RegExp(`^09:30 +${onPhone[2]} +${one(onPhone[2]! / 0.8)} +20 +[\\d.]+ %$`, 'm'),
    );
    const hours = onPhone.reduce((a, b) => a + b, 0) / 2;
    expect(result.stdout).toContain(
      `Total: ${one(hours)} agent-hours a day on the phone, ${one(hours / 0.8)} scheduled.`,
    );
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    const row = lines.find((l) => l.startsWith('caf,2,'))!.split(',');
    expect(row[header.indexOf('start')]).toBe('09:30');
    expect(Number(row[header.indexOf('agents')])).toBe(onPhone[2]);
    expect(Number(row[header.indexOf('scheduled')])).toBeCloseTo(onPhone[2]! / 0.8, 6);
  });
});
