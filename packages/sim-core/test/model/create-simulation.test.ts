import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/model/create-simulation.js';
import { simulate } from '../../src/model/simulate.js';
import type { ScenarioInput } from '../../src/scenario/types.js';
import { exp, recordEvents } from './record-events.js';

const scenario = {
  intervals: 4,
  intervalSeconds: 1800,
  serviceLevelSeconds: [20, 60],
  queues: [
    { id: 'caf', calls: [200, 300, 250, 100], handleTime: exp(300), patience: exp(200) },
    { id: 'cnav', calls: 80, handleTime: { dist: 'gamma', mean: 400, cv: 0.8 }, lines: 25 },
  ],
  pools: [
    { id: 'front', serves: ['caf', 'cnav'], agents: [20, 30, 25, 10] },
    { id: 'back', serves: ['cnav'], agents: 5 },
  ],
} satisfies ScenarioInput;

describe('createSimulation', () => {
  it('advanced in steps, ends with exactly the report of simulate', () => {
    const sim = createSimulation(scenario, { seed: 8 });
    for (let t = 0; t <= 4 * 1800; t += 97) sim.advanceTo(t);
    expect(sim.finished).toBe(false);
    sim.advanceTo(Number.POSITIVE_INFINITY);
    expect(sim.finished).toBe(true);
    expect(sim.report()).toEqual(simulate(scenario, { seed: 8 }));
  });

  it('snapshots waiting callers, agents and KPIs so far, consistent with the events heard', () => {
    const sim = createSimulation(scenario, { seed: 2 });
    const arrivals: number[] = [];
    const stop = sim.on('arrival', (e) => {
      if (e.queue === 'caf') arrivals.push(e.time);
    });
    sim.advanceTo(2500);
    const snap = sim.snapshot();
    expect(snap.time).toBe(2500);
    const caf = snap.queues.caf!;
    expect(caf.waiting).toBe(caf.waited.length);
    for (let k = 1; k < caf.waited.length; k++)
      expect(caf.waited[k]!).toBeLessThanOrEqual(caf.waited[k - 1]!);
    for (const w of caf.waited) expect(w).toBeGreaterThanOrEqual(0);
    const front = snap.pools.front!;
    expect(front.agents).toBe(30);
    expect(front.busy + front.idle - front.leaving).toBe(30);
    const k = snap.kpis.queues.caf!;
    expect(k.offered).toBe(arrivals.length);
    expect(k.inSystem).toBe(caf.waiting);
    expect(k.offered).toBe(k.answered + k.abandoned + k.blocked + k.inSystem);
    // Taking a snapshot does not disturb the run.
    stop();
    sim.advanceTo(Number.POSITIVE_INFINITY);
    expect(sim.report()).toEqual(simulate(scenario, { seed: 2 }));
  });

  it('setAgents holds from now on across interval boundaries, and null returns to the schedule', () => {
    const sim = createSimulation(scenario, { seed: 4 });
    sim.advanceTo(1000);
    sim.setAgents('front', 3);
    sim.advanceTo(4000);
    const held = sim.snapshot().pools.front!;
    expect(held.agents).toBe(3);
    expect(held.busy).toBeLessThanOrEqual(3);
    sim.setAgents('front', null);
    expect(sim.snapshot().pools.front!.agents).toBe(25);
    sim.advanceTo(Number.POSITIVE_INFINITY);
    const report = sim.report();
    expect(report.pools.front!.intervals[1]!.agents).toBe(3); // the override, time-averaged
    expect(report.pools.front!.intervals[0]!.agents).toBeCloseTo((1000 * 20 + 800 * 3) / 1800, 9);
    expect(() => sim.setAgents('nobody', 1)).toThrow(/poolId must be one of front, back, got nobody/);
  });

  it('raising agents makes them take waiting callers at once; lowering lets busy agents finish', () => {
    const { events, sim } = recordEvents(scenario, 6, (s) => {
      s.advanceTo(3000);
      s.setAgents('front', 60);
    });
    const atOnce = events.filter((e) => e.type === 'answer' && e.time === 3000);
    expect(atOnce.length).toBeGreaterThan(0);
    expect(sim.snapshot().queues.caf!.waiting + sim.snapshot().queues.cnav!.waiting).toBe(0);
    sim.setAgents('front', 0);
    const pools = sim.snapshot().pools.front!;
    expect(pools).toMatchObject({ agents: 0, idle: 0 });
    expect(pools.leaving).toBe(pools.busy);
    expect(pools.busy).toBeGreaterThan(0);
  });

  it('listeners unsubscribe, and an unknown event type or going back in time is refused', () => {
    const sim = createSimulation(scenario, { seed: 1 });
    let heard = 0;
    const stop = sim.on('answer', () => heard++);
    sim.advanceTo(600);
    const before = heard;
    expect(before).toBeGreaterThan(0);
    stop();
    sim.advanceTo(1200);
    expect(heard).toBe(before);
    expect(() => sim.on('ring' as 'answer', () => {})).toThrow(/event must be one of/);
    expect(() => sim.advanceTo(10)).toThrow(/t must be ≥ now \(1200\), got 10/);
    expect(() => sim.setAgents('front', -1)).toThrow(/agents must be an integer/);
  });

  it('with drain, serves the callers waiting at the horizon after it, and nobody else', () => {
    const busy = {
      ...scenario,
      drain: true,
      queues: scenario.queues.map((q) => ({ ...q, patience: undefined })),
    };
    const sim = createSimulation(busy, { seed: 3 });
    const late: { type: string; time: number }[] = [];
    for (const type of ['arrival', 'answer', 'abandon', 'block'] as const) {
      sim.on(type, (e) => {
        if (e.time > sim.horizon) late.push({ type, time: e.time });
      });
    }
    sim.advanceTo(sim.horizon);
    const waiting = (s = sim.snapshot()) => s.queues.caf!.waiting + s.queues.cnav!.waiting;
    const backlog = waiting();
    expect(backlog).toBeGreaterThan(0); // the last interval is overloaded: callers wait at the horizon
    expect(sim.finished).toBe(false);
    sim.advanceTo(sim.horizon + 60);
    // the clock stops at the time asked for; in that minute only answers happened, one per caller gone
    expect(sim.now).toBe(sim.horizon + 60);
    expect(late.every((e) => e.type === 'answer' && e.time <= sim.horizon + 60)).toBe(true);
    expect(waiting()).toBe(backlog - late.length);
    sim.advanceTo(Number.POSITIVE_INFINITY);
    expect(sim.finished).toBe(true);
    // every caller of the backlog was answered after the horizon, and nothing else happened there
    expect(late.length).toBe(backlog);
    expect(late.every((e) => e.type === 'answer')).toBe(true);
    const total = sim.report().total;
    expect([total.inSystem, total.answered]).toEqual([0, total.offered - total.blocked]);
  });
});
