import { readFileSync } from 'node:fs';
import {
  intervalLabel,
  type Roster,
  roster,
  type Scenario,
  type SimulationReport,
  type StaffingTarget,
  staffScenario,
} from '@decroche/sim-core';
import type { Command } from 'commander';
import { parse } from 'yaml';
import { CliError, numberOption } from '../cli-error.js';
import { durationOption } from '../duration-option.js';
import { count, duration, formatTable, percent } from '../format-table.js';
import { loadScenario } from '../load-scenario.js';
import { replicationsOption, replicationsText, WORKERS_HELP, workersOption } from '../run-options.js';
import { simulateWithWorkers } from '../simulate-with-workers.js';
import { outputFormat, writeOutput } from '../write-output.js';

interface RosterCliOptions {
  target: string[];
  shifts?: string;
  shrinkage?: string;
  replications: string;
  timeLimit: string;
  json?: boolean;
  out?: string;
  workers: string;
}

const TARGET_HELP = "'pickup=0.85', 'sl=20:0.8', 'asa=60' or 'occupancy=0.9'";

/** `--target pickup=0.85 --target sl=20:0.8` (or comma-separated) → a staffing target. */
export function rosterTarget(items: readonly string[]): StaffingTarget {
  const target: StaffingTarget = {};
  const share = (n: number) => n > 0 && n < 1;
  for (const item of items.flatMap((t) => t.split(','))) {
    const [key = '', value = ''] = item.split('=');
    if (key === 'pickup')
      target.pickupRate = numberOption('--target pickup', value, share, 'a share between 0 and 1');
    else if (key === 'sl') {
      const [seconds = '', wanted = ''] = value.split(':');
      target.serviceLevel = {
        seconds: durationOption('--target sl', seconds, (n) => n >= 0, '≥ 0'),
        share: numberOption('--target sl', wanted, share, "'seconds:share', e.g. sl=20:0.8"),
      };
    } else if (key === 'asa') target.asa = durationOption('--target asa', value, (n) => n > 0, '> 0');
    else if (key === 'occupancy') {
      target.maxOccupancy = numberOption(
        '--target occupancy',
        value,
        (n) => n > 0 && n <= 1,
        'a share in (0, 1]',
      );
    } else throw new CliError(`option --target must be ${TARGET_HELP}, got '${item}'`, 2);
  }
  if (Object.keys(target).length === 0) {
    throw new CliError(`give a target: --target ${TARGET_HELP}`, 2);
  }
  return target;
}

function describeTarget(t: StaffingTarget): string {
  const parts: string[] = [];
  if (t.pickupRate !== undefined) parts.push(`pickup rate ≥ ${percent(t.pickupRate)}`);
  if (t.serviceLevel)
    parts.push(`${percent(t.serviceLevel.share)} answered within ${t.serviceLevel.seconds} s`);
  if (t.asa !== undefined) parts.push(`asa ≤ ${t.asa} s`);
  if (t.maxOccupancy !== undefined) parts.push(`occupancy ≤ ${percent(t.maxOccupancy)}`);
  return parts.join(', ');
}

function readShapes(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      `cannot read shift shapes '${file}': ${code === 'ENOENT' ? 'no such file' : String(code)}`,
    );
  }
  try {
    return parse(text);
  } catch (error) {
    throw new CliError(`shift shapes '${file}' are not valid YAML or JSON: ${(error as Error).message}`);
  }
}

/** Agent hours of staffing each interval exactly as required (on the phone, then paid). */
export function perIntervalHours(required: readonly number[], intervalSeconds: number, shrinkage: number) {
  const onPhone = (required.reduce((a, b) => a + b, 0) * intervalSeconds) / 3600;
  return { onPhone, paid: onPhone / (1 - shrinkage) };
}

const hours = (h: number) => `${h.toFixed(1)} h`;
const withCi = (value: number | null | undefined, hw: number | null | undefined) =>
  `${percent(value)}${hw === null || hw === undefined ? '' : ` ± ${(hw * 100).toFixed(1)}`}`;

function printPool(scenario: Scenario, id: string, plan: Roster, shrinkage: number, check: SimulationReport) {
  const pool = scenario.pools.find((p) => p.id === id)!;
  const base = perIntervalHours(plan.required, scenario.intervalSeconds, shrinkage);
  const extra =
    base.paid > 0 ? ` (the roster pays ${((plan.agentHours / base.paid - 1) * 100).toFixed(1)} % more)` : '';
  const shifts = plan.shifts.reduce((a, s) => a + s.count, 0);
  const lines = [
    `Pool ${id}: ${count(shifts)} shifts, ${hours(plan.agentHours)} paid, ${hours(plan.onPhoneHours)} on the phone${plan.status === 'optimal' ? '' : ' (time limit: best roster found, not proven cheapest)'}`,
    `  staffing each interval exactly: ${hours(base.onPhone)} on the phone, ${hours(base.paid)} paid${extra}`,
    '',
    formatTable(
      [
        { heading: 'shape', align: 'left' },
        { heading: 'start', align: 'left' },
        { heading: 'end', align: 'left' },
        { heading: 'count' },
        { heading: 'breaks', align: 'left' },
      ],
      plan.shifts.map((s) => [
        s.shape,
        s.start,
        s.end,
        count(s.count),
        s.breaks.map((b) => `${b.start} (${b.minutes} min)`).join(', '),
      ]),
    ),
    '',
  ];
  const queues = pool.serves;
  lines.push(
    formatTable(
      [
        { heading: 'time', align: 'left' },
        { heading: 'required' },
        { heading: 'on shift' },
        { heading: 'on phone' },
        { heading: 'over' },
        ...queues.map((q) => ({ heading: `${q} pickup (sim)` })),
      ],
      plan.required.map((r, i) => [
        intervalLabel(scenario, i),
        r.toFixed(0),
        plan.scheduled[i]!.toFixed(1),
        plan.onPhone[i]!.toFixed(1),
        plan.overStaffing[i]!.toFixed(1),
        ...queues.map((q) =>
          withCi(
            check.queues[q]?.intervals[i]?.pickupRate,
            check.halfWidth?.queues[q]?.intervals[i]?.pickupRate,
          ),
        ),
      ]),
    ),
  );
  return lines.join('\n');
}

