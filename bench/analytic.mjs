#!/usr/bin/env node
// Benchmark of the analytic models (issue 2): analyze and requiredAgents at 10, 1,000 and 100,000 agents.
// Run after `pnpm build`: node bench/analytic.mjs. Prints a markdown section for bench/RESULTS.md.
// Each case is warmed up, then timed in batches; the figure is the median over batches, µs per call.
import { analyze, requiredAgents } from '../packages/sim-core/dist/index.js';

const AHT = 300;
const TARGET = { serviceLevel: { seconds: 20, share: 0.8 } };

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median µs per call of fn, over `batches` batches sized to take about `batchMs` each. */
function time(fn, { batches = 25, batchMs = 20 } = {}) {
  for (let i = 0; i < 200; i++) fn(); // warm-up
  let perBatch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    if (performance.now() - start > batchMs / 4 || perBatch > 1e6) break;
    perBatch *= 2;
  }
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const start = performance.now();
    for (let i = 0; i < perBatch; i++) fn();
    samples.push(((performance.now() - start) * 1000) / perBatch);
  }
  return median(samples);
}

const format = (us) => (us < 10 ? us.toFixed(2) : us < 100 ? us.toFixed(1) : us.toFixed(0));

const rows = [];
let largestSearch = 0;
let largestPatientSearch = 0;
for (const agents of [10, 1_000, 100_000]) {
  const load = agents * 0.95;
  const base = { arrivalRate: load / AHT, aht: AHT };
  for (const [model, extra] of [
    ['Erlang C', {}],
    ['Erlang A (patience 180 s)', { patience: 180 }],
  ]) {
    const params = { ...base, ...extra };
    const analyzeUs = time(() => analyze({ ...params, agents }).serviceLevel(20));
    const staffed = requiredAgents(params, TARGET);
    const searchUs = time(() => requiredAgents(params, TARGET));
    // A new load on every call, so nothing is reused from the previous search (erlangB keeps the Poisson
    // sums of the last load seen).
    let i = 0;
    const freshUs = time(() =>
      requiredAgents({ ...params, arrivalRate: params.arrivalRate * (1 + (++i % 4096) * 1e-9) }, TARGET),
    );
    if (model === 'Erlang C' && agents === 100_000) largestSearch = Math.max(searchUs, freshUs);
    if (model !== 'Erlang C' && agents === 100_000) largestPatientSearch = Math.max(searchUs, freshUs);
    rows.push(
      `| ${agents.toLocaleString('en')} | ${load.toLocaleString('en')} | ${model} | ${format(analyzeUs)} | ${format(searchUs)} | ${format(freshUs)} | ${staffed.toLocaleString('en')} |`,
    );
  }
}

const met = largestSearch < 1000;
const patientMet = largestPatientSearch < 1000;
console.log(`## Analytic models

\`analyze\` (with one \`serviceLevel(20)\` call) and \`requiredAgents\` (target 80 % answered within 20 s),
AHT ${AHT} s, load = 0.95 × agents. Median µs per call after warm-up (node ${process.version},
${process.platform}/${process.arch}).

| agents | load (Erlangs) | model | analyze + SL (µs) | requiredAgents, same load (µs) | requiredAgents, new load each call (µs) | agents found |
| ---: | ---: | --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Goal: a staffing search at 100,000 agents under 1 ms — **${met ? 'met' : 'not met'}** for Erlang C
(${format(largestSearch)} µs, the slower of the two columns) and **${patientMet ? 'met' : 'not met'}** for
Erlang A (${format(largestPatientSearch)} µs). An Erlang A evaluation walks the ~4,000 waiting states
around the queue's mode in one pass (serviceLevel adds a second, with the advance-count tails); the
search starts from the fluid model's answer and needs about 6 evaluations.`);
