import { describe, expect, it } from 'vitest';
import { CallCentre } from '../../src/model/call-centre.js';
import { modelConfig } from '../../src/model/model-config.js';
import { runReport } from '../../src/model/run-report.js';
import { createStreams } from '../../src/random/streams.js';
import { parseScenario } from '../../src/scenario/parse-scenario.js';

describe('runReport', () => {
  it('reports a running model as if it ended now, without changing its final report', () => {
    const scenario = parseScenario({
      intervals: 2,
      intervalSeconds: 1000,
      queues: [{ id: 'q', calls: 200, handleTime: { dist: 'exponential', mean: 100 } }],
      pools: [{ id: 'p', serves: ['q'], agents: 12 }],
    });
    const fresh = () => new CallCentre(modelConfig(scenario, createStreams(3)));
    const model = fresh();
    model.calendar.run(1500, model);
    const midway = runReport(model);
    expect(midway.total.inSystem).toBe(model.waitingTotal);
    expect(midway.total.offered).toBe(
      midway.total.answered + midway.total.abandoned + midway.total.blocked + midway.total.inSystem,
    );
    expect(midway.queues.q!.intervals[1]!.meanQueueLength).not.toBeNull(); // 500 s measured so far
    model.finish();
    const other = fresh();
    other.finish();
    expect(runReport(model)).toEqual(runReport(other));
  });
});
