import { describe, expect, it } from 'vitest';
import { replicationsOption, replicationsText, seedOption } from '../src/run-options.js';

describe('run options', () => {
  it('reads --replications and --seed, naming the option when a value is wrong', () => {
    expect(replicationsOption('5')).toBe(5);
    expect(() => replicationsOption('0')).toThrow(
      "option --replications must be a whole number ≥ 1, got '0'",
    );
    expect(seedOption(undefined, 3230)).toBe(3230);
    expect(seedOption('7', 3230)).toBe(7);
    expect(() => seedOption('1.5', 3230)).toThrow("option --seed must be a whole number, got '1.5'");
  });

  it('says how many replications a figure comes from', () => {
    expect([replicationsText(1), replicationsText(5)]).toEqual(['1 replication', '5 replications']);
  });
});
