import { createSimulation, type ScenarioInput } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { OUTCOME_CODES } from '../../src/engine/outcomes.js';
import { EVENT_STRIDE, LINE_STRIDE } from '../../src/sim/protocol.js';
import { WaitingRegister } from '../../src/sim/waiting-register.js';

// Two queues sharing nothing, overloaded enough to queue, abandon, block and redial.
const scenario: ScenarioInput = {
  intervals: 2,
  queues: [
    {
      id: 'caf',
      calls: 400,
      handleTime: { dist: 'exponential', mean: 300 },
      patience: { dist: 'exponential', mean: 240 },
      lines: 80,
      redial: { probability: 0.5, delay: { dist: 'exponential', mean: 300 } },
    },
    { id: 'cpam', calls: 200, handleTime: { dist: 'lognormal', mean: 400, cv: 1 } },
  ],
  pools: [
    { id: 'caf-agents', serves: ['caf'], agents: 55 },
    { id: 'cpam-agents', serves: ['cpam'], agents: 40 },
  ],
};

describe('WaitingRegister', () => {
  it("holds the simulation's waiting callers, in line order, with their waits", () => {
    const sim = createSimulation(scenario, { seed: 11 });
    const register = new WaitingRegister(sim, ['caf', 'cpam'], ['caf-agents', 'cpam-agents'], 1800);
    for (const t of [600, 1500, 2400, 3500]) {
      sim.advanceTo(t);
      const snapshot = sim.snapshot();
      const lines = register.lines();
      ['caf', 'cpam'].forEach((id, q) => {
        const line = lines[q]!;
        const waited = Array.from(
          { length: line.length / LINE_STRIDE },
          (_, k) => t - line[k * LINE_STRIDE + 1]!,
        );
        expect(waited).toEqual(snapshot.queues[id]!.waited);
        expect(register.count(q)).toBe(snapshot.queues[id]!.waiting);
      });
    }
  });

  it('reports each outcome once, as the KPIs count it, under unique sequence numbers', () => {
    const sim = createSimulation(scenario, { seed: 5 });
    const register = new WaitingRegister(sim, ['caf', 'cpam'], ['caf-agents', 'cpam-agents'], 1800, {
      maxEvents: 1e9,
    });
    const counts = new Map<string, number>();
    const seqs = new Set<number>();
    for (let t = 300; t <= 3600; t += 300) {
      sim.advanceTo(t);
      const { events, dropped } = register.takeEvents();
      expect(dropped).toBe(0);
      for (let k = 0; k < events.length; k += EVENT_STRIDE) {
        const kind = OUTCOME_CODES[events[k]!]!;
        const key = `${events[k + 1]}:${kind.startsWith('answered') ? 'answered' : kind}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
        expect(seqs.has(events[k + 2]!)).toBe(false);
        seqs.add(events[k + 2]!);
      }
    }
    const kpis = sim.snapshot().kpis.queues;
    expect(counts.get('0:answered')).toBe(kpis.caf!.answered);
    expect(counts.get('0:abandoned')).toBe(kpis.caf!.abandoned);
    expect(counts.get('0:blocked')).toBe(kpis.caf!.blocked);
    expect(counts.get('1:answered')).toBe(kpis.cpam!.answered);
    expect(kpis.caf!.blocked).toBeGreaterThan(0);
  });

  it('counts the attempts settled since the current interval began, whenever they arrived', () => {
    const sim = createSimulation(scenario, { seed: 9 });
    const register = new WaitingRegister(sim, ['caf', 'cpam'], ['caf-agents', 'cpam-agents'], 1800);
    let answered = 0;
    let lost = 0;
    sim.advanceTo(1800);
    const count = (lose: boolean) => (e: { time: number; queue: string }) => {
      if (e.queue === 'caf' && e.time >= 1800) lose ? lost++ : answered++;
    };
    sim.on('answer', count(false));
    sim.on('abandon', count(true));
    sim.on('block', count(true));
    sim.advanceTo(2700);
    expect(register.settled(0, 2700)).toEqual({ answered, lost });
    expect(answered + lost).toBeGreaterThan(0);
    expect(register.settled(0, 3600)).toEqual({ answered: 0, lost: 0 });
  });

  it('keeps at most its limit of outcomes per batch and counts the rest', () => {
    const sim = createSimulation(scenario, { seed: 5 });
    const register = new WaitingRegister(sim, ['caf', 'cpam'], ['caf-agents', 'cpam-agents'], 1800, {
      maxEvents: 10,
    });
    sim.advanceTo(1800);
    const { events, dropped } = register.takeEvents();
    const k = sim.snapshot().kpis.total;
    expect(events.length).toBe(10 * EVENT_STRIDE);
    expect(10 + dropped).toBe(k.answered + k.abandoned + k.blocked);
    expect(register.takeEvents().events.length).toBe(0);
  });

  it('follows callers who take a callback out of the line, and back to an agent', () => {
    const withCallbacks: ScenarioInput = {
      intervals: 2,
      queues: [
        {
          id: 'caf',
          calls: 500,
          handleTime: { dist: 'exponential', mean: 300 },
          callback: { offerAboveWait: 60, acceptance: 0.5 },
        },
      ],
      pools: [{ id: 'agents', serves: ['caf'], agents: 80 }],
    };
    const sim = createSimulation(withCallbacks, { seed: 4 });
    const register = new WaitingRegister(sim, ['caf'], ['agents'], 1800, { maxEvents: 1e9 });
    const seen = new Map<string, number>();
    for (let t = 60; t <= 3600; t += 60) {
      sim.advanceTo(t);
      const snapshot = sim.snapshot();
      register.reconcile(0, t, snapshot.queues.caf!.waited, snapshot.kpis.queues.caf);
      const line = register.lines()[0]!;
      const waited = Array.from(
        { length: line.length / LINE_STRIDE },
        (_, k) => t - line[k * LINE_STRIDE + 1]!,
      );
      expect(waited).toEqual(snapshot.queues.caf!.waited);
      const { events } = register.takeEvents();
      for (let k = 0; k < events.length; k += EVENT_STRIDE) {
        const kind = OUTCOME_CODES[events[k]!]!;
        seen.set(kind, (seen.get(kind) ?? 0) + 1);
      }
    }
    expect(seen.get('heldForCallback')).toBeGreaterThan(0);
    expect(seen.get('calledBack')).toBeGreaterThan(0);
    expect(seen.get('calledBack')!).toBeLessThanOrEqual(seen.get('heldForCallback')!);
  });

  it('draws what the behaviour blocks settle without an event, as many as their counters say', () => {
    // Every block that settles attempts silently, on an overloaded queue (100 Erlangs, 70 agents).
    // Callbacks are made in the last interval only, so none is made before a frame has seen it taken
    // (one taken and made between two frames is drawn as answered from the line).
    const withBlocks: ScenarioInput = {
      intervals: 3,
      queues: [
        {
          id: 'caf',
          calls: 600,
          handleTime: { dist: 'exponential', mean: 300 },
          patience: { dist: 'exponential', mean: 200 },
          ivr: { share: 0.2, time: { dist: 'deterministic', value: 60 } },
          dissuasion: { queueLength: 10 },
          redial: { probability: 0.6, delay: { dist: 'exponential', mean: 300 }, refuseWithinSeconds: 60 },
          appointments: {
            share: 0.1,
            slots: 25,
            leadSeconds: 600,
            handleTime: { dist: 'deterministic', value: 300 },
            pool: 'agents',
          },
          callback: { offerAboveWait: 30, acceptance: 0.5, rule: 'window', window: [2, 2] },
        },
      ],
      pools: [{ id: 'agents', serves: ['caf'], agents: 70 }],
    };
    const sim = createSimulation(withBlocks, { seed: 8 });
    const register = new WaitingRegister(sim, ['caf'], ['agents'], 1800, {
      maxEvents: 1e9,
      appointmentPools: [0],
    });
    const seen = new Map<string, number>();
    const seqs = new Set<number>();
    let appointmentPool = 0;
    let acceptedBeforeWindow = 0;
    // Frames every 45 s, and one just before the window opens at 3600 s.
    const frames = Array.from({ length: 120 }, (_, i) => 45 * (i + 1)).flatMap((t) =>
      t === 3600 ? [3599, t] : [t],
    );
    for (const t of frames) {
      sim.advanceTo(t);
      const snapshot = sim.snapshot();
      register.reconcile(0, t, snapshot.queues.caf!.waited, snapshot.kpis.queues.caf);
      const line = register.lines()[0]!;
      expect(line.length / LINE_STRIDE).toBe(snapshot.queues.caf!.waiting);
      const { events } = register.takeEvents();
      for (let k = 0; k < events.length; k += EVENT_STRIDE) {
        const kind = OUTCOME_CODES[events[k]!]!;
        seen.set(kind, (seen.get(kind) ?? 0) + 1);
        if (kind !== 'calledBack') {
          expect(seqs.has(events[k + 2]!)).toBe(false);
          seqs.add(events[k + 2]!);
        }
        if (kind === 'appointmentCall') appointmentPool = Math.max(appointmentPool, events[k + 3]!);
      }
      if (t === 3599) {
        acceptedBeforeWindow = snapshot.kpis.queues.caf!.callbacks!.accepted;
        expect(seen.get('heldForCallback')).toBe(acceptedBeforeWindow);
        expect(seen.get('calledBack')).toBe(undefined);
      }
    }
    const k = sim.snapshot().kpis.queues.caf!;
    expect(seen.get('selfServed')).toBe(k.selfServed);
    expect(seen.get('dissuaded')).toBe(k.dissuaded);
    expect(seen.get('refused')).toBe(k.refused);
    expect(seen.get('booked')).toBe(k.appointments!.booked);
    expect(seen.get('appointmentCall')).toBe(k.appointments!.held);
    expect(seen.get('heldForCallback')).toBeLessThanOrEqual(k.callbacks!.accepted);
    expect(seen.get('calledBack')).toBeGreaterThanOrEqual(acceptedBeforeWindow);
    expect(seen.get('calledBack')).toBeLessThanOrEqual(k.callbacks!.completed);
    for (const kind of [
      'selfServed',
      'dissuaded',
      'refused',
      'booked',
      'appointmentCall',
      'heldForCallback',
    ]) {
      expect(seen.get(kind), kind).toBeGreaterThan(0);
    }
    expect(appointmentPool).toBe(0);
  });

  it('counts callers turned away as lost in the live pickup rate of the interval', () => {
    // Nobody hangs up and the lines are unlimited: the only attempts lost are the turned-away ones.
    const turningAway: ScenarioInput = {
      intervals: 2,
      queues: [
        {
          id: 'caf',
          calls: 400,
          handleTime: { dist: 'exponential', mean: 300 },
          dissuasion: { queueLength: 5 },
        },
      ],
      pools: [{ id: 'agents', serves: ['caf'], agents: 60 }],
    };
    const sim = createSimulation(turningAway, { seed: 6 });
    const register = new WaitingRegister(sim, ['caf'], ['agents'], 1800);
    // Frames every minute, one just before the interval ends so that none settled in it is seen after.
    const frames = Array.from({ length: 45 }, (_, i) => 60 * (i + 1)).map((t) => (t === 1800 ? 1799.99 : t));
    for (const t of frames) {
      sim.advanceTo(t);
      register.reconcile(0, t, sim.snapshot().queues.caf!.waited, sim.snapshot().kpis.queues.caf);
    }
    const interval = sim.snapshot().kpis.queues.caf!.intervals[1]!;
    expect(interval.dissuaded).toBeGreaterThan(0);
    expect(register.settled(0, 2700).lost).toBe(interval.dissuaded);
  });
});
