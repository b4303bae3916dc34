// Why do the four French platforms pick up about half of the attempts, and what would bring them to
// 85 %? The calibrated france-2023 preset, with the 2022 study's test callers, run again on the same
// callers: before the two causes the government named (more calls, longer calls), and with each remedy.
// One simulated day per run keeps it short (`decroche france --explain` runs 5); the seed is fixed,
// so the output is exact.
// Run: node examples/causes-and-remedies.mjs   (after `pnpm build`)
import { explainPickup, france2023Causes, franceStudy2022, getPreset } from '@decroche/sim-core';

// Growth factors since 2019 (today ÷ before); their sources and ranges are in france2023Causes.
const causes = Object.fromEntries(
  Object.entries(france2023Causes).map(([id, c]) => [
    id,
    { calls: c.calls.factor, handleTime: c.handleTime.factor },
  ]),
);
const why = explainPickup(getPreset('france-2023'), { causes, study: franceStudy2022, replications: 1 });

const pct = (x) => (x === null ? '–' : `${(100 * x).toFixed(1)} %`);
const pts = (x) => `${x >= 0 ? '+' : '−'}${Math.abs(100 * x).toFixed(1)}`;
const num = (x) => (x === null ? '' : String(Math.round(x)));
const title = Object.fromEntries(franceStudy2022.services.map((s) => [s.queue, s.label]));
const row = (cells, widths) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
const widths = [50, 7, 7, 11, 12, 11, 7];

for (const id of why.queueIds) {
  console.log(
    `${title[id]}: calls × ${why.causes[id].calls}, handle time × ${why.causes[id].handleTime} since 2019`,
  );
  console.log(
    row(['run', 'pickup', 'served', 'test failed', 'appointments', 'agent hours', 'vs 85 %'], widths),
  );
  for (const run of why.runs) {
    const f = run.queues[id];
    const cells = [
      pct(f.pickupRate),
      pct(f.callerServedShare),
      pct(f.mysteryFailedShare),
      num(f.appointmentsHeld),
    ];
    console.log(row([run.label, ...cells, num(f.agentHours), pts(f.pickupRate - why.target)], widths));
  }
  const s = why.causeShares.queues[id];
  const part = (x) => `${pts(-x)} (${Math.round((100 * x) / s.fall)} %)`;
  console.log(
    `fall in pickup since 2019: ${pts(-s.fall)} points, ${part(s.calls)} from more calls, ${part(s.handleTime)} from longer calls`,
  );
  console.log();
}
const t = why.causeShares.total;
console.log(`All four: pickup per attempt ${pct(t.before)} before the two causes, ${pct(t.today)} today;`);
console.log(
  `more calls explain ${Math.round((100 * t.calls) / t.fall)} % of the fall, longer calls ${Math.round((100 * t.handleTime) / t.fall)} %.`,
);
const base = why.runs[0].total;
const plan = why.runs.find((r) => r.id === 'agents').total;
console.log(
  `85 % takes ${Math.round(plan.agentHours - base.agentHours)} more agent hours a day (+${Math.round((100 * plan.agentHours) / base.agentHours - 100)} %);`,
);
for (const run of why.runs.filter((r) => r.kind === 'remedy' && r.id !== 'agents')) {
  console.log(
    `  ${run.label}: pickup ${pts(run.total.pickupRate - base.pickupRate)} points, test calls failed ${pct(run.total.mysteryFailedShare)} (today ${pct(base.mysteryFailedShare)})`,
  );
}
