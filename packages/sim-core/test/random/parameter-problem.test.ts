import { describe, expect, it } from 'vitest';
import {
  checkLowerBound,
  describeValue,
  type ParameterProblem,
  throwIfProblems,
} from '../../src/random/parameter-problem.js';

describe('describeValue', () => {
  it('shows values as a message should', () => {
    expect([describeValue('x'), describeValue(-1), describeValue(undefined), describeValue(null)]).toEqual([
      "'x'",
      '-1',
      'undefined',
      'null',
    ]);
    expect([describeValue([1]), describeValue({}), describeValue(true)]).toEqual([
      'an array',
      'a object',
      'true',
    ]);
  });
});

describe('checkLowerBound', () => {
  it('accepts values above the bound and reports the others', () => {
    const problems: ParameterProblem[] = [];
    expect(checkLowerBound(problems, 'a', 1, 0, false)).toBe(true);
    expect(checkLowerBound(problems, 'b', 0, 0, true)).toBe(true);
    expect(checkLowerBound(problems, 'c', 0, 0, false)).toBe(false);
    expect(checkLowerBound(problems, 'd', -0.5, 0, true)).toBe(false);
    expect(checkLowerBound(problems, 'e', '3', 0, true)).toBe(false);
    expect(problems).toEqual([
      { parameter: 'c', message: 'must be > 0, got 0' },
      { parameter: 'd', message: 'must be >= 0, got -0.5' },
      { parameter: 'e', message: "must be a finite number, got '3'" },
    ]);
  });
});

describe('throwIfProblems', () => {
  it('throws one RangeError listing every problem, prefixed by the path', () => {
    const problems = [
      { parameter: 'mean', message: 'must be > 0, got 0' },
      { parameter: 'cv', message: 'must be > 0, got -1' },
    ];
    expect(() => throwIfProblems(problems, 'queues[0].handleTime')).toThrow(
      new RangeError(
        'queues[0].handleTime.mean must be > 0, got 0\nqueues[0].handleTime.cv must be > 0, got -1',
      ),
    );
    expect(() => throwIfProblems(problems.slice(1))).toThrow(new RangeError('cv must be > 0, got -1'));
    expect(() => throwIfProblems([])).not.toThrow();
  });
});
