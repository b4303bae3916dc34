import type { ExplainFigures, PickupExplanation, ServiceCauses } from '@decroche/sim-core';
import type { CsvCell } from './csv.js';
import { count, formatTable, percent } from './format-table.js';

const points = (x: number | null) =>
  x === null ? '–' : `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}`;

function pickup(f: ExplainFigures): string {
  const hw = f.pickupHalfWidth === null ? '' : ` ± ${(f.pickupHalfWidth * 100).toFixed(1)}`;
  return `${percent(f.pickupRate)}${hw}`;
}

/** The causes and remedies of `decroche france --explain` as text: one table per service, then the causes. */
export function explainText(
  e: PickupExplanation,
  titles: Record<string, string>,
  sources: Readonly<Record<string, ServiceCauses>>,
): string {
  const target = Math.round(e.target * 100);
  const baseline = e.runs[0]!;
  const serviceTable = (id: string | null) => {
    const of = (run: (typeof e.runs)[number]) => (id === null ? run.total : run.queues[id]!);
    const hours0 = of(baseline).agentHours;
    return formatTable(
      [
        { heading: 'run', align: 'left' },
        { heading: 'pickup per attempt' },
        { heading: `vs ${target} %` },
        { heading: 'callers served' },
        { heading: 'test calls failed' },
        { heading: 'appointments' },
        { heading: 'agent hours' },
        { heading: 'extra' },
      ],
      e.runs.map((run) => {
        const f = of(run);
        const extra = f.agentHours - hours0;
        return [
          run.label,
          pickup(f),
          f.pickupRate === null ? '–' : `${points(f.pickupRate - e.target)} pts`,
          percent(f.callerServedShare),
          percent(f.mysteryFailedShare),
          f.appointmentsHeld === null ? '' : count(f.appointmentsHeld),
          count(f.agentHours),
          extra === 0 ? '0' : `${extra > 0 ? '+' : '−'}${count(Math.abs(extra))}`,
        ];
      }),
    );
  };
  const causeIds = Object.keys(e.causes);
  const causeRows = [...causeIds, ...(e.causeShares.total === null ? [] : [null])].map((id) => {
    const s = id === null ? e.causeShares.total! : e.causeShares.queues[id]!;
    const share = (x: number | null) =>
      x === null || s.fall === null || s.fall === 0 ? '' : ` (${Math.round((x / s.fall) * 100)} %)`;
    return [
      id === null ? 'all explained' : (titles[id] ?? id),
      id === null ? '' : `× ${e.causes[id]!.calls}`,
      id === null ? '' : `× ${e.causes[id]!.handleTime}`,
      percent(s.before),
      percent(s.today),
      `${points(s.fall === null ? null : -s.fall)} pts`,
      `${points(s.calls === null ? null : -s.calls)}${share(s.calls)}`,
      `${points(s.handleTime === null ? null : -s.handleTime)}${share(s.handleTime)}`,
    ];
  });
  const reps = `${e.replications} simulated day${e.replications > 1 ? 's' : ''} per run, seed ${e.seed}, the same callers in every run; ± is a 95 % confidence half-width`;
  const lines = ['Causes and remedies of the pickup rate, from the calibrated baseline', `(${reps})`];
  for (const id of e.queueIds) lines.push('', `${titles[id] ?? id}:`, serviceTable(id));
  if (e.queueIds.length > 1) lines.push('', 'All services explained:', serviceTable(null));
  if (causeIds.length > 0) {
    lines.push(
      '',
      'The fall in pickup per attempt since 2019 and what each cause explains (Shapley shares: each cause',
      'removed first and second, averaged; they add up to the fall):',
      formatTable(
        [
          { heading: 'service', align: 'left' },
          { heading: 'more calls' },
          { heading: 'longer calls' },
          { heading: 'before' },
          { heading: 'today' },
          { heading: 'change' },
          { heading: 'from more calls' },
          { heading: 'from longer calls' },
        ],
        causeRows,
      ),
      '',
      'Growth factors (today ÷ before; range; confidence):',
      ...causeIds.flatMap((id) => {
        const c = sources[id];
        if (c === undefined) return [];
        const line = (what: string, f: ServiceCauses['calls']) =>
          `  ${titles[id] ?? id}, ${what}: × ${f.factor} (${f.range[0]}–${f.range[1]}; ${f.confidence}) — ${f.source}`;
        return [line('calls', c.calls), line('handle time', c.handleTime)];
      }),
    );
  }
  const r = e.remedies;
  lines.push(
    '',
    `Remedies (ASSUMPTION unless said): appointments for ${Math.round(r.appointments.share * 100)} % of attempts (complex requests that accept), ` +
      `at least ${r.appointments.leadSeconds / 60} min later, ${Math.round(r.appointments.noShow * 100)} % no-shows, slots = that share of the agents' time;`,
    `callbacks offered over a ${r.callback.offerAboveWait / 60}-min expected wait, ${Math.round(r.callback.acceptance * 100)} % accept; ` +
      `redials within ${r.refuseWithinSeconds / 60} min hung up (Assurance maladie, 2024); "call later" over a ${r.dissuasionExpectedWait / 60}-min expected wait.`,
    'Appointment calls, and refused or dissuaded attempts, are not pickups: agents making appointments answer fewer queued calls,',
    "and the appointments' callers (the appointments column) are not among the callers served.",
  );
  return lines.join('\n');
}

/** One CSV row per run and service (and all services), shares as fractions. */
export function explainCsv(e: PickupExplanation): { headers: string[]; rows: CsvCell[][] } {
  const headers = [
    'run',
    'kind',
    'service',
    'pickupRate',
    'pickupHalfWidth',
    'callerServedShare',
    'mysteryFailedShare',
    'appointmentsHeld',
    'agentHours',
    'meetsTarget',
  ];
  const row = (run: PickupExplanation['runs'][number], service: string, f: ExplainFigures): CsvCell[] => [
    run.id,
    run.kind,
    service,
    f.pickupRate,
    f.pickupHalfWidth,
    f.callerServedShare,
    f.mysteryFailedShare,
    f.appointmentsHeld,
    f.agentHours,
    f.meetsTarget ? 1 : 0,
  ];
  const rows = e.runs.flatMap((run) => [
    ...e.queueIds.map((id) => row(run, id, run.queues[id]!)),
    row(run, 'total', run.total),
  ]);
  return { headers, rows };
}
