/**
 * The standard normal distribution function Φ(z) = erfc(-z/√2)/2, with the Chebyshev-fitted erfc of
 * Numerical Recipes (Press et al., 2nd ed., §6.2, `erfcc`; fractional error below 1.2e-7 everywhere).
 * Cost: one exp. NaN in, NaN out (callers check their input).
 */
export function normalCdf(z: number): number {
  const x = -z / Math.SQRT2;
  const ax = Math.abs(x);
  const t = 1 / (1 + 0.5 * ax);
  const erfcAbs =
    t *
    Math.exp(
      -ax * ax -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  // Φ(z) = erfc(-z/√2) / 2, with erfc(-a) = 2 - erfc(a).
  return x >= 0 ? 0.5 * erfcAbs : 1 - 0.5 * erfcAbs;
}
