import type { z } from 'zod';
import type { BehaviourBlock } from './behaviour.js';
import { redial } from './redial.js';

/**
 * Every caller behaviour the model knows, in the order their hooks run. Adding a behaviour: write its
 * file in this folder (see `redial.ts`) and add it here — nothing else in the model changes.
 */
export const behaviourBlocks = [redial] as const;

/** Any registered block. */
export type AnyBehaviourBlock = (typeof behaviourBlocks)[number];

/** The zod shape of the behaviour keys of a queue: each block's schema, optional. */
export const behaviourShape = Object.fromEntries(
  behaviourBlocks.map((block) => [block.key, block.schema.optional()]),
) as { [B in AnyBehaviourBlock as B['key']]: z.ZodOptional<B['schema']> };

/** The counters of every registered block, keyed by name: the KPIs behaviours may add. */
export type BehaviourKpis = {
  [K in AnyBehaviourBlock['counters'][number]['name']]?: number;
};

export type { BehaviourBlock };
