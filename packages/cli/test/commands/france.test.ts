import { describe, expect, it } from 'vitest';
import { expectCleanFailure, runCli } from '../run-cli.js';

const services = ['assurance-maladie', 'caf', 'assurance-retraite', 'france-travail'];

describe('decroche france (the main job)', () => {
  const result = runCli(['france', '--json', '--replications', '3']);
  const out = JSON.parse(result.stdout);

  it('simulates today below the 85 % target on every platform, as the 2022 study found', () => {
    // Défenseur des droits / INC mystery-caller study (Jan 2023): 16 % to 72 % of callers failed
    // after three attempts; none of the four platforms reached 85 % per attempt.
    expect(result.status).toBe(0);
    for (const id of services) expect(out.today.queues[id].pickupRate).toBeLessThan(0.85);
  });

  it('finds staffing whose simulated pickup rate reaches the target within its confidence interval', () => {
    for (const id of services) {
      const q = out.check.queues[id];
      expect(q.pickupRate + out.check.halfWidth.queues[id].pickupRate).toBeGreaterThanOrEqual(out.target);
      expect(out.plan.agents[`${id}-agents`]).toHaveLength(17);
    }
  });

  it('prints the three tables a planner reads', () => {
    const text = runCli(['france', '--replications', '1']).stdout;
    expect(text).toContain('Today, as staffed in the preset:');
    expect(text).toContain('Staffing for 85 % pickup per attempt');
    expect(text).toMatch(/^08:30\s+[\d ]+$/m);
    expect(text).toMatch(/^16:30\s+[\d ]+$/m);
  });

  it('names a bad target', () => {
    const bad = runCli(['france', '--target', '85']);
    expectCleanFailure(bad);
    expect(bad.stderr).toContain("option --target must be a share between 0 and 1, got '85'");
  });
});
