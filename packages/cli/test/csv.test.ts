import { describe, expect, it } from 'vitest';
import { csvFormat, toCsv } from '../src/csv.js';

describe('csv', () => {
  it('writes numbers with the chosen decimal mark and quotes only what needs it', () => {
    const rows = [
      ['caf', 0.853, 1200, null],
      ['a;b "x"', -1.5, Number.POSITIVE_INFINITY, 'plain'],
    ];
    expect(
      toCsv(['queue', 'pickupRate', 'offered', 'note'], rows, csvFormat({ sep: ',', decimal: '.' })),
    ).toBe('queue,pickupRate,offered,note\r\ncaf,0.853,1200,\r\n"a;b ""x""",-1.5,inf,plain\r\n');
    expect(
      toCsv(['queue', 'pickupRate', 'offered', 'note'], rows, csvFormat({ sep: ';', decimal: ',' })),
    ).toBe('queue;pickupRate;offered;note\r\ncaf;0,853;1200;\r\n"a;b ""x""";-1,5;inf;plain\r\n');
    expect(toCsv(['x'], [[1 / 3]], csvFormat({ sep: 'tab', decimal: '.' }))).toBe('x\r\n0.333333\r\n');
  });

  it('refuses a separator or decimal mark it does not know, and a decimal mark equal to the separator', () => {
    expect(() => csvFormat({ sep: '|', decimal: '.' })).toThrow(
      "option --sep must be ',', ';' or 'tab', got '|'",
    );
    expect(() => csvFormat({ sep: ';', decimal: 'x' })).toThrow(
      "option --decimal must be '.' or ',', got 'x'",
    );
    expect(() => csvFormat({ sep: ',', decimal: ',' })).toThrow(
      "option --decimal ',' is also the separator: use --sep ';' with --decimal ','",
    );
  });
});
