import type { SimulationReport } from '../metrics/report.js';
import { simulate } from '../model/simulate.js';
import type { Scenario, ScenarioInput } from '../scenario/types.js';
import { type ExplainPlan, explainPlan, runProgress } from './explain-plan.js';
import type {
  CauseShares,
  ExplainFigures,
  ExplainOptions,
  ExplainRun,
  PickupExplanation,
} from './explain-types.js';
import { poolOf } from './explain-variants.js';

const agentHours = (agents: readonly number[], intervalSeconds: number) =>
  (agents.reduce((a, b) => a + b, 0) * intervalSeconds) / 3600;

function figures(
  scenario: Scenario,
  report: SimulationReport,
  target: number,
  queueId: string | null,
): ExplainFigures {
  const k = queueId === null ? report.total : report.queues[queueId]!;
  const hw = queueId === null ? report.halfWidth?.total : report.halfWidth?.queues[queueId];
  const mystery = queueId === null ? report.mystery?.total : report.mystery?.queues[queueId];
  const pools =
    queueId === null ? scenario.pools : [poolOf(scenario, queueId)].filter((p) => p !== undefined);
  const pickupRate = k.pickupRate;
  return {
    pickupRate,
    pickupHalfWidth: hw?.pickupRate ?? null,
    callerServedShare: k.callerServedShare ?? null,
    mysteryFailedShare: mystery?.failedShare ?? null,
    appointmentsHeld: k.appointments?.held ?? null,
    agentHours: pools.reduce((h, p) => h + agentHours(p.agents, scenario.intervalSeconds), 0),
    meetsTarget: pickupRate !== null && pickupRate >= target,
  };
}

/** Shapley shares of the two causes: each cause's effect averaged over the two orders of removal. */
function causeShares(
  today: number | null,
  before: number | null,
  beforeCalls: number | null,
  beforeHandle: number | null,
): CauseShares {
  if (today === null || before === null || beforeCalls === null || beforeHandle === null) {
    return { before, today, fall: null, calls: null, handleTime: null };
  }
  return {
    before,
    today,
    fall: before - today,
    calls: (beforeCalls - today + (before - beforeHandle)) / 2,
    handleTime: (beforeHandle - today + (before - beforeCalls)) / 2,
  };
}

/**
 * The explanation of `plan` from each run's scenario and report (in the plan's order): every run's
 * figures per queue and in total, and the causes' Shapley shares. O(runs × queues).
 */
export function explanationOf(
  plan: ExplainPlan,
  scenarios: readonly Scenario[],
  reports: readonly SimulationReport[],
): PickupExplanation {
  const { target, seed, replications, queueIds, causes, remedies, hasCauses } = plan;
  const runs = plan.variants.map(([id, kind, label], r): ExplainRun => {
    const variant = scenarios[r]!;
    const report = reports[r]!;
    return {
      id,
      kind,
      label,
      queues: Object.fromEntries(queueIds.map((q) => [q, figures(variant, report, target, q)])),
      total: figures(variant, report, target, null),
    };
  });
  const pickup = (id: string, q: string | null) => {
    const run = runs.find((r) => r.id === id);
    return (q === null ? run?.total : run?.queues[q])?.pickupRate ?? null;
  };
  const sharesOf = (q: string | null) =>
    causeShares(
      pickup('baseline', q),
      pickup('before', q),
      pickup('before-calls', q),
      pickup('before-handle-time', q),
    );
  return {
    target,
    seed,
    replications,
    queueIds,
    causes,
    remedies,
    runs,
    causeShares: {
      queues: Object.fromEntries(Object.keys(causes).map((q) => [q, sharesOf(q)])),
      total: hasCauses ? sharesOf(null) : null,
    },
  };
}

/**
 * Causes and remedies of a scenario's pickup rate, in numbers, on the same seed for every run
 * (common random numbers: the runs differ by the change, not by the noise).
 *
 * Causes: the baseline with each queue's calls and handle times divided by their growth factors
 * (`options.causes`, today ÷ before, applied with the `growth` block), both together and each
 * alone; the fall in pickup per attempt from before to today is split between the two causes by
 * their Shapley shares (each cause's effect averaged over the two orders of removal; the shares
 * add up to the fall). Remedies, each alone and then combined: more agents (the `staffScenario`
 * plan for the target), telephone appointments, callbacks, redials refused within 10 minutes,
 * dissuasion ("call later" over a 10-minute expected wait); the settings are
 * `options.remedies` (defaults in `RemedySettings`). Every run reports, per queue and in total,
 * the pickup rate per attempt ± its 95 % half-width, the callers served, the failed share of a
 * study's test callers (`options.study`), the agent hours on duty, and whether the target is met.
 *
 * Cost: 11 runs (7 without causes) of `replications` simulations each (default 5), plus one
 * `staffScenario`. Throws a RangeError naming the option at fault (`options.causes.caf.calls`,
 * `options.remedies.callback.acceptance`, `options.queues[0]`...), and as `simulate`.
 *
 * @example
 * ```ts
 * import { explainPickup } from '@decroche/sim-core';
 * const day = { intervals: 4, queues: [{ id: 'caf', calls: 300, handleTime: { dist: 'exponential', mean: 420 },
 *   patience: { dist: 'exponential', mean: 600 },
 *   redial: { probability: 0.5, delay: { dist: 'exponential', mean: 900 } } }],
 *   pools: [{ id: 'caf-agents', serves: ['caf'], agents: 55 }] };
 * const why = explainPickup(day, { causes: { caf: { calls: 1.3, handleTime: 1.25 } }, replications: 2 });
 * why.runs.map((r) => r.id) // => ['baseline', 'before', 'before-calls', 'before-handle-time', 'agents', 'appointments', 'callbacks', 'refuse-redials', 'dissuasion', 'all-but-agents', 'all']
 * const shares = why.causeShares.queues.caf;
 * Math.abs(shares.calls + shares.handleTime - shares.fall) < 1e-12 // => true
 * why.runs.find((r) => r.id === 'agents').queues.caf.meetsTarget // => true
 * why.runs[0].queues.caf.agentHours // => 110
 * ```
 */
export function explainPickup(
  scenario: ScenarioInput | string,
  options: ExplainOptions = {},
): PickupExplanation {
  const plan = explainPlan(scenario, options);
  const progress = runProgress(plan, options.onProgress);
  const scenarios: Scenario[] = [];
  const reports = plan.variants.map(([, , , build], r) => {
    const variant = build();
    scenarios.push(variant);
    return simulate(variant, { seed: plan.seed, replications: plan.replications, ...progress(r) });
  });
  return explanationOf(plan, scenarios, reports);
}
