import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/model/simulate.js';
import { sweep } from '../../src/optimize/sweep.js';
import type { ScenarioInput } from '../../src/scenario/types.js';

const day = {
  seed: 11,
  intervals: 3,
  queues: [
    {
      id: 'caf',
      calls: [300, 400, 300],
      handleTime: { dist: 'lognormal', mean: 300, cv: 1 },
      patience: { dist: 'exponential', mean: 240 },
    },
    {
      id: 'retraite',
      calls: 100,
      handleTime: {
        dist: 'mixture',
        parts: [
          { weight: 0.5, dist: 'deterministic', value: 120 },
          { weight: 0.5, dist: 'uniform', min: 200, max: 400 },
        ],
      },
    },
  ],
  pools: [
    { id: 'caf-agents', serves: ['caf'], agents: [50, 70, 50] },
    { id: 'retraite-agents', serves: ['retraite'], agents: 20 },
  ],
} satisfies ScenarioInput;

describe('sweep', () => {
  it('simulates every combination, agents slowest and handle time fastest', () => {
    const grid = sweep(day, { agents: [40, 60], calls: [1, 1.2], aht: [1, 1.1] }, { replications: 1 });
    expect(grid.points.map((p) => [p.agents, p.calls, p.aht])).toEqual([
      [40, 1, 1],
      [40, 1, 1.1],
      [40, 1.2, 1],
      [40, 1.2, 1.1],
      [60, 1, 1],
      [60, 1, 1.1],
      [60, 1.2, 1],
      [60, 1.2, 1.1],
    ]);
  });

  it('gives every point the same seed (common random numbers): each is simulate() of the changed scenario', () => {
    const grid = sweep(
      day,
      { agentsFactor: [1, 1.1], calls: [1.2], aht: [1.5] },
      { seed: 4, replications: 2 },
    );
    // Factor 1: the schedule as written; 1.1: every pool's agents × 1.1, rounded.
    const changed = (agents: number[][]): ScenarioInput => ({
      seed: 11,
      intervals: 3,
      queues: [
        {
          id: 'caf',
          calls: [360, 480, 360],
          handleTime: { dist: 'lognormal', mean: 450, cv: 1 },
          patience: { dist: 'exponential', mean: 240 },
        },
        {
          id: 'retraite',
          calls: 120,
          handleTime: {
            dist: 'mixture',
            parts: [
              { weight: 0.5, dist: 'deterministic', value: 180 },
              { weight: 0.5, dist: 'uniform', min: 300, max: 600 },
            ],
          },
        },
      ],
      pools: [
        { id: 'caf-agents', serves: ['caf'], agents: agents[0] ?? [] },
        { id: 'retraite-agents', serves: ['retraite'], agents: agents[1] ?? [] },
      ],
    });
    const at1 = simulate(
      changed([
        [50, 70, 50],
        [20, 20, 20],
      ]),
      { seed: 4, replications: 2 },
    );
    const at11 = simulate(
      changed([
        [55, 77, 55],
        [22, 22, 22],
      ]),
      { seed: 4, replications: 2 },
    );
    expect(grid.points[0]?.report).toEqual(at1);
    expect(grid.points[1]?.report).toEqual(at11);
    expect(grid.points[0]?.report.halfWidth?.total.pickupRate).toBeGreaterThan(0);
  });

  it('without axes is one point: the scenario as written with its own seed', () => {
    const grid = sweep(day, {});
    expect(grid.points).toHaveLength(1);
    expect(grid.points[0]).toMatchObject({ agents: null, agentsFactor: 1, calls: 1, aht: 1 });
    expect(grid.points[0]?.report).toEqual(simulate(day, { seed: 11 }));
  });

  it('reports progress point by point', () => {
    const seen: string[] = [];
    sweep(day, { calls: [0.5, 1, 1.5] }, { onProgress: (done, total) => seen.push(`${done}/${total}`) });
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
  });

  it('names a bad axis', () => {
    expect(() => sweep(day, { agents: [] })).toThrow('axes.agents must be a non-empty list, got []');
    expect(() => sweep(day, { agents: [10, 12.5] })).toThrow(
      'axes.agents[1] must be a whole number ≥ 0, got 12.5',
    );
    expect(() => sweep(day, { calls: [1, -1] })).toThrow('axes.calls[1] must be a number > 0, got -1');
    expect(() => sweep(day, { agents: [10], agentsFactor: [1] })).toThrow(
      'axes.agents and axes.agentsFactor exclude each other',
    );
  });
});
