// How many agents does the CAF (3230) need at its morning peak to pick up 85 % of calls?
// Analytic (Erlang A: exponential handling and patience, steady state), so the output is exact.
// Run: node examples/staffing-for-85.mjs   (after `pnpm build`)
import { analyze, requiredAgents } from '@decroche/sim-core';

// The peak half-hour of the france-2023 preset: 12,000 attempts (first calls and redials),
// calls of 7 minutes on average, callers who wait 10 minutes on average before hanging up.
const halfHour = 1800;
const queue = { arrivalRate: 12_000 / halfHour, aht: 420, patience: 600 };

const pct = (x) => `${(100 * x).toFixed(1)} %`;
const line = (label, agents, params = queue) => {
  const m = analyze({ ...params, agents });
  console.log(
    `${label.padEnd(34)} ${String(agents).padStart(5)} agents  pickup ${pct(m.pickupRate).padStart(7)}` +
      `  asa ${m.asa.toFixed(0).padStart(4)} s  answered within 60 s ${pct(m.serviceLevel(60)).padStart(7)}`,
  );
};

console.log(
  `CAF peak half-hour: ${queue.arrivalRate * halfHour} calls, load ${queue.arrivalRate * queue.aht} Erlangs`,
);
line('france-2023 preset staffing', 1038);
line('85 % pickup rate', requiredAgents(queue, { pickupRate: 0.85 }));
line('80 % answered within 60 s', requiredAgents(queue, { serviceLevel: { seconds: 60, share: 0.8 } }));
const longer = { ...queue, aht: 480 };
line('85 % pickup, calls 1 min longer', requiredAgents(longer, { pickupRate: 0.85 }), longer);
