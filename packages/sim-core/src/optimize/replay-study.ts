import type { SimulationReport } from '../metrics/report.js';
import { type SimulateOptions, simulate } from '../model/simulate.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import { franceStudy2022, type MysteryStudy } from '../scenario/presets/france-study-2022.js';
import type { Scenario, ScenarioInput } from '../scenario/types.js';

/** One service of a replayed study: the study's failed share beside the simulated one. */
export interface ReplayedService {
  queue: string;
  label: string;
  /** Test calls per replication (the study's). */
  calls: number;
  /** The study's failed share. */
  study: number;
  /** Simulated failed share, its 95 % half-width, and the test callers' mean total wait (s). */
  simulated: number | null;
  halfWidth: number | null;
  meanTotalWait: number | null;
}

/** What {@link replayStudy} returns. */
export interface StudyReplay {
  services: ReplayedService[];
  /** All services together (weighted by the study's calls, as the study's overall figure is). */
  total: Omit<ReplayedService, 'queue' | 'label'>;
  /** The scenario as simulated (with its `mysteryCallers`), and its report. */
  scenario: Scenario;
  report: SimulationReport;
}

/** Options of {@link replayStudy}. */
export interface ReplayStudyOptions {
  /** The study; default {@link franceStudy2022}. */
  study?: MysteryStudy;
  seed?: number;
  /** Replications; default 10. */
  replications?: number;
  /** Passed to `simulate` (progress bars). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * The scenario with the study's test callers: its protocol (attempts, wait, delay between attempts)
 * and its number of calls on each service. Throws a RangeError naming a service whose queue the
 * scenario lacks. O(queues).
 *
 * @example
 * ```ts
 * import { getPreset, withStudyCallers } from '@decroche/sim-core';
 * const s = withStudyCallers(getPreset('france-2023'));
 * s.mysteryCallers.callers // => { 'assurance-maladie': 302, caf: 408, 'assurance-retraite': 412, 'france-travail': 410 }
 * s.mysteryCallers.waitSeconds // => 300
 * ```
 */
export function withStudyCallers(
  scenario: ScenarioInput | string,
  study: MysteryStudy = franceStudy2022,
): Scenario {
  const parsed = parseScenario(scenario);
  const ids = parsed.queues.map((q) => q.id);
  study.services.forEach((s, i) => {
    if (!ids.includes(s.queue)) {
      throw new RangeError(
        `study.services[${i}].queue: the scenario has no queue '${s.queue}' (queues: ${ids.join(', ')})`,
      );
    }
  });
  return parseScenario({
    ...parsed,
    mysteryCallers: {
      queues: study.services.map((s) => s.queue),
      callers: Object.fromEntries(study.services.map((s) => [s.queue, s.calls])),
      attempts: study.attempts,
      waitSeconds: study.waitSeconds,
      retryDelay: study.retryDelay,
    },
  });
}

/**
 * Replays a mystery-caller study on a scenario: the study's test callers (per service, its number of
 * calls in each replication; its protocol) are added to the scenario's own traffic, which is simulated
 * `replications` times; returns per service the simulated failed share ± its 95 % half-width beside
 * the study's, and the test callers' mean total wait. Cost: `replications` simulations of the scenario.
 * Throws as `simulate`, and a RangeError when the scenario lacks a service's queue.
 *
 * @example
 * ```ts
 * import { replayStudy } from '@decroche/sim-core';
 * const queue = (id) => ({ id, calls: 100, handleTime: { dist: 'exponential', mean: 300 },
 *   patience: { dist: 'exponential', mean: 600 } });
 * const ids = ['assurance-maladie', 'caf', 'assurance-retraite', 'france-travail'];
 * const replay = replayStudy({ intervals: 16, queues: ids.map(queue),
 *   pools: ids.map((id) => ({ id, serves: [id], agents: 40 })) }, { replications: 2 });
 * replay.services.map((s) => s.study) // => [0.72, 0.54, 0.28, 0.16]
 * replay.services[1].simulated // => 0
 * ```
 */
export function replayStudy(scenario: ScenarioInput | string, options: ReplayStudyOptions = {}): StudyReplay {
  const replay = replayPlan(scenario, options);
  return studyReplayOf(replay, simulate(replay.scenario, replay.simulateOptions));
}

/** What a replay simulates: the study, the scenario with its test callers, and `simulate`'s options. */
export interface ReplayPlan {
  study: MysteryStudy;
  scenario: Scenario;
  simulateOptions: SimulateOptions;
}

/**
 * The study of `options` (default {@link franceStudy2022}), the scenario with its test callers
 * (`withStudyCallers`) and the options to simulate it with (10 replications by default): what
 * `replayStudy` and `replayStudyParallel` share. O(queues); throws as `withStudyCallers`.
 */
export function replayPlan(scenario: ScenarioInput | string, options: ReplayStudyOptions): ReplayPlan {
  const study = options.study ?? franceStudy2022;
  return {
    study,
    scenario: withStudyCallers(scenario, study),
    simulateOptions: {
      replications: options.replications ?? 10,
      ...(options.seed === undefined ? {} : { seed: options.seed }),
      ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    },
  };
}

/** The replay of `plan` read from the report of its simulation: per service and in total. O(services). */
export function studyReplayOf(plan: ReplayPlan, report: SimulationReport): StudyReplay {
  const { study } = plan;
  const services = study.services.map((s) => {
    const m = report.mystery?.queues[s.queue];
    return {
      queue: s.queue,
      label: s.label,
      calls: s.calls,
      study: s.failedShare,
      simulated: m?.failedShare ?? null,
      halfWidth: m?.failedShareHalfWidth ?? null,
      meanTotalWait: m?.meanTotalWait ?? null,
    };
  });
  const t = report.mystery?.total;
  return {
    services,
    total: {
      calls: study.services.reduce((n, s) => n + s.calls, 0),
      study: study.failedShare,
      simulated: t?.failedShare ?? null,
      halfWidth: t?.failedShareHalfWidth ?? null,
      meanTotalWait: t?.meanTotalWait ?? null,
    },
    scenario: plan.scenario,
    report,
  };
}
