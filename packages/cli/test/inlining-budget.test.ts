import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { INLINING_BUDGET_FLAG } from '../src/inlining-budget.js';

describe('the inlining budget the command line raises', () => {
  it('is a flag this Node recognises (V8 prints "unrecognized flag" on stderr otherwise)', () => {
    const script = `require('node:v8').setFlagsFromString(${JSON.stringify(INLINING_BUDGET_FLAG)})`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });
});
