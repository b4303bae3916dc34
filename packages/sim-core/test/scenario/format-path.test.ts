import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/scenario/format-path.js';

describe('formatPath', () => {
  it('writes keys with dots and indexes in brackets', () => {
    expect(formatPath(['queues', 1, 'handleTime', 'cv'])).toBe('queues[1].handleTime.cv');
    expect(formatPath(['pools', 0, 'serves', 2])).toBe('pools[0].serves[2]');
    expect(formatPath(['seed'])).toBe('seed');
    expect(formatPath([])).toBe('');
    expect(formatPath([3])).toBe('[3]');
  });
});
