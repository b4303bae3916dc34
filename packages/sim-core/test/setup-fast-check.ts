// Property tests draw their cases from one fixed seed, so that a run of the suite, in CI or here, is
// repeatable: a failure seen once is seen again. Set FC_SEED to explore other cases
// (e.g. `FC_SEED=$RANDOM pnpm vitest run`); fast-check prints the seed of any counterexample.
import fc from 'fast-check';

const seed = Number(process.env.FC_SEED ?? 20_261_128);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, got '${process.env.FC_SEED}'`);
fc.configureGlobal({ seed });
