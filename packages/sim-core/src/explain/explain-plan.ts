// What an explanation runs: its options checked and defaulted, and the scenarios to simulate, shared
// by `explainPickup` (in this thread) and `explainPickupParallel` (on workers).
import { withStudyCallers } from '../optimize/replay-study.js';
import { parseScenario } from '../scenario/parse-scenario.js';
import type { Scenario, ScenarioInput } from '../scenario/types.js';
import type { CauseFactors, ExplainOptions, ExplainRun, ResolvedRemedies } from './explain-types.js';
import {
  beforeGrowth,
  onlyQueues,
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

/** One run of an explanation: its id, kind and label, and how to build its scenario. */
export type ExplainVariant = readonly [string, ExplainRun['kind'], string, () => Scenario];

/** An explanation's options checked and defaulted, and the runs it compares. */
export interface ExplainPlan {
  target: number;
  replications: number;
  seed: number;
  /** Simulated days of each replication (the scenario's). */
  days: number;
  queueIds: string[];
  causes: Record<string, CauseFactors>;
  remedies: ResolvedRemedies;
  hasCauses: boolean;
  variants: ExplainVariant[];
}

/**
 * The runs `explainPickup` compares — the baseline, the causes removed (when `options.causes` gives
 * factors), each remedy and their combinations — with the options checked and their defaults
 * filled in. O(queues × intervals); the scenarios are built when each variant's builder is called.
 * Throws a RangeError naming the option at fault, and a ScenarioError for a bad scenario.
 */
export function explainPlan(scenario: ScenarioInput | string, options: ExplainOptions): ExplainPlan {
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

  const causeVariants: ExplainVariant[] = [
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
  const variants: ExplainVariant[] = [
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

  return { target, replications, seed, days: base.days, queueIds, causes, remedies, hasCauses, variants };
}

/**
 * The `onProgress` option of run `r` of `plan`: it reports the days done in all the runs together
 * (whatever order the runs progress in) to `onProgress`; none when `onProgress` is undefined. O(runs)
 * a call.
 */
export function runProgress(
  plan: ExplainPlan,
  onProgress: ExplainOptions['onProgress'],
): (r: number) => { onProgress?: (done: number) => void } {
  if (onProgress === undefined) return () => ({});
  const done = plan.variants.map(() => 0);
  const total = plan.variants.length * plan.replications * plan.days;
  return (r) => ({
    onProgress: (days: number) => {
      done[r] = days;
      onProgress(
        done.reduce((a, b) => a + b, 0),
        total,
      );
    },
  });
}
