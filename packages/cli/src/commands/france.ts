import {
  getPreset,
  parseScenario,
  type Scenario,
  type SimulationReport,
  staffScenario,
} from '@decroche/sim-core';
import type { Command } from 'commander';
import { CliError, numberOption } from '../cli-error.js';
import { addCsvOptions, csvFormat, toCsv } from '../csv.js';
import { explainFrance } from '../explain-france.js';
import { clock, count, duration, formatTable, percent } from '../format-table.js';
import { addHtmlOption, checkHtmlFile, writeHtml } from '../html-option.js';
import { queueCharts } from '../report-charts.js';
import { reportCsv } from '../report-csv.js';
import {
  replicationsOption,
  type SimulationCliOptions,
  seedOption,
  WORKERS_HELP,
  workersOption,
} from '../run-options.js';
import { simulateWithWorkers } from '../simulate-with-workers.js';
import { writeOutput } from '../write-output.js';

interface FranceOptions extends SimulationCliOptions {
  target: string;
  explain?: boolean;
  queues?: string;
  workers: string;
}

const OPENING = 8.5 * 3600; // the preset's day opens at 8:30

function agentHours(agents: readonly number[], intervalSeconds: number): number {
  return (agents.reduce((a, b) => a + b, 0) * intervalSeconds) / 3600;
}

function withCi(value: number | null, halfWidth: number | null | undefined): string {
  const hw = halfWidth === null || halfWidth === undefined ? '' : ` ± ${(halfWidth * 100).toFixed(1)}`;
  return `${percent(value)}${hw}`;
}

/**
 * `decroche france`, the main job: the France preset simulated as it is staffed today, then the
 * agents per half-hour that reach the pickup target, checked by simulating them.
 */
export function registerFrance(program: Command): void {
  const command = program
    .command('france')
    .description('the France preset: pickup rate per service today, and the agents per half-hour for 85 %')
    .option('-t, --target <share>', 'pickup-rate target per attempt', '0.85')
    .option('-r, --replications <n>', 'independent replications of each simulated day', '5')
    .option('-s, --seed <n>', "master seed (default: the preset's)")
    .option('--workers <n>', WORKERS_HELP, '1')
    .option('--json', 'print today, the plan and its check as JSON')
    .option(
      '--explain',
      'causes and remedies: the fall in pickup since 2019 split between more calls and longer calls, and each remedy alone and combined with its agent hours (11 runs of --replications days each)',
    )
    .option('--queues <ids>', 'with --explain: only these services, comma-separated (e.g. caf)');
  addHtmlOption(addCsvOptions(command)).action(async (o: FranceOptions) => {
    const format = o.csv === undefined ? undefined : csvFormat(o);
    if (o.explain && o.html !== undefined) throw new CliError('option --html does not apply to --explain', 2);
    if (o.queues !== undefined && !o.explain) throw new CliError('option --queues needs --explain', 2);
    checkHtmlFile(o.html);
    const target = numberOption('--target', o.target, (n) => n > 0 && n < 1, 'a share between 0 and 1');
    const replications = replicationsOption(o.replications);
    const scenario = getPreset('france-2023');
    const seed = seedOption(o.seed, scenario.seed);
    const workers = workersOption(o.workers);
    if (o.explain) {
      await explainFrance(o, { target, replications, seed, workers, format });
      return;
    }
    const today = await simulateWithWorkers('simulating today', scenario, { seed, replications }, workers);
    const plan = staffScenario(scenario, { pickupRate: target });
    const check = await simulateWithWorkers(
      'checking the plan',
      plan.scenario,
      { seed, replications },
      workers,
    );
    if (o.csv !== undefined && format !== undefined) {
      const { headers, rows } = reportCsv([
        { label: 'today', scenario, report: today },
        { label: 'plan', scenario: plan.scenario, report: check },
      ]);
      writeOutput(o.csv, toCsv(headers, rows, format), '--csv');
    }
    writeHtml(o.html, () => ({
      title: 'decroche — France preset (france-2023): today and the staffing for the target',
      subtitle: `${replications} simulated day${replications > 1 ? 's' : ''} each, seed ${seed}; bands: 95 % confidence; dashed line: the ${Math.round(target * 100)} % target`,
      charts: queueCharts(
        [
          { name: 'today', scenario: parseScenario(scenario), report: today },
          { name: 'plan', scenario: parseScenario(plan.scenario), report: check },
        ],
        target,
      ),
      tables: franceText(scenario, plan.scenario, today, check, { target, seed, replications }),
    }));
    if (o.json) {
      const agents = Object.fromEntries(plan.scenario.pools.map((p) => [p.id, p.agents]));
      process.stdout.write(
        `${JSON.stringify({ target, seed, replications, today, plan: { agents, queues: plan.queues }, check }, null, 2)}\n`,
      );
      return;
    }
    process.stdout.write(
      `${franceText(scenario, plan.scenario, today, check, { target, seed, replications })}\n`,
    );
  });
}

