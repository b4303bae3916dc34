import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { Kpis } from './kpis.js';
import type { SimulationReport } from './report.js';
import { studentTQuantile } from './student-t.js';

/** What the mystery callers of a queue (or of all queues, or of one interval) went through. */
export interface MysteryFigures {
  /** Test callers whose first call fell here (mean over replications). */
  callers: number;
  /** Reached an agent within the protocol's attempts. */
  served: number;
  /** Not reached after every attempt. */
  failed: number;
  /** Still in their protocol when the run ended (neither served nor failed). */
  unfinished: number;
  /** failed ÷ (served + failed); null when no caller finished. */
  failedShare: number | null;
  /**
   * 95 % confidence half-width of `failedShare`: over replications (Student t) when there are
   * several, else the binomial normal approximation 1.96 √(p(1 − p)/n); null without a share.
   */
  failedShareHalfWidth: number | null;
  /** Mean total wait over all attempts of the callers who finished, seconds; null when none did. */
  meanTotalWait: number | null;
}

/** A queue's mystery callers, and by interval of the day of their first call. */
export interface MysteryQueueReport extends MysteryFigures {
  intervals: MysteryFigures[];
}

/** The `mystery` section of a report: all the queues called together, and each queue. */
export interface MysteryReport {
  total: MysteryFigures;
  queues: Record<string, MysteryQueueReport>;
}

interface Counts {
  callers: number;
  served: number;
  failed: number;
  wait: number;
}

const countsOf = (k: Kpis | undefined): Counts => ({
  callers: k?.mysteryCallers ?? 0,
  served: k?.mysteryServed ?? 0,
  failed: k?.mysteryFailed ?? 0,
  wait: k?.mysteryWait ?? 0,
});

const add = (a: Counts, b: Counts): Counts => ({
  callers: a.callers + b.callers,
  served: a.served + b.served,
  failed: a.failed + b.failed,
  wait: a.wait + b.wait,
});

/** Figures from each replication's counts: totals averaged, the share's half-width from the spread. */
function figures(runs: readonly Counts[]): MysteryFigures {
  const n = runs.length;
  const sum = runs.reduce(add, { callers: 0, served: 0, failed: 0, wait: 0 });
  const finished = sum.served + sum.failed;
  const shares = runs.filter((r) => r.served + r.failed > 0).map((r) => r.failed / (r.served + r.failed));
  let failedShare: number | null = null;
  let failedShareHalfWidth: number | null = null;
  if (shares.length >= 2) {
    failedShare = mean(shares);
    failedShareHalfWidth =
      (studentTQuantile(0.975, shares.length - 1) * sampleStandardDeviation(shares)) /
      Math.sqrt(shares.length);
  } else if (finished > 0) {
    failedShare = sum.failed / finished;
    failedShareHalfWidth = 1.959964 * Math.sqrt((failedShare * (1 - failedShare)) / finished);
  }
  return {
    callers: sum.callers / n,
    served: sum.served / n,
    failed: sum.failed / n,
    unfinished: (sum.callers - finished) / n,
    failedShare,
    failedShareHalfWidth,
    meanTotalWait: finished > 0 ? sum.wait / finished : null,
  };
}

/**
 * The `mystery` section from the reports of one or more replications of a scenario with
 * `mysteryCallers` (their counters `mysteryCallers`, `mysteryServed`, `mysteryFailed`, `mysteryWait`,
 * counted in the interval of each caller's first call); undefined when no queue had test callers.
 * O(replications × queues × intervals).
 */
export function mysteryReport(reports: readonly SimulationReport[]): MysteryReport | undefined {
  const first = reports[0];
  if (first === undefined) return undefined;
  const ids = Object.keys(first.queues).filter((id) =>
    reports.some((r) => (r.queues[id]?.mysteryCallers ?? 0) > 0),
  );
  if (ids.length === 0) return undefined;
  const queues: Record<string, MysteryQueueReport> = {};
  for (const id of ids) {
    const intervals = (first.queues[id]?.intervals ?? []).map((_, i) =>
      figures(reports.map((r) => countsOf(r.queues[id]?.intervals[i]))),
    );
    queues[id] = { ...figures(reports.map((r) => countsOf(r.queues[id]))), intervals };
  }
  const total = figures(
    reports.map((r) =>
      ids.map((id) => countsOf(r.queues[id])).reduce(add, { callers: 0, served: 0, failed: 0, wait: 0 }),
    ),
  );
  return { total, queues };
}
