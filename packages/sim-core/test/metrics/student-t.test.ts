import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../src/metrics/student-t.js';

describe('studentTQuantile', () => {
  // Reference values: scipy 1.17.1 `scipy.stats.t.ppf(p, df)`, which agree to the digits printed with
  // the t table of the NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.2.
  const table: [number, number, number][] = [
    [0.975, 1, 12.706204736174694],
    [0.975, 2, 4.302652729749462],
    [0.975, 3, 3.1824463052837078],
    [0.975, 5, 2.5705818356363146],
    [0.975, 9, 2.262157162798205],
    [0.975, 10, 2.228138851986274],
    [0.975, 30, 2.0422724563012378],
    [0.975, 100, 1.9839715185235518],
    [0.975, 1000, 1.9623390808264083],
    [0.995, 1, 63.656741162871526],
    [0.995, 9, 3.249835541592126],
    [0.995, 19, 2.8609346064649794],
    [0.9, 4, 1.533206274058944],
    [0.6, 7, 0.2631668613520229],
    [0.025, 4, -2.7764451051977943],
    [0.9995, 1, 636.6192487687897],
  ];
  it.each(table)('t(%f, %i) = %f', (p, df, expected) => {
    expect(Math.abs(studentTQuantile(p, df) - expected)).toBeLessThan(
      1e-10 * Math.max(1, Math.abs(expected)),
    );
  });

  it('is antisymmetric, 0 at the median, and tends to the normal quantile', () => {
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(0.3, 6)).toBeCloseTo(-studentTQuantile(0.7, 6), 12);
    // Normal 0.975 quantile 1.959963984540054 (scipy.stats.norm.ppf); t with 100000 df is within 1e-4.
    expect(Math.abs(studentTQuantile(0.975, 100_000) - 1.959963984540054)).toBeLessThan(1e-4);
  });

  it('rejects bad arguments by name', () => {
    expect(() => studentTQuantile(1, 3)).toThrow(/p must be in \(0, 1\), got 1/);
    expect(() => studentTQuantile(Number.NaN, 3)).toThrow(RangeError);
    expect(() => studentTQuantile(0.9, 0)).toThrow(/df must be a positive integer, got 0/);
    expect(() => studentTQuantile(0.9, 2.5)).toThrow(/df/);
  });
});
