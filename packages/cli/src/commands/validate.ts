import type { Command } from 'commander';
import { loadScenario } from '../load-scenario.js';

/** `decroche validate <scenario>`: checks a scenario file and lists every problem with its path. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check a scenario file and list every problem with its path')
    .argument('<scenario>', 'scenario file, .yaml/.yml or .json')
    .action((file: string) => {
      const s = loadScenario(file);
      const calls = s.queues.reduce((sum, q) => sum + q.calls.reduce((a, b) => a + b, 0), 0);
      process.stdout.write(
        `${file}: valid — ${s.queues.length} queue(s), ${s.pools.length} pool(s), ${s.intervals} intervals of ${s.intervalSeconds} s, ${s.days} day(s), ${Math.round(calls)} first calls a day\n`,
      );
    });
}
