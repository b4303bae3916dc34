import {
  type Scenario,
  type SimulationReport,
  type StaffingPlan,
  type StaffingTarget,
  staffScenario,
} from '@decroche/sim-core';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { checkTargets, type TargetCheck } from '../check-targets.js';
import { CliError, numberOption } from '../cli-error.js';
import { addCsvOptions, csvFormat, toCsv } from '../csv.js';
import { describeTarget } from '../describe-target.js';
import { durationOption, readDuration } from '../duration-option.js';
import { agentHours, count, formatTable, intervalLabel, percent, plusMinus } from '../format-table.js';
import { addHtmlOption, checkHtmlFile, writeHtml } from '../html-option.js';
import { loadScenario } from '../load-scenario.js';
import { queueCharts } from '../report-charts.js';
import {
  replicationsOption,
  replicationsText,
  type SimulationCliOptions,
  seedOption,
  workersOption,
} from '../run-options.js';
import { simulateWithWorkers } from '../simulate-with-workers.js';
import { staffCsv } from '../staff-csv.js';
import { outputFormat, writeOutput } from '../write-output.js';

interface StaffOptions extends SimulationCliOptions {
  pickup?: string;
  sl?: string;
  asa?: string;
  maxOccupancy?: string;
  check?: boolean;
  out?: string;
  workers: string;
}

const SL_FORM = "'seconds:share', e.g. 20:0.8, 20s:0.8 or 1m:0.8 for 80 % answered within 20 s or 1 minute";

function serviceLevelOf(raw: string): { seconds: number; share: number } {
  const [seconds = '', share = '', ...rest] = raw.split(':');
  const s = seconds.trim() === '' ? undefined : readDuration(seconds);
  const p = Number(share);
  const ok = rest.length === 0 && s !== undefined && share.trim() !== '' && s >= 0 && p > 0 && p < 1;
  if (!ok) {
    const swapped =
      Number(seconds) > 0 && Number(seconds) < 1 && Number(share) >= 1
        ? ' (seconds first, then the share)'
        : '';
    throw new CliError(`option --sl must be ${SL_FORM}${swapped}, got '${raw}'`, 2);
  }
  return { seconds: s, share: p };
}

function targetOf(o: StaffOptions): StaffingTarget {
  const share = (n: number) => n > 0 && n < 1;
  const target: StaffingTarget = {};
  if (o.pickup !== undefined)
    target.pickupRate = numberOption('--pickup', o.pickup, share, 'a share between 0 and 1');
  if (o.sl !== undefined) target.serviceLevel = serviceLevelOf(o.sl);
  if (o.asa !== undefined) target.asa = durationOption('--asa', o.asa, (n) => n > 0, '> 0');
  if (o.maxOccupancy !== undefined) {
    target.maxOccupancy = numberOption(
      '--max-occupancy',
      o.maxOccupancy,
      (n) => n > 0 && n <= 1,
      'a share in (0, 1]',
    );
  }
  if (Object.keys(target).length === 0)
    throw new CliError('give at least one target: --pickup, --sl, --asa or --max-occupancy', 2);
  return target;
}

/** The plan's scenario, measuring the target's service-level threshold too. */
function withThreshold(scenario: Scenario, target: StaffingTarget): Scenario {
  const seconds = target.serviceLevel?.seconds;
  if (seconds === undefined || scenario.serviceLevelSeconds.includes(seconds)) return scenario;
  return { ...scenario, serviceLevelSeconds: [...scenario.serviceLevelSeconds, seconds] };
}

