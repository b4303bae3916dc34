// Simulates a CAF weekday (caf-day.yaml) and prints, per half-hour, the attempts offered, the pickup
// rate and the mean wait of answered calls, then the day: per attempt, and per caller once redials
// are counted. Seeded, so the output is the same on every run.
// Run: node examples/caf-day.mjs   (after `pnpm build`)
import { readFileSync } from 'node:fs';
import { simulate } from '@decroche/sim-core';

const yaml = readFileSync(new URL('./caf-day.yaml', import.meta.url), 'utf8');
const report = simulate(yaml, { seed: 3230 });
const caf = report.queues.caf;

const pct = (x) => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);
const secs = (x) => (x === null ? '—' : `${Math.round(x)} s`);
const clock = (i) => {
  const minutes = 8 * 60 + 30 + 30 * i;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

console.log('start  offered  redials  answered  pickup   asa      agents busy');
caf.intervals.forEach((k, i) => {
  const pool = report.pools['caf-agents'].intervals[i];
  console.log(
    `${clock(i)}  ${String(k.offered).padStart(7)}  ${String(k.offered - k.firstCalls).padStart(7)}  ` +
      `${String(k.answered).padStart(8)}  ${pct(k.pickupRate).padStart(6)}  ${secs(k.asa).padStart(6)}  ` +
      `${pct(pool.occupancy).padStart(7)}`,
  );
});
console.log('');
console.log(`day: ${caf.offered} attempts from ${caf.firstCalls} first calls, ${caf.answered} answered`);
console.log(
  `pickup rate per attempt ${pct(caf.pickupRate)}, callers eventually served ${pct(caf.callerServedShare)}`,
);
console.log(
  `answered within 5 min ${pct(caf.serviceLevel['300'])} of attempts; still waiting at 17:00: ${caf.inSystem}`,
);
