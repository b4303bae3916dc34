import type { SimulationReport } from '../metrics/report.js';

/**
 * A simulated figure of one queue that a calibration matches to a target: `pickupRate` (answered ÷
 * offered attempts), `callerServedShare` (first-time callers answered on some attempt), or
 * `mysteryFailedShare` (the failed share of the scenario's mystery callers on that queue).
 */
export type CalibrationMeasureName = 'pickupRate' | 'callerServedShare' | 'mysteryFailedShare';

export const CALIBRATION_MEASURES: readonly CalibrationMeasureName[] = [
  'pickupRate',
  'callerServedShare',
  'mysteryFailedShare',
];

/** A measured value and its 95 % confidence half-width (0 with one replication). */
export interface MeasuredValue {
  value: number;
  halfWidth: number;
}

/**
 * A measure of a report for one queue: a name, or a function for figures the names do not cover
 * (it must return a finite value; `halfWidth` 0 when unknown).
 */
export type CalibrationMeasure =
  | CalibrationMeasureName
  | ((report: SimulationReport, queueId: string) => MeasuredValue);

/** Reads `measure` of queue `queueId` in `report`; null when the report has no value (nothing offered). */
export function readMeasure(
  report: SimulationReport,
  queueId: string,
  measure: CalibrationMeasure,
): MeasuredValue | null {
  if (typeof measure === 'function') return measure(report, queueId);
  if (measure === 'mysteryFailedShare') {
    const m = report.mystery?.queues[queueId];
    if (m?.failedShare == null) return null;
    return { value: m.failedShare, halfWidth: m.failedShareHalfWidth ?? 0 };
  }
  const value = report.queues[queueId]?.[measure];
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const half = report.halfWidth?.queues[queueId]?.[measure];
  return { value, halfWidth: typeof half === 'number' && Number.isFinite(half) ? half : 0 };
}
