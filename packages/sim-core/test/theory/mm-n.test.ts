import { describe, it } from 'vitest';
import { expectTheory } from './steady-state.js';

// M/M/n (Erlang C): callers never hang up, unlimited lines; only stable loads exist.
describe('simulation vs Erlang C (M/M/n), 99 % confidence intervals over replications', () => {
  it.each([
    { name: 'M/M/1, load 0.5', agents: 1, load: 0.5, aht: 180, seed: 1100 },
    { name: 'M/M/10, load 7', agents: 10, load: 7, aht: 180, seed: 1200 },
    { name: 'M/M/300, load 280', agents: 300, load: 280, aht: 180, seed: 1300 },
  ])('$name: pickup rate, asa, service level(20) and occupancy', (c) => expectTheory(c, c.seed!));
});
