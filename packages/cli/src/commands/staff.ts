import { writeFileSync } from 'node:fs';
import { type StaffingTarget, simulate, staffScenario } from '@decroche/sim-core';
import type { Command } from 'commander';
import { stringify } from 'yaml';
import { CliError, numberOption } from '../cli-error.js';
import { count, formatTable, percent } from '../format-table.js';
import { loadScenario } from '../load-scenario.js';
import { progress } from '../progress.js';

interface StaffOptions {
  pickup?: string;
  sl?: string;
  asa?: string;
  maxOccupancy?: string;
  check?: boolean;
  replications: string;
  out?: string;
  json?: boolean;
}

function targetOf(o: StaffOptions): StaffingTarget {
  const share = (n: number) => n > 0 && n < 1;
  const target: StaffingTarget = {};
  if (o.pickup !== undefined)
    target.pickupRate = numberOption('--pickup', o.pickup, share, 'a share between 0 and 1');
  if (o.sl !== undefined) {
    const [seconds = '', wanted = ''] = o.sl.split(':');
    target.serviceLevel = {
      seconds: numberOption('--sl', seconds, (n) => n >= 0, "'seconds:share', e.g. 20:0.8 (seconds ≥ 0)"),
      share: numberOption('--sl', wanted, share, "'seconds:share', e.g. 20:0.8 (share between 0 and 1)"),
    };
  }
  if (o.asa !== undefined) target.asa = numberOption('--asa', o.asa, (n) => n > 0, 'a number of seconds > 0');
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

/** `decroche staff <scenario>`: the fewest agents per interval meeting a target, per pool. */
export function registerStaff(program: Command): void {
  program
    .command('staff')
    .description(
      'agents per interval that meet a target (Erlang A with redials), optionally checked by simulation',
    )
    .argument('<scenario>', 'scenario file (.yaml/.json) or preset name')
    .option('--pickup <share>', 'pickup-rate target per attempt, e.g. 0.85')
    .option('--sl <seconds:share>', 'service-level target, e.g. 20:0.8')
    .option('--asa <seconds>', 'average speed of answer at most')
    .option('--max-occupancy <share>', 'agent occupancy at most, e.g. 0.9')
    .option('--check', 'simulate the plan and print the pickup rate it reaches')
    .option('-r, --replications <n>', 'replications of the check', '5')
    .option('-o, --out <file>', 'write the staffed scenario (YAML) to this file')
    .option('--json', 'print the plan as JSON')
    .action((file: string, o: StaffOptions) => {
      const target = targetOf(o);
      const scenario = loadScenario(file);
      const plan = staffScenario(scenario, target);
      if (o.out !== undefined) writeFileSync(o.out, stringify(plan.scenario));
      const replications = numberOption(
        '--replications',
        o.replications,
        (n) => Number.isInteger(n) && n >= 1,
        'a whole number ≥ 1',
      );
      const bar = progress('checking the plan');
      const check = o.check
        ? simulate(plan.scenario, { replications, onProgress: bar.onProgress })
        : undefined;
      bar.stop();
      if (o.json) {
        const agents = Object.fromEntries(plan.scenario.pools.map((p) => [p.id, p.agents]));
        process.stdout.write(
          `${JSON.stringify({ target, agents, queues: plan.queues, ...(check ? { check } : {}) }, null, 2)}\n`,
        );
        return;
      }
      const pools = plan.scenario.pools;
      const lines = [
        `${scenario.name}: agents per interval for ${JSON.stringify(target)}`,
        formatTable(
          [{ heading: 'interval', align: 'left' }, ...pools.map((p) => ({ heading: p.id }))],
          Array.from({ length: scenario.intervals }, (_, i) => [
            String(i),
            ...pools.map((p) => count(p.agents[i] ?? 0)),
          ]),
        ),
      ];
      if (check) {
        lines.push(
          '',
          `Checked by simulation (${replications} replication${replications > 1 ? 's' : ''}):`,
          formatTable(
            [
              { heading: 'queue', align: 'left' },
              { heading: 'attempts' },
              { heading: 'pickup' },
              { heading: 'callers served' },
            ],
            Object.entries(check.queues).map(([id, q]) => [
              id,
              count(q.offered),
              percent(q.pickupRate),
              percent(q.callerServedShare),
            ]),
          ),
        );
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
