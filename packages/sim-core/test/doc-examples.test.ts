// Runs the `@example` of every doc comment in src/, so the examples cannot drift from the code
// (STYLE.md §2). An example is a fenced ```ts block; a line `expr // => value` asserts that `expr`
// equals `value`: numbers to the precision written (0.4092 means within 0.00005), anything else
// (JSON, true, 'text') deeply. Imports from '@decroche/sim-core' are served by src/index.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

const srcDir = join(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

interface Example {
  file: string;
  line: number;
  code: string;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  const block = /@example\s*\n\s*\*\s*```(?:ts|js)?\n([\s\S]*?)\n\s*\*\s*```/g;
  for (let m = block.exec(text); m !== null; m = block.exec(text)) {
    const code = (m[1] ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n');
    found.push({ file: relative(srcDir, file), line: text.slice(0, m.index).split('\n').length, code });
  }
  return found;
}

function compile(code: string): string {
  return code
    .split('\n')
    .filter((l) => !/^\s*import\s.*from\s+['"]@decroche\/sim-core['"];?\s*$/.test(l))
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
  // The expected value is a literal written in our own doc comment.
  const expected = new Function(`return (${expectedText});`)();
  expect(actual, what).toEqual(expected);
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...args: unknown[]) => Promise<void>;

const examples = sourceFiles(srcDir).flatMap(examplesOf);

describe('doc comment examples', () => {
  it('every public function has an example', () => {
    const documented = new Set(
      examples.flatMap((e) => [...e.code.matchAll(/\b([a-zA-Z]\w*)\s*\(/g)].map((m) => m[1])),
    );
    const functions = Object.entries(lib)
      .filter(([, value]) => typeof value === 'function' && !/^class\s/.test(String(value)))
      .map(([name]) => name);
    expect(functions.filter((name) => !documented.has(name))).toEqual([]);
  });

  for (const example of examples) {
    it(`${example.file}:${example.line}`, async () => {
      const names = Object.keys(lib).join(', ');
      const body = `const { ${names} } = lib;\n${compile(example.code)}`;
      await new AsyncFunction('lib', '__check', body)(lib, check);
    });
  }
});
