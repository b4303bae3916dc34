#!/usr/bin/env node
// The `decroche` command line. Every failure a user can cause ends in one clear message on stderr
// and a non-zero exit code (2 for usage errors), never a stack trace.
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { CliError } from './cli-error.js';
import { registerAnalyze } from './commands/analyze.js';
import { registerCalibrate } from './commands/calibrate.js';
import { registerFrance } from './commands/france.js';
import { registerMerge } from './commands/merge.js';
import { registerReplayStudy } from './commands/replay-study.js';
import { registerRoster } from './commands/roster.js';
import { registerRun } from './commands/run.js';
import { registerSchema } from './commands/schema.js';
import { registerStaff } from './commands/staff.js';
import { registerSweep } from './commands/sweep.js';
import { registerValidate } from './commands/validate.js';
import { raiseInliningBudget } from './inlining-budget.js';

// Before any simulation is optimised: the event loop is larger than V8's default inlining budget.
raiseInliningBudget();

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command()
  .name('decroche')
  .version(version)
  .description(
    'Predict the pickup rate (answered ÷ offered calls) of phone platforms, and the staffing that reaches a target.',
  )
  .showHelpAfterError('(run decroche --help for usage)')
  .exitOverride();
registerFrance(program);
registerRun(program);
registerCalibrate(program);
registerReplayStudy(program);
registerMerge(program);
registerStaff(program);
registerSweep(program);
registerRoster(program);
registerAnalyze(program);
registerValidate(program);
registerSchema(program);
// A subcommand's usage error points to that subcommand's own help.
let helpHint = '(run decroche --help for usage)';
for (const command of program.commands) {
  command.showHelpAfterError(`(run decroche ${command.name()} --help for usage)`);
}
program.hook('preAction', (_program, command) => {
  helpHint = `(run decroche ${command.name()} --help for usage)`;
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // Commander has printed the message already; help and version end well, anything else is a usage error.
    process.exitCode = ['commander.helpDisplayed', 'commander.version'].includes(error.code) ? 0 : 2;
  } else if (error instanceof CliError) {
    process.stderr.write(`decroche: ${error.message}\n${error.exitCode === 2 ? `${helpHint}\n` : ''}`);
    process.exitCode = error.exitCode;
  } else if (error instanceof RangeError) {
    process.stderr.write(`decroche: ${error.message}\n${helpHint}\n`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
