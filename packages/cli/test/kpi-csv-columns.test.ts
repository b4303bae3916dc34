import { parseScenario, simulate } from '@decroche/sim-core';
import { describe, expect, it } from 'vitest';
import { kpiCsvColumns } from '../src/kpi-csv-columns.js';
import { smallDay } from './scenario-file.js';

describe('kpiCsvColumns', () => {
  it('writes every KPI once, each share and time with its half-width, one pair per service-level threshold', () => {
    const columns = kpiCsvColumns(['20', '300']);
    expect(columns.map((c) => c.header)).toEqual([
      'offered',
      'firstCalls',
      'redials',
      'answered',
      'abandoned',
      'blocked',
      'inSystem',
      'pickupRate',
      'pickupRateHalfWidth',
      'callerServedShare',
      'callerServedShareHalfWidth',
      'asa',
      'asaHalfWidth',
      'meanWait',
      'serviceLevel20',
      'serviceLevel20HalfWidth',
      'serviceLevel300',
      'serviceLevel300HalfWidth',
      'waitP50',
      'waitP90',
      'meanQueueLength',
      'maxQueueLength',
    ]);
    const report = simulate(parseScenario(smallDay), { replications: 2 });
    const caf = report.queues.caf!;
    const hw = report.halfWidth?.queues.caf;
    const cell = (header: string) => columns.find((c) => c.header === header)!.cell(caf, hw);
    expect(cell('redials')).toBe(caf.offered - caf.firstCalls);
    expect(cell('serviceLevel300HalfWidth')).toBe(hw?.serviceLevel['300']);
    expect(columns.find((c) => c.header === 'asaHalfWidth')!.cell(caf, undefined)).toBeNull();
  });
});
