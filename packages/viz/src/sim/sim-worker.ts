// The simulation's Web Worker: owns one sim-core simulation, advances it when the page asks, and
// answers each request with a Frame (lines, pools, KPIs, outcomes since the last frame). The page
// asks at most once per animation frame and waits for the answer, so requests never pile up.
import { createSimulation, type Simulation } from '@decroche/sim-core';
import { loadScenario, scenarioInfo } from './load-scenario.js';
import type { Frame, FromWorker, ToWorker } from './protocol.js';
import { WaitingRegister } from './waiting-register.js';

interface Running {
  sim: Simulation;
  register: WaitingRegister;
  queues: string[];
  pools: string[];
}

let running: Running | null = null;

function post(message: FromWorker, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(message, transfer);
}

function frame(r: Running): Frame {
  const snapshot = r.sim.snapshot();
  r.queues.forEach((id, q) => {
    r.register.reconcile(q, snapshot.time, snapshot.queues[id]?.waited ?? [], snapshot.kpis.queues[id]);
  });
  const { events, dropped } = r.register.takeEvents();
  return {
    time: snapshot.time,
    finished: r.sim.finished,
    lines: r.register.lines(),
    settled: r.queues.map((_, q) => r.register.settled(q, snapshot.time)),
    inService: r.queues.map((id) => snapshot.queues[id]?.inService ?? 0),
    pools: r.pools.map((id) => snapshot.pools[id]!),
    kpis: snapshot.kpis,
    events,
    dropped,
  };
}

function handle(message: ToWorker): void {
  switch (message.type) {
    case 'load': {
      try {
        const { scenario, opensAt } = loadScenario(message.source);
        const sim = createSimulation(scenario);
        const queues = scenario.queues.map((q) => q.id);
        const pools = scenario.pools.map((p) => p.id);
        running = {
          sim,
          register: new WaitingRegister(sim, queues, pools, scenario.intervalSeconds, {
            appointmentPools: scenario.queues.map((queue) => pools.indexOf(queue.appointments?.pool ?? '')),
          }),
          queues,
          pools,
        };
        const switches = queues.map((id) => sim.switchableBlocks(id));
        post({ type: 'loaded', info: scenarioInfo(scenario, opensAt, switches) });
        sendFrame(running);
      } catch (error) {
        post({ type: 'error', message: (error as Error).message });
      }
      return;
    }
    case 'advance': {
      if (running === null) return;
      const to = Math.max(running.sim.now, Math.min(message.to, running.sim.horizon));
      running.sim.advanceTo(to);
      sendFrame(running);
      return;
    }
    case 'setAgents':
      running?.sim.setAgents(message.pool, message.agents);
      return;
    case 'setFactors':
      running?.sim.setFactors(message.queue, message.factors);
      return;
    case 'setBlock':
      running?.sim.setBlock(message.queue, message.block, message.on);
      return;
  }
}

function sendFrame(r: Running): void {
  const f = frame(r);
  post({ type: 'frame', frame: f }, [f.events.buffer, ...f.lines.map((l) => l.buffer)]);
}

self.onmessage = (event: MessageEvent<ToWorker>) => handle(event.data);
