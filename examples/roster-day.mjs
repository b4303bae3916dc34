// From a day of calls to the shifts that cover it (roster-day.yaml, roster-shapes.yaml):
// 1. the agents each half-hour needs for an 85 % pickup rate (staffScenario, Erlang A with redials);
// 2. the cheapest roster of full-day and part-time shifts, breaks placed by the solver, that keeps at
//    least that many agents on the phone every half-hour at 10 % shrinkage (roster: an integer program
//    solved by HiGHS);
// 3. both checked by simulation, and what the shifts cost against staffing each half-hour exactly.
// Seeded and solved exactly, so the output is the same on every run.
// Run: node examples/roster-day.mjs   (after `pnpm build`), or
//      decroche roster examples/roster-day.yaml --target pickup=0.85 --shifts examples/roster-shapes.yaml --shrinkage 0.1
import { readFileSync } from 'node:fs';
import { intervalLabel, parseScenario, roster, simulate, staffScenario } from '@decroche/sim-core';
import { parse } from 'yaml';

const read = (name) => readFileSync(new URL(name, import.meta.url), 'utf8');
const scenario = parseScenario(read('./roster-day.yaml'));
const shapes = parse(read('./roster-shapes.yaml'));
const shrinkage = 0.1;

const plan = staffScenario(scenario, { pickupRate: 0.85 });
const required = plan.scenario.pools[0].agents;
const shifts = await roster(
  { required, intervalSeconds: scenario.intervalSeconds, opensAt: scenario.opensAt, shrinkage },
  shapes,
);
const rostered = { ...scenario, pools: [{ ...scenario.pools[0], agents: shifts.agents }] };
const byRoster = simulate(rostered, { replications: 5 });
const byInterval = simulate(plan.scenario, { replications: 5 });

const pct = (x, hw) => `${(100 * x).toFixed(1)} %${hw === undefined ? '' : ` ± ${(100 * hw).toFixed(1)}`}`;
const num = (x, width) => x.toFixed(1).padStart(width);
console.log('time   needed  on shift  on phone  over  pickup (roster)');
required.forEach((n, i) => {
  const k = byRoster.queues.caf.intervals[i];
  const hw = byRoster.halfWidth.queues.caf.intervals[i];
  console.log(
    `${intervalLabel(scenario, i)}  ${String(n).padStart(6)}  ${num(shifts.scheduled[i], 8)}  ` +
      `${num(shifts.onPhone[i], 8)}  ${num(shifts.overStaffing[i], 4)}  ${pct(k.pickupRate, hw.pickupRate).padStart(14)}`,
  );
});

console.log('');
console.log('shifts:');
for (const s of shifts.shifts) {
  const breaks = s.breaks.map((b) => `${b.start} (${b.minutes} min)`).join(', ');
  console.log(
    `  ${String(s.count).padStart(3)} × ${s.shape.padEnd(9)} ${s.start}–${s.end}  breaks ${breaks}`,
  );
}

const hours = (h) => `${h.toFixed(1)} h`;
const onPhone = (required.reduce((a, b) => a + b, 0) * scenario.intervalSeconds) / 3600;
const paid = onPhone / (1 - shrinkage);
const count = shifts.shifts.reduce((a, s) => a + s.count, 0);
console.log('');
console.log(
  `staffing each half-hour exactly: ${hours(onPhone)} on the phone, ${hours(paid)} paid at ${100 * shrinkage} % shrinkage`,
);
console.log(
  `the roster (${shifts.status}): ${count} shifts, ${hours(shifts.agentHours)} paid, ` +
    `${hours(shifts.onPhoneHours)} on the phone: ${pct(shifts.agentHours / paid - 1)} more paid hours`,
);
const day = (report) =>
  `pickup ${pct(report.queues.caf.pickupRate, report.halfWidth.queues.caf.pickupRate)}, ` +
  `asa ${Math.round(report.queues.caf.asa)} s, callers served ${pct(report.queues.caf.callerServedShare)}`;
console.log(`simulated, 5 replications: per-interval staffing ${day(byInterval)}`);
console.log(`                           the roster             ${day(byRoster)}`);
