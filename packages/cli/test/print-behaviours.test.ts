import type { Kpis, SimulationReport } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { printBehaviours } from '../src/print-behaviours.js';

const callbacks = { offered: 1200, accepted: 480, completed: 450, failed: 20, pending: 10, meanDelay: 1530 };
const appointments = { booked: 300, held: 260, noShow: 30, pending: 10, meanLead: 7200, agentHours: 61.25 };

function report(total: Partial<Kpis>): SimulationReport {
  return {
    total: { ...total, intervals: [] } as never,
    queues: { caf: { ...total, intervals: [] } as never },
    pools: {},
  };
}

describe('printBehaviours', () => {
  it('prints nothing when no block is used', () => {
    expect(printBehaviours(report({}))).toEqual([]);
  });

  it('prints a table per block, each queue then the total', () => {
    const text = printBehaviours(report({ callbacks, appointments })).join('\n');
    expect(text).toBe(
      [
        '',
        'callbacks:',
        'queue  offered  accepted  completed  failed  pending   mean delay',
        '-----  -------  --------  ---------  ------  -------  -----------',
        'caf      1 200       480        450      20       10  25 min 30 s',
        'total    1 200       480        450      20       10  25 min 30 s',
        '',
        'telephone appointments (not offered to the agents):',
        'queue  booked  held  no-show  pending   mean lead  agent hours',
        '-----  ------  ----  -------  -------  ----------  -----------',
        'caf       300   260       30       10  2 h 00 min         61.3',
        'total     300   260       30       10  2 h 00 min         61.3',
      ].join('\n'),
    );
  });
});
