// Runs the built `decroche` command as a user would (node dist/main.js …). The global setup
// (build-if-stale.ts) has rebuilt dist/ when any source file is newer.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const packageDir = join(import.meta.dirname, '..');
const main = join(packageDir, 'dist/main.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = packageDir): CliResult {
  const result = spawnSync(process.execPath, [main, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A user-facing failure: a non-zero exit and one message, never a stack trace. */
export function expectCleanFailure(result: CliResult): void {
  if (result.status === 0) throw new Error(`expected a failure, got exit 0 and:\n${result.stdout}`);
  if (/\n\s+at /.test(result.stderr)) throw new Error(`stack trace printed:\n${result.stderr}`);
}

export const examplesDir = join(packageDir, '../../examples');
