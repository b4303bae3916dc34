// The programs in examples/ are run as a user would run them (`node examples/<name>.mjs`, importing
// '@decroche/sim-core' by name through the examples workspace package) and their output is compared
// with the expected output beside them, `<name>.out` (as SimPy does for its examples).
// Their figures are deterministic: analytic, or simulated with a fixed seed. After a deliberate change
// of the model, regenerate with `node examples/<name>.mjs > examples/<name>.out` and review the diff.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const packageDir = resolve(import.meta.dirname, '..');
const examplesDir = resolve(packageDir, '../../examples');
const programs = readdirSync(examplesDir)
  .filter((name) => name.endsWith('.mjs'))
  .sort();

beforeAll(() => {
  // The root `check` script builds before vitest runs; build once here if it has not.
  if (!existsSync(join(packageDir, 'dist/index.js'))) {
    execFileSync('pnpm', ['run', 'build'], { cwd: packageDir, stdio: 'ignore' });
  }
}, 120_000);

describe('examples', () => {
  it('has programs, each with its expected output', () => {
    expect(programs.length).toBeGreaterThan(0);
    expect(programs.filter((name) => !existsSync(join(examplesDir, name.replace(/\.mjs$/, '.out'))))).toEqual(
      [],
    );
  });

  for (const program of programs) {
    it(`${program} prints ${program.replace(/\.mjs$/, '.out')}`, () => {
      const output = execFileSync(process.execPath, [program], { cwd: examplesDir, encoding: 'utf8' });
      const expected = readFileSync(join(examplesDir, program.replace(/\.mjs$/, '.out')), 'utf8');
      expect(output).toBe(expected);
    });
  }
});
