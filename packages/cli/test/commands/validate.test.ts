import { describe, expect, it } from 'vitest';
import { expectCleanFailure, runCli } from '../run-cli.js';
import { scenarioFile, smallDay } from '../scenario-file.js';

describe('decroche validate', () => {
  it('summarises a valid scenario', () => {
    const result = runCli(['validate', scenarioFile('day.yaml', smallDay)]);
    expect(result.status).toBe(0);
    // 200 + 300 + 300 + 200 CAF calls and 4 × 150 retraite calls.
    expect(result.stdout).toContain(
      'valid — 2 queue(s), 2 pool(s), 4 intervals of 1800 s, 1 day(s), 1600 first calls a day',
    );
  });

  it('reports invalid JSON with its position', () => {
    const result = runCli(['validate', scenarioFile('day.json', '{ "queues": [ }')]);
    expectCleanFailure(result);
    expect(result.stderr).toMatch(/is not valid:\n[\s\S]*at line 1, column \d+/);
  });
});
