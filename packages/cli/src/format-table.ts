/** A column of a text table: its heading and how its cells align. */
export interface Column {
  heading: string;
  align?: 'left' | 'right';
}

/**
 * Renders rows as an aligned plain-text table with a rule under the headings, the way planners read
 * them in a terminal or paste them into a mail. Numbers should already be formatted as strings.
 */
export function formatTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((column, i) =>
    Math.max(column.heading.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return columns[i]?.align === 'left' ? cell.padEnd(width) : cell.padStart(width);
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(columns.map((c) => c.heading)), rule, ...rows.map(line)].join('\n');
}

/** 0.8534 → "85.3 %"; null (no calls to measure) → "–". */
export function percent(share: number | null | undefined, digits = 1): string {
  return share === null || share === undefined ? '–' : `${(share * 100).toFixed(digits)} %`;
}

/** Seconds as "4 min 30 s", "45 s" or "1 h 05 min"; null → "–". */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '–';
  if (!Number.isFinite(seconds)) return '∞';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** A whole count with thin grouping: 1234567 → "1 234 567". */
export function count(value: number): string {
  return Math.round(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

/** "08:30" for the start of interval `index` of a day opening at `openingSeconds`. */
export function clock(openingSeconds: number, intervalSeconds: number, index: number): string {
  const t = openingSeconds + index * intervalSeconds;
  const h = Math.floor(t / 3600) % 24;
  const m = Math.floor((t % 3600) / 60);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * The label of interval `index` of a scenario's day: its clock time when the scenario says when the
 * day opens (`opensAt`, "08:30" or seconds after midnight), otherwise its number from 0.
 */
export function intervalLabel(scenario: { intervalSeconds: number }, index: number): string {
  const opensAt = (scenario as { opensAt?: unknown }).opensAt;
  if (typeof opensAt === 'number') return clock(opensAt, scenario.intervalSeconds, index);
  const hm = typeof opensAt === 'string' ? /^(\d{1,2}):(\d{2})$/.exec(opensAt) : null;
  if (hm) return clock(Number(hm[1]) * 3600 + Number(hm[2]) * 60, scenario.intervalSeconds, index);
  return String(index);
}

/** A 95 % confidence half-width of a share in percentage points, "± 1.2"; nothing without one. */
export function plusMinus(halfWidth: number | null | undefined): string {
  return halfWidth === null || halfWidth === undefined ? '' : `± ${(halfWidth * 100).toFixed(1)}`;
}

/** Agent-hours of a list of agents per interval. */
export function agentHours(agents: readonly number[], intervalSeconds: number): number {
  return (agents.reduce((a, b) => a + b, 0) * intervalSeconds) / 3600;
}
