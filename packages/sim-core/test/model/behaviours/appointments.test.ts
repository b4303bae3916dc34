import { describe, expect, it } from 'vitest';
import { createLoose, exp, issuesOf, simulateLoose, withoutCounters } from './block-fixture.js';

const INTERVAL = 1800;
const APPOINTMENT = 600;

/**
 * Queue `q` (pool `a`) booking appointments made by pool `rdv`, which serves an empty queue: every
 * call of `rdv` is an appointment.
 */
function scenario(appointments: Record<string, unknown> | undefined, days = 2) {
  return {
    intervals: 6,
    days,
    intervalSeconds: INTERVAL,
    queues: [
      {
        id: 'q',
        calls: 200,
        handleTime: exp(300),
        patience: exp(400),
        ...(appointments ? { appointments } : {}),
      },
      { id: 'empty', calls: 0, handleTime: exp(300) },
    ],
    pools: [
      { id: 'a', serves: ['q'], agents: 30 },
      { id: 'rdv', serves: ['empty'], agents: 10 },
    ],
  };
}

const block = {
  share: 0.3,
  slots: [10, 10, 0, 10, 5, 0], // none in the last interval: every appointment call ends in the run
  leadSeconds: 3600,
  noShow: 0.1,
  handleTime: { dist: 'deterministic', value: APPOINTMENT },
  pool: 'rdv',
};

describe('appointments block: validation', () => {
  it('refuses bad values, an unknown pool, a slots list of the wrong length, types without call types', () => {
    expect(
      issuesOf(scenario({ ...block, share: 2, noShow: -0.1, leadSeconds: -1, slots: [1, 2], pool: 'rvd' })),
    ).toEqual([
      { path: 'queues[0].appointments.share', message: 'must be <= 1, got 2' },
      { path: 'queues[0].appointments.leadSeconds', message: 'must be >= 0, got -1' },
      { path: 'queues[0].appointments.noShow', message: 'must be >= 0, got -0.1' },
    ]);
    expect(issuesOf(scenario({ ...block, slots: [1, 2], pool: 'rvd', types: ['complex'] }))).toEqual([
      { path: 'queues[0].appointments.pool', message: "no pool has id 'rvd' (pools: 'a', 'rdv')" },
      { path: 'queues[0].appointments.slots', message: 'must have 6 entries (one per interval), got 2' },
      { path: 'queues[0].appointments.types', message: "needs the queue's call types (`types`)" },
    ]);
  });
});

