// The false-alarm budget of the theory suite stays true to the files: every theory test file is in
// CHECKS (suite-checks.ts), counts its checks with countChecks (which asserts the count after the
// file's tests), and its header states that count and the per-check α. Reads the files only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_ALPHA, CHECKS, FAMILY_ALPHA, SUITE_CHECKS } from './suite-checks.js';

const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.test.ts') && name !== 'budget.test.ts')
  .map((name) => name.replace(/\.test\.ts$/, ''));

describe('theory suite budget', () => {
  it('lists every theory test file, and only those', () => {
    expect(files.sort()).toEqual(Object.keys(CHECKS).sort());
  });

  it('splits 0.001 between all the checks of the suite', () => {
    expect(SUITE_CHECKS).toBe(Object.values(CHECKS).reduce((a, b) => a + b, 0));
    expect(CHECK_ALPHA * SUITE_CHECKS).toBeCloseTo(FAMILY_ALPHA, 15);
  });

  it.each(files)('%s counts its checks and states the count and α in its header', (file) => {
    const text = readFileSync(join(dir, `${file}.test.ts`), 'utf8');
    expect(text).toContain(`countChecks('${file}')`);
    const stated = /= (\d+)\s*(?:\/\/\s*)?statistical checks/.exec(text);
    expect(Number(stated?.[1])).toBe(CHECKS[file as keyof typeof CHECKS]);
    expect(text).toContain(`α = 0.001 / ${SUITE_CHECKS}`);
  });
});
