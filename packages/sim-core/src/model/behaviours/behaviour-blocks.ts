import type { z } from 'zod';
import type { ScenarioIssue } from '../../scenario/scenario-error.js';
import { appointments } from './appointments.js';
import type { BehaviourBlock } from './behaviour.js';
import { callTypes } from './call-types.js';
import { callback } from './callback.js';
import { dissuasion } from './dissuasion.js';
import { growth } from './growth.js';
import { mysteryCallers } from './mystery-callers.js';
import { overflow } from './overflow.js';
import { redial } from './redial.js';
import { ivr } from './voice-server.js';

/** The blocks that sit on a queue (`queues[i].<key>`). */
const queueBlocks = [callTypes, growth, redial, ivr, dissuasion, appointments, callback, overflow] as const;
/** The blocks that sit on the scenario itself (`scope: 'scenario'`). */
const scenarioBlocks = [mysteryCallers] as const;

/**
 * Every caller behaviour the model knows, in the order their hooks run. Adding a behaviour: write its
 * file in this folder (see `redial.ts`) and add it to `queueBlocks` (or `scenarioBlocks`) — nothing
 * else in the model changes. Mystery callers come first, so that their `unanswered` hook keeps its
 * test callers away from the others (no redial of a test call but the protocol's own).
 */
export const behaviourBlocks = [...scenarioBlocks, ...queueBlocks] as const;

/** Any registered block. */
export type AnyBehaviourBlock = (typeof behaviourBlocks)[number];

/** The zod shape of the behaviour keys of a queue: each block's schema, optional. */
export const behaviourShape = Object.fromEntries(
  queueBlocks.map((block) => [block.key, block.schema.optional()]),
) as { [B in (typeof queueBlocks)[number] as B['key']]: z.ZodOptional<B['schema']> };

/** The zod shape of the behaviour keys of the scenario: each scenario block's schema, optional. */
export const scenarioBehaviourShape = Object.fromEntries(
  scenarioBlocks.map((block) => [block.key, block.schema.optional()]),
) as { [B in (typeof scenarioBlocks)[number] as B['key']]: z.ZodOptional<B['schema']> };

type Counter = AnyBehaviourBlock['counters'][number];
/** A counter's KPI value: a mean (`per`) may be null. */
type CounterValue<C> = C extends { per: string } ? number | null : number;
type GroupOf<Name> = Name extends `${infer Group}.${string}` ? Group : never;

/**
 * The counters of every registered block as the KPIs behaviours may add: a plain name is a number; a
 * dotted name (`callbacks.offered`) a field of an object KPI (`callbacks`).
 */
export type BehaviourKpis = {
  [C in Counter as C['name'] extends `${string}.${string}` ? never : C['name']]?: CounterValue<C>;
} & {
  [G in GroupOf<Counter['name']>]?: {
    [C in Counter as C['name'] extends `${G}.${infer Field}` ? Field : never]: CounterValue<C>;
  };
};

export type { BehaviourBlock };

/**
 * The problems of every block of every queue that tie it to the rest of the scenario (each block's
 * `issues`), for a scenario whose fields are each valid. O(size of the scenario).
 */
export function behaviourIssues(
  scenario: {
    queues: readonly Record<string, unknown>[];
    pools: readonly { id: string; serves: readonly string[] }[];
  },
  intervals: number,
): ScenarioIssue[] {
  const poolIds = scenario.pools.map((p) => p.id);
  const issues: ScenarioIssue[] = [];
  scenario.queues.forEach((queue, q) => {
    const poolsOfQueue = scenario.pools.filter((p) => p.serves.includes(queue.id as string)).map((p) => p.id);
    for (const block of behaviourBlocks as readonly BehaviourBlock[]) {
      const spec = queue[block.key];
      if (spec === undefined || block.issues === undefined) continue;
      issues.push(
        ...block.issues(spec, { path: `queues[${q}].${block.key}`, intervals, poolIds, poolsOfQueue, queue }),
      );
    }
  });
  return issues;
}
