import type { Kpis, SimulationReport } from '@decroche/sim-core';
import { count, duration, formatTable } from './format-table.js';

/**
 * The tables of the behaviour blocks a report holds, one row per queue then the total: callbacks
 * (offered, accepted, completed, failed, still pending, mean time to callback) and telephone
 * appointments (booked, held, no-shows, still pending, mean lead time, agent hours). Nothing for a
 * block no queue uses.
 */
export function printBehaviours(report: SimulationReport): string[] {
  const rows = (pick: (k: Kpis) => string[] | null): string[][] => [
    ...Object.entries(report.queues).flatMap(([id, q]) => {
      const cells = pick(q);
      return cells ? [[id, ...cells]] : [];
    }),
    ['total', ...(pick(report.total) ?? [])],
  ];
  const out: string[] = [];
  if (report.total.callbacks) {
    const headings = ['offered', 'accepted', 'completed', 'failed', 'pending', 'mean delay'];
    out.push(
      '',
      'callbacks:',
      formatTable(
        [{ heading: 'queue', align: 'left' }, ...headings.map((heading) => ({ heading }))],
        rows((k) => {
          const c = k.callbacks;
          if (!c) return null;
          return [
            count(c.offered),
            count(c.accepted),
            count(c.completed),
            count(c.failed),
            count(c.pending),
            duration(c.meanDelay),
          ];
        }),
      ),
    );
  }
  if (report.total.appointments) {
    const headings = ['booked', 'held', 'no-show', 'pending', 'mean lead', 'agent hours'];
    out.push(
      '',
      'telephone appointments (not offered to the agents):',
      formatTable(
        [{ heading: 'queue', align: 'left' }, ...headings.map((heading) => ({ heading }))],
        rows((k) => {
          const a = k.appointments;
          if (!a) return null;
          return [
            count(a.booked),
            count(a.held),
            count(a.noShow),
            count(a.pending),
            duration(a.meanLead),
            a.agentHours.toFixed(1),
          ];
        }),
      ),
    );
  }
  return out;
}
