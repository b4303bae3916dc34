import { describe, expect, it } from 'vitest';
import type { RedialConfig } from '../../src/model/behaviours/redial.js';
import { modelConfig } from '../../src/model/model-config.js';
import { createStreams } from '../../src/random/streams.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';

const scenario = parseScenario({
  intervals: 2,
  days: 3,
  intervalSeconds: 600,
  dailyVariationCv: 0.2,
  queues: [
    { id: 'a', calls: [10, 20], handleTime: { dist: 'exponential', mean: 60 }, lines: 5, priority: 2 },
    {
      id: 'b',
      calls: 5,
      handleTime: { dist: 'exponential', mean: 60 },
      patience: { dist: 'exponential', mean: 30 },
      redial: { probability: 0.4, delay: { dist: 'exponential', mean: 100 } },
    },
  ],
  pools: [
    { id: 'p', serves: ['a', 'b'], agents: [1, 2] },
    { id: 'r', serves: ['b'], agents: 3 },
  ],
});

describe('modelConfig', () => {
  it('flattens the scenario and builds routing both ways', () => {
    const c = modelConfig(scenario, createStreams(1));
    expect(c.horizon).toBe(3600);
    expect(c.totalIntervals).toBe(6);
    expect(Array.from(c.lines)).toEqual([5, Number.POSITIVE_INFINITY]);
    expect(Array.from(c.priority)).toEqual([2, 0]);
    expect(c.patience[0]).toBeNull();
    expect(c.patience[1]!.mean).toBe(30);
    expect(c.behaviours.map((b) => b.block.key)).toEqual(['redial']);
    const [none, b] = c.behaviours[0]!.configs as (RedialConfig | null)[];
    expect(none).toBeNull();
    expect(Array.from(b!.probability)).toEqual([0.4, 0.4, 0.4, 0.4]);
    expect(b!.maxAttempts).toBe(Number.POSITIVE_INFINITY);
    expect(b!.delay.mean).toBe(100);
    expect(c.queuesOfPool.map((x) => Array.from(x))).toEqual([[0, 1], [1]]);
    expect(c.poolsOfQueue.map((x) => Array.from(x))).toEqual([[0], [0, 1]]);
    expect(c.agents).toEqual([
      [1, 2],
      [3, 3],
    ]);
  });

  it('draws one busyness factor per day from its own stream, the same for the same seed', () => {
    const factors = modelConfig(scenario, createStreams(7)).dayFactors;
    const a = factors[0]!;
    expect(a).toHaveLength(3);
    expect(factors[1]).toEqual(a); // the same busyness for every queue
    expect(modelConfig(scenario, createStreams(7)).dayFactors).toEqual(factors);
    expect(new Set(a).size).toBe(3);
    const flat = modelConfig({ ...scenario, dailyVariationCv: 0 }, createStreams(7)).dayFactors;
    expect(flat).toEqual([
      [1, 1, 1],
      [1, 1, 1],
    ]);
  });

  it("multiplies the busyness by the calendar's weekday and peak factors, per queue", () => {
    // 2023-01-05 is a Thursday; with weekends closed the days are Thu 5, Fri 6, Mon 9.
    const calendar = {
      start: '2023-01-05',
      weekdays: { mon: 1.3, fri: 0.8, sat: 0, sun: 0 },
      peaks: { b: { 5: 2, 9: 1.5 } },
    };
    const busy = modelConfig(scenario, createStreams(7)).dayFactors[0]!;
    const withCalendar = modelConfig({ ...scenario, calendar }, createStreams(7)).dayFactors;
    expect(withCalendar[0]).toEqual([busy[0]!, 0.8 * busy[1]!, 1.3 * busy[2]!]);
    expect(withCalendar[1]).toEqual([2 * busy[0]!, 0.8 * busy[1]!, 1.3 * 1.5 * busy[2]!]);
  });
});
