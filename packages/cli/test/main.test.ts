import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCleanFailure, runCli } from './run-cli.js';

describe('decroche', () => {
  it('prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(import.meta.dirname, '../package.json'), 'utf8'));
    const result = runCli(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it('lists its commands in --help', () => {
    const result = runCli(['--help']);
    expect(result.status).toBe(0);
    for (const command of ['france', 'run', 'staff', 'sweep', 'analyze', 'validate', 'schema']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
  });

  it('answers a usage error with exit code 2 and a hint, never a stack trace', () => {
    const typo = runCli(['frnce']);
    expectCleanFailure(typo);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('(Did you mean france?)');
    const missing = runCli(['run']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("missing required argument 'scenario'");
  });
});