/** `decroche roster <scenario> --target pickup=0.85 --shifts shapes.yaml`. */
export function registerRoster(program: Command): void {
  program
    .command('roster')
    .description(
      'the cheapest shifts covering the agents a target needs per interval (integer program, HiGHS), checked by simulation',
    )
    .argument('<scenario>', 'scenario file (.yaml/.json) or preset name')
    .option('--target <target...>', `staffing target(s): ${TARGET_HELP}`, [])
    .option('--shifts <file>', 'shift shapes (YAML or JSON): starts, lengths, breaks, min/max, cost')
    .option(
      '--shrinkage <share>',
      "share of shift time off the phones (absence, training); default: the pool's shrinkage, else 0",
    )
    .option('-r, --replications <n>', 'replications of the simulated check', '5')
    .option('--workers <n>', WORKERS_HELP, '1')
    .option(
      '--time-limit <duration>',
      'stop the solver after this long with the best roster found (2m, 90s or seconds)',
      '60',
    )
    .option('--json', 'print the rosters and the simulated report as JSON')
    .option('-o, --out <file>', 'also write the rosters and the simulated report to this file (.json)')
    .action(async (file: string, o: RosterCliOptions) => {
      const target = rosterTarget(o.target);
      if (o.out !== undefined) outputFormat(o.out, '--out', { '.json': 'json' });
      if (o.shifts === undefined) throw new CliError('give the shift shapes: --shifts shapes.yaml', 2);
      const given =
        o.shrinkage === undefined
          ? undefined
          : numberOption('--shrinkage', o.shrinkage, (n) => n >= 0 && n < 1, 'a share in [0, 1)');
      const shrinkageOf = (id: string) => given ?? scenario.pools.find((p) => p.id === id)?.shrinkage ?? 0;
      const replications = replicationsOption(o.replications);
      const workers = workersOption(o.workers);
      const timeLimit = durationOption('--time-limit', o.timeLimit, (n) => n > 0, '> 0');
      const scenario = loadScenario(file);
      const shapes = readShapes(o.shifts);
      const plan = staffScenario(scenario, target);
      const rosters: Record<string, Roster> = {};
      for (const pool of plan.scenario.pools) {
        try {
          rosters[pool.id] = await roster(
            {
              required: pool.agents,
              intervalSeconds: scenario.intervalSeconds,
              opensAt: scenario.opensAt ?? '00:00',
              shrinkage: shrinkageOf(pool.id),
            },
            shapes,
            { timeLimit },
          );
        } catch (error) {
          if (error instanceof RangeError) throw new CliError(`pool '${pool.id}': ${error.message}`);
          throw error;
        }
      }
      const rostered = {
        ...scenario,
        // The roster's agents on the phone replace the pools' staffing (and their shifts, if any).
        pools: scenario.pools.map(({ shifts: _, scheduled: __, ...p }) => ({
          ...p,
          agents: rosters[p.id]!.agents,
        })),
      };
      const check = await simulateWithWorkers('checking the roster', rostered, { replications }, workers);
      const json = () => {
        const perInterval = Object.fromEntries(
          Object.entries(rosters).map(([id, r]) => [
            id,
            perIntervalHours(r.required, scenario.intervalSeconds, shrinkageOf(id)),
          ]),
        );
        return `${JSON.stringify({ target, rosters, perIntervalHours: perInterval, check }, null, 2)}\n`;
      };
      if (o.out !== undefined) writeOutput(o.out, json(), '--out');
      if (o.json) {
        process.stdout.write(json());
        return;
      }
      const sections = Object.entries(rosters).map(([id, r]) =>
        printPool(scenario, id, r, shrinkageOf(id), check),
      );
      const kpis = formatTable(
        [
          { heading: 'queue', align: 'left' },
          { heading: 'attempts' },
          { heading: 'pickup' },
          { heading: 'asa' },
          { heading: 'callers served' },
        ],
        Object.entries(check.queues).map(([id, q]) => [
          id,
          count(q.offered),
          withCi(q.pickupRate, check.halfWidth?.queues[id]?.pickupRate),
          duration(q.asa),
          withCi(q.callerServedShare, check.halfWidth?.queues[id]?.callerServedShare),
        ]),
      );
      const reps = `${replicationsText(replications)}`;
      process.stdout.write(
        `${[
          `${scenario.name}: roster for ${describeTarget(target)}${given ? `, shrinkage ${percent(given, 0)}` : ''}`,
          '',
          ...sections.flatMap((s) => [s, '']),
          `The roster simulated (${reps}, ± 95 % half-widths):`,
          kpis,
        ].join('\n')}\n`,
      );
    });
}
