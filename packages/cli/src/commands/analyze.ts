import { analyze, erlangX, type QueueMetrics } from '@decroche/sim-core';
import type { Command } from 'commander';
import { CliError, numberOption } from '../cli-error.js';
import { durationOption } from '../duration-option.js';
import { duration, formatTable, percent } from '../format-table.js';

interface AnalyzeOptions {
  calls: string;
  per: string;
  aht: string;
  agents: string;
  patience?: string;
  lines?: string;
  redial?: string;
  redialDelay: string;
  sl: string;
  json?: boolean;
}

const positive = (n: number) => n > 0;

/** An unstable queue is a result, but not one to use: say so on stderr and exit 1. */
function unstable(): void {
  process.stderr.write(
    'decroche: unstable: the load is at least the agents and nobody hangs up, so the queue grows without end; add agents, --patience or --lines\n',
  );
  process.exitCode = 1;
}

/** The library's parameter names in its RangeErrors, as this command's options. */
const OPTION_OF: Record<string, string> = {
  arrivalRate: '--calls',
  aht: '--aht',
  agents: '--agents',
  patience: '--patience',
  lines: '--lines',
};

/** Runs `compute`, turning a RangeError about a parameter into a usage error naming the option. */
function namingOptions<T>(compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const message = error.message.replace(/^(?:redial\.)?(\w+)/, (word, name: string) =>
      OPTION_OF[name] ? `option ${OPTION_OF[name]}` : word,
    );
    throw new CliError(message, 2);
  }
}

/** `decroche analyze`: steady-state figures of one queue from the Erlang formulas, no simulation. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('steady-state pickup rate, waits and occupancy of one queue (Erlang C, A, X)')
    .requiredOption('-c, --calls <n>', 'calls offered per period (first calls when --redial is given)')
    .option('--per <duration>', 'length of the period the calls arrive in (30m, 1h or seconds)', '1800')
    .requiredOption('--aht <duration>', 'average handle time (7m, 420s or seconds)')
    .requiredOption('-a, --agents <n>', 'agents answering')
    .option(
      '-p, --patience <duration>',
      'mean patience (exponential; 10m or seconds); absent: callers never hang up',
    )
    .option('-l, --lines <n>', 'calls in the system at most; absent: unlimited')
    .option('--redial <probability>', 'share of abandoned and blocked callers who call again')
    .option('--redial-delay <duration>', 'mean delay before a redial (15m or seconds)', '900')
    .option('--sl <duration>', 'service-level threshold (20s, 1m or seconds)', '20')
    .option('--json', 'print the figures as JSON')
    .action((o: AnalyzeOptions) => {
      const calls = numberOption('--calls', o.calls, (n) => n >= 0, 'a number ≥ 0');
      const per = durationOption('--per', o.per, positive, '> 0');
      const params = {
        arrivalRate: calls / per,
        aht: durationOption('--aht', o.aht, positive, '> 0'),
        agents: numberOption(
          '--agents',
          o.agents,
          (n) => Number.isInteger(n) && n >= 0,
          'a whole number ≥ 0',
        ),
        ...(o.patience === undefined
          ? {}
          : { patience: durationOption('--patience', o.patience, positive, '> 0') }),
        ...(o.lines === undefined
          ? {}
          : {
              lines: numberOption(
                '--lines',
                o.lines,
                (n) => Number.isInteger(n) && n >= 1,
                'a whole number ≥ 1',
              ),
            }),
      };
      const sl = durationOption('--sl', o.sl, positive, '> 0');
      const redial =
        o.redial === undefined
          ? undefined
          : {
              probability: numberOption(
                '--redial',
                o.redial,
                (n) => n >= 0 && n <= 1,
                'a probability in [0, 1]',
              ),
              delay: durationOption('--redial-delay', o.redialDelay, positive, '> 0'),
            };
      const m: QueueMetrics & {
        attemptRate?: number;
        callerServedShare?: number;
        attemptsPerCaller?: number;
      } = namingOptions(() => (redial === undefined ? analyze(params) : erlangX({ ...params, redial })));
      const figures = {
        stable: m.stable,
        load: params.arrivalRate * params.aht,
        pickupRate: m.pickupRate,
        waitProbability: m.waitProbability,
        abandonProbability: m.abandonProbability,
        blockProbability: m.blockProbability,
        asa: m.asa,
        meanWait: m.meanWait,
        meanQueueLength: m.meanQueueLength,
        occupancy: m.occupancy,
        serviceLevel: { [String(sl)]: m.serviceLevel(sl) },
        ...(m.attemptRate === undefined
          ? {}
          : { attemptsPerCaller: m.attemptsPerCaller, callerServedShare: m.callerServedShare }),
      };
      if (o.json) {
        // JSON has no infinity: unbounded waits and queues are null, with `stable: false`.
        process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
        if (!m.stable) unstable();
        return;
      }
      const rows: string[][] = [
        ['load', `${figures.load.toFixed(2)} Erlangs`],
        ['pickup rate', percent(m.pickupRate)],
        ['waits', percent(m.waitProbability)],
        ['abandons', percent(m.abandonProbability)],
        ['blocked', percent(m.blockProbability)],
        ['ASA (answered calls)', duration(m.asa)],
        ['mean wait (all calls)', duration(m.meanWait)],
        [`answered ≤ ${sl} s`, percent(m.serviceLevel(sl))],
        ['mean queue', Number.isFinite(m.meanQueueLength) ? m.meanQueueLength.toFixed(1) : '∞'],
        ['occupancy', percent(m.occupancy)],
      ];
      if (m.attemptsPerCaller !== undefined)
        rows.push(['attempts per caller', m.attemptsPerCaller.toFixed(2)]);
      if (m.callerServedShare !== undefined)
        rows.push(['callers eventually served', percent(m.callerServedShare)]);
      if (!m.stable) {
        // Some calls are never answered: the queue grows without end, so their share is the rest.
        rows.splice(5, 0, [
          'never answered (queue grows)',
          percent(1 - m.pickupRate - m.abandonProbability - m.blockProbability),
        ]);
      }
      process.stdout.write(
        `${formatTable([{ heading: 'figure', align: 'left' }, { heading: 'value' }], rows)}\n`,
      );
      if (!m.stable) unstable();
    });
}
