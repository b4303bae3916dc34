import type { SimulationReport } from '../metrics/report.js';
import { simulate } from '../model/simulate.js';
import { withStudyCallers } from '../optimize/replay-study.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario, ScenarioInput } from '../scenario/types.js';
import type {
  CauseFactors,
  CauseShares,
  ExplainFigures,
  ExplainOptions,
  ExplainRun,
  PickupExplanation,
  ResolvedRemedies,
} from './explain-types.js';
import {
  beforeGrowth,
  onlyQueues,
  poolOf,
  refusingRedials,
  withAppointments,
  withCallbacks,
  withDissuasion,
  withPlannedAgents,
  withSoftRemedies,
} from './explain-variants.js';

function check(ok: boolean, path: string, expected: string, value: unknown): void {
  if (!ok) throw new RangeError(`${path}: must be ${expected}, got ${String(value)}`);
}

const share = (x: number) => Number.isFinite(x) && x >= 0 && x <= 1;
const positive = (x: number) => Number.isFinite(x) && x > 0;

function resolveRemedies(o: ExplainOptions['remedies'] = {}): ResolvedRemedies {
  const r: ResolvedRemedies = {
    appointments: { share: 0.2, leadSeconds: 3600, noShow: 0.1, ...o.appointments },
    callback: { offerAboveWait: 300, acceptance: 0.4, ...o.callback },
    refuseWithinSeconds: o.refuseWithinSeconds ?? 600,
    dissuasionExpectedWait: o.dissuasionExpectedWait ?? 600,
  };
  const a = r.appointments;
  check(share(a.share), 'options.remedies.appointments.share', 'a share between 0 and 1', a.share);
  check(a.leadSeconds >= 0, 'options.remedies.appointments.leadSeconds', '≥ 0', a.leadSeconds);
  check(share(a.noShow), 'options.remedies.appointments.noShow', 'a share between 0 and 1', a.noShow);
  check(
    r.callback.offerAboveWait >= 0,
    'options.remedies.callback.offerAboveWait',
    '≥ 0',
    r.callback.offerAboveWait,
  );
  check(
    share(r.callback.acceptance),
    'options.remedies.callback.acceptance',
    'a share between 0 and 1',
    r.callback.acceptance,
  );
  check(
    positive(r.refuseWithinSeconds),
    'options.remedies.refuseWithinSeconds',
    '> 0',
    r.refuseWithinSeconds,
  );
  check(
    r.dissuasionExpectedWait >= 0,
    'options.remedies.dissuasionExpectedWait',
    '≥ 0',
    r.dissuasionExpectedWait,
  );
  return r;
}

function resolveCauses(
  scenario: Scenario,
  causes: ExplainOptions['causes'] = {},
): Record<string, CauseFactors> {
  const out: Record<string, CauseFactors> = {};
  for (const q of scenario.queues) {
    const f = causes[q.id];
    if (f === undefined) continue;
    check(positive(f.calls), `options.causes.${q.id}.calls`, 'a factor > 0', f.calls);
    check(positive(f.handleTime), `options.causes.${q.id}.handleTime`, 'a factor > 0', f.handleTime);
    out[q.id] = { calls: f.calls, handleTime: f.handleTime };
  }
  return out;
}

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
  const target = options.target ?? 0.85;
  check(
    Number.isFinite(target) && target > 0 && target < 1,
    'options.target',
    'a share between 0 and 1',
    target,
  );
  const replications = options.replications ?? 5;
  check(
    Number.isInteger(replications) && replications >= 1,
    'options.replications',
    'a whole number ≥ 1',
    replications,
  );
  let base = parseScenario(scenario);
  if (options.queues !== undefined) base = onlyQueues(base, options.queues);
  const queueIds = base.queues.map((q) => q.id);
  if (options.study !== undefined) {
    const services = options.study.services.filter((s) => queueIds.includes(s.queue));
    if (services.length > 0) base = withStudyCallers(base, { ...options.study, services });
  }
  const seed = options.seed ?? base.seed;
  const causes = resolveCauses(base, options.causes);
  const remedies = resolveRemedies(options.remedies);
  const hasCauses = Object.keys(causes).length > 0;

  type Variant = readonly [string, ExplainRun['kind'], string, () => Scenario];
  const causeVariants: Variant[] = [
    [
      'before',
      'cause',
      'before both causes: fewer and shorter calls',
      () => beforeGrowth(base, causes, { calls: true, handleTime: true }),
    ],
    [
      'before-calls',
      'cause',
      'calls as many as before, as long as today',
      () => beforeGrowth(base, causes, { calls: true, handleTime: false }),
    ],
    [
      'before-handle-time',
      'cause',
      'calls as long as before, as many as today',
      () => beforeGrowth(base, causes, { calls: false, handleTime: true }),
    ],
  ];
  const variants: Variant[] = [
    ['baseline', 'baseline', 'today, as the scenario stands', () => base],
    ...(hasCauses ? causeVariants : []),
    [
      'agents',
      'remedy',
      `more agents: the plan for ${Math.round(target * 100)} %`,
      () => withPlannedAgents(base, target),
    ],
    [
      'appointments',
      'remedy',
      'telephone appointments for complex calls',
      () => withAppointments(base, remedies.appointments),
    ],
    ['callbacks', 'remedy', 'callbacks', () => withCallbacks(base, remedies.callback)],
    [
      'refuse-redials',
      'remedy',
      `redials within ${remedies.refuseWithinSeconds / 60} min refused`,
      () => refusingRedials(base, remedies.refuseWithinSeconds),
    ],
    [
      'dissuasion',
      'remedy',
      `dissuasion over ${remedies.dissuasionExpectedWait / 60} min expected wait`,
      () => withDissuasion(base, remedies.dissuasionExpectedWait),
    ],
    [
      'all-but-agents',
      'remedy',
      'appointments, callbacks, refusal and dissuasion',
      () => withSoftRemedies(base, remedies),
    ],
    [
      'all',
      'remedy',
      'every remedy, with the agents of the plan',
      () => withSoftRemedies(withPlannedAgents(base, target), remedies),
    ],
  ];

  const daysPerRun = replications * base.days;
  const runs = variants.map(([id, kind, label, build], r): ExplainRun => {
    const variant = build();
    const report = simulate(variant, {
      seed,
      replications,
      ...(options.onProgress === undefined
        ? {}
        : {
            onProgress: (done: number) =>
              options.onProgress?.(r * daysPerRun + done, variants.length * daysPerRun),
          }),
    });
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