function franceText(
  scenario: Scenario,
  planned: Scenario,
  today: SimulationReport,
  check: SimulationReport,
  o: { target: number; seed: number; replications: number },
): string {
  const ids = scenario.queues.map((q) => q.id);
  const poolOf = (id: string) => scenario.pools.findIndex((p) => p.serves.includes(id));
  const hours = (s: Scenario, id: string) => agentHours(s.pools[poolOf(id)]?.agents ?? [], s.intervalSeconds);
  const todayRows = ids.map((id) => {
    const q = today.queues[id]!;
    return [
      id,
      count(q.firstCalls),
      count(q.offered),
      withCi(q.pickupRate, today.halfWidth?.queues[id]?.pickupRate),
      percent(q.callerServedShare),
      duration(q.asa),
      percent(q.serviceLevel['300'] ?? null),
      count(hours(scenario, id)),
    ];
  });
  const planRows = ids.map((id) => {
    const q = check.queues[id]!;
    const now = hours(scenario, id);
    const needed = hours(planned, id);
    return [
      id,
      count(now),
      count(needed),
      `${needed >= now ? '+' : ''}${(((needed - now) / now) * 100).toFixed(0)} %`,
      count(q.offered),
      withCi(q.pickupRate, check.halfWidth?.queues[id]?.pickupRate),
      percent(q.callerServedShare),
      duration(q.asa),
    ];
  });
  const perInterval = Array.from({ length: scenario.intervals }, (_, i) => [
    clock(OPENING, scenario.intervalSeconds, i),
    ...ids.map((id) => count(planned.pools[poolOf(id)]?.agents[i] ?? 0)),
  ]);
  const runs = `${o.replications} simulated day${o.replications > 1 ? 's' : ''} each, seed ${o.seed}; ± is a 95 % confidence half-width`;
  return [
    'decroche — France preset (france-2023): one weekday of national traffic, 8:30–17:00, in half-hours',
    `(${runs}; figures and sources: getPreset('france-2023') and france2023Sources)`,
    '',
    'Today, as staffed in the preset:',
    formatTable(
      [
        { heading: 'service', align: 'left' },
        { heading: 'first calls' },
        { heading: 'attempts' },
        { heading: 'pickup (per attempt)' },
        { heading: 'callers served' },
        { heading: 'ASA' },
        { heading: 'answered ≤ 5 min' },
        { heading: 'agent-hours' },
      ],
      todayRows,
    ),
    '',
    `Staffing for ${percent(o.target, 0)} pickup per attempt (Erlang A per half-hour, redials counted), checked by simulation:`,
    formatTable(
      [
        { heading: 'service', align: 'left' },
        { heading: 'agent-hours today' },
        { heading: 'needed' },
        { heading: 'change' },
        { heading: 'attempts' },
        { heading: 'simulated pickup' },
        { heading: 'callers served' },
        { heading: 'ASA' },
      ],
      planRows,
    ),
    '',
    'Agents on the phones per half-hour for the target:',
    formatTable([{ heading: 'start', align: 'left' }, ...ids.map((id) => ({ heading: id }))], perInterval),
  ].join('\n');
}
