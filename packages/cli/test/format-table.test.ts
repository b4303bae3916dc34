import { describe, expect, it } from 'vitest';
import { clock, count, duration, formatTable, percent } from '../src/format-table.js';

describe('format-table', () => {
  it('aligns columns under a rule', () => {
    const text = formatTable(
      [{ heading: 'queue', align: 'left' }, { heading: 'pickup' }],
      [
        ['caf', '85.0 %'],
        ['assurance-maladie', '7.5 %'],
      ],
    );
    expect(text.split('\n')).toEqual([
      'queue              pickup',
      '-----------------  ------',
      'caf                85.0 %',
      'assurance-maladie   7.5 %',
    ]);
  });

  it('formats shares, durations, counts and clock times', () => {
    expect(percent(0.8534)).toBe('85.3 %');
    expect(percent(null)).toBe('–');
    expect(duration(45.4)).toBe('45 s');
    expect(duration(270)).toBe('4 min 30 s');
    expect(duration(3900)).toBe('1 h 05 min');
    expect(duration(Number.POSITIVE_INFINITY)).toBe('∞');
    expect(count(1234567.4)).toBe('1 234 567');
    expect(clock(8.5 * 3600, 1800, 3)).toBe('10:00');
  });
});
