import { readDuration } from './duration.js';
import type { ScenarioIssue } from './scenario-error.js';
import { MAX_DAYS, MAX_INTERVALS } from './scenario-schema.js';

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): Loose[] {
  return Array.isArray(value) ? value.map((v) => (isObject(v) ? v : {})) : [];
}

/** Where the number of intervals comes from: given, or the length of the first per-interval list. */
export interface IntervalCount {
  intervals: number;
  /** Path of the list it was read from; undefined when `intervals` was given. */
  source?: string;
}

/**
 * The number of intervals of a day: `intervals` when given, else the length of the first `calls`
 * (queues in order) or `agents` (pools in order) list; undefined when neither exists.
 */
export function intervalCount(raw: Loose): IntervalCount | undefined {
  if (raw.intervals !== undefined) {
    return typeof raw.intervals === 'number' ? { intervals: raw.intervals } : undefined;
  }
  for (const [kind, key] of [
    ['queues', 'calls'],
    ['pools', 'agents'],
  ] as const) {
    const list = listOf(raw[kind]);
    for (let i = 0; i < list.length; i++) {
      const values = list[i]![key];
      if (Array.isArray(values)) return { intervals: values.length, source: `${kind}[${i}].${key}` };
    }
  }
  return undefined;
}

function duplicateIds(kind: 'queues' | 'pools', items: Loose[], issues: ScenarioIssue[]): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (typeof item.id !== 'string') return;
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else
      issues.push({
        path: `${kind}[${i}].id`,
        message: `duplicate id '${item.id}' (also ${kind}[${seen}].id)`,
      });
  });
}

/** Longest run, seconds (about 317 years): times and waits stay exact to the microsecond. */
export const MAX_HORIZON_SECONDS = 1e10;

/** A horizon beyond {@link MAX_HORIZON_SECONDS}, or a rate of calls that is not finite. */
function timeIssues(queues: Loose[], seconds: number, horizon: number, issues: ScenarioIssue[]): void {
  if (!(horizon <= MAX_HORIZON_SECONDS)) {
    issues.push({
      path: 'intervalSeconds',
      message: `days × intervals × intervalSeconds must be <= ${MAX_HORIZON_SECONDS} s, got ${horizon}`,
    });
  }
  queues.forEach((queue, q) => {
    const calls = Array.isArray(queue.calls) ? queue.calls : [queue.calls];
    const i = calls.findIndex((c) => Number.isFinite(c) && !Number.isFinite(c / seconds));
    if (i >= 0) {
      const path = Array.isArray(queue.calls) ? `queues[${q}].calls[${i}]` : `queues[${q}].calls`;
      issues.push({ path, message: `must give a finite rate, got ${calls[i]} calls in ${seconds} s` });
    }
  });
}

/** `mysteryCallers.queues` and the keys of a per-queue `callers` must name queues of the scenario. */
function mysteryQueueIssues(block: unknown, queueIds: Set<string>, issues: ScenarioIssue[]): void {
  if (!isObject(block)) return;
  const known = [...queueIds].map((q) => `'${q}'`).join(', ');
  const unknown = (path: string, id: string) =>
    issues.push({ path, message: `no queue has id '${id}' (queues: ${known || 'none'})` });
  if (Array.isArray(block.queues)) {
    block.queues.forEach((id: unknown, k) => {
      if (typeof id === 'string' && id !== '' && !queueIds.has(id))
        unknown(`mysteryCallers.queues[${k}]`, id);
    });
  }
  if (isObject(block.callers)) {
    for (const id of Object.keys(block.callers)) {
      if (!queueIds.has(id)) unknown(`mysteryCallers.callers.${id}`, id);
    }
  }
}

/**
 * The problems that tie several fields together, which a field-by-field schema cannot see: ids
 * unique among queues and among pools; each pool serving existing queues, each once; every queue
 * served by a pool; `intervals` known (given or from a list) and every `calls`/`agents` list of that
 * length; `warmupSeconds` shorter than the horizon; a horizon of at most 1e10 s and finite call rates. Works on the raw input and skips whatever has
 * the wrong type (the schema reports that). Cost: O(size of the scenario).
 */
