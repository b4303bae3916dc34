// Ctrl-C on a long run: the process ends at once, by the signal, having written nothing.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFile } from '../scenario-file.js';

const main = join(import.meta.dirname, '../../dist/main.js');

/** About 50 million attempts: several seconds of one core at the least. */
const longRun = `
name: long-run
days: 30
intervals: 16
queues:
  - { id: q, calls: 100000, handleTime: { dist: exponential, mean: 180 } }
pools:
  - { id: p, serves: [q], agents: 10500 }
`;

describe('decroche run, interrupted', () => {
  it('stops on Ctrl-C (SIGINT) while simulating, without writing the report or a stack trace', async () => {
    const file = scenarioFile('long-run.yaml', longRun);
    const out = join(dirname(file), 'report.json');
    const child = spawn(process.execPath, [main, 'run', file, '--out', out], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const exited = once(child, 'exit');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // node started, the scenario read, simulating
    expect(child.exitCode).toBeNull();
    child.kill('SIGINT');
    const [code, signal] = await exited;
    // Ended by the signal (130 if a handler exited for it), not by finishing the run.
    expect(signal === 'SIGINT' || code === 130).toBe(true);
    expect(existsSync(out)).toBe(false);
    expect(stdout).toBe('');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
