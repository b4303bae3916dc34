// Runs the `@example` of every doc comment in src/, so the examples cannot drift from the code.
// An example is a fenced ```ts block, run by example-runner.ts: a line
// `expr // => value` asserts that `expr` equals `value`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { runExample } from './example-runner.js';

const srcDir = join(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
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
      await runExample(example.code);
    });
  }
});
