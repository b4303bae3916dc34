// The README's shell examples run here, as a reader would type them from the repository's root:
// in a ```sh block, a `decroche …` line followed by `# …` lines expects each of those lines in what
// the command prints (stdout then stderr, runs of spaces compared as one). A command whose scenario
// file is not in the repository (`day.yaml`, a reader's own) only shows a shape and is not run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const packageDir = join(import.meta.dirname, '..');
const root = join(packageDir, '../..');
const main = join(packageDir, 'dist/main.js');
const readme = readFileSync(join(packageDir, 'README.md'), 'utf8');

interface Example {
  line: number;
  command: string;
  expected: string[];
}

const examples: Example[] = [];
const fence = /^```sh\n([\s\S]*?)\n```$/gm;
for (let m = fence.exec(readme); m !== null; m = fence.exec(readme)) {
  const first = readme.slice(0, m.index).split('\n').length + 1;
  const lines = (m[1] ?? '').split('\n');
  lines.forEach((text, k) => {
    if (!text.startsWith('decroche ')) return;
    const expected: string[] = [];
    for (let j = k + 1; j < lines.length && lines[j]!.startsWith('# '); j++)
      expected.push(lines[j]!.slice(2));
    const file = text.split(/\s+/)[2] ?? '';
    if (expected.length > 0 && (!/\.(ya?ml|json)$/.test(file) || existsSync(join(root, file)))) {
      examples.push({ line: first + k, command: text.slice('decroche '.length), expected });
    }
  });
}

const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');

describe('README shell examples', () => {
  it('finds the examples with their output', () => {
    // Durations in options: analyze, staff and an option refused with its name.
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  for (const example of examples) {
    it(`README.md:${example.line}: decroche ${example.command}`, () => {
      const result = spawnSync('sh', ['-c', `"${process.execPath}" "${main}" ${example.command}`], {
        cwd: root,
        encoding: 'utf8',
      });
      const printed = squeeze(`${result.stdout}\n${result.stderr}`);
      for (const line of example.expected) expect(printed).toContain(squeeze(line));
    });
  }
});
