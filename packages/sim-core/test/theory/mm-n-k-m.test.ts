import { describe, it } from 'vitest';
import { expectTheory } from './steady-state.js';

// M/M/n/K+M: K lines (queued plus in service), exponential patience of mean 300 s.
describe('simulation vs M/M/n/K+M, 99 % confidence intervals over replications', () => {
  it.each([
    {
      name: 'M/M/1/4+M, load 1.2 (overloaded)',
      agents: 1,
      load: 1.2,
      aht: 180,
      patience: 300,
      lines: 4,
      seed: 21100,
    },
    {
      name: 'M/M/10/14+M, load 11 (overloaded)',
      agents: 10,
      load: 11,
      aht: 180,
      patience: 300,
      lines: 14,
      seed: 21200,
    },
    {
      name: 'M/M/300/310+M, load 310 (overloaded)',
      agents: 300,
      load: 310,
      aht: 180,
      patience: 300,
      lines: 310,
      seed: 21300,
    },
    {
      name: 'M/M/300/320+M, load 270 (light)',
      agents: 300,
      load: 270,
      aht: 180,
      patience: 300,
      lines: 320,
      seed: 21400,
    },
  ])('$name: pickup rate, asa, service level(20) and occupancy', (c) => expectTheory(c, c.seed!));
});
