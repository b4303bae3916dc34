// Random scenarios for property tests (fast-check): every value is a valid scenario input in the
// format of docs/scenario.md — unique ids, every queue served, lists of one entry per interval, warm-up
// shorter than the horizon — using every optional block and every distribution. Other property
// tests (the model's) may reuse them.
import fc from 'fast-check';

/** A positive number of seconds or calls. */
const positive = fc.double({ min: 1e-3, max: 1e5, noNaN: true });
/** A valid distribution spec of any kind. */
export const distributionArb = fc.oneof(
  fc.record({ dist: fc.constant('exponential'), mean: positive }),
  fc.record({
    dist: fc.constant('lognormal'),
    mean: positive,
    cv: fc.double({ min: 0.01, max: 5, noNaN: true }),
  }),
  fc.record({
    dist: fc.constant('gamma'),
    mean: positive,
    cv: fc.double({ min: 0.01, max: 5, noNaN: true }),
  }),
  fc.record({
    dist: fc.constant('weibull'),
    mean: positive,
    shape: fc.double({ min: 0.1, max: 20, noNaN: true }),
  }),
  fc.record({ dist: fc.constant('deterministic'), value: fc.double({ min: 0, max: 1e4, noNaN: true }) }),
  fc
    .tuple(fc.double({ min: 0, max: 1e4, noNaN: true }), positive)
    .map(([min, width]) => ({ dist: 'uniform', min, max: min + width })),
  fc.record({
    dist: fc.constant('empirical'),
    values: fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 5 }),
  }),
);

/** A date between 2000 and 2100, `YYYY-MM-DD`. */
const dateArb = fc
  .integer({ min: 0, max: 36_500 })
  .map((d) => new Date(Date.UTC(2000, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const factorArb = fc.double({ min: 0, max: 100, noNaN: true });

/** A valid calendar for queues `ids`: weekday factors (one weekday open at least), closed dates, peaks. */
function calendarArb(ids: readonly string[]) {
  return fc.record(
    {
      start: dateArb,
      weekdays: fc
        .tuple(fc.array(factorArb, { minLength: 7, maxLength: 7 }), fc.integer({ min: 0, max: 6 }))
        .map(([factors, open]) => {
          factors[open] = Math.max(factors[open]!, 0.5);
          return Object.fromEntries(
            ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d, k) => [d, factors[k]!]),
          );
        }),
      closed: fc.array(dateArb, { maxLength: 5 }),
      peaks: fc.dictionary(
        fc.constantFrom(...ids),
        fc.dictionary(
          fc.integer({ min: 1, max: 31 }).map(String),
          fc.double({ min: 0.01, max: 100, noNaN: true }),
          {
            maxKeys: 4,
          },
        ),
        { maxKeys: ids.length },
      ),
    },
    { requiredKeys: ['start'] },
  );
}

/** A valid scenario input (calls and agents as numbers or lists). */
export const validScenarioArb = fc
  .record({
    intervals: fc.integer({ min: 1, max: 6 }),
    days: fc.integer({ min: 1, max: 3 }),
    intervalSeconds: fc.double({ min: 1, max: 3600, noNaN: true }),
    warmupShare: fc.double({ min: 0, max: 0.99, noNaN: true }),
    ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }),
    poolCount: fc.integer({ min: 1, max: 3 }),
    seed: fc.integer(),
    dailyVariationCv: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1, noNaN: true })),
    drain: fc.boolean(),
  })
  .chain((b) =>
    fc.record({
      name: fc.string({ minLength: 1, maxLength: 10 }),
      seed: fc.constant(b.seed),
      intervals: fc.constant(b.intervals),
      days: fc.constant(b.days),
      intervalSeconds: fc.constant(b.intervalSeconds),
      warmupSeconds: fc.constant(b.warmupShare * b.days * b.intervals * b.intervalSeconds),
      serviceLevelSeconds: fc.array(positive, { maxLength: 3 }),
      dailyVariationCv: fc.constant(b.dailyVariationCv),
      drain: fc.constant(b.drain),
      calendar: fc.option(calendarArb(b.ids), { nil: undefined }),
      queues: fc.tuple(
        ...b.ids.map((id) =>
          fc.record(
            {
              id: fc.constant(id),
              calls: fc.oneof(
                fc.double({ min: 0, max: 1e4, noNaN: true }),
                fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), {
                  minLength: b.intervals,
                  maxLength: b.intervals,
                }),
              ),
              handleTime: distributionArb,
              patience: distributionArb,
              lines: fc.integer({ min: 1, max: 1000 }),
              priority: fc.integer({ min: -5, max: 5 }),
              redial: fc.record(
                {
                  probability: fc.double({ min: 0, max: 1, noNaN: true }),
                  delay: distributionArb,
                  maxAttempts: fc.integer({ min: 1, max: 9 }),
                },
                { requiredKeys: ['probability', 'delay'] },
              ),
            },
            { requiredKeys: ['id', 'calls', 'handleTime'] },
          ),
        ),
      ),
      // Each queue is served by one pool of its choosing, plus any others; a pool left with nothing
      // to serve takes the first queue.
      pools: fc
        .tuple(
          ...b.ids.map(() => fc.integer({ min: 0, max: b.poolCount - 1 })),
          fc.array(fc.boolean(), {
            minLength: b.poolCount * b.ids.length,
            maxLength: b.poolCount * b.ids.length,
          }),
        )
        .chain((choice) => {
          const extra = choice[b.ids.length] as boolean[];
          return fc.tuple(
            ...Array.from({ length: b.poolCount }, (_, p) => {
              const serves = b.ids.filter((_, q) => choice[q] === p || extra[p * b.ids.length + q]);
              return fc.record({
                id: fc.constant(`pool-${p}`),
                serves: fc.constant(serves.length > 0 ? serves : [b.ids[0]!]),
                agents: fc.oneof(
                  fc.integer({ min: 0, max: 500 }),
                  fc.array(fc.integer({ min: 0, max: 500 }), {
                    minLength: b.intervals,
                    maxLength: b.intervals,
                  }),
                ),
              });
            }),
          );
        }),
    }),
  );
