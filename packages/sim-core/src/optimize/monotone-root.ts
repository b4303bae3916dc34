// A bracketing root finder for a monotone function of one variable, advanced one trial at a time so
// that several independent roots can share each (costly) evaluation: regula falsi with the Illinois
// modification (Dowell & Jarratt 1971), and a bisection whenever the bracket fails to halve in three
// steps, so it converges on step functions too (a knob rounded to whole agents).

/** The state of one root search: f(lo) and f(hi) have opposite signs (or one is within tolerance). */
export interface Bracket {
  lo: number;
  hi: number;
  fLo: number;
  fHi: number;
  /** The trial with the smallest |f| so far, and its f. */
  best: number;
  fBest: number;
  done: boolean;
  /** Which end the last step kept (−1 lo, +1 hi, 0 none), for the Illinois halving. */
  kept: number;
  /** Width of the bracket two steps ago, to detect slow progress. */
  widths: number[];
}

/** A bracket over [lo, hi] from f at both ends, or null when f has the same sign at both (no root). */
export function openBracket(
  lo: number,
  fLo: number,
  hi: number,
  fHi: number,
  tolerance: number,
): Bracket | null {
  const bestIsLo = Math.abs(fLo) <= Math.abs(fHi);
  const bracket: Bracket = {
    lo,
    hi,
    fLo,
    fHi,
    best: bestIsLo ? lo : hi,
    fBest: bestIsLo ? fLo : fHi,
    done: false,
    kept: 0,
    widths: [hi - lo],
  };
  if (Math.abs(bracket.fBest) <= tolerance) {
    bracket.done = true;
    return bracket;
  }
  return Math.sign(fLo) === Math.sign(fHi) ? null : bracket;
}

/** The next point to evaluate: the (Illinois) false-position point, or the midpoint when progress is slow. */
export function nextTrial(b: Bracket): number {
  const width = b.hi - b.lo;
  const slow = b.widths.length >= 4 && width > 0.5 * b.widths[b.widths.length - 4]!;
  const x = b.lo - (b.fLo * width) / (b.fHi - b.fLo);
  const margin = 0.01 * width;
  if (slow || !(x > b.lo + margin && x < b.hi - margin)) return b.lo + width / 2;
  return x;
}

/** Narrows the bracket with f(x); marks it done when |f| ≤ tolerance or the bracket is narrower than xTolerance. */
export function bracketStep(b: Bracket, x: number, f: number, tolerance: number, xTolerance: number): void {
  if (Math.abs(f) < Math.abs(b.fBest)) {
    b.best = x;
    b.fBest = f;
  }
  if (Math.sign(f) === Math.sign(b.fLo)) {
    b.lo = x;
    b.fLo = f;
    if (b.kept === 1) b.fHi /= 2;
    b.kept = 1;
  } else {
    b.hi = x;
    b.fHi = f;
    if (b.kept === -1) b.fLo /= 2;
    b.kept = -1;
  }
  b.widths.push(b.hi - b.lo);
  if (Math.abs(f) <= tolerance || b.hi - b.lo <= xTolerance) b.done = true;
}
