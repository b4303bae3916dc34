import { describe, expect, it } from 'vitest';
import { Outcome, OutcomeAccumulator } from '../../src/metrics/accumulator.js';
import { WAIT_BINS } from '../../src/metrics/wait-histogram.js';

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

  it('recordAnswer counts exactly as record with Outcome.answered', () => {
    const viaRecord = new OutcomeAccumulator(3, [20, 60]);
    const direct = new OutcomeAccumulator(3, [20, 60]);
    const answers = [
      [0, 0, 1, 0],
      [2, 20, 1, 2],
      [2, 20.5, 3, 1],
      [1, 4000, 2, -1],
      [1, 900, 2, -1],
      [-1, 7, 1, -1], // warm-up: ignored
    ] as const;
    for (const [cell, wait, attempt, firstCell] of answers) {
      viaRecord.record(cell, Outcome.answered, wait, attempt, firstCell);
      direct.recordAnswer(cell, wait, attempt, firstCell);
    }
    expect(direct).toEqual(viaRecord);
    expect(Array.from(direct.answered)).toEqual([1, 2, 2]);
    expect(Array.from(direct.waitMax)).toEqual([0, 4000, 0]); // the longest wait past 600 s
    expect(Array.from(direct.answeredWithin)).toEqual([1, 1, 0, 0, 1, 2]);
    expect(Array.from(direct.callersServed)).toEqual([1, 1, 1]);
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
});
