import type { SimulationReport } from '../metrics/report.js';

/**
 * A simulated figure of one queue that a calibration matches to a target: `pickupRate` (answered ÷
 * offered attempts) or `callerServedShare` (first-time callers answered on some attempt).
 */
export type CalibrationMeasureName = 'pickupRate' | 'callerServedShare';

export const CALIBRATION_MEASURES: readonly CalibrationMeasureName[] = ['pickupRate', 'callerServedShare'];

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
  const value = report.queues[queueId]?.[measure];
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const half = report.halfWidth?.queues[queueId]?.[measure];
  return { value, halfWidth: typeof half === 'number' && Number.isFinite(half) ? half : 0 };
}
