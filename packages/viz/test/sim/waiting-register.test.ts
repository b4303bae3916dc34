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
    const register = new WaitingRegister(sim, ['caf', 'cpam'], ['caf-agents', 'cpam-agents'], 1800, 1e9);
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
    const register = new WaitingRegister(sim, ['caf', 'cpam'], ['caf-agents', 'cpam-agents'], 1800, 10);
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
    const register = new WaitingRegister(sim, ['caf'], ['agents'], 1800, 1e9);
    const seen = new Map<string, number>();
    for (let t = 60; t <= 3600; t += 60) {
      sim.advanceTo(t);
      const snapshot = sim.snapshot();
      register.reconcile(0, t, snapshot.queues.caf!.waited);
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
});