describe('appointments block: behaviour', () => {
  it('never before the slot nor the lead time, never over a slot capacity, agent time taken from the pool', () => {
    const sim = createLoose(scenario(block), { seed: 21 });
    const starts: number[] = [];
    sim.on('end', (event) => {
      if (event.pool !== 'rdv') return;
      const start = event.time - APPOINTMENT;
      starts.push(start);
      expect(event.wait).toBeGreaterThanOrEqual(3600); // from booking to the call
    });
    sim.advanceTo(sim.horizon + 2 * APPOINTMENT);
    const t = sim.report().total;
    const perInterval = new Map<number, number[]>();
    for (const start of starts) {
      const g = Math.floor(start / INTERVAL);
      perInterval.set(g, [...(perInterval.get(g) ?? []), start]);
    }
    for (const [g, inInterval] of perInterval) {
      const capacity = block.slots[g % 6]!;
      expect(inInterval.length).toBeLessThanOrEqual(capacity);
      for (const start of inInterval) {
        // at a slot: interval start + k × interval ÷ capacity, k < capacity
        const k = ((start - g * INTERVAL) * capacity) / INTERVAL;
        expect(Math.abs(k - Math.round(k))).toBeLessThan(1e-9);
      }
    }
    expect(t.appointments!.held).toBe(starts.length);
    expect(t.appointments!.booked).toBe(
      t.appointments!.held + t.appointments!.noShow + t.appointments!.pending,
    );
    expect(t.appointments!.agentHours).toBeCloseTo((starts.length * APPOINTMENT) / 3600, 9);
    expect(t.appointments!.meanLead!).toBeGreaterThanOrEqual(3600);
    // 60 bookings a half-hour fill every slot from 1 h after the start: day 1 intervals 2–5 (0 + 10 +
    // 5 + 0), day 2 all (10 + 10 + 0 + 10 + 5 + 0)
    expect(t.appointments!.booked).toBe(50);
  });

  it('a caller who finds no free slot joins the queue as usual', () => {
    const none = simulateLoose(scenario({ ...block, slots: 0 }), { seed: 22 });
    const without = simulateLoose(scenario(undefined), { seed: 22 });
    expect(none.total.appointments!.booked).toBe(0);
    // Same figures but the block's own counters (present only where the block is, per interval too).
    expect(withoutCounters(none.total, 'appointments')).toEqual(
      withoutCounters(without.total, 'appointments'),
    );
  });

  it('booked callers are not offered to the agents, and the rest keep the conservation rule', () => {
    const report = simulateLoose(scenario({ ...block, slots: 1000, leadSeconds: 0, noShow: 0 }), {
      seed: 23,
    });
    const t = report.total;
    const without = simulateLoose(scenario(undefined), { seed: 23 }).total;
    // first calls arriving = those offered + those booked (no redials here)
    expect(t.firstCalls + t.appointments!.booked).toBe(without.firstCalls);
    expect(t.offered).toBe(t.answered + t.abandoned + t.blocked + t.inSystem);
    expect(t.appointments!.booked / without.firstCalls).toBeGreaterThan(0.25);
  });

  it('no-show share within its 1 − 1e-4 binomial confidence interval', () => {
    // Normal approximation of the binomial (n over a thousand): z(1 − 0.5e-4) = 3.8906. 25 slots a
    // half-hour for 10 agents who can make 30: nobody still waits for the call at the end.
    const report = simulateLoose(scenario({ ...block, slots: 25, leadSeconds: 0, noShow: 0.2 }, 10), {
      seed: 24,
    });
    const a = report.total.appointments!;
    expect(a.pending).toBe(0);
    const n = a.held + a.noShow;
    expect(n).toBeGreaterThan(1000);
    const halfWidth = 3.8906 * Math.sqrt((0.2 * 0.8) / n);
    expect(Math.abs(a.noShow / n - 0.2)).toBeLessThanOrEqual(halfWidth);
  });
});

describe('appointments block: call types', () => {
  const types = [
    { id: 'simple', share: 0.6, handleTime: exp(240) },
    { id: 'complex', share: 0.4, handleTime: exp(600) },
  ];
  const typed = (appointments: Record<string, unknown>) => {
    const s = scenario(appointments, 1);
    return { ...s, queues: [{ ...s.queues[0]!, types }, s.queues[1]!] };
  };

  it('refuses a type id the queue does not have, with its path', () => {
    expect(issuesOf(typed({ ...block, types: ['complex', 'complx'] }))).toEqual([
      {
        path: 'queues[0].appointments.types[1]',
        message: "no call type 'complx' (types: 'simple', 'complex')",
      },
    ]);
  });

  it('books only callers of the types listed; the others queue as usual', () => {
    // share 1, no lead time, slots never full: every complex call is booked into the next interval,
    // but in the last one (no interval left), and no simple call is.
    const only = { ...block, types: ['complex'], share: 1, slots: 1000, leadSeconds: 0 };
    const rows = simulateLoose(typed(only), { seed: 25 }).queues.q!.types!;
    expect(rows.complex!.appointments!.booked).toBeGreaterThan(300); // about 0.4 × 1,000
    expect(rows.simple!.appointments!.booked).toBe(0);
    expect(rows.complex!.intervals.slice(0, 5).map((k) => k.offered)).toEqual([0, 0, 0, 0, 0]);
    expect(rows.complex!.intervals[5]!.offered).toBeGreaterThan(50);
    expect(rows.simple!.intervals[0]!.offered).toBeGreaterThan(100);
    // Without the filter the simple calls are booked too.
    const all = simulateLoose(typed({ ...only, types: undefined }), { seed: 25 }).queues.q!.types!;
    expect(all.simple!.appointments!.booked).toBeGreaterThan(450); // about 0.6 × 1,000
    expect(all.simple!.intervals[0]!.offered).toBe(0);
  });
});
