// Runs a code example written for readers (a doc comment's @example, a README block): every export of
// src/index.ts is in scope (imports from '@decroche/sim-core' are dropped), and a line
// `expr // => value` asserts that `expr` equals `value`: numbers to the precision written (0.4092
// means within 0.00005), anything else (JSON, true, 'text') deeply.
import { expect } from 'vitest';
import * as lib from '../src/index.js';

function compile(code: string): string {
  return code
    .split('\n')
    .filter((l) => !/^\s*import\s[\s\S]*from\s+['"]@decroche\/sim-core['"];?\s*$/.test(l))
    .map((l) => {
      const m = /^(\s*)(.*?);?\s*\/\/\s*=>\s*(.+)$/.exec(l);
      if (!m) return l;
      return `${m[1]}__check(${m[2]}, ${JSON.stringify(m[3]?.trim())}, ${JSON.stringify(m[2])});`;
    })
    .join('\n');
}

function check(actual: unknown, expectedText: string, what: string): void {
  if (/^-?\d+(\.\d+)?(e-?\d+)?$/i.test(expectedText)) {
    const decimals = /\.(\d+)/.exec(expectedText)?.[1]?.length ?? 0;
    const tolerance = /e/i.test(expectedText) ? Math.abs(Number(expectedText)) * 1e-3 : 0.5 * 10 ** -decimals;
    expect(typeof actual, what).toBe('number');
    expect(Math.abs((actual as number) - Number(expectedText)), `${what} = ${actual}`).toBeLessThanOrEqual(
      tolerance,
    );
    return;
  }
  // The expected value is a literal written in our own documentation.
  const expected = new Function(`return (${expectedText});`)();
  expect(actual, what).toEqual(expected);
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

/** Runs `code` with the library in scope, asserting its `// =>` lines. */
export async function runExample(code: string): Promise<void> {
  const body = `const { ${Object.keys(lib).join(', ')} } = lib;\n${compile(code)}`;
  await new AsyncFunction('lib', '__check', body)(lib, check);
}

/** True when `code` asserts something (has a `// =>` line). */
export function assertsSomething(code: string): boolean {
  return /\/\/\s*=>/.test(code);
}
