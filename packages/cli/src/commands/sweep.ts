import { type SweepAxes, type SweepResult, sweepParallel } from '@decroche/sim-core';
import type { Command } from 'commander';
import { addCsvOptions, type CsvCell, csvFormat, toCsv } from '../csv.js';
import { count, duration, formatTable, percent, plusMinus } from '../format-table.js';
import { addHtmlOption, checkHtmlFile, writeHtml } from '../html-option.js';
import { kpiCsvColumns } from '../kpi-csv-columns.js';
import { loadScenario } from '../load-scenario.js';
import { parseRange } from '../parse-range.js';
import { withProgressAsync } from '../progress.js';
import { PUBLIC_TARGET, sweepCharts } from '../report-charts.js';
import {
  replicationsOption,
  replicationsText,
  type SimulationCliOptions,
  seedOption,
  WORKERS_HELP,
  workersOption,
} from '../run-options.js';
import { writeOutput } from '../write-output.js';

interface SweepCliOptions extends SimulationCliOptions {
  agents?: string;
  agentsFactor?: string;
  calls?: string;
  aht?: string;
  workers: string;
}

const factor = (n: number) => n > 0;

function axesOf(o: SweepCliOptions): SweepAxes {
  const axes: SweepAxes = {};
  if (o.agents !== undefined)
    axes.agents = parseRange('--agents', o.agents, (n) => Number.isInteger(n) && n >= 0, 'whole numbers ≥ 0');
  if (o.agentsFactor !== undefined)
    axes.agentsFactor = parseRange('--agents-factor', o.agentsFactor, factor, 'factors > 0');
  if (o.calls !== undefined) axes.calls = parseRange('--calls', o.calls, factor, 'factors > 0');
  if (o.aht !== undefined) axes.aht = parseRange('--aht', o.aht, factor, 'factors > 0');
  return axes;
}

/** The grid as CSV rows: one per point and queue, then the point's total over all queues. */
function sweepCsv(result: SweepResult, thresholds: string[]): { headers: string[]; rows: CsvCell[][] } {
  const columns = kpiCsvColumns(thresholds);
  const headers = ['agents', 'agentsFactor', 'calls', 'aht', 'queue', ...columns.map((c) => c.header)];
  const rows: CsvCell[][] = [];
  for (const p of result.points) {
    const entries = [...Object.entries(p.report.queues), ['total', p.report.total] as const];
    for (const [id, k] of entries) {
      const hw = id === 'total' ? p.report.halfWidth?.total : p.report.halfWidth?.queues[id];
      rows.push([p.agents, p.agentsFactor, p.calls, p.aht, id, ...columns.map((c) => c.cell(k, hw))]);
    }
  }
  return { headers, rows };
}

/** `decroche sweep <scenario>`: KPIs over a grid of agents, call volume and handle time. */
export function registerSweep(program: Command): void {
  const command = program
    .command('sweep')
    .description('simulate a grid of agents × call volume × handle time and print the KPIs of every point')
    .argument('<scenario>', 'scenario file (.yaml/.json) or preset name')
    .option('--agents <range>', 'agents on duty in every interval of every pool, e.g. 80..140/10')
    .option('--agents-factor <range>', "factors on each pool's agents per interval, e.g. 0.9..1.2/0.1")
    .option('--calls <range>', 'factors on the calls, e.g. 1..1.3/0.1')
    .option('--aht <range>', 'factors on the handle times, e.g. 1..1.3/0.1')
    .option('-r, --replications <n>', 'replications per point (± half-widths when > 1)', '5')
    .option('-s, --seed <n>', "master seed, the same for every point (default: the scenario's)")
    .option('--workers <n>', WORKERS_HELP, '1')
    .option('--json', 'print every point with its whole report as JSON');
  addHtmlOption(addCsvOptions(command)).action(async (file: string, o: SweepCliOptions) => {
    const axes = axesOf(o);
    checkHtmlFile(o.html);
    const replications = replicationsOption(o.replications);
    const workers = workersOption(o.workers);
    const format = o.csv === undefined ? undefined : csvFormat(o);
    const scenario = loadScenario(file);
    const seed = seedOption(o.seed, scenario.seed);
    const result = await withProgressAsync(`sweeping ${scenario.name}`, (onProgress) =>
      sweepParallel(scenario, axes, { seed, replications, onProgress, workers }),
    );
    const thresholds = scenario.serviceLevelSeconds.map(String);
    if (o.csv !== undefined && format !== undefined) {
      const { headers, rows } = sweepCsv(result, thresholds);
      writeOutput(o.csv, toCsv(headers, rows, format), '--csv');
    }
    const text = () => sweepText(scenario.name, result, axes, { seed, replications, thresholds });
    writeHtml(o.html, () => ({
      title: `${scenario.name}: sweep`,
      subtitle: `${replicationsText(replications)} per point, seed ${seed} at every point; bands: 95 % confidence; dashed line: the ${PUBLIC_TARGET * 100} % pickup target of French public services`,
      charts: sweepCharts(result, PUBLIC_TARGET),
      tables: text(),
    }));
    if (o.json) {
      process.stdout.write(`${JSON.stringify({ seed, replications, ...result }, null, 2)}\n`);
      return;
    }
    process.stdout.write(`${text()}\n`);
  });
}

function sweepText(
  name: string,
  result: SweepResult,
  axes: SweepAxes,
  { seed, replications, thresholds }: { seed: number; replications: number; thresholds: string[] },
): string {
  const sl = thresholds[0] ?? '20';
  const table = formatTable(
    [
      { heading: axes.agents ? 'agents' : 'agents ×' },
      { heading: 'calls ×' },
      { heading: 'AHT ×' },
      { heading: 'offered' },
      { heading: 'pickup' },
      { heading: replications > 1 ? '95 % CI' : '' },
      { heading: 'callers served' },
      { heading: 'ASA' },
      { heading: `≤ ${sl} s` },
      { heading: 'occupancy' },
    ],
    result.points.map((p) => {
      const t = p.report.total;
      const pools = Object.values(p.report.pools);
      const occupancy = pools.length === 1 ? (pools[0]?.occupancy ?? null) : null;
      return [
        p.agents === null ? String(p.agentsFactor) : count(p.agents),
        String(p.calls),
        String(p.aht),
        count(t.offered),
        percent(t.pickupRate),
        plusMinus(p.report.halfWidth?.total.pickupRate),
        percent(t.callerServedShare),
        duration(t.asa),
        percent(t.serviceLevel[sl] ?? null),
        occupancy === null ? '–' : percent(occupancy),
      ];
    }),
  );
  const runs = `${replicationsText(replications)} per point, seed ${seed} at every point (common random numbers)`;
  return `${name}: ${result.points.length} points, all queues together; ${runs}\n\n${table}`;
}
