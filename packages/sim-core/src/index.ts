// Public API of @decroche/sim-core (see DESIGN.md). This file only re-exports.
export type { QueueMetrics, QueueParams } from './analytic/types.js';
export type { Distribution, DistributionSpec, Rng } from './random/types.js';
export type { PoolSpec, QueueSpec, RedialSpec, Scenario } from './scenario/types.js';
