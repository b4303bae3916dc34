// Public API of @decroche/sim-core (documented in its README and in docs/). This file only re-exports.

export { analyze } from './analytic/analyze.js';
export {
  type BirthDeathChain,
  type StationaryDistribution,
  solveBirthDeath,
} from './analytic/birth-death.js';
export { erlangB } from './analytic/erlang-b.js';
export { erlangC } from './analytic/erlang-c.js';
export { erlangX } from './analytic/erlang-x.js';
export type {
  ErlangXMethod,
  ErlangXMetrics,
  ErlangXOptions,
  ErlangXParams,
  RedialParams,
} from './analytic/erlang-x-types.js';
export {
  requiredAgents,
  type StaffingParams,
  type StaffingTarget,
} from './analytic/required-agents.js';
export {
  type StaffingDay,
  type StaffingRow,
  type StaffingTable,
  staffingTable,
} from './analytic/staffing-table.js';
export type { QueueMetrics, QueueParams } from './analytic/types.js';
export { Calendar, type EventHandler, MAX_PRIORITY } from './engine/calendar.js';
export { explainPickup } from './explain/explain-pickup.js';
export { type ExplainParallelOptions, explainPickupParallel } from './explain/explain-pickup-parallel.js';
export type {
  CauseFactors,
  CauseShares,
  ExplainFigures,
  ExplainOptions,
  ExplainRun,
  PickupExplanation,
  RemedySettings,
  ResolvedRemedies,
} from './explain/explain-types.js';
export type { Kpis } from './metrics/kpis.js';
export type { MysteryFigures, MysteryQueueReport, MysteryReport } from './metrics/mystery-report.js';
export { combineReplications } from './metrics/replications.js';
export type {
  IntervalKpis,
  PoolIntervalReport,
  PoolReport,
  QueueReport,
  ReportFigures,
  RowReport,
  SimulationReport,
} from './metrics/report.js';
export { studentTQuantile } from './metrics/student-t.js';
export {
  createSimulation,
  type PoolSnapshot,
  type QueueFactors,
  type QueueSnapshot,
  type Simulation,
  type SimulationSnapshot,
  type StartStateSnapshot,
} from './model/create-simulation.js';
export type { DayReport } from './model/day-reports.js';
export type { SimulationEvent, SimulationEventType, SimulationListener } from './model/listeners.js';
export { reportOfReplications, type SimulateOptions, simulate } from './model/simulate.js';
export { type SimulateDaysOptions, simulateDays } from './model/simulate-days.js';
export {
  checkWork,
  DEFAULT_MAX_ATTEMPTS,
  DEFAULT_MAX_CELLS,
  estimateWork,
  type WorkEstimate,
  type WorkLimits,
} from './model/work-estimate.js';
export {
  type CalibrateOptions,
  type Calibration,
  type CalibrationParameter,
  calibrate,
  type FittedParameter,
} from './optimize/calibrate.js';
export { type CalibrateParallelOptions, calibrateParallel } from './optimize/calibrate-parallel.js';
export type { CalibrationKnob } from './optimize/calibration-knob.js';
export type {
  CalibrationMeasure,
  CalibrationMeasureName,
  MeasuredValue,
} from './optimize/calibration-measure.js';
export {
  type ReplayedService,
  type ReplayStudyOptions,
  replayStudy,
  type StudyReplay,
  withStudyCallers,
} from './optimize/replay-study.js';
export {
  type ReplayStudyParallelOptions,
  replayStudyParallel,
} from './optimize/replay-study-parallel.js';
export {
  type Roster,
  type RosterDemand,
  type RosterOptions,
  type RosterShift,
  roster,
} from './optimize/roster.js';
export {
  type RosterShapes,
  type RosterShapesInput,
  rosterShapesSchema,
} from './optimize/roster-shapes-schema.js';
export { type StaffedInterval, type StaffingPlan, staffScenario } from './optimize/staff-scenario.js';
export {
  type SweepAxes,
  type SweepOptions,
  type SweepPoint,
  type SweepResult,
  sweep,
} from './optimize/sweep.js';
export { type SweepParallelOptions, sweepParallel } from './optimize/sweep-parallel.js';
export type { ReplicationRunner } from './parallel/replication-runner.js';
export { type ReplicationSlice, shardRange, simulateSlice } from './parallel/replication-slice.js';
export { type ReplicationTask, runReplication } from './parallel/replication-task.js';
export { type ParallelOptions, simulateParallel } from './parallel/simulate-parallel.js';
export type { AnalyticDistribution } from './random/analytic-distribution.js';
export { createDistribution } from './random/create-distribution.js';
export { createStreams, type Streams } from './random/streams.js';
export type { Distribution, DistributionSpec, Rng } from './random/types.js';
export { type CalendarPosition, intervalAt, scenarioHorizon } from './scenario/calendar.js';
export { type CalendarDay, calendarDays, type Weekday } from './scenario/calendar-days.js';
export { type CalendarSpec, calendarSchema } from './scenario/calendar-schema.js';
export { formatClockTime, parseClockTime } from './scenario/clock-time.js';
export { parseDuration } from './scenario/duration.js';
export { intervalLabel } from './scenario/interval-label.js';
export { parseScenario } from './scenario/parse-scenario.js';
export { type PlausibilityWarning, plausibilityWarnings } from './scenario/plausibility-warnings.js';
export { france2023 } from './scenario/presets/france-2023.js';
export {
  type CauseFactor,
  france2023Causes,
  type ServiceCauses,
} from './scenario/presets/france-2023-causes.js';
export { france2023Sources } from './scenario/presets/france-2023-sources.js';
export { france2023Year, france2023YearSources } from './scenario/presets/france-2023-year.js';
export {
  franceStudy2022,
  type MysteryStudy,
  type StudyService,
} from './scenario/presets/france-study-2022.js';
export { getPreset, presetNames } from './scenario/presets/get-preset.js';
export type { Confidence, PresetSource } from './scenario/presets/preset-source.js';
export { ScenarioError, type ScenarioIssue } from './scenario/scenario-error.js';
export { scenarioJsonSchema } from './scenario/scenario-json-schema.js';
export { scenarioSchema } from './scenario/scenario-schema.js';
export type { StartState } from './scenario/start-state-schema.js';
export type { PoolSpec, QueueSpec, RedialSpec, Scenario, ScenarioInput } from './scenario/types.js';
