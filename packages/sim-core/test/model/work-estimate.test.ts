import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/model/simulate.js';
import { checkWork, estimateWork } from '../../src/model/work-estimate.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';

const scenario = (queue: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  parseScenario({
    intervals: 4,
    queues: [{ id: 'q', calls: 100, handleTime: { dist: 'exponential', mean: 300 }, ...queue }],
    pools: [{ id: 'p', serves: ['q'], agents: 10 }],
    ...extra,
  });

const messageOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
};

describe('estimateWork', () => {
  it('counts first calls × days × the attempts of a caller whose every attempt fails', () => {
    expect(estimateWork(scenario({}, { days: 3 })).attempts).toBe(1200);
    // p = 0.5 without a limit: 1 + 0.5 + 0.25 + … = 2 attempts per caller.
    const redial = { probability: 0.5, delay: { dist: 'exponential', mean: 600 } };
    expect(estimateWork(scenario({ redial })).attempts).toBe(800);
    // At most 3 attempts: 1 + 0.5 + 0.25 = 1.75.
    expect(estimateWork(scenario({ redial: { ...redial, maxAttempts: 3 } })).attempts).toBe(700);
    // p = 1 every 60 s over a 7,200 s run: at most 1 + 7200 / 60 = 121 attempts per caller.
    const always = { probability: 1, delay: { dist: 'deterministic', value: 60 } };
    const w = estimateWork(scenario({ redial: always }));
    expect(w.attempts).toBe(400 * 121);
    expect(w.largest.path).toBe('queues[0].redial');
    expect(w.cells).toBe(4);
    expect(w.cellAttempts).toBe(100 * 121);
  });

  it('finds no end to callers redialing at once for ever', () => {
    const w = estimateWork(
      scenario({ redial: { probability: 1, delay: { dist: 'deterministic', value: 0 } } }),
    );
    expect(w.attempts).toBe(Number.POSITIVE_INFINITY);
    expect(messageOf(() => checkWork(w, 1))).toMatch(
      /^queues\[0\]\.redial: this run would simulate about Infinity attempts/,
    );
  });
});

describe('checkWork', () => {
  it('refuses more expected attempts than maxAttempts, naming the field and the way to allow it', () => {
    const big = scenario({ calls: 1e12 }, { intervals: 16, days: 2 });
    expect(messageOf(() => checkWork(estimateWork(big), 1))).toBe(
      'queues[0].calls: this run would simulate about 3.2e13 attempts (1.6e13 calls a day × 2 days), over ' +
        'the limit of 1.0e9; lower queues[0].calls, days or replications, or allow it with the option ' +
        'maxAttempts (decroche: --allow-large)',
    );
    // Replications multiply the work: 400 attempts × 3 > 1,000.
    expect(messageOf(() => checkWork(estimateWork(scenario({})), 3, { maxAttempts: 1000 }))).toContain(
      '1,200 attempts (400 calls a day × 3 replications)',
    );
    expect(() => checkWork(estimateWork(scenario({})), 2, { maxAttempts: 1000 })).not.toThrow();
  });

  it('refuses more queue × interval cells than maxCells, and any cell its counters cannot hold', () => {
    const many = scenario({ calls: 1 }, { intervals: 200_000 });
    expect(messageOf(() => checkWork(estimateWork(many), 1))).toMatch(
      /^intervals: queues × intervals = 200,000 interval reports \(about 1\.4 GB\), over the limit of 100,000/,
    );
    expect(() => checkWork(estimateWork(many), 1, { maxCells: Infinity })).not.toThrow();
    const crowded = scenario({ calls: 3e9 }, { intervals: 1 });
    expect(messageOf(() => checkWork(estimateWork(crowded), 1, { maxAttempts: Infinity }))).toMatch(
      /^queues\[0\]\.calls: one queue interval would count about 3\.0e9 attempts in one replication/,
    );
    expect(messageOf(() => checkWork(estimateWork(crowded), 1, { maxAttempts: -1 }))).toBe(
      'maxAttempts must be a number > 0 (Infinity: no limit), got -1',
    );
  });

  it('is applied by simulate before it starts, with its options', () => {
    const s = scenario({});
    expect(() => simulate(s, { maxAttempts: 100 })).toThrow(
      /^queues\[0\]\.calls: this run would simulate about 400/,
    );
    expect(simulate(s, { maxAttempts: 400 }).total.offered).toBeGreaterThan(0);
  });
});
