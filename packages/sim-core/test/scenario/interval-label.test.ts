import { describe, expect, it } from 'vitest';
import { intervalLabel, parseScenario, type ScenarioError, type ScenarioInput } from '../../src/index.js';

const day: ScenarioInput = {
  opensAt: '08:30',
  intervals: 17,
  queues: [{ id: 'caf', calls: 100, handleTime: { dist: 'exponential', mean: 300 } }],
  pools: [{ id: 'agents', serves: ['caf'], agents: 20 }],
};

describe('intervalLabel', () => {
  it('labels intervals with their clock time from opensAt', () => {
    const scenario = parseScenario(day);
    expect([0, 1, 16].map((i) => intervalLabel(scenario, i))).toEqual(['08:30', '09:00', '16:30']);
    const quarters = parseScenario({ ...day, intervalSeconds: 900 });
    expect(intervalLabel(quarters, 3)).toBe('09:15');
  });

  it('numbers them without opensAt, and refuses an interval outside the day', () => {
    const scenario = parseScenario({ ...day, opensAt: undefined });
    expect(intervalLabel(scenario, 4)).toBe('4');
    expect(() => intervalLabel(scenario, 17)).toThrow('interval must be an integer in [0, 17), got 17');
  });

  it('is refused by parseScenario when it is not a clock time', () => {
    try {
      parseScenario({ ...day, opensAt: '8h30' });
      expect.unreachable();
    } catch (error) {
      expect((error as ScenarioError).issues).toEqual([
        { path: 'opensAt', message: 'must be a clock time such as 08:30' },
      ]);
    }
  });
});
