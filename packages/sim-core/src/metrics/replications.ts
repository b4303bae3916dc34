import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { ReportFigures, SimulationReport } from './report.js';
import { studentTQuantile } from './student-t.js';

type Figure = number | null | Figure[] | { [key: string]: Figure };

/** Mean and 95 % half-width of one figure over replications, ignoring replications where it is null. */
function meanAndHalfWidth(values: readonly (number | null)[]): [number | null, number | null] {
  const defined = values.filter((v): v is number => v !== null);
  if (defined.length === 0) return [null, null];
  const m = mean(defined);
  if (defined.length < 2) return [m, null];
  const s = sampleStandardDeviation(defined);
  return [m, (studentTQuantile(0.975, defined.length - 1) * s) / Math.sqrt(defined.length)];
}

function combine(figures: readonly Figure[]): [Figure, Figure] {
  const first = figures[0];
  if (first === null || typeof first === 'number' || first === undefined) {
    return meanAndHalfWidth(figures as (number | null)[]);
  }
  if (Array.isArray(first)) {
    const means: Figure[] = [];
    const halves: Figure[] = [];
    first.forEach((_, i) => {
      const [m, h] = combine(figures.map((f) => (f as Figure[])[i] ?? null));
      means.push(m);
      halves.push(h);
    });
    return [means, halves];
  }
  const means: Record<string, Figure> = {};
  const halves: Record<string, Figure> = {};
  for (const key of Object.keys(first)) {
    const [m, h] = combine(figures.map((f) => (f as Record<string, Figure>)[key] ?? null));
    means[key] = m;
    halves[key] = h;
  }
  return [means, halves];
}

/**
 * Combines the reports of independent replications: every figure becomes its mean over the
 * replications where it is defined (not null), and `halfWidth` (same shape) holds its 95 % confidence
 * half-width t(0.975, n − 1) · s / √n, null when fewer than two replications define it. Cost
 * O(replications × figures). Throws a RangeError on an empty list.
 *
 * @example
 * ```ts
 * import { combineReplications, simulate } from '@decroche/sim-core';
 * const scenario = { intervals: 2, queues: [{ id: 'q', calls: 100, handleTime: { dist: 'exponential', mean: 60 } }],
 *   pools: [{ id: 'p', serves: ['q'], agents: 3 }] };
 * const runs = [1, 2, 3].map((seed) => simulate(scenario, { seed }));
 * const combined = combineReplications(runs);
 * combined.total.offered === (runs[0].total.offered + runs[1].total.offered + runs[2].total.offered) / 3 // => true
 * combined.halfWidth.total.offered > 0 // => true
 * ```
 */
export function combineReplications(reports: readonly SimulationReport[]): SimulationReport {
  if (reports.length === 0) throw new RangeError('reports must hold at least one report, got 0');
  const figures = reports.map(({ total, queues, pools }) => ({ total, queues, pools }) as unknown as Figure);
  const [means, halves] = combine(figures);
  const result = means as unknown as SimulationReport;
  if (reports.length > 1) result.halfWidth = halves as unknown as ReportFigures;
  return result;
}
