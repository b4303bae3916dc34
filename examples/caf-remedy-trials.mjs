// Each remedy named for the French platforms tried on the same CAF weekday (caf-remedy-trials.yaml) with
// the same seed, so that the callers are the same and each row differs from the baseline by the
// remedy alone (common random numbers): 10 % more agents, callbacks, telephone appointments for the
// complex calls, turning callers away when the expected wait is over 30 minutes, and hanging up on
// redials that come within 10 minutes. Per remedy: attempts offered, the pickup rate per attempt (what
// the platform reports), the callers eventually served (answered on some attempt, or called at their
// appointment), and the agents' hours: paid (on duty) and on the phone (answering, calling back or
// making appointments).
// Run: node examples/caf-remedy-trials.mjs   (after `pnpm build`)
import { readFileSync } from 'node:fs';
import { parseScenario, simulate } from '@decroche/sim-core';

const baseline = parseScenario(readFileSync(new URL('./caf-remedy-trials.yaml', import.meta.url), 'utf8'));

/** The baseline with its queue and pool changed by `change`. */
const withRemedy = (change) => {
  const scenario = structuredClone(baseline);
  change(scenario.queues[0], scenario.pools[0]);
  return scenario;
};

const remedies = [
  ['baseline', () => {}],
  ['+10 % agents', (_, pool) => (pool.agents = pool.agents.map((n) => Math.round(n * 1.1)))],
  [
    'callbacks above 5 min wait',
    (caf) =>
      (caf.callback = {
        offerAboveWait: '5m',
        acceptance: 0.5, // half the callers offered a callback take it
        failure: 0.2, // a callback is not picked up one time in five
        retries: 1,
        retryDelay: { dist: 'exponential', mean: '20m' },
      }),
  ],
  [
    'appointments, complex calls',
    (caf) =>
      (caf.appointments = {
        types: ['complex'],
        share: 0.5, // half the complex callers accept an appointment
        slots: 300, // per half-hour, spread over it
        leadSeconds: '2h',
        noShow: 0.15,
        handleTime: { dist: 'lognormal', mean: '9m', cv: 0.7 }, // a prepared call is shorter
        pool: 'caf-agents',
      }),
  ],
  ['dissuasion above 30 min wait', (caf) => (caf.dissuasion = { expectedWait: '30m' })],
  ['refuse redials within 10 min', (caf) => (caf.redial.refuseWithinSeconds = '10m')],
];

const pct = (x) => (x === null ? '—' : `${(100 * x).toFixed(1)} %`);
const count = (x) => Math.round(x).toLocaleString('en-US');
const hours = (x) => `${count(x)} h`;

console.log(
  'remedy                          attempts  cut off   pickup   callers served      agent hours paid / on phone',
);
const reports = remedies.map(([, change]) => simulate(withRemedy(change), { seed: 3230 }));
remedies.forEach(([name], r) => {
  const report = reports[r];
  const caf = report.queues.caf;
  const pool = report.pools['caf-agents'];
  const booked = caf.appointments?.booked ?? 0;
  const cutOff = (caf.dissuaded ?? 0) + (caf.refused ?? 0); // by the platform: dissuaded or refused
  const callers = caf.firstCalls + booked;
  const served = caf.callerServedShare * caf.firstCalls + (caf.appointments?.held ?? 0);
  const paid = pool.intervals.reduce((sum, k) => sum + (k.agents * baseline.intervalSeconds) / 3600, 0);
  const onPhone = pool.intervals.reduce(
    (sum, k) => sum + (k.occupancy * k.agents * baseline.intervalSeconds) / 3600,
    0,
  );
  console.log(
    `${name.padEnd(30)} ${count(caf.offered).padStart(9)}  ${count(cutOff).padStart(7)}  ` +
      `${pct(caf.pickupRate).padStart(7)}  ` +
      `${count(served).padStart(7)} ${`(${pct(served / callers)})`.padStart(9)}  ` +
      `${hours(paid).padStart(9)} / ${hours(onPhone)}`,
  );
});

// Why turning callers away at 30 minutes changes nothing here: the platform's estimate of the wait,
// (callers waiting + 1) × mean handle time ÷ agents, never gets there with callers who hang up.
const longest = Math.max(...reports[0].queues.caf.intervals.map((k) => k.maxQueueLength));
const estimate = ((longest + 1) * 420) / baseline.pools[0].agents[0];
console.log('');
console.log(
  `longest queue of the baseline: ${count(longest)} callers, an expected wait of ${(estimate / 60).toFixed(1)} min`,
);
