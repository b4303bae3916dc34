// The README's code blocks are examples too: every ```js block that asserts something
// (`expr; // => value`) runs here, so the numbers a reader sees cannot drift from the code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertsSomething, runExample } from './example-runner.js';

const readme = readFileSync(join(import.meta.dirname, '../README.md'), 'utf8');

interface Block {
  line: number;
  code: string;
}

const blocks: Block[] = [];
const fence = /^( *)```js\n([\s\S]*?)\n\1```$/gm;
for (let m = fence.exec(readme); m !== null; m = fence.exec(readme)) {
  const indent = m[1]?.length ?? 0;
  const code = (m[2] ?? '')
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
  blocks.push({ line: readme.slice(0, m.index).split('\n').length, code });
}
const checked = blocks.filter((b) => assertsSomething(b.code));

describe('README examples', () => {
  it('finds the README blocks that assert values', () => {
    // Analytic models, staffingTable, erlangX and the France preset carry `// =>` lines.
    expect(checked.length).toBeGreaterThanOrEqual(4);
  });

  for (const block of checked) {
    it(`README.md:${block.line}`, async () => {
      await runExample(block.code);
    });
  }
});
