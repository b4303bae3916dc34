import { describe, expect, it } from 'vitest';
import { parseDuration, readDuration } from '../../src/scenario/duration.js';

describe('readDuration', () => {
  it.each([
    ['90s', 90],
    ['6m', 360],
    ['1h30m', 5400],
    ['1h30m15s', 5415],
    ['2h', 7200],
    ['1.5h', 5400],
    ['420', 420],
    [' 6m ', 360],
  ])('%s is %d s', (text, seconds) => {
    expect(readDuration(text)).toBe(seconds);
  });

  it.each(['', 'h', '7 min', '1m30h', '-5s', '6 m', '1h 30m', 'abc'])('%j is not a duration', (text) => {
    expect(readDuration(text)).toBeUndefined();
  });
});

describe('parseDuration', () => {
  it('names what it reads in its error', () => {
    expect(() => parseDuration('7 min', '--redial-delay')).toThrow(
      "--redial-delay must be a duration such as 90s, 6m or 1h30m, or a number of seconds, got '7 min'",
    );
  });
});
