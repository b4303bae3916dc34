import { describe, expect, it } from 'vitest';
import { createLoose, exp, issuesOf, simulateLoose } from './block-fixture.js';

const handleTime = exp(300);
const patience = exp(400);

/** Queue `front` (pool `a`) overflowing into pool `backup`, which also serves queue `other`. */
function scenario(overflow: unknown, agents: { a: number; backup: number }) {
  return {
    intervals: 4,
    queues: [
      { id: 'front', calls: 300, handleTime, patience, overflow },
      { id: 'other', calls: 100, handleTime, patience },
    ],
    pools: [
      { id: 'a', serves: ['front'], agents: agents.a },
      { id: 'backup', serves: ['other'], agents: agents.backup },
    ],
  };
}

describe('overflow block', () => {
  it('refuses a bad delay, an unknown pool, a pool already serving the queue, with their paths', () => {
    expect(issuesOf(scenario({ afterSeconds: -1, pool: 'backup' }, { a: 1, backup: 1 }))).toEqual([
      { path: 'queues[0].overflow.afterSeconds', message: 'must be >= 0, got -1' },
    ]);
    expect(issuesOf(scenario({ afterSeconds: 60, pool: 'backop' }, { a: 1, backup: 1 }))).toEqual([
      { path: 'queues[0].overflow.pool', message: "no pool has id 'backop' (pools: 'a', 'backup')" },
    ]);
    expect(issuesOf(scenario({ afterSeconds: 60, pool: 'a' }, { a: 1, backup: 1 }))).toEqual([
      { path: 'queues[0].overflow.pool', message: "pool 'a' already serves this queue" },
    ]);
  });

  it('after 0 s, the backup pool works as if it served the queue (same seed, same figures)', () => {
    const overflowing = simulateLoose(scenario({ afterSeconds: 0, pool: 'backup' }, { a: 0, backup: 60 }), {
      seed: 3,
    });
    const served = scenario(undefined, { a: 0, backup: 60 });
    delete (served.queues[0] as Record<string, unknown>).overflow;
    served.pools[1]!.serves = ['other', 'front'];
    const direct = simulateLoose(served, { seed: 3 });
    expect(overflowing.queues.front!.answered).toBeGreaterThan(1000);
    expect(overflowing.queues.front!.answered).toBe(direct.queues.front!.answered);
    expect(overflowing.queues.other!.answered).toBe(direct.queues.other!.answered);
    expect(overflowing.total.asa!).toBeCloseTo(direct.total.asa!, 9);
    expect(overflowing.pools.backup!.occupancy!).toBeCloseTo(direct.pools.backup!.occupancy!, 12);
  });

  it('the backup pool takes a caller only after afterSeconds of waiting', () => {
    // Nobody in the front pool: every answered front caller waited at least 120 s.
    const waits: number[] = [];
    const sim = createLoose(scenario({ afterSeconds: 120, pool: 'backup' }, { a: 0, backup: 60 }), {
      seed: 4,
    });
    sim.on('answer', (event) => {
      if (event.queue === 'front') waits.push(event.wait);
    });
    sim.advanceTo(sim.horizon);
    expect(waits.length).toBeGreaterThan(500);
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(120 - 1e-9); // (arrival + 120) − arrival, rounded
    const report = simulateLoose(scenario({ afterSeconds: 120, pool: 'backup' }, { a: 0, backup: 60 }), {
      seed: 4,
    });
    const front = report.queues.front!;
    expect(front.answered).toBeGreaterThan(500);
    expect(front.asa!).toBeGreaterThan(120);
    expect(front.serviceLevel['20']).toBe(0);
  });

  it('raises the pickup rate of a short-staffed queue, and a never-reached delay changes nothing', () => {
    const base = scenario(undefined, { a: 40, backup: 30 });
    delete (base.queues[0] as Record<string, unknown>).overflow;
    const without = simulateLoose(base, { seed: 5 });
    const never = simulateLoose(scenario({ afterSeconds: 1e9, pool: 'backup' }, { a: 40, backup: 30 }), {
      seed: 5,
    });
    expect(never).toEqual(without);
    const helped = simulateLoose(scenario({ afterSeconds: 60, pool: 'backup' }, { a: 40, backup: 30 }), {
      seed: 5,
    });
    expect(helped.queues.front!.pickupRate!).toBeGreaterThan(without.queues.front!.pickupRate! + 0.05);
    const t = helped.total;
    expect(t.offered).toBe(t.answered + t.abandoned + t.blocked + t.inSystem);
  });
});
