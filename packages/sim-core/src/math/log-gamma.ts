// ln Γ and the logarithms of Poisson-like weights x^m e^(−x) / Γ(m + 1) for real m ≥ 0, accurate in absolute terms
// even when m and x are in the billions: Loader's saddle-point form ("Fast and accurate computation of
// binomial probabilities", 2000; the algorithm of R's dpois), log D = −bd0(m, x) − stirling(m).

const LN_SQRT_2PI = 0.9189385332046728;
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/**
 * ln Γ(x) for x > 0 by the Lanczos approximation (g = 7, n = 9, the coefficients of Numerical Recipes /
 * Godfrey; relative error about 1e-15), below 0.5 through the reflection formula. Shared by analytic/
 * (small arguments of the Stirling remainder) and random/ (Weibull scales, the gamma distribution
 * function). Cost O(1): nine divisions and two logs. No validation (callers pass x > 0). Internal.
 */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const y = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (y + i);
  const t = y + LANCZOS_G + 0.5;
  return LN_SQRT_2PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * ln Γ(m + 1) − m ln m + m, the part of ln m! that Stirling's leading term leaves, for real m ≥ 0
 * (0 at m = 0). Above 15 the Stirling series (absolute error below 1e-16), below it ln Γ. Cost O(1).
 */
export function stirlingRemainder(m: number): number {
  if (m === 0) return 0;
  if (m <= 15) return logGamma(m + 1) - m * Math.log(m) + m;
  const mm = m * m;
  let err: number;
  if (m > 500) err = (1 / 12 - 1 / 360 / mm) / m;
  else if (m > 80) err = (1 / 12 - (1 / 360 - 1 / 1260 / mm) / mm) / m;
  else if (m > 35) err = (1 / 12 - (1 / 360 - (1 / 1260 - 1 / 1680 / mm) / mm) / mm) / m;
  else err = (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - 1 / 1188 / mm) / mm) / mm) / mm) / m;
  return err + LN_SQRT_2PI + 0.5 * Math.log(m);
}

/**
 * The deviance term m ln(m/x) + x − m ≥ 0 of Loader's algorithm, with full relative accuracy when
 * m ≈ x (series in (m − x)/(m + x)). m ≥ 0, x > 0. Cost O(1) (the series needs few terms there).
 */
export function deviance(m: number, x: number): number {
  if (m === 0) return x;
  if (Math.abs(m - x) < 0.1 * (m + x)) {
    let v = (m - x) / (m + x);
    let s = (m - x) * v;
    let ej = 2 * m * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return m * Math.log(m / x) + x - m;
}

/**
 * ln(x^m e^(−x) / Γ(m + 1)) for real m ≥ 0 and x ≥ 0: the log Poisson probability of m when m is an
 * integer. Absolute error about 1e-16 × (1 + the result's size). Cost O(1).
 */
export function logPoissonWeight(m: number, x: number): number {
  if (x === 0) return m === 0 ? 0 : Number.NEGATIVE_INFINITY;
  return -deviance(m, x) - stirlingRemainder(m);
}
