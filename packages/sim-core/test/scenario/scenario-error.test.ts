import { describe, expect, it } from 'vitest';
import { ScenarioError } from '../../src/index.js';

describe('ScenarioError', () => {
  it('lists every issue, one per line as path: message, the whole scenario as "scenario"', () => {
    const error = new ScenarioError([
      { path: 'queues[1].handleTime.cv', message: 'must be > 0, got -1' },
      { path: '', message: 'must be an object, got 3' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ScenarioError');
    expect(error.message).toBe(
      'Invalid scenario (2 problems):\nqueues[1].handleTime.cv: must be > 0, got -1\nscenario: must be an object, got 3',
    );
    expect(error.issues).toHaveLength(2);
    expect(new ScenarioError([{ path: 'seed', message: 'x' }]).message).toBe(
      'Invalid scenario (1 problem):\nseed: x',
    );
  });
});

describe('ScenarioError with line breaks in keys or values', () => {
  it('keeps one line per issue', () => {
    const error = new ScenarioError([
      { path: 'queues[0]["a\nb"]', message: "unknown key 'x\ny'" },
      { path: 'name', message: 'must be text' },
    ]);
    expect(error.message.split('\n')).toEqual([
      'Invalid scenario (2 problems):',
      'queues[0]["a\\nb"]: unknown key \'x\\ny\'',
      'name: must be text',
    ]);
  });
});
