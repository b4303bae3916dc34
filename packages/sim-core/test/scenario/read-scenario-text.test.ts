import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/index.js';
import { readScenarioText } from '../../src/scenario/read-scenario-text.js';

function messageOf(text: string): string {
  try {
    readScenarioText(text);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as ScenarioError).issues.map((i) => `${i.path}|${i.message}`).join('\n');
  }
  throw new Error('the text was read');
}

describe('readScenarioText', () => {
  it('reads YAML and JSON into the same data', () => {
    const data = { seed: 3, queues: [{ id: 'caf', calls: [1, 2.5] }], drain: true };
    expect(readScenarioText(JSON.stringify(data))).toEqual(data);
    expect(
      readScenarioText('seed: 3\nqueues:\n  - id: caf\n    calls: [1, 2.5]\ndrain: true # comment\n'),
    ).toEqual(data);
    expect(readScenarioText('')).toBe(null);
  });

  it('reports only the first syntax error, with its line and column', () => {
    expect(messageOf('a: 1\n  b: [\n')).toBe(
      '|cannot read the text: Nested mappings are not allowed in compact mappings at line 1, column 4',
    );
    expect(messageOf('{"seed": 1,, "queues": []}')).toBe(
      '|cannot read the text: Unexpected , in flow map at line 1, column 12',
    );
  });

  it('rejects duplicate keys, which JSON.parse would silently drop', () => {
    expect(messageOf('{"seed": 1, "seed": 2}')).toBe(
      '|cannot read the text: Map keys must be unique at line 1, column 13',
    );
  });

  it('refuses texts whose aliases expand without bound', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 6; i++)
      levels.push(`${'bcdefg'[i]}: &${'bcdefg'[i]} [${Array(10).fill(`*${'abcdef'[i]}`).join(', ')}]`);
    expect(messageOf(levels.join('\n'))).toMatch(/^\|cannot read the text: Excessive alias count/);
  });
});
