import { describe, expect, it } from 'vitest';
import { checkAgents, checkLoad, checkNonNegative } from '../../src/analytic/validate.js';

describe('validate', () => {
  it('names the parameter and the value', () => {
    expect(() => checkNonNegative('aht', -3)).toThrow(/aht.*-3/);
    expect(() => checkNonNegative('aht', 0, true)).toThrow(/aht.*> 0.*0/);
    expect(() => checkAgents(2.5)).toThrow(/agents.*2\.5/);
    expect(() => checkAgents(-1, 'lines')).toThrow(/lines.*-1/);
    expect(() => checkLoad(Number.POSITIVE_INFINITY)).toThrow(/load.*Infinity/);
  });

  it('accepts valid values', () => {
    expect(() => checkNonNegative('x', 0)).not.toThrow();
    expect(() => checkAgents(0)).not.toThrow();
    expect(() => checkLoad(1e9)).not.toThrow();
  });
});