/** `decroche staff <scenario>`: the fewest agents per interval meeting a target, per pool. */
export function registerStaff(program: Command): void {
  const command = program
    .command('staff')
    .description(
      'agents per interval that meet a target (Erlang A with redials), optionally checked by simulation',
    )
    .argument('<scenario>', 'scenario file (.yaml/.json) or preset name')
    .option('--pickup <share>', 'pickup-rate target per attempt, e.g. 0.85')
    .option(
      '--sl <seconds:share>',
      'service-level target, e.g. 20:0.8 or 20s:0.8 (80 % answered within 20 s), 1m:0.9',
    )
    .option('--asa <duration>', 'average speed of answer at most (45s, 1m or seconds)')
    .option('--max-occupancy <share>', 'agent occupancy at most, e.g. 0.9')
    .option('--check', 'simulate the plan and check every target on every queue')
    .option('-r, --replications <n>', 'replications of the check', '5')
    .option('-s, --seed <n>', "master seed of the check (default: the scenario's)")
    .option(
      '--workers <n>',
      "worker threads running the check's replications side by side (the same results whatever the number)",
      '1',
    )
    .option('-o, --out <file>', 'write the staffed scenario to this file (.yaml, .yml or .json)')
    .option('--json', 'print the plan as JSON');
  addHtmlOption(addCsvOptions(command)).action(async (file: string, o: StaffOptions) => {
    const target = targetOf(o);
    const format = o.csv === undefined ? undefined : csvFormat(o);
    checkHtmlFile(o.html);
    const replications = replicationsOption(o.replications);
    const workers = workersOption(o.workers);
    const outFormat =
      o.out === undefined
        ? undefined
        : outputFormat(o.out, '--out', { '.yaml': 'yaml', '.yml': 'yaml', '.json': 'json' });
    const scenario = loadScenario(file);
    const seed = seedOption(o.seed, scenario.seed);
    const plan = staffScenario(scenario, target);
    if (o.out !== undefined) {
      const text =
        outFormat === 'json' ? `${JSON.stringify(plan.scenario, null, 2)}\n` : stringify(plan.scenario);
      writeOutput(o.out, text, '--out');
    }
    let check: SimulationReport | undefined;
    // The report's charts show the plan as simulated: --html checks the plan.
    if (o.check || o.html !== undefined) {
      check = await simulateWithWorkers(
        'checking the plan',
        withThreshold(plan.scenario, target),
        { seed, replications },
        workers,
      );
    }
    if (o.csv !== undefined && format !== undefined) {
      const { headers, rows } = staffCsv(scenario, plan, check);
      writeOutput(o.csv, toCsv(headers, rows, format), '--csv');
    }
    const checks = check ? checkTargets(check, target) : [];
    for (const c of checks.filter((c) => c.missed)) {
      const why = c.halfWidth === undefined ? '' : ', beyond its 95 % confidence half-width';
      process.stderr.write(`decroche: warning: ${c.id} misses its target${why}: ${c.text}\n`);
    }
    writeHtml(o.html, () => ({
      title: `${scenario.name}: staffing for ${describeTarget(target)}`,
      subtitle: `the plan simulated (${replicationsText(replications)}, seed ${seed}); dashed line: the pickup target`,
      charts: queueCharts([{ name: 'plan', scenario: plan.scenario, report: check! }], target.pickupRate),
      tables: staffText(scenario, plan, target, check, checks, { seed, replications }),
    }));
    if (o.json) {
      const agents = Object.fromEntries(plan.scenario.pools.map((p) => [p.id, p.agents]));
      const hours = Object.fromEntries(
        plan.scenario.pools.map((p) => [p.id, agentHours(p.agents, scenario.intervalSeconds)]),
      );
      process.stdout.write(
        `${JSON.stringify(
          { target, agents, agentHours: hours, queues: plan.queues, ...(check ? { check, checks } : {}) },
          null,
          2,
        )}\n`,
      );
      return;
    }
    process.stdout.write(`${staffText(scenario, plan, target, check, checks, { seed, replications })}\n`);
  });
}

/** The worst status of a queue's checks: MISSED, then within the CI, then met. */
function worst(checks: TargetCheck[]): string {
  for (const status of ['MISSED', 'within the CI'] as const)
    if (checks.some((c) => c.status === status)) return status;
  return 'met';
}

