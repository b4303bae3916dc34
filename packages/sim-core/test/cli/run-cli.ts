// Runs the built `decroche` command as a user would (node dist/cli/main.js …), building it first
// when dist/ is missing (the root `check` script builds before the tests).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const packageDir = join(import.meta.dirname, '../..');
const main = join(packageDir, 'dist/cli/main.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd = packageDir): CliResult {
  if (!existsSync(main)) execFileSync('pnpm', ['run', 'build'], { cwd: packageDir, stdio: 'ignore' });
  const result = spawnSync(process.execPath, [main, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A user-facing failure: a non-zero exit and one message, never a stack trace. */
export function expectCleanFailure(result: CliResult): void {
  if (result.status === 0) throw new Error(`expected a failure, got exit 0 and:\n${result.stdout}`);
  if (/\n\s+at /.test(result.stderr)) throw new Error(`stack trace printed:\n${result.stderr}`);
}

export const examplesDir = join(packageDir, '../../examples');
