import { describe, expect, it } from 'vitest';
import { closestWord } from '../../src/scenario/closest-word.js';

describe('closestWord', () => {
  const keys = ['id', 'calls', 'handleTime', 'patience', 'lines', 'priority', 'redial'];

  it('suggests the key a typo was meant to be', () => {
    expect(closestWord('handletime', keys)).toBe('handleTime');
    expect(closestWord('handelTime', keys)).toBe('handleTime');
    expect(closestWord('patiense', keys)).toBe('patience');
    expect(closestWord('line', keys)).toBe('lines');
  });

  it('suggests nothing when no key is within two edits', () => {
    expect(closestWord('dissuasion', keys)).toBeUndefined();
    expect(closestWord('x', [])).toBeUndefined();
  });
});
