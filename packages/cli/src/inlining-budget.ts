import { setFlagsFromString } from 'node:v8';

/**
 * V8's budget of bytecode it inlines into one optimised function (920 bytes by default), raised for
 * this process. The simulation's event loop — a caller's arrival, routing, answer and metrics, and
 * the calendar under them — is larger than the default budget, so V8 leaves several of its steps as
 * real calls; with 3,000 bytes they inline, and a run takes about 5–10 % less CPU on the reference
 * model (bench/RESULTS.md, the hand-tight section measures both settings), for the same results. Only a
 * performance heuristic changes, never what the code computes; worker threads share the setting.
 */
export const INLINING_BUDGET_FLAG = '--max-inlined-bytecode-size-cumulative=3000';

/** Raises V8's inlining budget for this process (see {@link INLINING_BUDGET_FLAG}); call before any simulation runs. */
export function raiseInliningBudget(): void {
  setFlagsFromString(INLINING_BUDGET_FLAG);
}
