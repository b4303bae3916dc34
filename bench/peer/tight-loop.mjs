// The reference model (M/M/310+M: Poisson arrivals of 100 calls a minute, exponential handling of
// mean 180 s, exponential patience of mean 300 s, 310 agents) written as two hand-tight loops, with
// the generator decroche uses (seedrandom's alea) and counts only, nothing generic:
// - `calendarLoop`: on decroche's own event calendar (`Calendar` from the built library: a timer for
//   arrivals, events for ends of service and hang-ups, hang-ups cancelled when answered) with a FIFO
//   ring of waiting callers. What the call-centre model adds over its engine — metrics cells, routing
//   across pools, behaviour hooks, listeners — is the difference between `simulate()` and this loop:
//   the 0.9× goal of bench/hand-tight.mjs.
// - `calendarLoopStreams` (`--streams`): the same loop drawing as decroche does for common random
//   numbers — one stream each for arrivals, handle times and patience, a handle time and a patience
//   uniform drawn for every caller when it arrives (the patience's logarithm only if it waits), the
//   handle time kept until an agent answers. Kept apart from `calendarLoop`, which stays the loop the
//   goal is measured against: the difference between the two is what drawing for common random
//   numbers costs a loop with nothing else.
// - `heapLoop`: no calendar at all — two binary heaps in typed arrays (ends of service; hang-up
//   deadlines, stale entries skipped when popped). The speed a special-purpose program reaches.
//
// Run: node bench/peer/tight-loop.mjs --calls 10000000 --seed 1 [--heap | --streams]   (prints one JSON line)
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

const ARRIVAL = 0;
const END = 1;
const HANG_UP = 2;

/** The reference model on decroche's `Calendar` (from `lib`), `calls` expected calls; returns its counts. */
export async function calendarLoop(calls, seed, lib) {
  const { Calendar } = await import(lib);
  const rng = alea(`${seed}`);
  const horizon = calls / ARRIVAL_RATE;
  const calendar = new Calendar(1024);
  const arrivals = calendar.createTimer();
  const arrival = new Float64Array(RING);
  const hangUp = new Int32Array(RING);
  const state = new Uint8Array(RING);
  let head = 0;
  let tail = 0;
  let waiting = 0;
  let busy = 0;
  let offered = 0;
  let answered = 0;
  let abandoned = 0;
  let waitSum = 0;
  const handler = {
    handle(kind, id, t) {
      if (kind === ARRIVAL) {
        offered++;
        if (busy < AGENTS) {
          busy++;
          answered++;
          calendar.schedule(t - MEAN_HANDLE * Math.log(1 - rng()), END, 0, 2);
        } else {
          const c = tail;
          tail = (tail + 1) & MASK;
          waiting++;
          arrival[c] = t;
          state[c] = WAITING;
          hangUp[c] = calendar.schedule(t - MEAN_PATIENCE * Math.log(1 - rng()), HANG_UP, c, 3);
        }
        const next = t - Math.log(1 - rng()) / ARRIVAL_RATE;
        calendar.setTimer(arrivals, next < horizon ? next : Number.POSITIVE_INFINITY, ARRIVAL, 0, 4);
      } else if (kind === END) {
        if (waiting > 0) {
          while (state[head] !== WAITING) head = (head + 1) & MASK;
          const c = head;
          head = (head + 1) & MASK;
          state[c] = 0;
          waiting--;
          calendar.cancel(hangUp[c]);
          answered++;
          waitSum += t - arrival[c];
          calendar.schedule(t - MEAN_HANDLE * Math.log(1 - rng()), END, 0, 2);
        } else busy--;
      } else {
        state[id] = 0;
        waiting--;
        abandoned++;
      }
    },
  };
  calendar.setTimer(arrivals, -Math.log(1 - rng()) / ARRIVAL_RATE, ARRIVAL, 0, 4);
  calendar.run(horizon, handler);
  return { offered, answered, abandoned, pickupRate: answered / offered, asa: waitSum / answered };
}

/** `calendarLoop` drawing from three streams, every caller's handle time and patience uniform on arrival. */
export async function calendarLoopStreams(calls, seed, lib) {
  const { Calendar } = await import(lib);
  const arrivalRng = alea(`${seed}/arrivals`);
  const handleRng = alea(`${seed}/handleTime`);
  const patienceRng = alea(`${seed}/patience`);
  const horizon = calls / ARRIVAL_RATE;
  const calendar = new Calendar(1024);
  const arrivals = calendar.createTimer();
  const arrival = new Float64Array(RING);
  const handle = new Float64Array(RING);
  const hangUp = new Int32Array(RING);
  const state = new Uint8Array(RING);
  let head = 0;
  let tail = 0;
  let waiting = 0;
  let busy = 0;
  let offered = 0;
  let answered = 0;
  let abandoned = 0;
  let waitSum = 0;
  const handler = {
    handle(kind, id, t) {
      if (kind === ARRIVAL) {
        offered++;
        const handleTime = -MEAN_HANDLE * Math.log(1 - handleRng());
        const u = patienceRng();
        if (busy < AGENTS) {
          busy++;
          answered++;
          calendar.schedule(t + handleTime, END, 0, 2);
        } else {
          const c = tail;
          tail = (tail + 1) & MASK;
          waiting++;
          arrival[c] = t;
          handle[c] = handleTime;
          state[c] = WAITING;
          hangUp[c] = calendar.schedule(t - MEAN_PATIENCE * Math.log(1 - u), HANG_UP, c, 3);
        }
        const next = t - Math.log(1 - arrivalRng()) / ARRIVAL_RATE;
        calendar.setTimer(arrivals, next < horizon ? next : Number.POSITIVE_INFINITY, ARRIVAL, 0, 4);
      } else if (kind === END) {
        if (waiting > 0) {
          while (state[head] !== WAITING) head = (head + 1) & MASK;
          const c = head;
          head = (head + 1) & MASK;
          state[c] = 0;
          waiting--;
          calendar.cancel(hangUp[c]);
          answered++;
          waitSum += t - arrival[c];
          calendar.schedule(t + handle[c], END, 0, 2);
        } else busy--;
      } else {
        state[id] = 0;
        waiting--;
        abandoned++;
      }
    },
  };
  calendar.setTimer(arrivals, -Math.log(1 - arrivalRng()) / ARRIVAL_RATE, ARRIVAL, 0, 4);
  calendar.run(horizon, handler);
  return { offered, answered, abandoned, pickupRate: answered / offered, asa: waitSum / answered };
}

/** The reference model without a calendar, `calls` expected calls; returns its counts. */
export function heapLoop(calls, seed) {
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
  const lib = new URL('../../packages/sim-core/dist/index.js', import.meta.url).href;
  // Loaded before the clock starts, as bench/hand-tight.mjs loads decroche before timing `simulate`.
  await import(lib);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const r = process.argv.includes('--heap')
    ? heapLoop(calls, seed)
    : process.argv.includes('--streams')
      ? await calendarLoopStreams(calls, seed, lib)
      : await calendarLoop(calls, seed, lib);
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
