import { describe, expect, it } from 'vitest';
import { formatClockTime, parseClockTime } from '../../src/scenario/clock-time.js';

describe('clock times', () => {
  it.each([
    ['08:30', 30600],
    ['8:30', 30600],
    ['00:00', 0],
    ['23:59:59', 86399],
  ])('%s is %d s after midnight', (text, seconds) => {
    expect(parseClockTime(text)).toBe(seconds);
  });

  it.each(['24:00', '8h30', '08:60', '', '8:3'])('%j is refused', (text) => {
    expect(() => parseClockTime(text, 'opensAt')).toThrow(
      `opensAt must be a clock time such as 08:30, got ${JSON.stringify(text)}`,
    );
  });

  it('formats seconds after midnight, past midnight too', () => {
    expect([0, 30600, 61230, 88200].map(formatClockTime)).toEqual(['00:00', '08:30', '17:00:30', '24:30']);
    expect(() => formatClockTime(Number.NaN)).toThrow('seconds must be a finite number >= 0, got NaN');
  });
});
