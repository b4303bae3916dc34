// The reference model (M/M/310+M: Poisson arrivals of 100 calls a minute, exponential handling of
// mean 180 s, exponential patience of mean 300 s, 310 agents) written as a hand-tight loop: no
// calendar, no metrics beyond the counts, nothing generic — two binary heaps in typed arrays (ends of
// service; hang-up deadlines, stale entries skipped when popped), a FIFO ring of waiting callers, and
// the same generator decroche uses (seedrandom's alea). It is the speed a special-purpose program
// reaches; bench/hand-tight.mjs compares decroche's general model with it.
//
// Run: node bench/peer/tight-loop.mjs --calls 10000000 --seed 1   (prints one JSON line)
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../packages/sim-core/package.json', import.meta.url));
const alea = require('seedrandom/lib/alea.js');

const ARRIVAL_RATE = 100 / 60;
const MEAN_HANDLE = 180;
const MEAN_PATIENCE = 300;
const AGENTS = 310;
const RING = 1 << 17; // callers present at once stay far below this (≈ 1,000)
const MASK = RING - 1;
const WAITING = 1;

/** Simulates `calls` expected calls of the reference model; returns its counts. */
export function tightLoop(calls, seed) {
  const rng = alea(`${seed}`);
  const horizon = calls / ARRIVAL_RATE;
  const endHeap = new Float64Array(AGENTS + 1);
  let busy = 0;
  const deadline = new Float64Array(RING);
  const deadlineId = new Int32Array(RING);
  let pending = 0; // hang-up deadlines in the heap (some stale)
  const arrival = new Float64Array(RING);
  const state = new Uint8Array(RING);
  let head = 0;
  let tail = 0;
  let waiting = 0;
  let offered = 0;
  let answered = 0;
  let abandoned = 0;
  let waitSum = 0;
  let nextArrival = -Math.log(1 - rng()) / ARRIVAL_RATE;
  for (;;) {
    const end = busy > 0 ? endHeap[1] : Number.POSITIVE_INFINITY;
    const gone = pending > 0 ? deadline[1] : Number.POSITIVE_INFINITY;
    if (nextArrival <= end && nextArrival <= gone) {
      const t = nextArrival;
      if (t >= horizon) break;
      offered++;
      if (busy < AGENTS) {
        answered++;
        // push end of service
        let i = ++busy;
        const e = t - MEAN_HANDLE * Math.log(1 - rng());
        while (i > 1 && endHeap[i >> 1] > e) {
          endHeap[i] = endHeap[i >> 1];
          i >>= 1;
        }
        endHeap[i] = e;
      } else {
        const id = tail;
        tail = (tail + 1) & MASK;
        waiting++;
        arrival[id] = t;
        state[id] = WAITING;
        let i = ++pending;
        const d = t - MEAN_PATIENCE * Math.log(1 - rng());
        while (i > 1 && deadline[i >> 1] > d) {
          deadline[i] = deadline[i >> 1];
          deadlineId[i] = deadlineId[i >> 1];
          i >>= 1;
        }
        deadline[i] = d;
        deadlineId[i] = id;
      }
      nextArrival = t - Math.log(1 - rng()) / ARRIVAL_RATE;
    } else if (end <= gone) {
      const t = end;
      if (waiting > 0) {
        while (state[head] !== WAITING) head = (head + 1) & MASK;
        const id = head;
        head = (head + 1) & MASK;
        state[id] = 0;
        waiting--;
        answered++;
        waitSum += t - arrival[id];
        // replace the top of the end heap by the new end, sift down
        const e = t - MEAN_HANDLE * Math.log(1 - rng());
        siftDown(endHeap, null, busy, e, 0);
      } else {
        const last = endHeap[busy--];
        if (busy > 0) siftDown(endHeap, null, busy, last, 0);
      }
    } else {
      const id = deadlineId[1];
      const lastKey = deadline[pending];
      const lastId = deadlineId[pending--];
      if (pending > 0) siftDown(deadline, deadlineId, pending, lastKey, lastId);
      if (state[id] === WAITING) {
        state[id] = 0;
        waiting--;
        abandoned++;
      }
    }
  }
  return { offered, answered, abandoned, pickupRate: answered / offered, asa: waitSum / answered };
}

/** Puts `key` (with `id`) at the root of the heap of `size` entries and sifts it down. */
function siftDown(keys, ids, size, key, id) {
  let i = 1;
  for (;;) {
    let child = i << 1;
    if (child > size) break;
    if (child < size && keys[child + 1] < keys[child]) child++;
    if (keys[child] >= key) break;
    keys[i] = keys[child];
    if (ids !== null) ids[i] = ids[child];
    i = child;
  }
  keys[i] = key;
  if (ids !== null) ids[i] = id;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const arg = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? Number(process.argv[at + 1]) : fallback;
  };
  const calls = arg('--calls', 10_000_000);
  const seed = arg('--seed', 1);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const r = tightLoop(calls, seed);
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    JSON.stringify({
      ...r,
      wallSeconds,
      cpuSeconds,
      callsPerSecond: r.offered / wallSeconds,
      callsPerCpuSecond: r.offered / cpuSeconds,
    }),
  );
}
