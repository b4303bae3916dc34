// The reference model of the speed benchmarks (M/M/310+M: 100 calls a minute, exponential handling
// of mean 180 s and patience of mean 300 s, 310 agents, one-hour intervals) and the behaviour blocks
// the benchmarks put on it, one at a time, each keeping its load. Shared by hand-tight.mjs (CPU time)
// and instructions.mjs (instruction counts).
const exp = (mean) => ({ dist: 'exponential', mean });

/** Behaviour blocks put on the reference queue, each keeping its load (same calls and mean handle time). */
export const VARIANTS = {
  none: {},
  redial: { redial: { probability: 0.5, delay: exp(600) } },
  'redial, complete': {
    redial: {
      probability: 0.5,
      delay: exp(600),
      byCause: { blocked: 0.7 },
      later: 0.3,
      refuseWithinSeconds: 120,
    },
  },
  growth: { growth: { calls: 1, handleTime: 1 } },
  types: {
    types: [
      { id: 'simple', share: 0.6, handleTime: exp(150) },
      { id: 'complex', share: 0.4, handleTime: exp(225) },
    ],
  },
  ivr: { ivr: { share: 0.1, time: exp(60) } },
  dissuasion: { dissuasion: { queueLength: 60, expectedWait: 600 } },
  callback: { callback: { offerAboveWait: 30, acceptance: 0.5 } },
  appointments: {
    appointments: { share: 0.1, slots: 600, leadSeconds: 3600, handleTime: exp(180), pool: 'agents' },
  },
  // 10 of the 310 agents moved to a second pool serving an empty queue, which the reference queue
  // overflows into after 20 s of waiting (same agents, same load).
  overflow: { overflow: { afterSeconds: 20, pool: 'backup' } },
};

/** Variants that change more than the reference queue: the pools and queues they need. */
export const SETTINGS = {
  overflow: {
    queues: [{ id: 'backup-queue', calls: 0, handleTime: exp(180) }],
    pools: [
      { id: 'agents', serves: ['reference'], agents: 300 },
      { id: 'backup', serves: ['backup-queue'], agents: 10 },
    ],
  },
};

/** The reference scenario with block `variant` on, for at least `calls` first calls (whole days of 144,000). */
export function referenceScenario(calls, variant) {
  const extra = SETTINGS[variant];
  return {
    name: 'bench-hand-tight',
    intervalSeconds: 3600,
    intervals: 24,
    days: Math.max(1, Math.ceil(calls / (6000 * 24))),
    queues: [
      { id: 'reference', calls: 6000, handleTime: exp(180), patience: exp(300), ...VARIANTS[variant] },
      ...(extra?.queues ?? []),
    ],
    pools: extra?.pools ?? [{ id: 'agents', serves: ['reference'], agents: 310 }],
  };
}
