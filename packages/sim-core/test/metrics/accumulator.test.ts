import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Outcome, OutcomeAccumulator } from '../../src/metrics/accumulator.js';
import { EXACT_WAIT_LIMIT, WAIT_BINS } from '../../src/metrics/wait-histogram.js';

describe('OutcomeAccumulator', () => {
  it('counts each outcome in its cell, with waits, thresholds and first calls', () => {
    const acc = new OutcomeAccumulator(2, [20, 60]);
    acc.record(1, Outcome.answered, 0, 1, 1);
    acc.record(1, Outcome.answered, 30, 2, 0); // a redial answered: the caller is credited to cell 0
    acc.record(1, Outcome.abandoned, 45, 1, 1);
    acc.record(1, Outcome.blocked, 0, 1, 1);
    acc.record(1, Outcome.inSystem, 100, 1, 1);
    acc.record(-1, Outcome.answered, 5, 1, -1); // warm-up: ignored
    expect([acc.offered(1), acc.answered[1], acc.abandoned[1], acc.blocked[1], acc.inSystem[1]]).toEqual([
      5, 2, 1, 1, 1,
    ]);
    expect(acc.offered(0)).toBe(0);
    expect(acc.firstCalls[1]).toBe(4);
    expect(acc.callersServed[1]).toBe(1);
    expect(acc.callersServed[0]).toBe(1);
    expect(acc.waitAnswered[1]).toBe(30);
    expect(acc.waitAll(1)).toBe(175);
    expect(Array.from(acc.answeredWithin)).toEqual([0, 0, 1, 2]);
    expect(acc.waitHistogram[WAIT_BINS]).toBe(1); // the zero wait of cell 1
    expect(acc.waitHistogram[WAIT_BINS + 30]).toBe(1);
  });

  it('matches a direct count of the outcome list, however it is recorded (property)', () => {
    // The reference counts the raw list of attempts cell by cell, from the definitions of the
    // counters, without the accumulator's arrays: outcomes in the warm-up (cell −1) are dropped, a
    // caller answered on any attempt is credited to the cell of the first call, waits up to 600 s
    // fall in 1-second bins, the longest answered wait beyond them is kept.
    const cells = 3;
    const thresholds = [20, 60];
    const attempt = fc.record({
      cell: fc.integer({ min: -1, max: cells - 1 }),
      outcome: fc.constantFrom(Outcome.answered, Outcome.abandoned, Outcome.blocked, Outcome.inSystem),
      wait: fc.oneof(fc.constantFrom(0, 20, 60, 600), fc.double({ min: 0, max: 5000, noNaN: true })),
      attempt: fc.integer({ min: 1, max: 3 }),
      firstCell: fc.integer({ min: -1, max: cells - 1 }),
      direct: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(attempt, { maxLength: 60 }), (attempts) => {
        const acc = new OutcomeAccumulator(cells, thresholds);
        for (const a of attempts) {
          if (a.direct && a.outcome === Outcome.answered)
            acc.recordAnswer(a.cell, a.wait, a.attempt, a.firstCell);
          else acc.record(a.cell, a.outcome, a.wait, a.attempt, a.firstCell);
        }
        const counted = attempts.filter((a) => a.cell >= 0);
        for (let cell = 0; cell < cells; cell++) {
          const here = counted.filter((a) => a.cell === cell);
          const answered = here.filter((a) => a.outcome === Outcome.answered);
          const sum = (list: typeof here) => list.reduce((s, a) => s + a.wait, 0);
          const longWaits = answered.map((a) => a.wait).filter((w) => w > EXACT_WAIT_LIMIT);
          expect(acc.offered(cell)).toBe(here.length);
          expect([acc.answered[cell], acc.abandoned[cell], acc.blocked[cell], acc.inSystem[cell]]).toEqual(
            [Outcome.answered, Outcome.abandoned, Outcome.blocked, Outcome.inSystem].map(
              (o) => here.filter((a) => a.outcome === o).length,
            ),
          );
          expect(acc.firstCalls[cell]).toBe(here.filter((a) => a.attempt === 1).length);
          expect(acc.callersServed[cell]).toBe(
            counted.filter((a) => a.outcome === Outcome.answered && a.firstCell === cell).length,
          );
          expect(acc.waitAnswered[cell]).toBeCloseTo(sum(answered), 6);
          expect(acc.waitAll(cell)).toBeCloseTo(sum(here), 6);
          thresholds.forEach((t, k) => {
            expect(acc.answeredWithin[cell * thresholds.length + k]).toBe(
              answered.filter((a) => a.wait <= t).length,
            );
          });
          const bins = acc.waitHistogram.subarray(cell * WAIT_BINS, (cell + 1) * WAIT_BINS);
          expect(bins.reduce((s, n) => s + n, 0)).toBe(answered.length);
          for (const w of [0, 20, 60, 600]) {
            expect(bins[w], `bin ${w}`).toBe(
              answered.filter((a) => Math.max(0, Math.ceil(a.wait)) === w).length,
            );
          }
          expect(acc.waitMax[cell]).toBe(longWaits.length > 0 ? Math.max(...longWaits) : 0);
        }
      }),
    );
  });

  it('clones deeply', () => {
    const acc = new OutcomeAccumulator(1, [20]);
    acc.record(0, Outcome.answered, 3, 1, 0);
    const copy = acc.clone();
    copy.record(0, Outcome.blocked, 0, 1, 0);
    expect(acc.offered(0)).toBe(1);
    expect(copy.offered(0)).toBe(2);
    expect(copy.waitHistogram[3]).toBe(1);
    expect(copy.thresholds).toEqual([20]);
  });

  it('copies another accumulator into its own arrays, which stay its own', () => {
    const acc = new OutcomeAccumulator(1, [20]);
    acc.record(0, Outcome.answered, 700, 1, 0);
    const copy = new OutcomeAccumulator(1, [20]);
    copy.record(0, Outcome.blocked, 0, 1, 0);
    const histogram = copy.waitHistogram;
    expect(copy.copyFrom(acc)).toBe(copy);
    expect(copy.waitHistogram).toBe(histogram);
    expect([copy.offered(0), copy.answered[0], copy.blocked[0], copy.waitMax[0]]).toEqual([1, 1, 0, 700]);
    acc.record(0, Outcome.abandoned, 5, 2, 0);
    expect(copy.offered(0)).toBe(1);
  });
});
