// Every exported function of the visualiser has a doc comment with an `@example` that calls it, and the
// examples run: here those that need no browser; the page's DOM modules (src/ui/) run in Chromium in
// test/browser/harness.test.ts, and the browser scripts (browser/) in test/browser/site.test.ts, once
// the site they serve is built.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as simCore from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import {
  documentedFunctions,
  examplesUnder,
  runExample,
  sourceFiles,
  VIZ_DIR,
} from './doc-example-runner.js';

describe('doc comment examples', () => {
  it('every exported function has an @example that calls it', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('browser')];
    const missing = files.flatMap((file) =>
      documentedFunctions(file)
        .filter(({ fn, example }) => example === null || !new RegExp(`\\b${fn}\\s*\\(`).test(example.code))
        .map(({ fn }) => `${file}: ${fn}`),
    );
    expect(missing).toEqual([]);
    expect(files.length).toBeGreaterThan(20);
  });

  it('notices an example whose result differs from what it says', async () => {
    const example = {
      file: 'x.ts',
      line: 1,
      fn: 'f',
      code: "f(2) // => 5\nf(1) // => 2\n[f(0)] // => ['0']",
    };
    expect(await runExample(example, { f: (n: number) => 2 * n })).toEqual([
      'f(2) = 4, expected 5',
      "[f(0)] = [0], expected ['0']",
    ]);
  });

  const examples = examplesUnder('src').filter((e) => !e.file.startsWith('src/ui/'));
  for (const example of examples) {
    it(`${example.file}:${example.line} (${example.fn})`, async () => {
      const own = await import(pathToFileURL(join(VIZ_DIR, example.file)).href);
      expect(await runExample(example, { ...simCore, ...own })).toEqual([]);
    });
  }
});