function staffText(
  scenario: Scenario,
  plan: StaffingPlan,
  target: StaffingTarget,
  check: SimulationReport | undefined,
  checks: TargetCheck[],
  o: { seed: number; replications: number },
): string {
  const pools = plan.scenario.pools;
  const queueIds = Object.keys(plan.queues);
  const hours = pools.map((p) => agentHours(p.agents, scenario.intervalSeconds));
  // Pools with shrinkage show the agents to schedule beside those on the phone; pools given as
  // shifts, the agents their shifts put on the phone today.
  const columns = pools.flatMap((p, k) => {
    const today = scenario.pools[k]?.shifts === undefined ? undefined : scenario.pools[k]?.agents;
    const cells = [{ heading: p.scheduled ? `${p.id} on phone` : p.id, values: p.agents }];
    if (p.scheduled) cells.push({ heading: `${p.id} scheduled`, values: p.scheduled });
    if (today) cells.push({ heading: `${p.id} today`, values: today });
    return cells;
  });
  const whole = (n: number) => n.toFixed(Number.isInteger(n) ? 0 : 1).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const scheduledHours = pools.reduce(
    (sum, p, k) => sum + agentHours(p.scheduled ?? p.agents, scenario.intervalSeconds) - hours[k]!,
    0,
  );
  const onPhone = hours.reduce((a, b) => a + b, 0);
  const lines = [
    `${scenario.name}: agents per interval for ${describeTarget(target)}`,
    '(Erlang A per interval with redials; "predicted" is the pickup rate that model gives with these agents' +
      `${pools.some((p) => p.scheduled) ? '; "scheduled" adds the shrinkage: on phone ÷ (1 − shrinkage)' : ''}` +
      `${columns.some((c) => c.heading.endsWith(' today')) ? '; "today": on the phone with the shifts of the scenario' : ''})`,
    '',
    formatTable(
      [
        { heading: 'interval', align: 'left' },
        ...columns.map((c) => ({ heading: c.heading })),
        ...queueIds.map((id) => ({ heading: `${id} predicted` })),
      ],
      [
        ...Array.from({ length: scenario.intervals }, (_, i) => [
          intervalLabel(scenario, i),
          ...columns.map((c) => whole(c.values[i] ?? 0)),
          ...queueIds.map((id) => percent(plan.queues[id]?.[i]?.pickupRate)),
        ]),
        [
          'agent-hours',
          ...columns.map((c) => whole(agentHours(c.values, scenario.intervalSeconds))),
          ...queueIds.map(() => ''),
        ],
      ],
    ),
    '',
    scheduledHours > 0
      ? `Total: ${whole(onPhone)} agent-hours a day on the phone, ${whole(onPhone + scheduledHours)} scheduled.`
      : `Total: ${count(onPhone)} agent-hours a day.`,
  ];
  if (check) {
    const queueChecks = (id: string) => checks.filter((c) => c.id === id && c.figure !== 'occupancy');
    const figures = [...new Set(checks.filter((c) => c.figure !== 'occupancy').map((c) => c.figure))];
    lines.push(
      '',
      `Checked by simulation (${replicationsText(o.replications)}, seed ${o.seed}${o.replications > 1 ? '; ± is a 95 % confidence half-width' : ''}):`,
      formatTable(
        [
          { heading: 'queue', align: 'left' },
          { heading: 'attempts' },
          { heading: 'pickup' },
          { heading: 'callers served' },
          ...figures.filter((f) => f !== 'pickup').map((f) => ({ heading: f })),
          { heading: 'target', align: 'left' },
        ],
        Object.entries(check.queues).map(([id, q]) => {
          const mine = queueChecks(id);
          return [
            id,
            count(q.offered),
            `${percent(q.pickupRate)} ${plusMinus(check.halfWidth?.queues[id]?.pickupRate)}`.trim(),
            percent(q.callerServedShare),
            ...figures
              .filter((f) => f !== 'pickup')
              .map((f) => mine.find((c) => c.figure === f)?.shown ?? ''),
            worst(mine),
          ];
        }),
      ),
    );
    const occupancy = checks.filter((c) => c.figure === 'occupancy');
    if (occupancy.length > 0) {
      lines.push(
        '',
        formatTable(
          [
            { heading: 'pool', align: 'left' },
            { heading: 'occupancy', align: 'left' },
            { heading: 'target', align: 'left' },
          ],
          occupancy.map((c) => [c.id, c.shown, c.status]),
        ),
      );
    }
  }
  return lines.join('\n');
}
