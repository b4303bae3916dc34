import { describe, it } from 'vitest';
import { expectTheory } from './steady-state.js';

// M/M/n+M (Erlang A): exponential patience of mean 300 s; light and overloaded.
describe('simulation vs Erlang A (M/M/n+M), 99 % confidence intervals over replications', () => {
  it.each([
    { name: 'M/M/1+M, load 1.5 (overloaded)', agents: 1, load: 1.5, aht: 180, patience: 300, seed: 11100 },
    { name: 'M/M/10+M, load 12 (overloaded)', agents: 10, load: 12, aht: 180, patience: 300, seed: 11200 },
    {
      name: 'M/M/300+M, load 330 (overloaded)',
      agents: 300,
      load: 330,
      aht: 180,
      patience: 300,
      seed: 11300,
    },
    { name: 'M/M/10+M, load 6 (light)', agents: 10, load: 6, aht: 180, patience: 300, seed: 11400 },
  ])('$name: pickup rate, asa, service level(20) and occupancy', (c) => expectTheory(c, c.seed!));
});
