import { overlap } from '../scenario/shift-staffing.js';
import type { ShiftFamily } from './roster-shapes.js';
import type { RosterShapes } from './roster-shapes-schema.js';

/** A number as LP text: short, exact enough (12 significant digits). */
function num(x: number): string {
  return String(Number(x.toPrecision(12)));
}

/** `a x1 + b x2 ...` with a line break every few terms (LP readers limit line lengths). */
function sum(terms: readonly [number, string][]): string {
  const parts = terms.map(
    ([c, v], k) => `${k === 0 ? (c < 0 ? '- ' : '') : c < 0 ? '- ' : '+ '}${num(Math.abs(c))} ${v}`,
  );
  const lines: string[] = [];
  for (let k = 0; k < parts.length; k += 8) lines.push(parts.slice(k, k + 8).join(' '));
  return lines.join('\n   ');
}

/** Names of the columns: `x{f}` shifts of family f, `b{f}_{k}_{p}` those of them taking break k at its p-th start. */
export const shiftVar = (f: number) => `x${f}`;
export const breakVar = (f: number, k: number, p: number) => `b${f}_${k}_${p}`;

/**
 * The roster as a CPLEX LP text (implicit break placement, after Aykin 1996): minimise Σ cost·x
 * subject to, for every interval i, Σ_f cover_f(i)·x_f − Σ_{f,k,p} overlap(break p, i)·b_fkp ≥ need_i;
 * for every family and break, Σ_p b_fkp = x_f; for every shape, min ≤ Σ x ≤ max; all integer.
 */
export function rosterProgram(
  families: readonly ShiftFamily[],
  shapes: RosterShapes,
  need: readonly number[],
  intervalSeconds: number,
): string {
  const cover: [number, string][][] = need.map(() => []);
  const linking: string[] = [];
  const integers: string[] = [];
  families.forEach((family, f) => {
    integers.push(shiftVar(f));
    need.forEach((_, i) => {
      const c = overlap(family.start, family.start + family.length, i, intervalSeconds);
      if (c > 0) cover[i]!.push([c, shiftVar(f)]);
    });
    family.breaks.forEach((b, k) => {
      const vars = b.starts.map((at, p) => {
        const name = breakVar(f, k, p);
        integers.push(name);
        need.forEach((_, i) => {
          const c = overlap(at, at + b.seconds, i, intervalSeconds);
          if (c > 0) cover[i]!.push([-c, name]);
        });
        return [1, name] as [number, string];
      });
      linking.push(` l${f}_${k}: ${sum([...vars, [-1, shiftVar(f)]])} = 0`);
    });
  });
  const rows: string[] = [];
  need.forEach((n, i) => {
    if (n > 0) rows.push(` c${i}: ${sum(cover[i]!)} >= ${num(n)}`);
  });
  rows.push(...linking);
  shapes.shapes.forEach((shape, s) => {
    const members = families.flatMap((fam, f) =>
      fam.shape === s ? [[1, shiftVar(f)] as [number, string]] : [],
    );
    if (members.length === 0) return;
    if (shape.min > 0) rows.push(` min${s}: ${sum(members)} >= ${shape.min}`);
    if (shape.max !== undefined) rows.push(` max${s}: ${sum(members)} <= ${shape.max}`);
  });
  const objective = families.map((fam, f) => [fam.cost, shiftVar(f)] as [number, string]);
  return [
    'Minimize',
    ` cost: ${sum(objective)}`,
    'Subject To',
    ...rows,
    'Generals',
    ...Array.from(
      { length: Math.ceil(integers.length / 16) },
      (_, k) => ` ${integers.slice(16 * k, 16 * k + 16).join(' ')}`,
    ),
    'End',
  ].join('\n');
}
