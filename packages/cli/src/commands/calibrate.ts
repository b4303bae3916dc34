import { writeFileSync } from 'node:fs';
import {
  type CalibrationKnob,
  type CalibrationParameter,
  calibrateParallel,
  franceStudy2022,
  type Scenario,
  withStudyCallers,
} from '@decroche/sim-core';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { CliError, numberOption } from '../cli-error.js';
import { formatTable, percent } from '../format-table.js';
import { loadScenario } from '../load-scenario.js';
import { replicationsOption, seedOption, WORKERS_HELP, workersOption } from '../run-options.js';

const KNOBS: CalibrationKnob[] = [
  'agentsScale',
  'patienceMean',
  'handleTimeMean',
  'redialProbability',
  'callsScale',
];

interface CalibrateCliOptions {
  knob: string;
  min: string;
  max: string;
  pickup?: string;
  replications: string;
  seed?: string;
  tolerance: string;
  out?: string;
  json?: boolean;
  workers: string;
}

/** `--pickup caf=0.62,cpam=0.5` → targets per queue. */
function pickupTargets(raw: string, scenario: Scenario): [string, number][] {
  return raw.split(',').map((part) => {
    const [id, value] = part.split('=');
    const target = Number(value);
    if (id === undefined || !scenario.queues.some((q) => q.id === id) || !(target > 0 && target <= 1)) {
      throw new CliError(
        `option --pickup must list queue=rate pairs (queues: ${scenario.queues.map((q) => q.id).join(', ')}; rate in (0, 1]), got '${part}'`,
        2,
      );
    }
    return [id, target];
  });
}

/** `decroche calibrate <scenario>`: fits one knob per queue to the study's failed shares or to observed pickup rates. */
export function registerCalibrate(program: Command): void {
  program
    .command('calibrate')
    .description(
      "fit one knob per queue by simulation: by default the agents, so that the 2022 study's test callers fail as often as the study found",
    )
    .argument('<scenario>', 'scenario file (.yaml/.yml/.json) or preset name')
    .option('-k, --knob <knob>', `what to fit: ${KNOBS.join(', ')}`, 'agentsScale')
    .option('--min <x>', 'lower end of the search range', '0.5')
    .option('--max <x>', 'upper end of the search range', '2')
    .option('--pickup <targets>', 'fit to observed pickup rates instead, e.g. caf=0.62,france-travail=0.85')
    .option('-r, --replications <n>', 'replications per evaluation (same seeds at every evaluation)', '20')
    .option('-s, --seed <n>', "master seed (default: the scenario's)")
    .option('--tolerance <x>', 'stop when |simulated − target| is at most this', '0.004')
    .option('--workers <n>', WORKERS_HELP, '1')
    .option('-o, --out <file>', 'write the calibrated scenario (YAML, or JSON for a .json name)')
    .option('--json', 'print the fitted parameters as JSON')
    .action(async (file: string, options: CalibrateCliOptions) => {
      const loaded = loadScenario(file);
      if (!KNOBS.includes(options.knob as CalibrationKnob)) {
        throw new CliError(`option --knob must be one of ${KNOBS.join(', ')}, got '${options.knob}'`, 2);
      }
      const knob = options.knob as CalibrationKnob;
      const min = numberOption('--min', options.min, (x) => x >= 0, 'a number ≥ 0');
      const max = numberOption('--max', options.max, (x) => x > min, `a number > --min (${min})`);
      const replications = replicationsOption(options.replications);
      const tolerance = numberOption('--tolerance', options.tolerance, (x) => x >= 0, 'a number ≥ 0');
      const seed = seedOption(options.seed, loaded.seed);
      const workers = workersOption(options.workers);
      const byStudy = options.pickup === undefined;
      const scenario = byStudy ? withStudyCallers(loaded) : loaded;
      const targets: [string, number][] = byStudy
        ? franceStudy2022.services.map((s) => [s.queue, s.failedShare])
        : pickupTargets(options.pickup ?? '', loaded);
      const parameters: CalibrationParameter[] = targets.map(([queue, target]) => ({
        queue,
        knob,
        min,
        max,
        measure: byStudy ? 'mysteryFailedShare' : 'pickupRate',
        target,
      }));
      const fit = await calibrateParallel(scenario, { parameters, seed, replications, tolerance, workers });
      if (options.out !== undefined) {
        const { mysteryCallers: _tests, ...calibrated } = fit.scenario;
        const text = options.out.endsWith('.json')
          ? `${JSON.stringify(byStudy ? calibrated : fit.scenario, null, 2)}\n`
          : stringify(byStudy ? calibrated : fit.scenario);
        writeFileSync(options.out, text);
      }
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify({ parameters: fit.parameters, evaluations: fit.evaluations }, null, 2)}\n`,
        );
        return;
      }
      const rows = fit.parameters.map((p) => [
        p.queue,
        `${p.value.toFixed(4)}${p.uncertainty === null ? '' : ` ± ${p.uncertainty.toFixed(4)}`}`,
        percent(p.target),
        `${percent(p.measured)} ± ${(p.halfWidth * 100).toFixed(1)}`,
        `${(p.residual * 100).toFixed(2)}`,
        p.converged ? 'yes' : 'no',
      ]);
      const what = byStudy ? "test callers' failed share (2022 study protocol)" : 'pickup rate';
      process.stdout.write(
        [
          `${knob} per queue fitted to the ${what} on ${loaded.name}: ${fit.evaluations} simulations of ${replications} replications, seed ${seed}`,
          '',
          formatTable(
            [
              { heading: 'queue', align: 'left' },
              { heading: `${knob} ± 95 %` },
              { heading: 'target' },
              { heading: 'simulated' },
              { heading: 'residual (pts)' },
              { heading: 'converged' },
            ],
            rows,
          ),
          '',
        ].join('\n'),
      );
    });
}
