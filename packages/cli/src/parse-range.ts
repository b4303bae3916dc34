import { CliError } from './cli-error.js';

const FORM = "'from..to/step' (e.g. 80..140/10), a list '80,100,120' or one value";

function decimals(text: string): number {
  return /\.(\d+)/.exec(text)?.[1]?.length ?? 0;
}

/**
 * The values of a sweep option: `80..140/10` (from, to, step; `to` included when the steps reach it),
 * `80,100,120` or `90`. Values are rounded to the decimals written, so `1..1.3/0.1` gives exactly
 * 1, 1.1, 1.2, 1.3. At most 200 values.
 */
export function parseRange(
  option: string,
  raw: string,
  check: (n: number) => boolean,
  rule: string,
): number[] {
  const bad = (why = '') => new CliError(`option ${option} must be ${FORM}${why}, got '${raw}'`, 2);
  let values: number[];
  const range = /^\s*([^.\s][^\s]*?)\.\.([^/\s]+)\/(\S+)\s*$/.exec(raw);
  if (range) {
    const [from, to, step] = [range[1] ?? '', range[2] ?? '', range[3] ?? ''].map(Number) as [
      number,
      number,
      number,
    ];
    if (![from, to, step].every(Number.isFinite)) throw bad();
    if (!(step > 0) || to < from) throw bad(' with from ≤ to and step > 0');
    const places = Math.max(decimals(range[1] ?? ''), decimals(range[3] ?? ''));
    const count = Math.floor((to - from) / step + 1e-9) + 1;
    if (count > 200) throw bad(' with at most 200 values');
    values = Array.from({ length: count }, (_, i) => Number((from + i * step).toFixed(places)));
  } else {
    const parts = raw.split(',');
    values = parts.map(Number);
    if (parts.some((p) => p.trim() === '') || !values.every(Number.isFinite)) throw bad();
  }
  const wrong = values.find((v) => !check(v));
  if (wrong !== undefined)
    throw new CliError(`option ${option} values must be ${rule}, got ${wrong} in '${raw}'`, 2);
  return values;
}
