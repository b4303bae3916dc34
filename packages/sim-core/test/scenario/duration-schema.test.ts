import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { durationSeconds } from '../../src/scenario/duration-schema.js';

const schema = z.strictObject({
  mean: durationSeconds(z.number().gt(0)),
  delays: z.array(durationSeconds(z.number().min(0))).optional(),
});

describe('durationSeconds', () => {
  it('turns duration texts into seconds and keeps numbers', () => {
    expect(schema.parse({ mean: '1h30m', delays: ['6m', 90, '90s', '0.5h'] })).toEqual({
      mean: 5400,
      delays: [360, 90, 90, 1800],
    });
  });

  it('reports a text that is no duration at its path, with the text', () => {
    const result = schema.safeParse({ mean: '7 min', delays: [1, 'soon'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['mean'], "must be a duration such as 90s, 6m or 1h30m, or a number of seconds, got '7 min'"],
      [['delays', 1], "must be a duration such as 90s, 6m or 1h30m, or a number of seconds, got 'soon'"],
    ]);
  });

  it('checks the seconds a text stands for against the field bounds', () => {
    const result = schema.safeParse({ mean: '0s' });
    expect(result.error?.issues.map((i) => i.path)).toEqual([['mean']]);
  });
});
