import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectCleanFailure, runCli } from '../run-cli.js';
import { scenarioFile, smallDay } from '../scenario-file.js';

const main = join(import.meta.dirname, '../../dist/main.js');
const dir = mkdtempSync(join(tmpdir(), 'decroche-shards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('decroche run --shard and decroche merge', () => {
  const file = scenarioFile('small-day.yaml', smallDay);

  it('merges shards run side by side by a local launcher into exactly the one-machine report', () => {
    // The README's local recipe: xargs starts the 3 shards, 2 at a time, each writing its slice.
    execFileSync(
      '/bin/sh',
      [
        '-c',
        `seq 0 2 | xargs -P 2 -I{} node "${main}" run "${file}" -r 5 -s 9 --shard {}/3 -o "${dir}/slice-{}.json"`,
      ],
      { stdio: 'pipe' },
    );
    const slices = [0, 1, 2].map((i) => join(dir, `slice-${i}.json`));
    // Shard i of 3 holds replications ⌊5i/3⌋ … ⌊5(i+1)/3⌋ − 1.
    const indices = slices.map((f) =>
      JSON.parse(readFileSync(f, 'utf8')).reports.map((r: { index: number }) => r.index),
    );
    expect(indices).toEqual([[0], [1, 2], [3, 4]]);
    const merged = runCli(['merge', slices[2]!, slices[0]!, slices[1]!, '--json']);
    expect(merged.status).toBe(0);
    const whole = runCli(['run', file, '-r', '5', '-s', '9', '--json']);
    expect(merged.stdout).toBe(whole.stdout);
  }, 180_000);

  it('refuses missing, repeated or foreign slices, and a shard without --out', () => {
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    const other = join(dir, 'other.json');
    runCli(['run', file, '-r', '2', '--shard', '0/2', '-o', a]);
    runCli(['run', file, '-r', '2', '--shard', '1/2', '-o', b]);
    runCli(['run', file, '-r', '2', '-s', '4', '--shard', '1/2', '-o', other]);
    const missing = runCli(['merge', a]);
    expectCleanFailure(missing);
    expect(missing.stderr).toContain('replications 1 are missing');
    const twice = runCli(['merge', a, b, b]);
    expect(twice.stderr).toContain('replication 1 appears twice');
    const foreign = runCli(['merge', a, other]);
    expect(foreign.stderr).toContain(`'${other}' is a slice of another run`);
    const noOut = runCli(['run', file, '-r', '2', '--shard', '0/2']);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('option --shard needs --out <slice.json>');
    const badShard = runCli(['run', file, '--shard', '2/2', '-o', a]);
    expect(badShard.stderr).toContain(
      "option --shard must be i/n with 0 ≤ i < n (e.g. 0/4 … 3/4), got '2/2'",
    );
  });
});