export function scenarioConsistencyIssues(raw: unknown): ScenarioIssue[] {
  if (!isObject(raw)) return [];
  const issues: ScenarioIssue[] = [];
  const queues = listOf(raw.queues);
  const pools = listOf(raw.pools);
  duplicateIds('queues', queues, issues);
  duplicateIds('pools', pools, issues);

  const queueIds = new Set(queues.map((q) => q.id).filter((id): id is string => typeof id === 'string'));
  const served = new Set<string>();
  pools.forEach((pool, p) => {
    if (!Array.isArray(pool.serves) || !Array.isArray(raw.queues)) return;
    const listed = new Set<string>();
    pool.serves.forEach((id: unknown, s) => {
      if (typeof id !== 'string' || id === '') return;
      const path = `pools[${p}].serves[${s}]`;
      if (listed.has(id)) issues.push({ path, message: `'${id}' is listed twice` });
      else if (!queueIds.has(id)) {
        const known = [...queueIds].map((q) => `'${q}'`).join(', ');
        issues.push({ path, message: `no queue has id '${id}' (queues: ${known || 'none'})` });
      }
      listed.add(id);
      served.add(id);
    });
  });
  mysteryQueueIssues(raw.mysteryCallers, queueIds, issues);
  queues.forEach((queue, q) => {
    if (!Array.isArray(raw.pools)) return;
    if (typeof queue.id === 'string' && queue.id !== '' && !served.has(queue.id)) {
      issues.push({ path: `queues[${q}]`, message: `queue '${queue.id}' is served by no pool` });
    }
  });

  const count = intervalCount(raw);
  if (count?.source !== undefined && count.intervals === 0) {
    issues.push({ path: count.source, message: 'must have at least 1 entry (one per interval)' });
  } else if (count === undefined && raw.intervals === undefined) {
    issues.push({
      path: 'intervals',
      message: 'is required when no calls or agents list gives the number of intervals',
    });
  } else if (
    count !== undefined &&
    Number.isInteger(count.intervals) &&
    count.intervals >= 1 &&
    count.intervals <= MAX_INTERVALS
  ) {
    const expected = count.intervals;
    const origin = count.source ? `, like ${count.source}` : '';
    const check = (path: string, values: unknown): void => {
      if (Array.isArray(values) && values.length !== expected) {
        issues.push({
          path,
          message: `must have ${expected} entries (one per interval${origin}), got ${values.length}`,
        });
      }
    };
    queues.forEach((queue, q) => {
      check(`queues[${q}].calls`, queue.calls);
    });
    pools.forEach((pool, p) => {
      check(`pools[${p}].agents`, pool.agents);
    });

    // Durations may be written as text (`30m`): read them as the schema will.
    const asSeconds = (v: unknown) => (typeof v === 'string' ? readDuration(v) : v);
    const seconds = asSeconds(raw.intervalSeconds ?? 1800);
    const days = raw.days ?? 1;
    const warmup = asSeconds(raw.warmupSeconds);
    if (
      typeof seconds === 'number' &&
      seconds >= 0.001 &&
      Number.isFinite(seconds) &&
      typeof days === 'number' &&
      Number.isInteger(days) &&
      days >= 1 &&
      days <= MAX_DAYS &&
      (warmup === undefined || (typeof warmup === 'number' && warmup >= 0))
    ) {
      timeIssues(queues, seconds, days * expected * seconds, issues);
      const horizon = days * expected * seconds;
      if (typeof warmup === 'number' && warmup >= horizon) {
        issues.push({
          path: 'warmupSeconds',
          message: `must be < the ${horizon} s simulated (days × intervals × intervalSeconds), got ${warmup}`,
        });
      }
    }
  }
  return issues;
}
