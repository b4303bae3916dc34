import { describe, expect, it } from 'vitest';
import { explainPickup } from '../../src/explain/explain-pickup.js';
import { staffScenario } from '../../src/optimize/staff-scenario.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';
import type { ScenarioInput } from '../../src/scenario/types.js';

const exp = (mean: number) => ({ dist: 'exponential' as const, mean });

// Two overloaded services with their own pools (as in the France preset), redials and test callers.
const queue = (id: string, calls: number) => ({
  id,
  calls,
  handleTime: { dist: 'lognormal' as const, mean: 420, cv: 1 },
  patience: exp(600),
  redial: { probability: 1 / 3, delay: exp(900) },
});
const day = {
  seed: 7,
  intervals: 6,
  queues: [queue('a', 400), queue('b', 300)],
  pools: [
    { id: 'a-agents', serves: ['a'], agents: 70 },
    { id: 'b-agents', serves: ['b'], agents: [50, 50, 50, 60, 60, 60] },
  ],
  mysteryCallers: { queues: ['a', 'b'], callers: 60 },
} satisfies ScenarioInput;
const causes = { a: { calls: 1.5, handleTime: 1.25 }, b: { calls: 1.2, handleTime: 1.1 } };

describe('explainPickup', () => {
  const why = explainPickup(day, { causes, replications: 2 });
  const run = (id: string) => {
    const found = why.runs.find((r) => r.id === id);
    if (found === undefined) throw new Error(`no run ${id}`);
    return found;
  };

  it('splits the fall in pickup between the two causes so that the shares add up to it', () => {
    for (const q of ['a', 'b']) {
      const s = why.causeShares.queues[q]!;
      expect(s.today).toBe(run('baseline').queues[q]!.pickupRate);
      expect(s.before).toBe(run('before').queues[q]!.pickupRate);
      // Overloaded today (0.3 of the attempts or more unanswered); fewer, shorter calls before.
      expect(s.today).toBeLessThan(0.75);
      expect(s.fall).toBeGreaterThan(0.1);
      expect((s.calls ?? 0) + (s.handleTime ?? 0)).toBeCloseTo(s.fall ?? Number.NaN, 12);
      // Shapley: the mean of each cause's effect removed first and removed second.
      const first = run('before-calls').queues[q]!.pickupRate! - s.today!;
      const second = s.before! - run('before-handle-time').queues[q]!.pickupRate!;
      expect(s.calls).toBeCloseTo((first + second) / 2, 12);
    }
    expect(why.causeShares.total?.today).toBe(run('baseline').total.pickupRate);
  });

  it('costs the plan for the target in agent hours and the other remedies nothing', () => {
    const plan = staffScenario(parseScenario(day), { pickupRate: 0.85 }).scenario;
    const hours = (agents: number[]) => (agents.reduce((x, y) => x + y, 0) * 1800) / 3600;
    expect(run('baseline').queues.a!.agentHours).toBe(70 * 3);
    expect(run('baseline').queues.b!.agentHours).toBe(165);
    expect(run('agents').queues.b!.agentHours).toBe(hours(plan.pools[1]!.agents));
    expect(run('all').total.agentHours).toBe(hours(plan.pools[0]!.agents) + hours(plan.pools[1]!.agents));
    for (const id of ['callbacks', 'refuse-redials', 'dissuasion', 'appointments', 'all-but-agents'])
      expect(run(id).total.agentHours).toBe(run('baseline').total.agentHours);
    expect(run('baseline').queues.a!.mysteryFailedShare).not.toBeNull();
    expect(run('baseline').queues.a!.appointmentsHeld).toBeNull();
    expect(run('appointments').queues.a!.appointmentsHeld).toBeGreaterThan(0);
  });

  it('runs every variant on the same callers: remedies set to do nothing give the baseline exactly', () => {
    const idle = explainPickup(day, {
      replications: 2,
      remedies: {
        appointments: { share: 0 },
        callback: { acceptance: 0 },
        refuseWithinSeconds: 0.001,
        dissuasionExpectedWait: 1e9,
      },
    });
    expect(idle.runs.map((r) => r.id)).not.toContain('before');
    expect(idle.causeShares.total).toBeNull();
    const baseline = idle.runs[0]!;
    // (Appointments with share 0 still report 0 held where the baseline has no appointments: null.)
    for (const r of idle.runs.filter((r) => r.kind === 'remedy' && r.id !== 'agents' && r.id !== 'all'))
      expect({ ...r.total, appointmentsHeld: null }, r.id).toEqual(baseline.total);
  });

  it('explains one queue alone with the draws it has among the others', () => {
    const alone = explainPickup(day, { causes, replications: 2, queues: ['b'] });
    expect(alone.queueIds).toEqual(['b']);
    expect(alone.runs.find((r) => r.id === 'before')?.queues.b).toEqual(run('before').queues.b);
    expect(alone.runs[0]!.total.agentHours).toBe(165);
  });

  it('names the option at fault', () => {
    expect(() => explainPickup(day, { causes: { a: { calls: 0, handleTime: 1 } } })).toThrow(
      'options.causes.a.calls: must be a factor > 0, got 0',
    );
    expect(() => explainPickup(day, { remedies: { callback: { acceptance: 2 } } })).toThrow(
      'options.remedies.callback.acceptance: must be a share between 0 and 1, got 2',
    );
    expect(() => explainPickup(day, { queues: ['c'] })).toThrow(
      "options.queues[0]: the scenario has no queue 'c' (queues: a, b)",
    );
    expect(() => explainPickup(day, { target: 85 })).toThrow(
      'options.target: must be a share between 0 and 1, got 85',
    );
    expect(() => explainPickup(day, { replications: 0 })).toThrow(
      'options.replications: must be a whole number ≥ 1, got 0',
    );
  });
});
