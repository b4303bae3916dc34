import { describe, expect, it } from 'vitest';
import { intervalAt, parseScenario, scenarioHorizon } from '../../src/index.js';

const scenario = parseScenario({
  days: 2,
  intervalSeconds: 900,
  queues: [{ id: 'q', calls: [1, 2, 3, 4], handleTime: { dist: 'exponential', mean: 60 } }],
  pools: [{ id: 'p', serves: ['q'], agents: 1 }],
});

describe('scenarioHorizon', () => {
  it('is days × intervals × intervalSeconds', () => {
    expect(scenarioHorizon(scenario)).toBe(2 * 4 * 900);
  });
});

describe('intervalAt', () => {
  it('finds the day and interval, each interval closed at its start and open at its end', () => {
    expect(intervalAt(scenario, 0)).toEqual({ day: 0, interval: 0, index: 0 });
    expect(intervalAt(scenario, 899.999)).toEqual({ day: 0, interval: 0, index: 0 });
    expect(intervalAt(scenario, 900)).toEqual({ day: 0, interval: 1, index: 1 });
    expect(intervalAt(scenario, 3600)).toEqual({ day: 1, interval: 0, index: 4 });
    expect(intervalAt(scenario, 7199)).toEqual({ day: 1, interval: 3, index: 7 });
  });

  it('puts times at or after the horizon in the last interval', () => {
    expect(intervalAt(scenario, 7200)).toEqual({ day: 1, interval: 3, index: 7 });
    expect(intervalAt(scenario, 1e9)).toEqual({ day: 1, interval: 3, index: 7 });
  });

  it('rejects negative times and NaN', () => {
    expect(() => intervalAt(scenario, -1)).toThrow(new RangeError('t must be a number >= 0, got -1'));
    expect(() => intervalAt(scenario, Number.NaN)).toThrow(RangeError);
  });
});
