// docs/ stands alone: the scenario format page names every field the JSON Schema (generated from
// the code) has, its links point to files of the repository, and it refers to nothing outside it.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../src/scenario/scenario-json-schema.js';

const docsDir = resolve(import.meta.dirname, '../../../docs');
const pages = readdirSync(docsDir).filter((name) => name.endsWith('.md'));
const read = (name: string) => readFileSync(join(docsDir, name), 'utf8');
const repositoryPages = execFileSync('git', ['ls-files', '*.md', '**/*.md'], {
  cwd: docsDir,
  encoding: 'utf8',
})
  .split('\n')
  .map((path) => path.split('/').pop() ?? '')
  .filter(Boolean);

describe('docs/', () => {
  it('documents every field of the scenario, of a queue and of a pool', () => {
    const schema = scenarioJsonSchema();
    const text = read('scenario.md');
    const fields = [
      ...Object.keys(schema.properties),
      ...Object.keys(schema.properties.queues.items.properties),
      ...Object.keys(schema.properties.pools.items.properties),
    ];
    expect(fields.filter((field) => !text.includes(`\`${field}\``))).toEqual([]);
  });

  it('links only to files that exist in the repository, and names no document outside it', () => {
    for (const page of pages) {
      const text = read(page);
      // Every Markdown file a page names is one of the repository's.
      for (const [name] of text.matchAll(/[\w.-]+\.md\b/g))
        expect(repositoryPages, `${page} names ${name}`).toContain(name);
      for (const [, target] of text.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)) {
        if (/^https?:/.test(target ?? '')) continue;
        expect(existsSync(resolve(dirname(join(docsDir, page)), target ?? '')), `${page} → ${target}`).toBe(
          true,
        );
      }
    }
  });
});
